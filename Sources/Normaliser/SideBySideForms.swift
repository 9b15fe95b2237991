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
        guard var (header, starts) = criterionColumns(table, context: context) else { return nil }
        var table = table
        // Each table's own header row: the same row, unless the tables start at different rows.
        var headers = starts.map { _ in header }
        if starts.count == 1 {
            if let (repeated, start) = headerRepeated(table, header: header, criterionColumn: starts[0]) {
                // The second table without a header of its own («№ | Показатель | Значение | Ссылка» over the left
                // one only): its header is the left one's, repeated over it.
                table = repeated
                starts.append(start)
                headers.append(header)
            } else if let staggered = staggeredHeaders(table, context: context) {
                // The second table starting a row or two lower, under its own caption («Продолжение таблицы»).
                header = staggered.map(\.row).min()!
                starts = staggered.map(\.column)
                headers = staggered.map(\.row)
            } else {
                return nil
            }
        }
        let spans = blockSpans(table, headers: headers, criterionColumns: starts)
        // Several organisations' tables side by side, each with its own name right above it: each table is its
        // organisation's form (else the one form's halves, read with the block above both).
        let names = spans.map { from, to in ownName(table, from, to, above: header, context: context) }
        let owners = names.allSatisfy({ $0 != nil }) && Set(names.compactMap { $0 }).count == names.count ? names : nil
        var plans: [LayoutPlan] = []
        // A table of the row that none of the readings explains: named, and the others read (read as one table,
        // the sheet's values were taken from the next table's columns).
        var unread: [(Int, Int)] = []
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
            guard let found else {
                unread.append((from, to))
                continue
            }
            plans.append(found)
        }
        guard !plans.isEmpty, plans.count >= unread.count else { return nil }
        let score = plans.map(\.score).reduce(0, +) / Double(spans.count)
        let name = table.name
        let columnsRow = header
        return LayoutPlan(layout: .form, score: score) { dataset, report in
            for p in plans { try p.read(&dataset, &report) }
            for (from, to) in unread {
                let last = to == Int.max ? "" : "–" + CellRef.columnName(to)
                report.issues.append(
                    FileIssue(
                        .skippedSheet,
                        SourceRef(file: path, sheet: name, cell: CellRef(row: columnsRow, column: from).description),
                        "таблица листа «\(name)» в столбцах \(CellRef.columnName(from))\(last) не распознана (таблицы стоят рядом, "
                            + "у этой не найдены столбцы показателей и значений): её строки не учтены — перенесите их в таблицу формы"
                    ))
            }
        }
    }

    /// The header row that labels two or more columns as the criteria («Критерий … | Критерий …», or «Показатель |
    /// Значение | … | Показатель | Значение»: a label the value label or a year follows), and those columns; else the
    /// first header row that labels one.
    static func criterionColumns(_ table: SheetTable, context: NormaliserContext) -> (Int, [Int])? {
        // A header labelling one table's criteria: the header of a form whose second table may have none.
        var single: (Int, [Int])?
        for row in table.rows.prefix(40) {
            let (columns, beforeValues) = criterionLabels(row, context: context)
            if columns.count >= 2 { return (row.index, columns) }
            if beforeValues.count >= 2 { return (row.index, beforeValues) }
            if single == nil, columns.count + beforeValues.count == 1 { single = (row.index, columns + beforeValues) }
        }
        return single
    }

    /// Two tables whose headers stand on different rows, at most three apart (the right one under a caption of its
    /// own), each labelling one criterion column, with a column empty below both headers between the two: each
    /// table's header row and criterion column, left to right. Nil otherwise.
    static func staggeredHeaders(_ table: SheetTable, context: NormaliserContext) -> [(row: Int, column: Int)]? {
        var found: [(row: Int, column: Int)] = []
        for row in table.rows.prefix(40) {
            let (columns, beforeValues) = criterionLabels(row, context: context)
            let labelled = Set(columns + beforeValues)
            if labelled.count == 1 { found.append((row.index, labelled.first!)) }
        }
        for (k, a) in found.enumerated() {
            for b in found.dropFirst(k + 1) where b.row - a.row <= 3 && abs(b.column - a.column) > 2 {
                let pair = [a, b].sorted { $0.column < $1.column }
                let below = table.rows.filter { $0.index > pair.map(\.row).max()! }.prefix(300)
                let gap = ((pair[0].column + 1)..<pair[1].column).contains { c in
                    !below.contains { r in r.cells.contains { $0.column == c && !$0.text.trimmed.isEmpty } }
                }
                if gap { return pair }
            }
        }
        return nil
    }

    /// The columns of a row that label the criteria: by a criterion label («Показатель», «Критерий»), and by a label
    /// the value label or a year follows.
    static func criterionLabels(_ row: Row, context: NormaliserContext) -> (labels: [Int], beforeValues: [Int]) {
        // The same question as a stacked form's header asks of a cell (remembered by its text).
        let texts = row.cells.filter { $0.storedNumber == nil && !$0.text.trimmed.isEmpty }
        let columns = texts.filter { context.labels.stackCell($0.text).criterionLabel }.map(\.column)
        // The value label, or the year over the value («Показатель | 2023 | 2024»), right after the label.
        func valueOrYear(_ c: Cell) -> Bool {
            if let n = c.storedNumber { return n == n.rounded() && (2000...2100).contains(n) }
            // (Or the values' unit or kind: «чел.», «Кол-во ПП», «Да/нет, кол-во».)
            let lower = c.text.trimmed.lowercased()
            return context.labels.stackCell(c.text).valueLabel
                || (c.text.trimmed.count <= 9 && HeaderLabels.year(in: c.text) != nil)
                || (lower.count <= 24
                    && (context.labels.unitHint(lower) != nil || lower.hasPrefix("кол-во")
                        || lower.hasPrefix("да/нет")))
        }
        let filled = row.cells.filter { !$0.text.trimmed.isEmpty }
        let beforeValues = zip(filled, filled.dropFirst()).filter { a, b in
            a.storedNumber == nil && valueOrYear(b) && !context.labels.stackCell(a.text).valueLabel
                && context.labels.role(of: TitleNormaliser.normalise(a.text), among: [.direction, .criterion])
                    != nil
        }.map(\.0.column)
        return (columns, beforeValues)
    }

    /// A table right of the header's last column, past an empty column, whose rows have what the left table's have
    /// in the same places (a title of words where the left table's criterion stands, at least `leastRows` rows):
    /// the sheet with the header repeated over it, and its criterion column. Nil when there is none.
    static func headerRepeated(_ table: SheetTable, header: Int, criterionColumn: Int) -> (SheetTable, Int)? {
        guard let headerRow = table.rows.first(where: { $0.index == header }) else { return nil }
        let labelled = headerRow.cells.filter { !$0.text.trimmed.isEmpty }.map(\.column)
        guard let first = labelled.min(), let last = labelled.max(), criterionColumn >= first else { return nil }
        let below = table.rows.filter { $0.index > header }.prefix(300)
        func filled(_ c: Int) -> Int {
            below.filter { r in r.cells.contains { $0.column == c && !$0.text.trimmed.isEmpty } }.count
        }
        func words(_ c: Int) -> Int {
            below.filter { r in
                r.cells.contains { $0.column == c && $0.storedNumber == nil && $0.text.filter(\.isLetter).count >= 4 }
            }.count
        }
        let rightmost = below.flatMap { $0.cells.filter { !$0.text.trimmed.isEmpty }.map(\.column) }.max() ?? 0
        guard rightmost > last + 1 else { return nil }
        for start in (last + 2)...rightmost where filled(start - 1) == 0 && filled(start) >= leastRows {
            let offset = start - first
            guard words(criterionColumn + offset) >= leastRows else { continue }
            let rows = table.rows.map { row -> Row in
                guard row.index == header else { return row }
                return Row(
                    index: row.index, hidden: row.hidden,
                    cells: row.cells
                        + row.cells.filter { !$0.text.trimmed.isEmpty }.map { c in
                            var moved = c
                            moved.column += offset
                            return moved
                        })
            }
            var t = SheetTable(
                name: table.name, rows: rows, merged: table.merged, hyperlinks: table.hyperlinks,
                hiddenColumns: table.hiddenColumns)
            t.uncomputedFormulas = table.uncomputedFormulas
            return (t, criterionColumn + offset)
        }
        return nil
    }

    /// Rows a table without a header of its own needs to be taken for one.
    static let leastRows = 4

    /// Each table's columns: from the first labelled column of its header at or left of its criterion column («№ |
    /// Критерий | Значение | Ссылка», the gap column between tables empty) to the column before the next table's.
    /// The number column of the table on the right and the section rows merged over it belong to that table, not to
    /// the table on the left.
    static func blockSpans(_ table: SheetTable, headers: [Int], criterionColumns starts: [Int]) -> [(Int, Int)] {
        var froms: [Int] = []
        for (k, start) in starts.enumerated() {
            func labelled(_ c: Int) -> Bool {
                !(table.displayed(CellRef(row: headers[k], column: c))?.text.trimmed.isEmpty ?? true)
            }
            let floor = k == 0 ? 0 : starts[k - 1] + 1
            var from = start
            while from - 1 >= floor, labelled(from - 1) { from -= 1 }
            // Without a gap (the tables touch), the left table keeps its columns: start at the criterion column.
            if k > 0, from == floor { from = start }
            froms.append(from)
        }
        return froms.enumerated().map { k, from in (from, k + 1 < froms.count ? froms[k + 1] - 1 : Int.max) }
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
