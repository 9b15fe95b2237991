import Catalogue
import Dataset
import Foundation

/// The form of each organisation against its bases of mentors and mentees (Templates/base_counts.tsv,
/// Templates/mentoring_forms.tsv): different mentors and mentees, those of an age band, the programmes of each form of
/// mentoring, mentors from enterprises and other organisations, and satisfaction given for programmes that finished.
/// Each disagreement says what the base counts, what the form says and where the form says it. Only counts of the
/// bases appear: no name, year of birth or other text of a base.
extension FindingsEngine {
    func baseFindings() -> [Finding] {
        let tallies = dataset.baseTallies(for: year)
        guard !tallies.isEmpty else { return [] }
        // The organisations' values this year: criterion → the index of its first value.
        var wanted: [Int32: Int] = [:]
        for (n, t) in tallies.enumerated() { if let id = all.id(of: t.organisation) { wanted[id] = n } }
        var values = [[Int32: Int]](repeating: [:], count: tallies.count)
        var anyIndex = [Int?](repeating: nil, count: tallies.count)
        for i in all.indices where all.year(at: i) == year {
            guard let n = wanted[all.organisationID(at: i)] else { continue }
            if values[n][all.criterionID(at: i)] == nil { values[n][all.criterionID(at: i)] = i }
            if anyIndex[n] == nil { anyIndex[n] = i }
        }
        var out: [Finding] = []
        for (n, t) in tallies.enumerated() {
            let name = dataset.organisations[t.organisation]?.name ?? t.organisationName
            guard let some = anyIndex[n] else {
                let bases = t.sources.map { "\($0.kind.russian) (\(Self.place($0)))" }.joined(separator: "; ")
                out.append(
                    Finding(
                        kind: .baseWithoutForm, severity: .info, organisation: t.organisation, criterion: nil,
                        source: t.sources.first.map { SourceRef(file: $0.file, sheet: $0.sheet, cell: "") }, raw: nil,
                        message: "«\(name)»: \(bases) — формы этой организации за \(year) год нет, сверить не с чем",
                        advice: "добавьте форму организации или проверьте наименование организации над базой"))
                continue
            }
            let v = Values(indexOf: values[n], idOf: idOf)
            let formFile = all.source(at: some)
            for c in t.counts where catalogue.criterion(c.criterion)?.exists(in: year) == true {
                if let f = check(c, t, v, org: t.organisation, formFile: formFile) { out.append(f) }
            }
        }
        return out
    }

    /// One count against the form's value; nil when they agree.
    private func check(_ c: BaseTally.Count, _ t: BaseTally, _ v: Values, org: String, formFile: SourceRef) -> Finding?
    {
        let i = v[c.criterion]
        let form = number(i)
        let bases = t.sources.filter { $0.kind == c.from }.map(Self.place).joined(separator: "; ")
        let base = "по \(c.from.russianDative) (\(bases))"
        let source = i.map { all.source(at: $0) } ?? SourceRef(file: formFile.file, sheet: formFile.sheet, cell: "")
        let raw = i.map { all.raw(at: $0) }
        let said = form.map { "в форме — \(ValueFormatting.number($0))" } ?? "в форме не указано"
        func finding(_ kind: FindingKind, _ message: String, _ advice: String) -> Finding {
            Finding(
                kind: kind, severity: .warning, organisation: org, criterion: c.criterion, source: source, raw: raw,
                message: "«\(wording(c.criterion))»: " + message, advice: advice)
        }
        let advice = "сверьте форму с базой: исправьте значение в форме или дополните базу"
        switch c.measure {
        case "finished":
            if c.value > 0 && form == nil {
                return finding(
                    .baseSatisfaction,
                    "\(base) в \(year) году завершено программ — \(c.value), а уровень удовлетворённости не указан",
                    "укажите уровень удовлетворённости участников завершённых программ")
            }
            if c.value == 0, let f = form, f > 0 {
                return finding(
                    .baseSatisfaction,
                    "указан уровень \(ValueFormatting.percent(f)), а завершённых в \(year) году программ \(base) нет",
                    "проверьте даты завершения программ в базе или уровень удовлетворённости в форме")
            }
            return nil
        default:
            if form == Double(c.value) || (form == nil && c.value == 0) { return nil }
            let what: String
            let kind: FindingKind
            if c.form {
                kind = .baseProgrammes
                what = "программ этой формы наставничества"
            } else if c.measure == "programmes" {
                kind = .baseProgrammes
                what = "программ (разные наставник, форма и дата вхождения)"
            } else if let from = c.ageFrom, let to = c.ageTo {
                kind = .baseAges
                what =
                    (c.measure == "mentors" ? "наставников" : "наставляемых")
                    + " \(from)–\(to) лет на \(year) год (по году рождения)"
            } else if let w = c.workplace {
                kind = .baseExternalMentors
                what = "наставников с местом работы " + (w == "enterprise" ? "на предприятии" : "в иной организации")
            } else {
                kind = c.measure == "mentors" ? .baseMentors : .baseMentees
                what = c.measure == "mentors" ? "разных наставников" : "разных наставляемых"
            }
            return finding(kind, "\(base) \(what) — \(c.value), \(said)", advice)
        }
    }

    /// A base sheet as messages name it: file name, sheet, rows of the year.
    static func place(_ s: BaseTally.Source) -> String {
        "\((s.file as NSString).lastPathComponent), лист «\(s.sheet)», строк за год — \(s.rows)"
    }

    /// Table 38's comment on a criterion: how many organisations' forms disagree with their bases on it; "" when none.
    package static func baseNote(_ findings: [Finding], criterion: String) -> String {
        // Field by field in place: a `filter` copies every finding it looks at (asked once per criterion of the table).
        var organisations = Set<String>()
        for i in findings.indices where findings[i].kind.isBase && findings[i].criterion == criterion {
            if let o = findings[i].organisation { organisations.insert(o) }
        }
        let n = organisations.count
        guard n > 0 else { return "" }
        let word = Plural.genitive(n, singular: "организации", plural: "организаций")
        return "с базами наставников и наставляемых не сходится у \(n) \(word) (см. «Замечания»)"
    }
}
