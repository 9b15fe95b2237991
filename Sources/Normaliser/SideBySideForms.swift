import Catalogue
import Dataset
import XLSXReader

/// One form printed as two tables side by side (the first half of the criteria in A:C, the rest in E:G, a header
/// over each; a layout nobody described, issue 25): each table is read with the block above both, so every row's
/// value comes from its own table. Read as one table, its two value columns looked alike and the form was asked
/// about — and whichever column the user chose, the other table's rows had no criterion column and were lost.
extension FormLayoutReader {
    /// The plan that reads each table of the row, when the sheet holds two or more side by side; nil otherwise.
    static func sideBySidePlan(_ table: SheetTable, path: String, context: NormaliserContext) -> LayoutPlan? {
        guard let (header, starts) = criterionColumns(table, context: context), starts.count >= 2 else { return nil }
        let spans = starts.enumerated().map { k, from in (from, k + 1 < starts.count ? starts[k + 1] - 1 : Int.max) }
        // Several organisations' tables side by side, each with its own name right above it: each table is its
        // organisation's form (else the one form's halves, read with the block above both).
        let names = spans.map { from, to in ownName(table, from, to, above: header, context: context) }
        let owners = names.allSatisfy({ $0 != nil }) && Set(names.compactMap { $0 }).count == names.count ? names : nil
        var plans: [LayoutPlan] = []
        for (k, (from, to)) in spans.enumerated() {
            let part = columns(table, from, to, below: header)
            let found: LayoutPlan?
            if let owner = owners?[k] {
                var reader = FormLayoutReader(context: context, file: path, table: part)
                reader.columnOwner = owner
                found = reader.findColumns().flatMap(reader.plan)
            } else {
                found = plan(part, path: path, context: context)
            }
            guard let found else { return nil }
            plans.append(found)
        }
        let score = plans.map(\.score).reduce(0, +) / Double(plans.count)
        return LayoutPlan(layout: .form, score: score) { dataset, report in
            for p in plans { try p.read(&dataset, &report) }
        }
    }

    /// The header row that labels two or more columns as the criteria («Критерий … | Критерий …», or «Показатель |
    /// Значение | … | Показатель | Значение»: a label the value label follows), and those columns.
    static func criterionColumns(_ table: SheetTable, context: NormaliserContext) -> (Int, [Int])? {
        for row in table.rows.prefix(40) {
            // The same question as a stacked form's header asks of a cell (remembered by its text).
            let texts = row.cells.filter { $0.storedNumber == nil && !$0.text.trimmed.isEmpty }
            let columns = texts.filter { context.labels.stackCell($0.text).criterionLabel }.map(\.column)
            if columns.count >= 2 { return (row.index, columns) }
            let beforeValues = zip(texts, texts.dropFirst()).filter { a, b in
                context.labels.stackCell(b.text).valueLabel && !context.labels.stackCell(a.text).valueLabel
                    && context.labels.role(of: TitleNormaliser.normalise(a.text), among: [.direction, .criterion])
                        != nil
            }.map(\.0.column)
            if beforeValues.count >= 2 { return (row.index, beforeValues) }
        }
        return nil
    }

    /// The organisation's name right above a table's columns (one of the two rows over its header), if it names one.
    static func ownName(_ table: SheetTable, _ from: Int, _ to: Int, above header: Int, context: NormaliserContext)
        -> String?
    {
        for r in [header - 1, header - 2] where r >= 0 {
            for c in from...min(to, from + 8) {
                guard let text = table.cell(CellRef(row: r, column: c))?.text.trimmed, !text.isEmpty else { continue }
                if context.registry.lookup(text) != nil || context.organisationWords.looksLikeName(text) { return text }
            }
        }
        return nil
    }

    /// The sheet with the rows from `header` down cut to the columns `from`…`to`; the rows above (the block) whole.
    static func columns(_ table: SheetTable, _ from: Int, _ to: Int, below header: Int) -> SheetTable {
        func inside(_ r: CellRef) -> Bool { r.row < header || (r.column >= from && r.column <= to) }
        let rows = table.rows.map { row in
            row.index < header
                ? row
                : Row(
                    index: row.index, hidden: row.hidden,
                    cells: row.cells.filter { $0.column >= from && $0.column <= to })
        }
        var t = SheetTable(
            name: table.name, rows: rows, merged: table.merged.filter { inside($0.first) && inside($0.last) },
            hyperlinks: table.hyperlinks.filter { inside($0.key) }, hiddenColumns: table.hiddenColumns)
        t.uncomputedFormulas = table.uncomputedFormulas.filter(inside)
        return t
    }
}
