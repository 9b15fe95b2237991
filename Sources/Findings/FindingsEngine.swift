import Catalogue
import Consolidation
import Foundation
import Normaliser

/// Finds what a methodologist looks for by hand: broken or missing links, totals that don't add up,
/// parts larger than their whole, organisations that lag (for a second year).
public struct FindingsEngine {
    public let consolidation: Consolidation
    var catalogue: Catalogue { consolidation.catalogue }
    var dataset: Dataset { consolidation.dataset }
    var year: Int { consolidation.year }
    /// The values, read in place by index (see `ObservationStore`).
    let all: ObservationStore
    /// Catalogue criteria by the store's numbers for their ids, and those numbers by id.
    let criterionOf: [Int32: Criterion]
    let idOf: [String: Int32]

    public init(consolidation: Consolidation) {
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
    }

    /// One organisation's values this year: the index of the first value of each criterion.
    struct Values {
        let indexOf: [Int32: Int]
        let idOf: [String: Int32]

        subscript(id: String) -> Int? { idOf[id].flatMap { indexOf[$0] } }
    }

    /// All findings for the consolidated year, sorted by severity, organisation and place.
    public func run() -> [Finding] {
        // One pass over the observations: this year's by organisation, last year's numbers by criterion and
        // organisation. Organisations are grouped by the store's numbers for their keys (no text hashed).
        var byOrg: [Int32: [Range<Int>]] = [:]      // an organisation's values: runs of the store's indices
        var previous: [Int32: [Int32: Double?]] = [:]
        var run: (org: Int32, start: Int, end: Int)?
        for i in all.indices {
            let org = all.organisationID(at: i)
            guard org >= 0 else { continue }
            let y = all.year(at: i)
            if y == year {
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
        // Organisations are checked independently, in parallel (both cores); the result is sorted below.
        // Fields are read in place and an observation is built only for a finding: building them all made the
        // threads fight over the reference counts of the shared texts.
        let orgs = Array(byOrg.keys)
        let chunks = max(1, min(orgs.count, 64))
        var parts = [[Finding]](repeating: [], count: chunks)
        parts.withUnsafeMutableBufferPointer { slots in
            let base = slots.baseAddress!
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                var out: [Finding] = []
                for k in stride(from: c, to: orgs.count, by: chunks) {
                    let org = all.text(ofID: orgs[k])
                    let indices = byOrg[orgs[k]]!.flatMap { $0 }
                    var indexOf: [Int32: Int] = [:]
                    for i in indices where indexOf[all.criterionID(at: i)] == nil { indexOf[all.criterionID(at: i)] = i }
                    let v = Values(indexOf: indexOf, idOf: idOf)
                    out += links(org, indices)
                    out += consistency(org, v)
                    out += lagging(org, v) { id in idOf[id].flatMap { previous[$0]?[orgs[k]] } ?? nil }
                }
                (base + c).pointee = out
            }
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
    func finding(_ kind: FindingKind, _ severity: Severity, _ i: Int?, org: String?, criterion: String? = nil,
                 _ message: String, _ advice: String) -> Finding {
        Finding(kind: kind, severity: severity, organisation: org, criterion: criterion ?? i.map { all.criterion(at: $0) },
                source: i.map { all.source(at: $0) }, raw: i.map { all.link(at: $0) ?? all.raw(at: $0) },
                message: message, advice: advice)
    }

    func wording(_ id: String) -> String { catalogue.criterion(id)?.wording(for: year) ?? id }

    // MARK: links

    func links(_ org: String, _ indices: [Int]) -> [Finding] {
        var out: [Finding] = []
        var byURL: [Int32: [Int]] = [:]       // the store's number for a link's text → its values
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
                if reported {
                    let yes = c.unit == .yesno || c.aggregation == .countYes
                    let raw = all.raw(at: i)
                    out.append(finding(yes ? .yesWithoutDocument : .linkMissing, .warning, i, org: org,
                                       yes ? "«\(wording(c.id))»: указано «\(raw)», но нет ссылки на документ"
                                           : "«\(wording(c.id))»: значение \(raw) без ссылки на подтверждающий документ",
                                       "укажите ссылку на документ, подтверждающий значение"))
                }
                continue
            }
            for p in LinkClassifier.classify(link, year: year) {
                let severity: Severity = [.siteSection, .lastYearDocument].contains(p.kind) ? .warning : .error
                out.append(finding(p.kind, severity, i, org: org, "«\(wording(c.id))»: \(p.detail)", advice(p.kind)))
            }
            if link.utf8.prefix(4).map({ $0 | 0x20 }).elementsEqual("http".utf8) { byURL[all.linkID(at: i), default: []].append(i) }
        }
        for (url, uses) in byURL.sorted(by: { $0.value[0] < $1.value[0] }) where uses.count > 1 {
            let ids = Set(uses.map { all.criterion(at: $0) })
            let programmes = ids.allSatisfy { $0.hasPrefix("pp_") }
            guard ids.count > 1 else { continue }
            out.append(finding(.reusedLink, .warning, uses[0], org: org,
                               (programmes ? "одна и та же ссылка на программу для разных форм наставничества: "
                                           : "одна и та же ссылка для разных критериев: ")
                               + uses.map { all.source(at: $0).cell }.joined(separator: ", ") + " (\(all.text(ofID: url).prefix(100)))",
                               "дайте для каждого критерия ссылку на свой документ"))
        }
        return out
    }

    func advice(_ k: FindingKind) -> String {
        switch k {
        case .notALink: return "замените название документа ссылкой на него на сайте организации"
        case .localFile: return "разместите документ на сайте или в облаке и дайте ссылку на него"
        case .browserExtension: return "скопируйте адрес документа без «chrome-extension://…»"
        case .mainPage: return "дайте ссылку на сам документ, а не на главную страницу"
        case .siteSection: return "проверьте, что по ссылке открывается документ, а не раздел сайта"
        case .privateCloud: return "откройте доступ по ссылке и дайте ссылку на файл"
        case .brokenLink: return "проверьте и исправьте ссылку"
        case .lastYearDocument: return "проверьте, что документ относится к отчётному году"
        default: return "проверьте значение"
        }
    }

    // MARK: consistency

    func number(_ i: Int?) -> Double? { i.flatMap { all.number(at: $0) } }

    func consistency(_ org: String, _ v: Values) -> [Finding] {
        var out: [Finding] = []
        // The total of personalised programmes against the sum of the forms.
        let forms = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
                     "pp_teacher_pupil", "pp_other"]
        let parts = forms.compactMap { number(v[$0]) }
        if let total = number(v["pp_total"]), !parts.isEmpty, parts.reduce(0, +) != total {
            out.append(finding(.totalMismatch, .error, v["pp_total"], org: org,
                               "всего персонализированных программ \(ValueFormatting.number(total)), а сумма по формам — \(ValueFormatting.number(parts.reduce(0, +)))",
                               "исправьте итог или количество по формам"))
        }
        let wholes: [(String, String)] = [
            ("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
            ("young_specialists_mentees", "young_specialists"), ("young_specialists_mentors", "young_specialists"),
            ("teachers_other_mentees", "teachers_other"), ("mentees_risk", "mentees_10_19"),
            ("mentees_disabled", "mentees_10_19"), ("mentees_low_motivation", "mentees_10_19"),
            ("mentees_career", "mentees_10_19"), ("mentees_other_params", "mentees_10_19"),
        ]
        for (part, whole) in wholes {
            if let p = number(v[part]), let w = number(v[whole]), p > w {
                out.append(finding(.partExceedsWhole, .error, v[part], org: org,
                                   "«\(wording(part))» (\(ValueFormatting.number(p))) больше, чем «\(wording(whole))» (\(ValueFormatting.number(w)))",
                                   "проверьте оба значения"))
            }
        }
        for c in catalogue.criteria where c.aggregation == .ratio && c.level == .org {
            guard let reported = number(v[c.id]) else { continue }
            let num = c.numerator.map { number(v[$0]) }, den = c.denominator.map { number(v[$0]) }
            guard num.allSatisfy({ $0 != nil }), den.allSatisfy({ $0 != nil }) else { continue }
            let d = den.map { $0! }.reduce(0, +)
            guard d > 0 else { continue }
            let computed = num.map { $0! }.reduce(0, +) / d
            if abs(computed - reported) > 0.005 {
                out.append(finding(.shareMismatch, .warning, v[c.id], org: org,
                                   "«\(wording(c.id))»: указано \(ValueFormatting.percent(reported)), по указанным количествам — \(ValueFormatting.percent(computed))",
                                   "пересчитайте долю"))
            }
        }
        let mentors = number(v["mentors_total"]), mentees = number(v["mentees_total"])
        if let m = mentors, let e = mentees {
            if e > 0 && m == 0 {
                out.append(finding(.menteesWithoutMentors, .error, v["mentees_total"], org: org, "наставляемых \(ValueFormatting.number(e)), а наставников нет", "проверьте приказ о закреплении наставников"))
            } else if m > 0 && e == 0 {
                out.append(finding(.mentorsWithoutMentees, .warning, v["mentors_total"], org: org, "наставников \(ValueFormatting.number(m)), а наставляемых нет", "проверьте приказ о закреплении наставляемых"))
            } else if m > 0 && e / m > 20 {
                out.append(finding(.tooManyMentees, .warning, v["mentees_total"], org: org,
                                   "на одного наставника в среднем \(ValueFormatting.number((e / m).rounded())) наставляемых (\(ValueFormatting.number(e)) на \(ValueFormatting.number(m)))",
                                   "проверьте количество наставников и наставляемых"))
            }
        }
        for (cid, o) in v.indexOf.sorted(by: { $0.value < $1.value }) {
            guard let c = criterionOf[cid], let n = number(o) else { continue }
            let id = c.id
            if c.unit == .level && (n < 0 || n > 1) {
                out.append(finding(.levelOutOfRange, .error, o, org: org, "«\(wording(id))»: уровень \(all.raw(at: o)) вне 0–100 %", "укажите уровень в процентах от 0 до 100"))
            }
            if c.unit == .count && c.aggregation != .countYes && (n < 0 || n != n.rounded()) {
                out.append(finding(.badCount, .error, o, org: org, "«\(wording(id))»: количество \(all.raw(at: o)) отрицательное или дробное", "укажите целое неотрицательное число"))
            }
        }
        return out
    }

    // MARK: lagging organisations

    /// `previous` gives the organisation's number for a criterion last year.
    func lagging(_ org: String, _ v: Values, previous: (String) -> Double?) -> [Finding] {
        var out: [Finding] = []
        func since(_ id: String, zero: (Double) -> Bool) -> String {
            let before = previous(id)
            return before.map(zero) == true ? " (с \(year - 1) года)" : ""
        }
        if let n = number(v["mentees_10_19"]), n == 0 {
            out.append(finding(.noMenteesAged10To19, .info, v["mentees_10_19"], org: org,
                               "обучающиеся 10–19 лет не включены в программы наставничества в роли наставляемого" + since("mentees_10_19") { $0 == 0 },
                               "включите обучающихся 10–19 лет в программы наставничества"))
        }
        if let n = number(v["mentors_15_19"]), n == 0 {
            out.append(finding(.noMentorsAged15To19, .info, v["mentors_15_19"], org: org,
                               "обучающиеся 15–19 лет не включены в программы наставничества в роли наставника" + since("mentors_15_19") { $0 == 0 },
                               "включите обучающихся 15–19 лет в роли наставников"))
        }
        if let n = number(v["orgs_monitoring_order"]), n == 0 {
            out.append(finding(.noMonitoringOrder, .info, v["orgs_monitoring_order"], org: org,
                               "нет приказа о мониторинге реализации целевой модели наставничества" + since("orgs_monitoring_order") { $0 == 0 },
                               "издайте приказ о внутреннем мониторинге"))
        }
        if let n = number(v["internal_monitoring_notes"]), n == 0 {
            out.append(finding(.noAnalyticNote, .info, v["internal_monitoring_notes"], org: org,
                               "нет информационной справки по итогам внутреннего мониторинга" + since("internal_monitoring_notes") { $0 == 0 },
                               "подготовьте справку по итогам внутреннего мониторинга"))
        }
        if let m = number(v["mentors_total"]), m > 0, let pp = number(v["pp_total"]), pp == 0 {
            out.append(finding(.noPersonalisedProgrammes, .info, v["pp_total"], org: org,
                               "наставников \(ValueFormatting.number(m)), а персонализированных программ нет", "разработайте персонализированные программы"))
        }
        if let m = number(v["mentors_total"]), m == 0 {
            out.append(finding(.noMentors, .info, v["mentors_total"], org: org, "нет наставников" + since("mentors_total") { $0 == 0 },
                               "закрепите наставников приказом"))
        }
        if let y = number(v["young_specialists"]), y > 0, let ym = number(v["young_specialists_mentees"]), ym == 0 {
            out.append(finding(.youngSpecialistsNotMentees, .info, v["young_specialists_mentees"], org: org,
                               "молодых специалистов \(ValueFormatting.number(y)), ни один не наставляемый", "включите молодых специалистов в программы наставничества"))
        }
        return out
    }

    /// Table 2: organisations whose links are missing or wrong, with the main problem named.
    public static func linkSummary(_ findings: [Finding], dataset: Dataset) -> [(organisation: String, note: String)] {
        var byOrg: [String: [FindingKind: Int]] = [:]
        for f in findings where f.kind.isLink && f.severity != .info {
            guard let org = f.organisation else { continue }
            byOrg[org, default: [:]][f.kind, default: 0] += 1
        }
        return byOrg.map { org, kinds -> (String, String) in
            let main = kinds.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }!
            let total = kinds.values.reduce(0, +)
            return (dataset.organisations[org]?.name ?? org, "\(main.key.russian.prefix(1).uppercased() + main.key.russian.dropFirst()) (\(main.value) из \(total) замечаний по ссылкам)")
        }.sorted { $0.0 < $1.0 }
    }
}
