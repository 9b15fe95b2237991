import CXLSXWriter
import Foundation

/// One sheet of a `Workbook`. Rows and columns are zero-based: row 0 is Excel's row 1, column 0 is "A".
public final class Worksheet {
    /// The final (sanitised, unique) sheet name.
    public let name: String
    unowned let workbook: Workbook
    let handle: UnsafeMutablePointer<lxw_worksheet>
    /// Links written so far (see `maxLinks`).
    private var links = 0
    /// The rows' heights, from what they hold (see `RowHeights`).
    let heights: RowHeights
    /// Whether rows are set as tall as their content (on by default). A sheet never printed (a hidden data sheet of
    /// many rows) may turn it off before writing: its rows keep the default height, or the one `setRow` gives.
    public var fitsRowHeights = true
    /// The columns as set, in order (kept when one of them is widened for its words).
    private var columnSets: [(columns: ClosedRange<Int>, width: Double, style: CellStyle?, hidden: Bool)] = []

    init(
        workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String, metrics: TextMetrics,
        streaming: Bool
    ) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
        heights = RowHeights(metrics: metrics, streaming: streaming)
    }

    /// Notes a cell's content for its row's height; a streaming sheet's rows above are given their heights first.
    private func note(
        _ value: CellValue, row: Int, columns: ClosedRange<Int>, rows: ClosedRange<Int>? = nil,
        style: CellStyle?
    ) throws {
        guard fitsRowHeights else { return }
        if heights.streaming { try applyRowHeights(before: row) }
        heights.record(value, row: row, columns: columns, rows: rows, style: style)
    }

    /// Sets the widths of the columns widened for their words (see `RowHeights`), when the sheet is done.
    /// libxlsxwriter keeps a column's set-up under the range's first column: a range holding a widened column is set
    /// again column by column, so that no two ranges overlap.
    func applyWidenedColumns() throws {
        let widened = heights.widened.filter { $0.value > (heights.columnWidths[$0.key] ?? LXW_DEF_COL_WIDTH) }
        guard !widened.isEmpty else { return }
        var done = Set<Int>()
        func set(_ c: Int, _ width: Double, _ style: CellStyle?, _ hidden: Bool) throws {
            var options = lxw_row_col_options()
            options.hidden = hidden ? 1 : 0
            try XLSXWriteError.check(
                worksheet_set_column_opt(
                    handle, lxw_col_t(c), lxw_col_t(c), max(width, widened[c] ?? 0),
                    try workbook.format(for: style), &options), context())
            done.insert(c)
        }
        for s in columnSets where s.columns.contains(where: { widened[$0] != nil }) {
            for c in s.columns { try set(c, heights.columnWidths[c] ?? s.width, s.style, s.hidden) }
        }
        for c in widened.keys.sorted() where !done.contains(c) { try set(c, LXW_DEF_COL_WIDTH, nil, false) }
    }

    /// Sets the heights of the rows above `row` (every row when nil) that are due (see `RowHeights`).
    func applyRowHeights(before row: Int?) throws {
        for due in heights.due(before: row) {
            var options = lxw_row_col_options()
            options.hidden = due.setting?.hidden == true ? 1 : 0
            let fmt = try workbook.format(for: due.setting?.style)
            try XLSXWriteError.check(
                worksheet_set_row_opt(handle, lxw_row_t(due.row), due.height, fmt, &options),
                "\(context()), высота строки \(due.row + 1)")
        }
    }

    func context(_ cell: CellAddress? = nil) -> String {
        var s = "\(workbook.path), лист «\(name)»"
        if let cell { s += ", ячейка \(cell)" }
        return s
    }

    func checkCell(_ cell: CellAddress) throws {
        guard cell.isValid else {
            throw XLSXWriteError(
                context: context(),
                message:
                    "ячейка (строка \(cell.row + 1), столбец \(cell.column + 1)) вне пределов листа (1 048 576 строк × 16 384 столбца)"
            )
        }
    }

    /// The style of the last cell written and its format: cells mostly come in runs of one style, and comparing
    /// a style is cheaper than hashing it under the workbook's lock.
    private var lastStyle: CellStyle?
    private var lastFormat: UnsafeMutablePointer<lxw_format>?

    /// The format of a style, looked up in the workbook when it is not the last one's.
    func format(for style: CellStyle?) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        if let lastStyle, lastStyle == style { return lastFormat }
        let f = try workbook.format(for: style)
        lastStyle = style
        lastFormat = f
        return f
    }

    /// Writes a value into a cell.
    public func write(_ value: CellValue, row: Int, column: Int, style: CellStyle? = nil) throws {
        try note(value, row: row, columns: column...column, style: style)
        try write(value, row: row, column: column, format: try format(for: style))
    }

    /// Writes a row of values starting at (`row`, `column`), all in one style (looked up once for the row).
    public func write(row: Int, column: Int = 0, _ values: [CellValue], style: CellStyle? = nil) throws {
        let fmt = try format(for: style)
        for (i, v) in values.enumerated() {
            try note(v, row: row, columns: (column + i)...(column + i), style: style)
            try write(v, row: row, column: column + i, format: fmt)
        }
    }

    /// Writes a value into a cell with a format already looked up.
    func write(_ value: CellValue, row: Int, column: Int, format fmt: UnsafeMutablePointer<lxw_format>?) throws {
        let cell = CellAddress(row: row, column: column)
        try checkCell(cell)
        let r = lxw_row_t(row), c = lxw_col_t(column)
        let status: lxw_error
        switch value {
        case .blank:
            status = fmt == nil ? LXW_NO_ERROR : worksheet_write_blank(handle, r, c, fmt)
        case .text(let s):
            guard Self.fitsInCell(s) else {
                throw XLSXWriteError(
                    code: Int(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED.rawValue), context: context(cell),
                    message: XLSXWriteError.russianMessage(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED))
            }
            status = worksheet_write_string(handle, r, c, s, fmt)
        case .number(let d):
            guard d.isFinite else {
                throw XLSXWriteError(context: context(cell), message: "число не конечно (\(d)), Excel его не примет")
            }
            status = worksheet_write_number(handle, r, c, d, fmt)
        case .bool(let b):
            status = worksheet_write_boolean(handle, r, c, b ? 1 : 0, fmt)
        case .formula(let f, let cached):
            status = worksheet_write_formula_num(handle, r, c, f, fmt, cached ?? 0)
        }
        try XLSXWriteError.check(status, self.context(cell))
    }

    /// Excel's limit of characters in a cell (UTF-16 code units).
    static let maxCellCharacters = 32_767

    /// Whether a text fits Excel's limit and libxlsxwriter's (bytes: four per character at most). A text of
    /// no more bytes than the limit fits without counting its UTF-16 units (there are never more of them).
    static func fitsInCell(_ s: String) -> Bool {
        let bytes = s.utf8.count
        if bytes <= maxCellCharacters { return true }
        return bytes <= maxCellCharacters * 4 && s.utf16.count <= maxCellCharacters
    }

    /// Writes an external hyperlink (`https://…`, `mailto:…`, `file:///…`) shown as `text` (the URL when nil).
    /// Past Excel's 65,530 links in a sheet, `text` is written without the link.
    public func writeLink(
        url: String, text: String? = nil, row: Int, column: Int, style: CellStyle? = nil,
        tooltip: String? = nil
    ) throws {
        let cell = CellAddress(row: row, column: column)
        try checkCell(cell)
        try note(.text(text ?? url), row: row, columns: column...column, style: style)
        // Excel allows 65,530 links in a sheet (libxlsxwriter 1.1.4 lets one more through): past that the
        // link is written as its text, still readable.
        guard links < Worksheet.maxLinks else {
            return try write(.text(text ?? url), row: row, column: column, style: style)
        }
        let fmt = try format(for: style)
        try XLSXWriteError.check(
            worksheet_write_url_opt(handle, lxw_row_t(row), lxw_col_t(column), url, fmt, text, tooltip),
            self.context(cell))
        links += 1
    }

    /// Excel's limit of links in one sheet.
    public static let maxLinks = 65_530

    /// Writes a link to a cell of another sheet of this workbook.
    public func writeInternalLink(
        toSheet sheet: String, cell target: String = "A1", text: String,
        row: Int, column: Int, style: CellStyle? = nil
    ) throws {
        let escaped = sheet.replacingOccurrences(of: "'", with: "''")
        try writeLink(url: "internal:'\(escaped)'!\(target)", text: text, row: row, column: column, style: style)
    }

    /// Merges a range and writes `value` into it (with `style` over the whole range).
    public func merge(_ range: CellRange, value: CellValue = .blank, style: CellStyle? = nil) throws {
        try checkCell(range.first); try checkCell(range.last)
        try note(
            value, row: range.first.row, columns: range.first.column...range.last.column,
            rows: range.first.row...range.last.row, style: style)
        let fmt = try workbook.format(for: style)
        let text: String
        if case .text(let s) = value { text = s } else { text = "" }
        try XLSXWriteError.check(
            worksheet_merge_range(
                handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                lxw_row_t(range.last.row), lxw_col_t(range.last.column), text, fmt),
            "\(self.context()), объединение \(range)")
        switch value {
        case .text, .blank: break
        default: try write(value, row: range.first.row, column: range.first.column, style: style)
        }
    }

    /// Sets the width (in characters) of columns, with an optional default style and hidden state.
    public func setColumns(
        _ columns: ClosedRange<Int>, width: Double, style: CellStyle? = nil,
        hidden: Bool = false
    ) throws {
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        let fmt = try workbook.format(for: style)
        for c in columns { heights.columnWidths[c] = width }
        columnSets.append((columns, width, style, hidden))
        try XLSXWriteError.check(
            worksheet_set_column_opt(
                handle, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound),
                width, fmt, &options), context())
    }

    /// Sets a row's least height in points (nil: as its content needs), with optional style and hidden state.
    /// The row is set when its height is known (see `RowHeights`): as tall as its content needs, `height` at least.
    public func setRow(_ row: Int, height: Double? = nil, style: CellStyle? = nil, hidden: Bool = false) throws {
        try checkCell(CellAddress(row: row, column: 0))
        guard fitsRowHeights else {
            var options = lxw_row_col_options()
            options.hidden = hidden ? 1 : 0
            return try XLSXWriteError.check(
                worksheet_set_row_opt(
                    handle, lxw_row_t(row), height ?? LXW_DEF_ROW_HEIGHT, try workbook.format(for: style), &options),
                context())
        }
        _ = try workbook.format(for: style)
        heights.set(row, RowHeights.Setting(height: height, style: style, hidden: hidden))
    }

    /// Freezes the rows above `row` and the columns left of `column`.
    public func freezePanes(row: Int, column: Int = 0) {
        worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(column))
    }

    /// Adds an autofilter over a range (its first row holds the headers).
    public func autofilter(_ range: CellRange) throws {
        try XLSXWriteError.check(
            worksheet_autofilter(
                handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                lxw_row_t(range.last.row), lxw_col_t(range.last.column)), context())
    }

    /// Places a chart with its top-left corner at a cell, scaled.
    public func insertChart(_ chart: Chart, row: Int, column: Int, xScale: Double = 1, yScale: Double = 1) throws {
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        try XLSXWriteError.check(
            worksheet_insert_chart_opt(handle, lxw_row_t(row), lxw_col_t(column), chart.handle, &options),
            "\(context()), диаграмма (в диаграмме должен быть хотя бы один ряд данных)")
    }

    /// Hides the sheet (it stays readable by programs and can be shown again in Excel/LibreOffice).
    public func hide() { worksheet_hide(handle) }

    /// Makes this sheet the one shown when the file is opened.
    public func activate() { worksheet_activate(handle) }

    /// Sets the tab colour.
    public func setTabColor(_ color: RGBColor) { worksheet_set_tab_color(handle, lxw_color_t(color.rgb)) }

    /// Protects the sheet: locked cells can't be edited; cells with `CellStyle.locked == false` stay editable.
    public func protect() { worksheet_protect(handle, nil, nil) }
}
