import CXLSXWriter
import Foundation

/// Kinds of native Excel charts the writer offers.
public enum ChartKind: Sendable {
    case column, bar, pie

    var lxwType: UInt8 {
        switch self {
        case .column: return UInt8(LXW_CHART_COLUMN.rawValue)
        case .bar: return UInt8(LXW_CHART_BAR.rawValue)
        case .pie: return UInt8(LXW_CHART_PIE.rawValue)
        }
    }
}

/// A range of a worksheet as a chart formula (`='Лист 1'!$A$2:$A$6`).
public struct SheetRange: Sendable, Equatable {
    public var sheet: String
    public var range: CellRange

    public init(sheet: String, range: CellRange) {
        self.sheet = sheet
        self.range = range
    }

    /// The absolute formula reference with the sheet name quoted.
    public var formula: String {
        let quoted = "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        func abs(_ a: CellAddress) -> String { "$\(CellAddress.columnName(a.column))$\(a.row + 1)" }
        return "=\(quoted)!\(abs(range.first)):\(abs(range.last))"
    }
}

/// Where a chart's legend stands.
public enum LegendPosition: Sendable { case none, right, left, top, bottom }

/// A native chart; create with `Workbook.addChart`, place with `Worksheet.insertChart`.
public final class Chart {
    let handle: UnsafeMutablePointer<lxw_chart>
    public let kind: ChartKind

    init(handle: UnsafeMutablePointer<lxw_chart>, kind: ChartKind) {
        self.handle = handle
        self.kind = kind
    }

    /// Adds a series of `values` labelled by `categories`; `pointColors` colour each point (e.g. a palette).
    public func addSeries(
        name: String? = nil, categories: SheetRange, values: SheetRange,
        pointColors: [RGBColor] = [], dataLabels: Bool = false
    ) {
        let series = chart_add_series(handle, categories.formula, values.formula)
        if let name { chart_series_set_name(series, name) }
        if dataLabels { chart_series_set_labels(series) }
        guard !pointColors.isEmpty else { return }
        let fills = UnsafeMutablePointer<lxw_chart_fill>.allocate(capacity: pointColors.count)
        let points = UnsafeMutablePointer<lxw_chart_point>.allocate(capacity: pointColors.count)
        let list = UnsafeMutablePointer<UnsafeMutablePointer<lxw_chart_point>?>.allocate(
            capacity: pointColors.count + 1)
        defer { fills.deallocate(); points.deallocate(); list.deallocate() }
        for (i, color) in pointColors.enumerated() {
            fills[i] = lxw_chart_fill()
            fills[i].color = lxw_color_t(color.rgb)
            points[i] = lxw_chart_point()
            points[i].fill = fills + i
            list[i] = points + i
        }
        list[pointColors.count] = nil
        _ = chart_series_set_points(series, list)
    }

    /// Sets the chart title.
    public func setTitle(_ title: String) { chart_title_set_name(handle, title) }

    /// Sets the axis titles (ignored by pie charts).
    public func setAxisTitles(x: String? = nil, y: String? = nil) {
        guard kind != .pie else { return }
        if let x { chart_axis_set_name(handle.pointee.x_axis, x) }
        if let y { chart_axis_set_name(handle.pointee.y_axis, y) }
    }

    /// Places (or hides) the legend.
    public func setLegend(_ position: LegendPosition) {
        let p: lxw_chart_legend_position
        switch position {
        case .none: p = LXW_CHART_LEGEND_NONE
        case .right: p = LXW_CHART_LEGEND_RIGHT
        case .left: p = LXW_CHART_LEGEND_LEFT
        case .top: p = LXW_CHART_LEGEND_TOP
        case .bottom: p = LXW_CHART_LEGEND_BOTTOM
        }
        chart_legend_set_position(handle, UInt8(p.rawValue))
    }
}
