import XLSXReader

/// A sheet's cells set out again as the usual form, a row of `criterion | value | link` each, for a layout read so
/// (`QuestionnaireForm`, `MarkGrid`, `CardGrid`): the block above the form kept as it stands, a header row, then the rows put
/// together, each cell remembered where it stands on the sheet (`FormLayoutReader.cellOrigins`) with its hyperlink.
struct RearrangedTable {
    let sheet: SheetTable
    /// The row of the made header: the rows above it are the sheet's own.
    let header: Int
    private(set) var rows: [Row]
    private(set) var origins: [CellRef: CellRef] = [:]
    private(set) var hyperlinks: [CellRef: Hyperlink] = [:]
    /// The sheet's rows above the header that are not kept as they are (and the rows put in their place): their merged
    /// ranges are left out.
    private var replaced: Set<Int> = []

    /// The sheet's rows above `header` as they are (those `keep` accepts), and the header row «Критерий | Значение |
    /// Ссылка» at `header`.
    init(_ sheet: SheetTable, header: Int, keeping keep: (Row) -> Bool = { _ in true }) {
        self.sheet = sheet
        self.header = header
        rows = sheet.rows.filter { $0.index < header && keep($0) }
        replaced = Set(sheet.rows.filter { $0.index < header && !keep($0) }.map(\.index))
        for (ref, link) in sheet.hyperlinks where ref.row < header && !replaced.contains(ref.row) {
            hyperlinks[ref] = link
        }
        rows.append(
            Row(
                index: header, hidden: false,
                cells: ["Критерий", "Значение", "Ссылка"].enumerated().map {
                    Cell(column: $0.offset, value: .text($0.element))
                }))
    }

    /// A row at `index` of the cells given, each put in its column (0 criterion, 1 value, 2 link) and remembered
    /// where it stands on the sheet.
    mutating func append(_ index: Int, _ cells: [(cell: Cell, from: CellRef, column: Int)], hidden: Bool = false) {
        var out: [Cell] = []
        for (cell, from, column) in cells {
            var c = cell
            c.column = column
            out.append(c)
            let here = CellRef(row: index, column: column)
            origins[here] = from
            if let h = sheet.hyperlinks[from] { hyperlinks[here] = h }
        }
        rows.append(Row(index: index, hidden: hidden, cells: out))
    }

    /// A row above the header at `index` (a row no kept row has) of the cells given, each put in its column, in its
    /// place by index: a field of the header block read from where it stands on the sheet.
    mutating func insertAbove(_ index: Int, _ cells: [(cell: Cell, from: CellRef, column: Int)]) {
        guard index < header, !rows.contains(where: { $0.index == index }) else { return }
        replaced.insert(index)
        let at = rows.firstIndex { $0.index > index } ?? rows.count
        append(index, cells)
        rows.insert(rows.removeLast(), at: at)
    }

    /// A row of the sheet as it stands (under the form: a signature, a date).
    mutating func keep(_ row: Row) {
        rows.append(row)
        for (ref, link) in sheet.hyperlinks where ref.row == row.index { hyperlinks[ref] = link }
    }

    /// The table and where each of its cells stands on the sheet.
    func table() -> (table: SheetTable, origins: [CellRef: CellRef]) {
        var out = SheetTable(
            name: sheet.name, rows: rows,
            merged: sheet.merged.filter { m in
                m.last.row < header && !(m.first.row...m.last.row).contains(where: replaced.contains)
            },
            hyperlinks: hyperlinks, hiddenColumns: [])
        out.headerFooter = sheet.headerFooter
        out.uncomputedFormulas = Set(
            sheet.uncomputedFormulas.compactMap { ref in origins.first { $0.value == ref }?.key })
        return (out, origins)
    }
}
