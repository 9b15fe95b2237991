import Catalogue
import Dataset
import XLSXReader

/// A form laid out across: the criteria in a row, their values in the row below and their links in the next
/// (a form nobody described, issue 25). It is read as the usual form once the part from that row down is turned
/// (row for column); the block above it (organisation, year) stays where it is, and every cell the reading names
/// is named where it stands on the sheet (`origin`).
extension FormLayoutReader {
    /// The row whose texts are criteria (three or more), when no column holds them: where the form turns.
    func criteriaRow() -> Int? {
        for row in table.rows.prefix(40) {
            var hits = 0
            for cell in row.cells where cell.storedNumber == nil {
                let t = cell.text
                guard t.count >= 12, t.contains(" ") else { continue }
                let e = context.resolver.evidence(RowQuery(title: t, year: nil, scope: .any))
                if e.fixed != nil || (e.candidates.first?.score ?? 0) >= context.resolver.suggestScore { hits += 1 }
                if hits >= 3 { return row.index }
            }
        }
        return nil
    }

    /// The table with its part from row `at` down turned: the cell at (at + j, k) goes to (at + k, j).
    static func turned(_ table: SheetTable, at: Int) -> SheetTable {
        func turn(_ r: CellRef) -> CellRef { r.row < at ? r : CellRef(row: at + r.column, column: r.row - at) }
        var rows = table.rows.filter { $0.index < at }
        var below: [Int: [Cell]] = [:]
        // A short title under a group merged over several columns («Удовлетворённость, % | наставляемые | наставники»)
        // says what it is with its group: «Удовлетворённость, % — наставляемые».
        func grouped(_ cell: Cell) -> Cell {
            guard at > 0, case .text(let t) = cell.value, t.split(separator: " ").count <= 2,
                let m = table.merged.first(where: { $0.contains(CellRef(row: at - 1, column: cell.column)) }),
                m.first.row == at - 1, m.last.row == at - 1, m.last.column > m.first.column,
                let group = table.displayed(m.first)?.text.trimmed, !group.isEmpty
            else { return cell }
            var c = cell
            c.value = .text(group + " — " + t)
            return c
        }
        for row in table.rows where row.index >= at {
            for cell in row.cells {
                var c = row.index == at ? grouped(cell) : cell
                c.column = row.index - at
                below[at + cell.column, default: []].append(c)
            }
        }
        rows += below.keys.sorted().map {
            Row(index: $0, hidden: false, cells: below[$0]!.sorted { $0.column < $1.column })
        }
        let merged = table.merged.map { m in
            m.first.row < at ? m : MergedRange(first: turn(m.first), last: turn(m.last))
        }
        var turned = SheetTable(
            name: table.name, rows: rows, merged: merged,
            hyperlinks: Dictionary(table.hyperlinks.map { (turn($0.key), $0.value) }, uniquingKeysWith: { a, _ in a }),
            hiddenColumns: [])
        turned.uncomputedFormulas = Set(table.uncomputedFormulas.map(turn))
        turned.headerFooter = table.headerFooter
        return turned
    }

    /// Where a cell of the table read stands on the sheet.
    func origin(_ row: Int, _ column: Int) -> CellRef {
        if let split = valueInWording, column == split.values { return CellRef(row: row, column: split.column) }
        if let origins = cellOrigins, let there = origins[CellRef(row: row, column: column)] { return there }
        guard let at = turnedAt, row >= at else { return CellRef(row: row, column: column) }
        return CellRef(row: at + column, column: row - at)
    }
}
