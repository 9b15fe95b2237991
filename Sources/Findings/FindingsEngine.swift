import Catalogue
import Consolidation
import Dataset
import Foundation

/// Finds what a methodologist looks for by hand: broken or missing links, totals that don't add up,
/// parts larger than their whole, organisations that lag (for a second year). Which criteria each check compares,
/// its thresholds, severity and advice are the catalogue's (Templates/checks.tsv, `CheckRules`); a check without a
/// row there does not run.
package struct FindingsEngine {
    package let consolidation: Consolidation
    var catalogue: Catalogue { consolidation.catalogue }
    var dataset: Dataset { consolidation.dataset }
    var year: Int { consolidation.year }
    var rules: CheckRules { catalogue.checks }
    /// The values, read in place by index (see `ObservationStore`).
    let all: ObservationStore
    /// Catalogue criteria by the store's numbers for their ids, and those numbers by id.
    let criterionOf: [Int32: Criterion]
    let idOf: [String: Int32]
    /// The organisations' criteria that are ratios, in the catalogue's order (each organisation's shares are checked
    /// against its counts: the list is made once, not from the whole catalogue per organisation).
    let ratios: [Criterion]

    package init(consolidation: Consolidation) {
        self.consolidation = consolidation
        all = consolidation.dataset.observations
        var criterionOf: [Int32: Criterion] = [:], idOf: [String: Int32] = [:]
        for c in consolidation.catalogue.criteria {
            guard let id = all.id(of: c.id) else { continue }
            criterionOf[id] = c
            idOf[c.id] = id
        }
        self.criterionOf = criterionOf
        self.idOf = idOf
        ratios = consolidation.catalogue.criteria.filter { $0.aggregation == .ratio && $0.level == .org }
    }

    /// One organisation's values this year: the index of the first value of each criterion.
    struct Values {
        let indexOf: [Int32: Int]
        let idOf: [String: Int32]

        subscript(id: String) -> Int? { idOf[id].flatMap { indexOf[$0] } }
    }

    /// All findings for the consolidated year, sorted by severity, organisation and place.
    package func run() -> [Finding] {
        // One pass over the observations: this year's by organisation, last year's numbers by criterion and
        // organisation. Organisations are grouped by the store's numbers for their keys (no text hashed).
        var byOrg: [Int32: [Range<Int>]] = [:]  // an organisation's values: runs of the store's indices
        var previous: [Int32: [Int32: Double?]] = [:]
        var run: (org: Int32, start: Int, end: Int)?
        var linkIDs = Set<Int32>()  // the store's numbers for the texts of links to classify
        for i in all.indices {
            let org = all.organisationID(at: i)
            guard org >= 0 else { continue }
            let y = all.year(at: i)
            if y == year {
                let link = all.linkID(at: i)
                if link >= 0, criterionOf[all.criterionID(at: i)]?.needsSource == true { linkIDs.insert(link) }
                // An organisation's values mostly stand together: extend the run, file it when it ends.
                if let r = run, r.org == org, r.end == i { run!.end = i + 1; continue }
                if let r = run { byOrg[r.org, default: []].append(r.start..<r.end) }
                run = (org, i, i + 1)
            } else if y == year - 1 {
                let id = all.criterionID(at: i)
                if previous[id]?[org] == nil { previous[id, default: [:]][org] = .some(all.number(at: i)) }
            }
        }
        if let r = run { byOrg[r.org, default: []].append(r.start..<r.end) }
        let problems = ClassifiedLinks(Array(linkIDs), in: all, year: year)
        // Organisations are checked independently, in parallel (both cores); the result is sorted below.
        // Fields are read in place and an observation is built only for a finding: building them all made the
        // threads fight over the reference counts of the shared texts.
        let orgs = Array(byOrg.keys)
        let chunks = max(1, min(orgs.count, 64))
        let parts = Parallel.map(chunks) { c -> [Finding] in
            var out: [Finding] = []
            for k in stride(from: c, to: orgs.count, by: chunks) {
                let org = all.text(ofID: orgs[k])
                let indices = byOrg[orgs[k]]!.flatMap { $0 }
                var indexOf: [Int32: Int] = [:]
                for i in indices where indexOf[all.criterionID(at: i)] == nil {
                    indexOf[all.criterionID(at: i)] = i
                }
                let v = Values(indexOf: indexOf, idOf: idOf)
                out += links(org, indices, problems)
                out += consistency(org, v)
                out += lagging(org, v) { id in idOf[id].flatMap { previous[$0]?[orgs[k]] } ?? nil }
            }
            return out
        }
        return sorted(Array(parts.joined()) + baseFindings())
    }

    /// By severity, organisation name (then key) and cell. Organisations are ranked once (Russian names compare
    /// slowly) and indices are sorted, not the findings themselves.
    func sorted(_ found: [Finding]) -> [Finding] {
        let keys = Set(found.compactMap(\.organisation))
        let ranked = keys.map { (name: name($0), key: $0) }.sorted { ($0.name, $0.key) < ($1.name, $1.key) }
        var rank: [String: Int] = [:]
        for (i, o) in ranked.enumerated() { rank[o.key] = i + 1 }
        let orgRank = found.map { f in f.organisation.flatMap { rank[$0] } ?? 0 }
        let cells = found.map { $0.source?.cell ?? "" }
        let order = found.indices.sorted { a, b in
            (found[a].severity, orgRank[a], cells[a], a) < (found[b].severity, orgRank[b], cells[b], b)
        }
        return order.map { found[$0] }
    }

    func name(_ key: String?) -> String { key.flatMap { dataset.organisations[$0]?.name } ?? "" }

    /// A finding about the value at index `i` of the store (nil: about no value in particular).
    func finding(
        _ kind: FindingKind, _ severity: Severity, _ i: Int?, org: String?, criterion: String? = nil,
        _ message: String, _ advice: String
    ) -> Finding {
        Finding(
            kind: kind, severity: severity, organisation: org, criterion: criterion ?? i.map { all.criterion(at: $0) },
            source: i.map { all.source(at: $0) }, raw: i.map { all.link(at: $0) ?? all.raw(at: $0) },
            message: message, advice: advice)
    }

    func wording(_ id: String) -> String { catalogue.criterion(id)?.wording(for: year) ?? id }

    /// A finding of a check's row: its severity and advice.
    func finding(_ kind: FindingKind, _ rule: CheckRules.Rule, _ i: Int?, org: String?, _ message: String) -> Finding {
        finding(kind, Severity(rawValue: rule.severity) ?? .warning, i, org: org, message, rule.advice)
    }

    // MARK: links

    /// The problems of each link, classified once per text: forms repeat the links of others (one site, one
    /// document for several criteria).
    struct ClassifiedLinks {
        private let problems: [Int32: [LinkClassifier.Problem]]

        /// Classifies the links of the store's numbers `ids`, on all cores.
        init(_ ids: [Int32], in store: ObservationStore, year: Int) {
            let found = Parallel.map(ids.count) { LinkClassifier.classify(store.text(ofID: ids[$0]), year: year) }
            problems = Dictionary(uniqueKeysWithValues: zip(ids, found))
        }

        subscript(id: Int32) -> [LinkClassifier.Problem] { problems[id] ?? [] }
    }

    func links(_ org: String, _ indices: [Int], _ classified: ClassifiedLinks) -> [Finding] {
        var out: [Finding] = []
        var byURL: [Int32: [Int]] = [:]  // the store's number for a link's text → its values
        for i in indices {
            guard let c = criterionOf[all.criterionID(at: i)], c.needsSource else { continue }
            let reported: Bool
            switch all.value(at: i) {
            case .number(let n)?: reported = n > 0
            case .text(let s)?: reported = !s.isEmpty
            case .list(let l)?: reported = !l.isEmpty
            default: reported = false
            }
            guard let link = all.link(at: i), !link.isEmpty else {
                let yes = c.unit == .yesno || c.aggregation == .countYes
                if reported,
                    let rule = rules.rule(
                        yes ? FindingKind.yesWithoutDocument.rawValue : FindingKind.linkMissing.rawValue)
                {
                    let raw = all.raw(at: i)
                    out.append(
                        finding(
                            yes ? .yesWithoutDocument : .linkMissing, rule, i, org: org,
                            yes
                                ? "«\(wording(c.id))»: указано «\(raw)», но нет ссылки на документ"
                                : "«\(wording(c.id))»: значение \(raw) без ссылки на подтверждающий документ"))
                }
                continue
            }
            for p in classified[all.linkID(at: i)] {
                guard let rule = rules.rule(p.kind.rawValue) else { continue }
                out.append(finding(p.kind, rule, i, org: org, "«\(wording(c.id))»: \(p.detail)"))
            }
            if link.utf8.prefix(4).map({ $0 | 0x20 }).elementsEqual("http".utf8) {
                byURL[all.linkID(at: i), default: []].append(i)
            }
        }
        // The criteria of personalised programmes (the row's `others`): a link shared by them is «ссылка на программу».
        guard let reused = rules.rule(FindingKind.reusedLink.rawValue) else { return out }
        let programmeIDs = Set(reused.others)
        for (url, uses) in byURL.sorted(by: { $0.value[0] < $1.value[0] }) where uses.count > 1 {
            let ids = Set(uses.map { all.criterion(at: $0) })
            let programmes = ids.isSubset(of: programmeIDs)
            guard ids.count > 1 else { continue }
            out.append(
                finding(
                    .reusedLink, reused, uses[0], org: org,
                    (programmes
                        ? "одна и та же ссылка на программу для разных форм наставничества: "
                        : "одна и та же ссылка для разных критериев: ")
                        + uses.map { all.source(at: $0).cell }.joined(separator: ", ")
                        + " (\(all.text(ofID: url).prefix(100)))"))
        }
        return out
    }

    // MARK: consistency

    func number(_ i: Int?) -> Double? { i.flatMap { all.number(at: $0) } }

    func consistency(_ org: String, _ v: Values) -> [Finding] {
        var out: [Finding] = []
        // A total (the programmes of all forms) against the sum of its parts (each form).
        for rule in rules.rules(FindingKind.totalMismatch.rawValue) {
            let totalID = rule.criterion!
            let parts = rule.others.compactMap { number(v[$0]) }
            if let total = number(v[totalID]), !parts.isEmpty, parts.reduce(0, +) != total {
                out.append(
                    finding(
                        .totalMismatch, rule, v[totalID], org: org,
                        "всего персонализированных программ \(ValueFormatting.number(total)), а сумма по формам — \(ValueFormatting.number(parts.reduce(0, +)))"
                    ))
            }
        }
        for rule in rules.rules(FindingKind.partExceedsWhole.rawValue) {
            let part = rule.criterion!, whole = rule.others[0]
            if let p = number(v[part]), let w = number(v[whole]), p > w {
                out.append(
                    finding(
                        .partExceedsWhole, rule, v[part], org: org,
                        "«\(wording(part))» (\(ValueFormatting.number(p))) больше, чем «\(wording(whole))» (\(ValueFormatting.number(w)))"
                    ))
            }
        }
        if let rule = rules.rule(FindingKind.shareMismatch.rawValue), let tolerance = rule.threshold {
            for c in ratios where rule.others.isEmpty || rule.others.contains(c.id) {
                guard let reported = number(v[c.id]) else { continue }
                let num = c.numerator.map { number(v[$0]) }, den = c.denominator.map { number(v[$0]) }
                guard num.allSatisfy({ $0 != nil }), den.allSatisfy({ $0 != nil }) else { continue }
                let d = den.map { $0! }.reduce(0, +)
                guard d > 0 else { continue }
                let computed = num.map { $0! }.reduce(0, +) / d
                if abs(computed - reported) > tolerance {
                    out.append(
                        finding(
                            .shareMismatch, rule, v[c.id], org: org,
                            "«\(wording(c.id))»: указано \(ValueFormatting.percent(reported)), по указанным количествам — \(ValueFormatting.percent(computed))"
                        ))
                }
            }
        }
        // Mentees (a row's criterion) and mentors (its `others`): one without the other, too many on one mentor.
        if let rule = rules.rule(FindingKind.menteesWithoutMentors.rawValue),
            let e = number(v[rule.criterion!]), let m = number(v[rule.others[0]]), e > 0 && m == 0
        {
            out.append(
                finding(
                    .menteesWithoutMentors, rule, v[rule.criterion!], org: org,
                    "наставляемых \(ValueFormatting.number(e)), а наставников нет"))
        } else if let rule = rules.rule(FindingKind.mentorsWithoutMentees.rawValue),
            let m = number(v[rule.criterion!]), let e = number(v[rule.others[0]]), m > 0 && e == 0
        {
            out.append(
                finding(
                    .mentorsWithoutMentees, rule, v[rule.criterion!], org: org,
                    "наставников \(ValueFormatting.number(m)), а наставляемых нет"))
        } else if let rule = rules.rule(FindingKind.tooManyMentees.rawValue), let limit = rule.threshold,
            let e = number(v[rule.criterion!]), let m = number(v[rule.others[0]]), m > 0 && e / m > limit
        {
            out.append(
                finding(
                    .tooManyMentees, rule, v[rule.criterion!], org: org,
                    "на одного наставника в среднем \(ValueFormatting.number((e / m).rounded())) наставляемых (\(ValueFormatting.number(e)) на \(ValueFormatting.number(m)))"
                ))
        }
        let levels = rules.rule(FindingKind.levelOutOfRange.rawValue),
            counts = rules.rule(FindingKind.badCount.rawValue)
        for (cid, o) in v.indexOf.sorted(by: { $0.value < $1.value }) {
            guard let c = criterionOf[cid], let n = number(o) else { continue }
            let id = c.id
            if let rule = levels, c.unit == .level && (n < 0 || n > 1) {
                out.append(
                    finding(
                        .levelOutOfRange, rule, o, org: org, "«\(wording(id))»: уровень \(all.raw(at: o)) вне 0–100 %"))
            }
            if let rule = counts, c.unit == .count && c.aggregation != .countYes && (n < 0 || n != n.rounded()) {
                out.append(
                    finding(
                        .badCount, rule, o, org: org,
                        "«\(wording(id))»: количество \(all.raw(at: o)) отрицательное или дробное"))
            }
        }
        return out
    }

    // MARK: lagging organisations

    /// `previous` gives the organisation's number for a criterion last year. Each check's row names the criterion
    /// that is 0 (and the one that must be above 0 for it to matter, in `others`).
    func lagging(_ org: String, _ v: Values, previous: (String) -> Double?) -> [Finding] {
        var out: [Finding] = []
        func since(_ id: String) -> String {
            previous(id).map { $0 == 0 } == true ? " (с \(year - 1) года)" : ""
        }
        /// The check's row and its criterion's store index when the criterion is 0 (and `others` above 0), with
        /// the number of `others`.
        func zero(_ kind: FindingKind) -> (rule: CheckRules.Rule, index: Int?, other: Double?)? {
            guard let rule = rules.rule(kind.rawValue), let id = rule.criterion, let n = number(v[id]), n == 0 else {
                return nil
            }
            guard let otherID = rule.others.first else { return (rule, v[id], nil) }
            guard let o = number(v[otherID]), o > 0 else { return nil }
            return (rule, v[id], o)
        }
        if let z = zero(.noMenteesAged10To19) {
            out.append(
                finding(
                    .noMenteesAged10To19, z.rule, z.index, org: org,
                    "обучающиеся 10–19 лет не включены в программы наставничества в роли наставляемого"
                        + since(z.rule.criterion!)))
        }
        if let z = zero(.noMentorsAged15To19) {
            out.append(
                finding(
                    .noMentorsAged15To19, z.rule, z.index, org: org,
                    "обучающиеся 15–19 лет не включены в программы наставничества в роли наставника"
                        + since(z.rule.criterion!)))
        }
        if let z = zero(.noMonitoringOrder) {
            out.append(
                finding(
                    .noMonitoringOrder, z.rule, z.index, org: org,
                    "нет приказа о мониторинге реализации целевой модели наставничества" + since(z.rule.criterion!)))
        }
        if let z = zero(.noAnalyticNote) {
            out.append(
                finding(
                    .noAnalyticNote, z.rule, z.index, org: org,
                    "нет информационной справки по итогам внутреннего мониторинга" + since(z.rule.criterion!)))
        }
        if let z = zero(.noPersonalisedProgrammes), let m = z.other {
            out.append(
                finding(
                    .noPersonalisedProgrammes, z.rule, z.index, org: org,
                    "наставников \(ValueFormatting.number(m)), а персонализированных программ нет"))
        }
        if let z = zero(.noMentors) {
            out.append(finding(.noMentors, z.rule, z.index, org: org, "нет наставников" + since(z.rule.criterion!)))
        }
        if let z = zero(.youngSpecialistsNotMentees), let y = z.other {
            out.append(
                finding(
                    .youngSpecialistsNotMentees, z.rule, z.index, org: org,
                    "молодых специалистов \(ValueFormatting.number(y)), ни один не наставляемый"))
        }
        return out
    }

    /// Table 2: organisations whose links are missing or wrong, with the main problem named.
    package static func linkSummary(_ findings: [Finding], dataset: Dataset) -> [(organisation: String, note: String)] {
        var byOrg: [String: [FindingKind: Int]] = [:]
        for f in findings where f.kind.isLink && f.severity != .info {
            guard let org = f.organisation else { continue }
            byOrg[org, default: [:]][f.kind, default: 0] += 1
        }
        return byOrg.map { org, kinds -> (String, String) in
            let main = kinds.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }!
            let total = kinds.values.reduce(0, +)
            return (
                dataset.organisations[org]?.name ?? org,
                "\(main.key.russian.prefix(1).uppercased() + main.key.russian.dropFirst()) (\(main.value) из \(total) замечаний по ссылкам)"
            )
        }.sorted { $0.0 < $1.0 }
    }
}
