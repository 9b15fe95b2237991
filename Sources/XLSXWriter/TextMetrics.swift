/// Estimates how much room a text takes when printed: its width from the advance widths of the font's glyphs,
/// the lines it wraps into in a column, and the row height those lines need. libxlsxwriter cannot measure text
/// and neither Excel nor LibreOffice grows a row on opening, so `Worksheet` sets every row's height from this.
///
/// The widths are thousandths of an em per character, regular and bold (the report's Templates/glyph_widths.tsv
/// holds those of the font LibreOffice prints Calibri with). A character without a width counts as the widest
/// letter, so that an estimate errs on the tall side.
public struct TextMetrics: Sendable {
    private var regular: [Unicode.Scalar: Double]
    private var bold: [Unicode.Scalar: Double]
    private let unknownRegular: Double
    private let unknownBold: Double
    /// A line's height as a share of the font size (the font's ascent + descent).
    public var lineSpacing: Double
    /// Room above and below the lines of a cell, in points.
    public var verticalPadding: Double
    /// Room left and right of the text in a cell, in points (both sides together).
    public var horizontalPadding: Double

    public init(widths: [Unicode.Scalar: (regular: Double, bold: Double)], lineSpacing: Double = 1.17,
                verticalPadding: Double = 3, horizontalPadding: Double = 6) {
        regular = widths.mapValues(\.regular)
        bold = widths.mapValues(\.bold)
        unknownRegular = regular.values.max() ?? 1000
        unknownBold = bold.values.max() ?? 1000
        self.lineSpacing = lineSpacing
        self.verticalPadding = verticalPadding
        self.horizontalPadding = horizontalPadding
    }

    /// Without a table of widths: every character as wide as a broad Cyrillic letter (0.7 em, bold 0.78 em).
    public static let approximate = TextMetrics(widths: [:], fallback: (700, 780))

    private init(widths: [Unicode.Scalar: (regular: Double, bold: Double)], fallback: (Double, Double)) {
        regular = [:]; bold = [:]
        unknownRegular = fallback.0; unknownBold = fallback.1
        lineSpacing = 1.17; verticalPadding = 3; horizontalPadding = 6
    }

    /// Excel's default row height, in points.
    public static let defaultRowHeight = 15.0
    /// The font size of a cell without one (Calibri 11).
    public static let defaultFontSize = 11.0

    /// The printed width of a column `characters` wide (Excel's unit: the default font's digit, 7 pixels, plus
    /// 5 pixels of padding), in points.
    public static func columnPoints(_ characters: Double) -> Double {
        let pixels = characters < 1 ? (characters * 12).rounded() : (characters * 7 + 0.5).rounded(.down) + 5
        return pixels * 0.75
    }

    /// The width of a text on one line, in points.
    public func width<S: StringProtocol>(_ text: S, size: Double, bold isBold: Bool) -> Double {
        let table = isBold ? bold : regular, unknown = isBold ? unknownBold : unknownRegular
        var em = 0.0
        for s in text.unicodeScalars { em += table[s] ?? unknown }
        return em * size / 1000
    }

    /// The lines a text takes in `available` points: each of its lines ("\n") wrapped at spaces as an office
    /// program does, a word longer than a line broken where it reaches the edge.
    public func lines(_ text: String, available: Double, size: Double, bold isBold: Bool) -> Int {
        let room = max(available, size)
        let space = width(" ", size: size, bold: isBold)
        var total = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var lines = 1, used = 0.0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var w = width(word, size: size, bold: isBold)
                let gap = used > 0 ? space : 0
                if used + gap + w <= room { used += gap + w; continue }
                if used > 0 { lines += 1; used = 0 }
                // A word wider than a line runs over as many lines as it needs.
                while w > room { lines += 1; w -= room }
                used = w
            }
            total += lines
        }
        return max(1, total)
    }

    /// The height, in points, of a row showing `lines` lines of a font `size` points big.
    public func height(lines: Int, size: Double) -> Double {
        Double(lines) * size * lineSpacing + verticalPadding
    }
}
