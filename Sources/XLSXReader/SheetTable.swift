/// A whole sheet held in memory: cells addressable by position, hyperlinks attached, merges known.
public struct SheetTable: Sendable {
    public var name: String
    /// The rows; setting them (a sheet's cells rewritten) re-indexes the cells.
    public var rows: [Row] { didSet { reindex() } }
    public var merged: [MergedRange]
    public var hyperlinks: [CellRef: Hyperlink]
    public var hiddenColumns: Set<Int>
    /// Cells that hold a formula with no cached value (`SheetRowReader.uncomputedFormulas`).
    public var uncomputedFormulas: Set<CellRef> = []
    /// Cells whose formula reads another sheet, and the sheets read (`SheetRowReader.crossSheetFormulas`).
    public var crossSheetFormulas: (cells: Int, sheets: Set<String>) = (0, [])
    /// What the page's header and footer print, a section each (`SheetRowReader.headerFooter`).
    public var headerFooter: [String] = []
    private var index: [CellRef: Cell] = [:]

    public init(
        name: String, rows: [Row], merged: [MergedRange], hyperlinks: [CellRef: Hyperlink],
        hiddenColumns: Set<Int>
    ) {
        self.name = name
        self.rows = rows
        self.merged = merged
        self.hyperlinks = hyperlinks
        self.hiddenColumns = hiddenColumns
        reindex()
    }

    private mutating func reindex() {
        index = [:]
        for row in rows { for cell in row.cells { index[CellRef(row: row.index, column: cell.column)] = cell } }
    }

    /// The cell at a position, if it holds a value.
    public func cell(_ ref: CellRef) -> Cell? { index[ref] }

    public subscript(row: Int, column: Int) -> Cell? { index[CellRef(row: row, column: column)] }

    /// The value shown at a position, taking merged ranges into account (a merged range shows its first cell).
    public func displayed(_ ref: CellRef) -> Cell? {
        if let c = index[ref] { return c }
        if let m = merged.first(where: { $0.contains(ref) }) { return index[m.first] }
        return nil
    }

    /// Number of rows that hold at least one cell.
    public var rowCount: Int { rows.filter { !$0.cells.isEmpty }.count }
    /// One past the last used row / column index.
    public var maxRow: Int { (rows.last?.index ?? -1) + 1 }
    public var maxColumn: Int { (rows.compactMap { $0.cells.last?.column }.max() ?? -1) + 1 }
}
