import XLSXWriter

/// The name of a group of rows (a direction over its criteria), in the group's first row and its column left blank
/// below it. Not a merged cell: a merged cell running over a page break prints its text under the next page's
/// repeated header.
enum GroupLabel {
    static func write(_ ws: Worksheet, _ name: String, rows: ClosedRange<Int>, column: Int, style: CellStyle) throws {
        try ws.write(.text(name), row: rows.lowerBound, column: column, style: style)
        for r in rows.dropFirst() { try ws.write(.blank, row: r, column: column, style: style) }
    }
}
