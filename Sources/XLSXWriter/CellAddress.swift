import CellReference

/// Excel's grid limits.
public enum SheetLimits {
    /// Maximum number of rows in a worksheet (rows are 0-based in this API: 0...1_048_575).
    public static let rows = A1.maxRows
    /// Maximum number of columns in a worksheet (0...16_383, "A"..."XFD").
    public static let columns = A1.maxColumns
}

/// A zero-based cell position; `description` gives its A1 reference.
public struct CellAddress: Hashable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses an A1 reference such as `B7` or `$XFD$1048576`; nil if malformed or out of Excel's range.
    public init?(_ a1: String) {
        guard let (row, column) = A1.parse(a1) else { return nil }
        self.init(row: row, column: column)
    }

    /// Column letters for a zero-based column index: 0 → "A", 26 → "AA", 16383 → "XFD".
    public static func columnName(_ column: Int) -> String { A1.columnName(column) }

    /// Whether the address lies inside Excel's grid.
    public var isValid: Bool {
        row >= 0 && row < SheetLimits.rows && column >= 0 && column < SheetLimits.columns
    }

    public var description: String { CellAddress.columnName(column) + String(row + 1) }
}

/// A rectangular zero-based range of cells, inclusive on both ends.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public var first: CellAddress
    public var last: CellAddress

    public init(first: CellAddress, last: CellAddress) {
        self.first = CellAddress(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellAddress(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.init(
            first: CellAddress(row: rows.lowerBound, column: columns.lowerBound),
            last: CellAddress(row: rows.upperBound, column: columns.upperBound))
    }

    /// Parses `A1:C3` (or a single cell `B2`).
    public init?(_ a1: String) {
        let parts = a1.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
            let a = CellAddress(String(parts[0])),
            let b = CellAddress(String(parts[parts.count - 1]))
        else { return nil }
        self.init(first: a, last: b)
    }

    public func contains(_ cell: CellAddress) -> Bool {
        (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
    }

    public var description: String { first == last ? "\(first)" : "\(first):\(last)" }
}
