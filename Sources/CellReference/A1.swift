/// A1 references, shared by the reader and the writer: one parser and one column-letter rule for both.
public enum A1 {
    /// Excel's grid: 1,048,576 rows and 16,384 columns ("A"…"XFD").
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384

    /// Parses `B7` or `$B$7` (letters in either case) into a zero-based row and column; nil when malformed or
    /// outside Excel's grid. Works on the UTF-8 bytes: the reader calls it for cells of every sheet.
    @inlinable
    public static func parse<S: StringProtocol>(_ a1: S) -> (row: Int, column: Int)? {
        var col = 0, row = 0, letters = 0, digits = 0
        for ch in a1.utf8 where ch != UInt8(ascii: "$") {
            switch ch {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                col = col * 26 + Int((ch | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(ch - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1, row <= maxRows, col <= maxColumns else { return nil }
        return (row - 1, col - 1)
    }

    /// Column letters for a zero-based column index: 0 → "A", 26 → "AA", 16383 → "XFD".
    public static func columnName(_ column: Int) -> String {
        var n = column + 1, s: [UInt8] = []
        while n > 0 { s.append(UInt8(65 + (n - 1) % 26)); n = (n - 1) / 26 }
        return String(decoding: s.reversed(), as: UTF8.self)
    }
}
