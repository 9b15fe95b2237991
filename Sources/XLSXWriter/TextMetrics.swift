/// Estimates how much room a text takes when printed: its width from the advance widths of the font's glyphs,
/// the lines it wraps into in a column, and the row height those lines need. libxlsxwriter cannot measure text
/// and neither Excel nor LibreOffice grows a row on opening, so `Worksheet` sets every row's height from this.
///
/// The widths are thousandths of an em per character, regular and bold (the report's Templates/glyph_widths.tsv
/// holds those of the font LibreOffice prints Calibri with). A character without a width counts as the widest
/// letter, so that an estimate errs on the tall side.
///
/// A column's width is a count of the default font's digits (Calibri 11 in Excel; in LibreOffice, the digits of the
/// font it prints Calibri with): a text is measured in those digits. Calibri's letters are a little wider against its
/// digits than the substitute's, so a text is taken `safety` times its measured width.
public struct TextMetrics: Sendable {
    /// The widths of the characters below U+0500 (Latin, punctuation, Cyrillic), by code; 0: not known.
    private var regularTable: [Double]
    private var boldTable: [Double]
    private var regular: [Unicode.Scalar: Double]
    private var bold: [Unicode.Scalar: Double]
    private let unknownRegular: Double
    private let unknownBold: Double
    private static let tableSize = 0x500
    /// The width of a digit of the default font, thousandths of an em.
    public let digit: Double
    /// A line's height as a share of the font size.
    public var lineSpacing = 1.22
    /// Room above and below the lines of a cell, in points.
    public var verticalPadding = 2.0
    /// Room left and right of the text in a cell, in digits (both sides together).
    public var horizontalPadding = 0.75
    /// How much wider than measured a text is taken.
    public var safety = 1.08

    public init(widths: [Unicode.Scalar: (regular: Double, bold: Double)]) {
        regular = widths.mapValues(\.regular)
        bold = widths.mapValues(\.bold)
        unknownRegular = regular.values.max() ?? 1000
        unknownBold = bold.values.max() ?? 1000
        digit = regular["0"] ?? 550
        regularTable = Array(repeating: unknownRegular, count: Self.tableSize)
        boldTable = Array(repeating: unknownBold, count: Self.tableSize)
        for (s, w) in widths where Int(s.value) < Self.tableSize {
            regularTable[Int(s.value)] = w.regular
            boldTable[Int(s.value)] = w.bold
        }
    }

    /// Without a table of widths: every character as wide as a broad Cyrillic letter (0.7 em, bold 0.78 em).
    public static let approximate = TextMetrics(fallback: (700, 780))

    private init(fallback: (Double, Double)) {
        regular = [:]; bold = [:]
        unknownRegular = fallback.0; unknownBold = fallback.1
        digit = 550
        regularTable = Array(repeating: fallback.0, count: Self.tableSize)
        boldTable = Array(repeating: fallback.1, count: Self.tableSize)
    }

    /// Excel's default row height, in points.
    public static let defaultRowHeight = 15.0
    /// The font size of a cell without one (Calibri 11), which column widths count digits of.
    public static let defaultFontSize = 11.0

    /// The width of a text on one line, in digits of the default font.
    public func width<S: StringProtocol>(_ text: S, size: Double, bold isBold: Bool) -> Double {
        var em = 0.0
        for s in text.unicodeScalars { em += advance(s, bold: isBold) }
        return digits(em: em, size: size)
    }

    /// A width in thousandths of an em as digits of the default font (the one expression every measure uses, so
    /// that the same text gives the same double whichever way it is measured).
    @inline(__always)
    func digits(em: Double, size: Double) -> Double { em * safety * size / (digit * Self.defaultFontSize) }

    /// A character's width, thousandths of an em.
    @inline(__always)
    func advance(_ s: Unicode.Scalar, bold isBold: Bool) -> Double {
        let v = Int(s.value)
        if v < Self.tableSize { return isBold ? boldTable[v] : regularTable[v] }
        return (isBold ? bold[s] : regular[s]) ?? (isBold ? unknownBold : unknownRegular)
    }

