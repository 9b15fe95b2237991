import Catalogue

/// Values read but not used, grouped by wording: what `check` and `consolidate` say first, and what the
/// mapping file offers for a decision.
package struct UnusedWording: Sendable {
    /// `TitleTokens.key` of the wording, and the wording as first written.
    package let key: String
    package let wording: String
    package let status: UnassignedStatus
    /// Candidate criteria, best first, with their best similarity.
    package let candidates: [Candidate]
    /// How many inputs (forms, or organisations of a wide export) hold it, and how many values.
    package let forms: Int
    package let values: Int
    /// Where it was first met.
    package let example: SourceRef
}

package enum UnusedSummary {
    /// The unassigned values grouped by wording (and status), most frequent first; «не учитывать» rows are
    /// left out unless `includeIgnored`.
    package static func group(_ values: [UnassignedValue], includeIgnored: Bool = false) -> [UnusedWording] {
        struct Acc {
            var first: UnassignedValue
            var forms = Set<String>()
            var values = 0
            var best: [String: Double] = [:]
        }
        var order: [String] = []
        var acc: [String: Acc] = [:]
        for v in values where includeIgnored || v.status != .ignored {
            let k = v.key + "\u{1}" + v.status.rawValue
            if acc[k] == nil { acc[k] = Acc(first: v); order.append(k) }
            acc[k]!.forms.insert(v.source.file + "\u{1}" + (v.organisation ?? ""))
            acc[k]!.values += 1
            for (id, s) in zip(v.candidates, v.scores) where s > (acc[k]!.best[id] ?? -1) { acc[k]!.best[id] = s }
        }
        return order.map { k in
            let a = acc[k]!
            let cs = a.best.map { Candidate(id: $0.key, score: $0.value) }.sorted {
                ($0.score, $1.id) > ($1.score, $0.id)
            }
            return UnusedWording(
                key: a.first.key, wording: a.first.wording, status: a.first.status, candidates: cs,
                forms: a.forms.count, values: a.values, example: a.first.source)
        }.sorted { ($0.forms, $1.wording) > ($1.forms, $0.wording) }
    }

    /// One line a person reads: «Не учтено: в 31 форме строка «…» (кандидаты: …)».
    package static func line(_ w: UnusedWording, catalogue: Catalogue, year: Int?) -> String {
        let place =
            w.example.file.hasSuffix(".xlsx")
            ? " (например, \(w.example.file), лист «\(w.example.sheet)», ячейка \(w.example.cell))" : ""
        let what: String
        switch w.status {
        case .doubtful: what = "не наверняка"
        case .repeated: what = "критерий уже заполнен другой строкой"
        default: what = "не найдено в каталоге"
        }
        let candidates = w.candidates.prefix(3).map { c -> String in
            let wording = catalogue.criterion(c.id).map { $0.wording(for: year) } ?? c.id
            return "«\(Plural.cut(wording, 70))» (\(c.id), \(ValueFormatting.number(c.score)))"
        }
        return
            "Не учтено: в \(w.forms) \(Plural.word(w.forms, "форме", "формах", "формах")) строка «\(Plural.cut(w.wording, 120))» — \(what)"
            + (candidates.isEmpty ? "" : "; кандидаты: " + candidates.joined(separator: ", ")) + place
    }
}
