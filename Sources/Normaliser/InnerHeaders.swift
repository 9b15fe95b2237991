import Catalogue
import Dataset
import XLSXReader

/// Tables one under another on one sheet, each under a header of its own (a layout nobody described, issue 25):
/// «Форма наставничества | 2023 год | 2024 год», further down «Документ | Наличие | Реквизиты | Ссылка», then
/// «Категория | Всего, чел. | Доля в роли наставника, % | Доля в роли наставляемого, %». Read with the first table's
/// columns, the last table's shares were taken for its counts (20 % of pupils as «обучающихся 10–19 лет»). Now the
/// rows under such a header are read with the columns it gives, and when it does not say which column holds the
/// reporting year's value the rows are asked about, never read from the column above.
extension FormLayoutReader {
    /// What a header inside the table gives the rows under it.
    enum InnerHeader {
        /// The columns of the table under it.
        case columns(Columns)
        /// No column of values the header and the content agree on: its rows are asked about, with its labels.
        case unsure(String)
    }

    /// Whether `row`, below the form's header, is another table's header: no number and no answer in it but years,
    /// two or more short labels right of the criteria, at least one of them a column's label («Наличие», «Ссылка»,
    /// «Доля …, %», a year), and values in the row under it. The columns it gives come from reading the rows from it
    /// down as a table of their own.
    func innerHeader(_ row: Row, _ h: Columns) -> InnerHeader? {
        guard row.index > h.row + 1, h.criterion >= 0 else { return nil }
        let labels = context.labels
        var texts: [String] = [], labelled = false, criterionText: String?
        for cell in row.cells {
            let t = cell.text.trimmed
            if t.isEmpty { continue }
            if cell.column == h.criterion {
                if t.count > 40 { return nil }
                criterionText = t
                continue
            }
            // A unit («%») or a note («рассчитывается на муниципальном уровне») beside a criterion is no label.
            if cell.column == h.unit || cell.column == h.note { continue }
            // A link's shown text («ссылка» over its address) is a value.
            if table.hyperlinks[CellRef(row: row.index, column: cell.column)] != nil { return nil }
            guard cell.column > h.criterion, t.count <= 60, !Self.isAddressStart(t) else {
                if cell.column > h.criterion { return nil }
                continue
            }
            if Self.isYearLabel(t) {
                labelled = true
            } else {
                if case .bool = cell.value { return nil }
                if cell.storedNumber != nil || RowOutcome.hint(cell) != .text { return nil }
                let n = TitleNormaliser.normalise(t)
                // (A period or a kind of value is a column's label too: «I полугодие», «IV кв.», «План», «Итого».)
                if labels.role(of: n, among: [.value, .link, .note, .number, .criterion]) != nil
                    || (t.includes("%") && t.contains(where: \.isLetter))
                    || labels.valueColumnKind(t, reportingYear: nil) != .unknown
                {
                    labelled = true
                }
            }
            texts.append(t)
        }
        guard Set(texts).count >= 2, labelled else { return nil }
        // The criteria's own header («Категория», «Документ») or nothing: not a criterion with its value. (Asked last:
        // the resolver is the dearest question, and most rows are answered before it.)
        if let t = criterionText {
            let e = context.resolver.evidence(RowQuery(title: t, year: nil, scope: .any))
            if e.fixed != nil || (e.candidates.first?.score ?? 0) >= context.resolver.suggestScore { return nil }
        }
        // The form's own header printed again for a page («Значение | Ссылка», «2023 г. | 2024 г.»), whole or in
        // part: not another table's (`movedHeader` and the rows' reading take care of it).
        let own = table.rows.filter { $0.index == h.row || $0.index == h.row + 1 }.flatMap(\.cells).map {
            $0.text.trimmed
        }
        if Set(texts).isSubset(of: Set(own)) { return nil }
        // Values under it: the next row with anything right of the criteria holds a number or an answer.
        guard
            let next = table.rows.first(where: { r in
                r.index > row.index && r.cells.contains { $0.column > h.criterion && !$0.text.trimmed.isEmpty }
            }),
            next.cells.contains(where: {
                $0.column > h.criterion && (RowOutcome.hint($0).map { $0 != .text } ?? false)
            })
        else { return nil }
        let last = table.rows.last?.index ?? row.index
        let below = FormLayoutReader(
            context: context, file: file, table: Self.part(table, row.index, last, preamble: 0))
        let described = "«" + texts.joined(separator: " | ") + "»"
        // (Its criteria may stand in another column than the table's above: «Документ» in B, then «Категория» in A.)
        guard var columns = below.recogniseColumns(), columns.row == row.index, columns.value >= 0 else {
            return .unsure(described)
        }
        columns.headerFound = true
        return .columns(columns)
    }

    /// A header's year alone: «2024», «2024 год», «2024 г.».
    static func isYearLabel(_ text: String) -> Bool {
        let t = text.lowercased().replacingOccurrences(of: ".", with: " ").split(separator: " ")
        guard let first = t.first, first.count == 4, let y = Int(first), (1990...2100).contains(y) else { return false }
        return t.count == 1 || (t.count == 2 && ["г", "год"].contains(t[1]))
    }
}
