import CXLSXWriter

/// Page set-up for printing a sheet.
public struct PrintSetup: Sendable, Equatable {
    public var landscape: Bool
    /// Fit all columns onto one page width (any number of pages tall).
    public var fitToWidth: Bool
    /// Rows repeated at the top of every printed page (zero-based).
    public var repeatRows: ClosedRange<Int>?
    /// A4 paper (Excel's paper code 9); otherwise the printer's default.
    public var paperA4: Bool
    /// Centre the printed table horizontally.
    public var centerHorizontally: Bool
    /// Columns repeated at the left of every printed page (zero-based), for tables wider than a page.
    public var repeatColumns: ClosedRange<Int>?

    public init(
        landscape: Bool = true, fitToWidth: Bool = true, repeatRows: ClosedRange<Int>? = nil,
        paperA4: Bool = true, centerHorizontally: Bool = false, repeatColumns: ClosedRange<Int>? = nil
    ) {
        self.landscape = landscape
        self.fitToWidth = fitToWidth
        self.repeatRows = repeatRows
        self.paperA4 = paperA4
        self.centerHorizontally = centerHorizontally
        self.repeatColumns = repeatColumns
    }
}

extension Worksheet {
    /// Applies a print set-up.
    public func setPrint(_ setup: PrintSetup) throws {
        if setup.landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
        if setup.fitToWidth { worksheet_fit_to_pages(handle, 1, 0) }
        if setup.paperA4 { worksheet_set_paper(handle, 9) }
        if setup.centerHorizontally { worksheet_center_horizontally(handle) }
        if let rows = setup.repeatRows {
            try XLSXWriteError.check(
                worksheet_repeat_rows(handle, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)),
                "\(context()), повтор строк при печати")
        }
        if let columns = setup.repeatColumns {
            try XLSXWriteError.check(
                worksheet_repeat_columns(handle, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound)),
                "\(context()), повтор столбцов при печати")
        }
    }
}

extension Worksheet {
    /// Starts a new printed page above each of `rows` (zero-based), so that what follows stays together on a page.
    public func setPageBreaks(above rows: [Int]) throws {
        var breaks = rows.filter { $0 > 0 }.sorted().map { lxw_row_t($0) } + [0]
        try XLSXWriteError.check(worksheet_set_h_pagebreaks(handle, &breaks), "\(context()), разрывы страниц")
    }
}
