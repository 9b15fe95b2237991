import Foundation

#if !FUZZING  // the fuzz build (fuzz/run.sh) compiles CellReference into the same module
    import CellReference
#endif

/// The value of a cell as stored in the file (a formula gives its cached value).
public enum CellValue: Equatable, Sendable {
    case text(String)
    case number(Double)
    case bool(Bool)
    /// A date or time: the moment (UTC) and the serial number Excel stored.
    case date(Date, serial: Double)
    /// An elapsed time in seconds: a number shown with `[h]:mm`, `[mm]:ss` or `[ss]` (36:00 is 129 600 s; its
    /// serial, as Excel stores it, is seconds / 86 400).
    case duration(TimeInterval)
    /// An error value such as `#N/A` or `#DIV/0!`.
    case error(String)

    /// The text a person sees for simple values (numbers without their display format).
    public var plainText: String {
        switch self {
        case .text(let s): return s
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .bool(let b): return b ? "ИСТИНА" : "ЛОЖЬ"
        case .date(let d, _): return ISO8601DateFormatter().string(from: d)
        case .duration(let t): return CellValue.elapsed(t)
        case .error(let e): return e
        }
    }

    /// «36:00:00» for 129 600 s; negative durations get a minus sign.
    static func elapsed(_ seconds: TimeInterval) -> String {
        let total = Int((abs(seconds)).rounded())
        let h = total / 3600, m = total / 60 % 60, s = total % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return (seconds < 0 ? "-" : "") + "\(h):\(two(m)):\(two(s))"
    }

    /// The number, for numeric cells.
    public var number: Double? {
        if case .number(let d) = self { return d }
        return nil
    }
}

/// One non-empty cell of a row.
public struct Cell: Equatable, Sendable {
    /// Zero-based column.
    public var column: Int
    public var value: CellValue
    /// The cell's number format shows a percent (`0.00%`): the value is a fraction (0.0728 for 7,28 %).
    public var isPercent: Bool
    /// The cell's number format is text (`@`).
    public var isTextFormat: Bool
    /// The cell holds a formula (its cached value is `value`).
    public var hasFormula: Bool

    public init(
        column: Int, value: CellValue, isPercent: Bool = false, isTextFormat: Bool = false,
        hasFormula: Bool = false
    ) {
        self.column = column
        self.value = value
        self.isPercent = isPercent
        self.isTextFormat = isTextFormat
        self.hasFormula = hasFormula
    }
}

/// One row as streamed from a sheet: only the cells that hold a value, in column order.
public struct Row: Equatable, Sendable {
    /// Zero-based row index.
    public var index: Int
    public var hidden: Bool
    public var cells: [Cell]

    public init(index: Int, hidden: Bool, cells: [Cell]) {
        self.index = index
        self.hidden = hidden
        self.cells = cells
    }
}

/// A cell hyperlink: an external URL (from the sheet's relationships) or a location inside the workbook.
public struct Hyperlink: Equatable, Sendable {
    public var url: String?
    public var location: String?
    public var display: String?
}

/// A zero-based cell position, shown as A1.
public struct CellRef: Hashable, Sendable, CustomStringConvertible, Comparable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    public static let maxRows = A1.maxRows
    public static let maxColumns = A1.maxColumns

    /// Parses `B7` / `$B$7`; nil when malformed or outside Excel's grid.
    public init?(_ a1: Substring) {
        guard let (row, column) = A1.parse(a1) else { return nil }
        self.init(row: row, column: column)
    }

    public static func columnName(_ column: Int) -> String { A1.columnName(column) }

    /// "B7" (built byte by byte: every value read gets one).
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        var n = column + 1
        while n > 0 { bytes.append(UInt8(65 + (n - 1) % 26)); n = (n - 1) / 26 }
        bytes.reverse()
        let digitsStart = bytes.count
        var r = row + 1
        repeat { bytes.append(UInt8(48 + r % 10)); r /= 10 } while r > 0
        bytes[digitsStart...].reverse()
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (a: CellRef, b: CellRef) -> Bool { (a.row, a.column) < (b.row, b.column) }
}

/// A merged range of cells (inclusive).
public struct MergedRange: Equatable, Sendable, CustomStringConvertible {
    public var first: CellRef
    public var last: CellRef

    public init(first: CellRef, last: CellRef) {
        self.first = first
        self.last = last
    }

    public init?(_ a1: Substring) {
        // «A1» or «A1:C4»; an empty text or a lone «:» is not a range (found by the fuzzer in a hyperlink's ref).
        let parts = a1.split(separator: ":")
        guard let head = parts.first, let a = CellRef(head), let b = CellRef(parts.count > 1 ? parts[1] : head) else {
            return nil
        }
        first = CellRef(row: min(a.row, b.row), column: min(a.column, b.column))
        last = CellRef(row: max(a.row, b.row), column: max(a.column, b.column))
    }

    public func contains(_ c: CellRef) -> Bool {
        c.row >= first.row && c.row <= last.row && c.column >= first.column && c.column <= last.column
    }

    public var description: String { "\(first):\(last)" }
}
