import XLSXWriter

/// Renders one kind of table (Templates/tables.tsv, column `kind`) below the title row the builder wrote.
/// Adding a kind of table = one type conforming to this, listed in `TableRenderers.renderer(for:)`.
protocol TableRenderer {
    func render(_ ws: Worksheet, _ spec: TableSpec, _ ctx: ReportContext, _ wb: Workbook) throws
    /// The widths of the table's columns (characters), set before the title is written: a streamed sheet's rows
    /// are measured for their heights as they are written (see `RowHeights`). Nil: the renderer sets them.
    func widths(_ spec: TableSpec, _ ctx: ReportContext) -> [Double]?
}

extension TableRenderer {
    func widths(_ spec: TableSpec, _ ctx: ReportContext) -> [Double]? { nil }
}

enum TableRenderers {
    /// - Parameter chartSheet: the sheet of a heat map's counts and chart (see `DynamicsChart`).
    static func renderer(for kind: TableSpec.Kind, chartSheet: Worksheet? = nil) -> TableRenderer {
        switch kind {
        case .heatmap: return HeatmapRenderer(chartSheet: chartSheet)
        case .heatmapPrevious: return PreviousHeatmapRenderer(chartSheet: chartSheet)
        case .direction: return DirectionRenderer()
        case .perOrg: return RowTableRenderer(rows: OrganisationRows())
        case .summary: return SummaryRenderer()
        case .zeroList: return ZeroListRenderer()
        case .links: return LinksRenderer()
        case .practices: return PracticesRenderer()
        }
    }

    /// The heat maps merge direction cells over rows already written and add charts, so they are not streamed.
    static func isStreamed(_ kind: TableSpec.Kind) -> Bool { kind != .heatmap && kind != .heatmapPrevious }
}
