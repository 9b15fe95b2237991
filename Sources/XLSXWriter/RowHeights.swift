import CXLSXWriter

/// The heights of a sheet's rows, from what they hold: every text written is measured (`TextMetrics`) against
/// the width of its column (or of its merged columns) in its style's font, and the row is set as tall as its
/// tallest cell needs — never lower than a height the caller asked for with `Worksheet.setRow`. A text merged
/// over several rows makes the last of them taller when the rows together are too low for it.
///
/// A word wider than its column (a file path, a long word in a narrow column) would print over the next cell or
/// be broken anywhere: its column is widened to hold it (up to `widestColumn` characters), as far as a text of one
/// column goes.
///
/// A streaming sheet's rows are measured when the next row is begun (libxlsxwriter writes a row out then), so
/// its column widths must be set before its rows; another sheet's rows are measured when the workbook is saved.
final class RowHeights {
    /// A text to measure, with what of its style measuring reads (a whole `CellStyle` is about four times the
    /// size: a regional workbook holds some 300,000 texts until it is saved).
    struct Text {
        var columns: ClosedRange<Int>
        var rows: ClosedRange<Int>
        var text: String
        var size: Double
        var bold: Bool
        var wrap: Bool

        init(columns: ClosedRange<Int>, rows: ClosedRange<Int>, text: String, style: CellStyle?) {
            self.columns = columns
            self.rows = rows
            self.text = text
            size = style?.fontSize ?? TextMetrics.defaultFontSize
            bold = style?.bold ?? false
            wrap = style?.wrap ?? false
        }
    }
    struct Setting {
        var height: Double?
        var style: CellStyle?
        var hidden: Bool
    }

    let metrics: TextMetrics
    let streaming: Bool
    var columnWidths: [Int: Double] = [:]
    /// Columns widened for their longest words (characters), set when the workbook is saved.
    private(set) var widened: [Int: Double] = [:]
    /// The widest a column is made for a word.
    static let widestColumn = 60.0
    /// Texts not measured yet, by their (first) row.
    private var texts: [Int: [Text]] = [:]
    /// Heights needed by cells other than texts (a number in a big font), by row.
    private var fixed: [Int: Double] = [:]
    private var settings: [Int: Setting] = [:]
    /// The lowest row with something noted (`Int.max`: none), so that a streaming sheet's writes check quickly.
    private var lowest = Int.max

    init(metrics: TextMetrics, streaming: Bool) {
        self.metrics = metrics
        self.streaming = streaming
    }

    func record(
        _ value: CellValue, row: Int, columns: ClosedRange<Int>, rows: ClosedRange<Int>? = nil, style: CellStyle?
    ) {
        lowest = min(lowest, row)
        switch value {
        case .text(let s) where !s.isEmpty:
            let rows = rows ?? row...row
            // A text that does not wrap takes its lines whatever its column's width: its height is known now.
            if style?.wrap != true, rows.count == 1 {
                let size = style?.fontSize ?? TextMetrics.defaultFontSize
                fixed[row] = max(fixed[row] ?? 0, metrics.height(lines: Self.lineCount(s), size: size))
                return
            }
            let t = Text(columns: columns, rows: rows, text: s, style: style)
            texts[row, default: []].append(t)
            if columns.count == 1, t.wrap { widen(columns.lowerBound, for: t) }
        case .blank, .text: break
        default:
            let size = style?.fontSize ?? TextMetrics.defaultFontSize
            if size > TextMetrics.defaultFontSize {
                fixed[row] = max(fixed[row] ?? 0, metrics.height(lines: 1, size: size))
            }
        }
    }

    func set(_ row: Int, _ setting: Setting) {
        settings[row] = setting
        lowest = min(lowest, row)
    }

    /// The width of a column in characters (libxlsxwriter's default when not set), widened for its words.
    func width(_ column: Int) -> Double { max(columnWidths[column] ?? LXW_DEF_COL_WIDTH, widened[column] ?? 0) }

    /// Widens a column to hold the text's longest word.
    private func widen(_ column: Int, for t: Text) {
        let size = t.size, bold = t.bold
        // Office programs break a line after a hyphen too («информационно-|аналитической»).
        let longest = metrics.widestPiece(t.text, size: size, bold: bold)
        guard longest > metrics.room(width(column)) else { return }
        widened[column] = min(Self.widestColumn, metrics.column(holding: longest))
    }

    /// The height a text needs over the rows it covers.
    func needed(_ t: Text) -> Double {
        let size = t.size, bold = t.bold
        // Merged columns: their widths together, the padding once.
        let available = metrics.room(t.columns.map(width).reduce(0, +))
        let lines =
            t.wrap
            ? metrics.lines(t.text, available: available, size: size, bold: bold)
            : Self.lineCount(t.text)
        return metrics.height(lines: lines, size: size)
    }

    /// The lines of a text that does not wrap: its line breaks and one, a CR LF being one character (as
    /// `split(separator: "\n")` counts them).
    static func lineCount(_ text: String) -> Int {
        var n = 1, previous: UInt8 = 0
        for b in text.utf8 {
            if b == 0x0A && previous != 0x0D { n += 1 }
            previous = b
        }
        return n
    }

    /// The rows below `row` whose heights are due (a streaming sheet), or every row (`nil`), with their heights
    /// and the caller's style and hidden state; forgotten once returned.
    func due(before row: Int?) -> [(row: Int, height: Double, setting: Setting?)] {
        if let row, row <= lowest { return [] }
        // The rows noted below `row` (a streaming sheet has a few at a time), gathered without building sets of all.
        var keys = Set<Int>()
        for k in texts.keys where row.map({ k < $0 }) ?? true { keys.insert(k) }
        for k in fixed.keys where row.map({ k < $0 }) ?? true { keys.insert(k) }
        for k in settings.keys where row.map({ k < $0 }) ?? true { keys.insert(k) }
        defer { lowest = min(texts.keys.min() ?? Int.max, fixed.keys.min() ?? Int.max, settings.keys.min() ?? Int.max) }
        guard !keys.isEmpty else { return [] }
        var heights: [Int: Double] = [:]
        var spanning: [Text] = []
        for r in keys {
            var h = max(fixed[r] ?? 0, settings[r]?.height ?? 0)
            for t in texts[r] ?? [] {
                if t.rows.count > 1 { spanning.append(t) } else { h = max(h, needed(t)) }
            }
            heights[r] = h
        }
        func current(_ r: Int) -> Double { max(heights[r] ?? 0, TextMetrics.defaultRowHeight) }
        for t in spanning {
            let have = t.rows.map(current).reduce(0, +), need = needed(t)
            if need > have { heights[t.rows.upperBound] = current(t.rows.upperBound) + need - have }
        }
        var out: [(Int, Double, Setting?)] = []
        for (r, h) in heights.sorted(by: { $0.key < $1.key }) {
            let s = settings[r]
            if h > TextMetrics.defaultRowHeight + 0.5 || s != nil {
                out.append((r, max(h, TextMetrics.defaultRowHeight), s))
            }
            texts[r] = nil; fixed[r] = nil; settings[r] = nil
        }
        return out
    }
}
