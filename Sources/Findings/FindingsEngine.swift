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

    public init(consolidation: Consolidation) { self.consolidation = consolidation }

    /// All findings for the consolidated year, sorted by severity, organisation and place.
    public func run() -> [Finding] {
        // One pass over the observations: this year's by organisation, last year's by criterion and organisation.
        // Organisation keys are compared and hashed by their bytes (TextKey): Swift hashes Russian text slowly.
        var byOrg: [TextKey: [Int]] = [:]
        var previous: [String: [TextKey: Observation]] = [:]
        var run: (key: TextKey, indices: [Int])?
        for (i, o) in dataset.observations.enumerated() {
            guard let org = o.organisation else { continue }
            let key = TextKey(org)
            if o.year == year {
                // An organisation's values mostly stand together: collect a run, file it when the run ends.
                if run?.key == key { run!.indices.append(i); continue }
                if let r = run { byOrg[r.key, default: []] += r.indices }
                run = (key, [i])
            } else if o.year == year - 1, previous[o.criterion]?[key] == nil {
                previous[o.criterion, default: [:]][key] = o
            }
        }
        if let r = run { byOrg[r.key, default: []] += r.indices }
        var out: [Finding] = []
        for key in byOrg.keys.sorted(by: { $0.text < $1.text }) {
            let org = key.text
            let obs = byOrg[key]!.map { dataset.observations[$0] }
            var byId: [String: Observation] = [:]
            for o in obs where byId[o.criterion] == nil { byId[o.criterion] = o }
            out += links(org, obs)
            out += consistency(org, byId)
            out += lagging(org, byId, previous: previous)
        }
        // Sort keys computed once per finding (organisation names are looked up).
        let keyed = out.map { f in (f.severity, name(f.organisation), f.source?.cell ?? "", f) }
        return keyed.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.3)
    }

    func name(_ key: String?) -> String { key.flatMap { dataset.organisations[$0]?.name } ?? "" }

    func finding(_ kind: FindingKind, _ severity: Severity, _ o: Observation?, org: String?, criterion: String? = nil,
                 _ message: String, _ advice: String) -> Finding {
        Finding(kind: kind, severity: severity, organisation: org, criterion: criterion ?? o?.criterion, source: o?.source,
                raw: o.map { $0.link ?? $0.raw }, message: message, advice: advice)
    }

    func wording(_ id: String) -> String { catalogue.criterion(id)?.wording(for: year) ?? id }

    // MARK: links

    func links(_ org: String, _ obs: [Observation]) -> [Finding] {
        var out: [Finding] = []
        var byURL: [String: [Observation]] = [:]
        for o in obs {
            guard let c = catalogue.criterion(o.criterion), c.needsSource else { continue }
            let reported: Bool
            switch o.value {
            case .number(let n)?: reported = n > 0
            case .text(let s)?: reported = !s.isEmpty
            case .list(let l)?: reported = !l.isEmpty
            default: reported = false
            }
            guard let link = o.link, !link.isEmpty else {
                if reported {
                    let yes = c.unit == .yesno || c.aggregation == .countYes
                    out.append(finding(yes ? .yesWithoutDocument : .linkMissing, .warning, o, org: org,
                                       yes ? "«\(wording(c.id))»: указано «\(o.raw)», но нет ссылки на документ"
                                           : "«\(wording(c.id))»: значение \(o.raw) без ссылки на подтверждающий документ",
                                       "укажите ссылку на документ, подтверждающий значение"))
                }
                continue
            }
            for p in LinkClassifier.classify(link, year: year) {
                let severity: Severity = [.siteSection, .lastYearDocument].contains(p.kind) ? .warning : .error
                out.append(finding(p.kind, severity, o, org: org, "«\(wording(c.id))»: \(p.detail)", advice(p.kind)))
            }
            if link.utf8.prefix(4).map({ $0 | 0x20 }).elementsEqual("http".utf8) { byURL[link, default: []].append(o) }
        }
        for (url, uses) in byURL where uses.count > 1 {
            let ids = Set(uses.map(\.criterion))
            let programmes = ids.allSatisfy { $0.hasPrefix("pp_") }
            guard ids.count > 1 else { continue }
            out.append(finding(.reusedLink, .warning, uses[0], org: org,
                               (programmes ? "одна и та же ссылка на программу для разных форм наставничества: "
                                           : "одна и та же ссылка для разных критериев: ")
                               + uses.map { "\($0.source.cell)" }.joined(separator: ", ") + " (\(url.prefix(100)))",
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

    func number(_ o: Observation?) -> Double? { o?.value?.number }

    func consistency(_ org: String, _ v: [String: Observation]) -> [Finding] {
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
        for (id, o) in v {
            guard let c = catalogue.criterion(id), let n = number(o) else { continue }
            if c.unit == .level && (n < 0 || n > 1) {
                out.append(finding(.levelOutOfRange, .error, o, org: org, "«\(wording(id))»: уровень \(o.raw) вне 0–100 %", "укажите уровень в процентах от 0 до 100"))
            }
            if c.unit == .count && c.aggregation != .countYes && (n < 0 || n != n.rounded()) {
                out.append(finding(.badCount, .error, o, org: org, "«\(wording(id))»: количество \(o.raw) отрицательное или дробное", "укажите целое неотрицательное число"))
            }
        }
        return out
    }

    // MARK: lagging organisations

    func lagging(_ org: String, _ v: [String: Observation], previous: [String: [TextKey: Observation]]) -> [Finding] {
        var out: [Finding] = []
        func since(_ id: String, zero: (Double) -> Bool) -> String {
            let before = previous[id]?[TextKey(org)]?.value?.number
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
