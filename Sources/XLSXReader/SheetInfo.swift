/// Whether a sheet is shown.
public enum SheetState: String, Sendable {
    case visible, hidden, veryHidden
}

/// A sheet listed in `workbook.xml`, in workbook order.
public struct SheetInfo: Equatable, Sendable {
    public var name: String
    public var state: SheetState
    /// The normalised part name of the worksheet (`xl/worksheets/sheet1.xml`).
    public var part: String
}

/// A sheet the workbook lists but the reader had to leave out, and why.
public struct SkippedSheet: Sendable, Equatable {
    public var name: String
    public var reason: XLSXReadError
}
