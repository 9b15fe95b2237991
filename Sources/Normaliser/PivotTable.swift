import Dataset
import XLSXReader

/// An Excel pivot table saved as values («Названия строк | Сумма по полю Значение», «Row Labels | Sum of …»; Templates/
/// labels.tsv, role `pivot`): its group rows hold the sum of the rows under them, and a group is often labelled like a
/// criterion («Обучающиеся 10–19» over «всего», «наставляемые», «группа риска»: 1115 = 915 + 112 + …). Such a subtotal
/// is no criterion's value; it is named and not read, and so are the pivot's «Общий итог» and «(пусто)» rows.
extension FormLayoutReader {
    /// Whether the sheet's header shows a pivot table's captions.
    func isPivot() -> Bool {
        table.rows.prefix(30).contains { row in
            row.cells.contains { context.labels.isPivotCaption($0.text) }
        }
    }

    /// The rows of `rows` (indices) that are a pivot's subtotals: a group's title (not in lower case, not indented) whose
    /// value is the sum of the two rows or more right under it, an item among them («всего», a title in lower case or
    /// indented by spaces); and its total rows.
    func pivotSubtotals(_ rows: [CriterionRow]) -> Set<Int> {
        guard isPivot() else { return [] }
        func number(_ r: CriterionRow) -> Double? {
            r.valueCell.flatMap { $0.storedNumber ?? ValueParser.parseNumber($0.text)?.value }
        }
        func isItem(_ r: CriterionRow) -> Bool {
            let raw = table.cell(CellRef(row: r.index, column: r.titleColumn))?.text ?? r.title
            // (Its numbering aside: «4.1 из вузов и колледжей» under «4. Наставники из других организаций».)
            let words = raw.drop { $0.isNumber || $0 == "." || $0 == " " }
            return raw.hasPrefix("  ") || words.first.map { $0.isLowercase } == true
        }
        var out = Set<Int>()
        for (i, r) in rows.enumerated() {
            // («Общий итог», «(пусто)», and a tabular pivot's «4. ППН Итог» after its group.)
            let lower = r.title.trimmed.lowercased()
            if context.labels.isTotal(r.title) || Self.isPivotBlank(r.title) || lower.hasSuffix(" итог")
                || lower.hasSuffix(" total")
            {
                out.insert(i)
                continue
            }
            guard let v = number(r), v > 0, !isItem(r) else { continue }
            var sum = 0.0, items = 0
            for j in (i + 1)..<rows.count {
                // («(пусто)» under an item repeats the item's sum: no summand of its own.)
                if Self.isPivotBlank(rows[j].title) { continue }
                guard let n = number(rows[j]) else { break }
                sum += n
                items += isItem(rows[j]) ? 1 : 0
                if abs(sum - v) < 1e-6 * max(1, v), j - i >= 2, items > 0 {
                    out.insert(i)
                    break
                }
                if sum > v { break }
            }
        }
        return out
    }

    /// «(пусто)», «(blank)»: a pivot's item for the rows that gave none.
    static func isPivotBlank(_ title: String) -> Bool {
        let t = title.trimmed.lowercased()
        return t == "(пусто)" || t == "(blank)"
    }
}