    /// The width of the widest piece of a text between spaces, line breaks and after hyphens (where office programs
    /// may break a line), in digits of the default font.
    public func widestPiece(_ text: String, size: Double, bold isBold: Bool) -> Double {
        var widest = 0.0, em = 0.0
        for s in text.unicodeScalars {
            switch s {
            case " ", "\n": widest = max(widest, em); em = 0
            case "-": widest = max(widest, em + advance(s, bold: isBold)); em = 0
            default: em += advance(s, bold: isBold)
            }
        }
        return max(widest, em) * safety * size / (digit * Self.defaultFontSize)
    }

    /// The room for text in a column `characters` wide, in digits.
    public func room(_ characters: Double) -> Double { max(1, characters - horizontalPadding) }

    /// The width of a column (characters) that holds a text `digits` wide on one line.
    public func column(holding digits: Double) -> Double { ((digits + horizontalPadding) * 4).rounded(.up) / 4 }

    /// The lines a text takes in `available` digits: each of its lines ("\n") wrapped at spaces as an office
    /// program does, a word longer than a line broken where it reaches the edge.
    public func lines(_ text: String, available: Double, size: Double, bold isBold: Bool) -> Int {
        if let n = linesInOnePass(text, available: available, size: size, bold: isBold) { return n }
        return linesByCharacters(text, available: available, size: size, bold: isBold)
    }

    /// `lines` in one pass over the text's scalars, without splitting it; nil for a text where a space or line
    /// break might not stand alone as a character (see `splitsLikeCharacters`), which `linesByCharacters` measures.
    func linesInOnePass(_ text: String, available: Double, size: Double, bold isBold: Bool) -> Int? {
        let room = max(available, 1)
        let space = width(" ", size: size, bold: isBold)
        var total = 0, lines = 1, used = 0.0, em = 0.0
        @inline(__always) func endWord() {
            var w = digits(em: em, size: size)
            em = 0
            let gap = used > 0 ? space : 0
            if used + gap + w <= room { used += gap + w; return }
            if used > 0 { lines += 1; used = 0 }
            while w > room { lines += 1; w -= room * Self.brokenFill }
            used = w
        }
        for s in text.unicodeScalars {
            switch s {
            case "\n": endWord(); total += lines; lines = 1; used = 0
            case " ": endWord()
            default:
                guard Self.splitsLikeCharacters(s) else { return nil }
                em += advance(s, bold: isBold)
            }
        }
        endWord()
        return max(1, total + lines)
    }

    /// Whether a scalar is sure to be a character of its own next to a space or a line break, so that splitting
    /// the text's scalars at them splits it as its characters would be split: ASCII but CR (CR LF is one
    /// character), Latin-1, Cyrillic letters (not its combining marks), general punctuation but the zero-width
    /// joiners, letter-like symbols («№»). Anything else (combining marks, other scripts) goes the slow way.
    @inline(__always)
    static func splitsLikeCharacters(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0D: return false
        case 0..<0x300, 0x400...0x482, 0x48A...0x4FF, 0x2100...0x214F: return true
        case 0x2000...0x206F: return s.value != 0x200C && s.value != 0x200D
        default: return false
        }
    }

    /// The lines of a text split into its lines and words as characters (the reference `linesInOnePass` follows).
    func linesByCharacters(_ text: String, available: Double, size: Double, bold isBold: Bool) -> Int {
        let room = max(available, 1)
        let space = width(" ", size: size, bold: isBold)
        var total = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var lines = 1, used = 0.0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var w = width(word, size: size, bold: isBold)
                let gap = used > 0 ? space : 0
                if used + gap + w <= room { used += gap + w; continue }
                if used > 0 { lines += 1; used = 0 }
                // A word wider than a line runs over as many lines as it needs; it breaks where it may («/», «-»),
                // so its lines are not full: taken `brokenFill` full.
                while w > room { lines += 1; w -= room * Self.brokenFill }
                used = w
            }
            total += lines
        }
        return max(1, total)
    }

    /// How full the lines of a word broken over lines are taken to be.
    static let brokenFill = 0.7

    /// The height, in points, of a row showing `lines` lines of a font `size` points big.
    public func height(lines: Int, size: Double) -> Double {
        Double(lines) * size * lineSpacing + verticalPadding
    }
}
