import Catalogue
import Consolidation
import Findings
import XLSXWriter

/// The heat map of the year (Table 38): per criterion, last year's and this year's value, the dynamics in the
/// palette's colours and the comment, criteria grouped by direction; then the count per dynamics and its chart.
/// It renders any consolidation, a municipality's or a region's («Регион» of the regional workbook).
struct HeatmapRenderer: TableRenderer {
    /// The comment of a criterion's row; by default the report's «не показательно…» and the coverage note.
    var comment: ((Criterion) -> String)?
    var chartTitle =
        "Диаграмма 2. Динамика значений муниципальных критериев Регионального мониторинга целевой модели наставничества за два года"
    /// Where the counts per dynamics and the chart go (see `DynamicsChart`).
    var chartSheet: Worksheet?

    func render(_ ws: Worksheet, _ spec: TableSpec, _ ctx: ReportContext, _ wb: Workbook) throws {
        try render(ws, ctx, wb)
    }

    func render(_ ws: Worksheet, _ ctx: ReportContext, _ wb: Workbook) throws {
        let y = ctx.year, c11n = ctx.consolidation, styles = ctx.styles
        let list = ctx.heatmapCriteria(y)
        // A 7th column «Цель» where a criterion has a target (Templates/targets.tsv): the target and whether the
        // value reaches it, as on the sheet «Целевые показатели». The first six are the report's.
        let targets = list.contains { ctx.catalogue.target($0.id, year: y) != nil }
        try ws.write(
            row: 2,
            [
                .text("Показатель"), .text("Наименование критерия"), .text("\(y - 1) г."), .text("\(y) г."),
                .text("Динамика"), .text("Комментарий")
            ]
                + (targets ? [.text("Цель")] : []), style: styles.header)
        var r = 3, groupStart = 3
        var counts: [DynamicsCategory: Int] = [:]
        for (i, c) in list.enumerated() {
            try ws.write(.text(c.wording(for: y)), row: r, column: 1, style: styles.text)
            try ctx.writeValue(ws, c11n.value(c.id, y - 1), unit: c.unit, row: r, column: 2)
            try ctx.writeValue(ws, c11n.value(c.id, y), unit: c.unit, row: r, column: 3)
            let d = c11n.dynamics(c.id, to: y)
            counts[d, default: 0] += 1
            try ctx.writeDynamics(ws, d, row: r, column: 4)
            let comment = self.comment?(c) ?? Table38Row.comment(c, c11n, findings: ctx.findings)
            try ws.write(.text(comment), row: r, column: 5, style: styles.text)
            var mark = ""
            if let t = ctx.catalogue.target(c.id, year: y) {
                mark = TargetsSheet.target(t, unit: c.unit)
                if let v = c11n.value(c.id, y)?.number.map({ displayed($0, unit: c.unit) }) {
                    let reached = t.isReached(by: v)
                    mark += ": " + (reached ? TargetsSheet.reached : TargetsSheet.missed)
                    try ws.write(.text(mark), row: r, column: 6, style: styles.reached(reached))
                } else {
                    try ws.write(.text(mark), row: r, column: 6, style: styles.text)
                }
            } else if targets {
                try ws.write(.blank, row: r, column: 6, style: styles.text)
            }
            if i + 1 == list.count || list[i + 1].direction != c.direction {
                let name = "\(c.direction). " + (ctx.catalogue.direction(c.direction)?.name ?? "")
                try GroupLabel.write(ws, name, rows: groupStart...r, column: 0, style: styles.textBold)
                groupStart = r + 1
            }
            r += 1
        }
        try HeatmapLayout.columns(ws, widths: [34, 70, 12, 12, 18, 40] + (targets ? [22] : []))
        try DynamicsChart.write(ws, to: chartSheet, wb: wb, ctx: ctx, counts: counts, row: r + 1, title: chartTitle)
    }
}

/// Last year's heat map (Table 1): the criteria of the year before in that year's order, with their dynamics.
struct PreviousHeatmapRenderer: TableRenderer {
    var chartSheet: Worksheet?

    func render(_ ws: Worksheet, _ spec: TableSpec, _ ctx: ReportContext, _ wb: Workbook) throws {
        let y = ctx.year - 1
        try ws.write(row: 2, ["№ п/п", "Наименование критерия", "Динамика"], style: ctx.styles.header)
        var r = 3
        var counts: [DynamicsCategory: Int] = [:]
        for (i, c) in ctx.heatmapCriteria(y).enumerated() {
            try ws.write(.text("\(i + 1)."), row: r, column: 0, style: ctx.styles.text)
            try ws.write(.text(c.wording(for: y)), row: r, column: 1, style: ctx.styles.text)
            let d = ctx.consolidation.dynamics(c.id, to: y)
            counts[d, default: 0] += 1
            try ctx.writeDynamics(ws, d, row: r, column: 2)
            r += 1
        }
        try HeatmapLayout.columns(ws, widths: [8, 90, 22])
        try DynamicsChart.write(
            ws, to: chartSheet, wb: wb, ctx: ctx, counts: counts, row: r + 1,
            title:
                "Диаграмма 1. Динамика значений муниципальных критериев Регионального мониторинга целевой модели наставничества за два года"
        )
    }
}

enum HeatmapLayout {
    static func columns(_ ws: Worksheet, widths: [Double]) throws {
        for (i, w) in widths.enumerated() { try ws.setColumns(i...i, width: w) }
        ws.freezePanes(row: 3)
    }
}

/// The number of criteria per dynamics category, and a native column chart of it in the palette's colours: on a
/// sheet of their own when one is given (under the heat map they would print under its repeated header), else
/// below the heat map from `row`, on a page of their own.
enum DynamicsChart {
    /// The name of a heat map's chart sheet.
    static func sheetName(_ heatmap: String) -> String { "\(heatmap) — диаграмма" }

    static func write(
        _ heatmap: Worksheet, to sheet: Worksheet?, wb: Workbook, ctx: ReportContext, counts: [DynamicsCategory: Int],
        row below: Int, title: String
    ) throws {
        let styles = ctx.styles, palette = ctx.catalogue.palette
        let ws = sheet ?? heatmap, row = sheet == nil ? below : 2
        if let sheet {
            try sheet.setColumns(0...0, width: 4)
            try sheet.setColumns(1...2, width: 24)
            try sheet.setPrint(PrintSetup(landscape: true, fitToWidth: true))
            try sheet.merge(CellRange(rows: 0...0, columns: 0...9), value: .text(title), style: styles.title)
        } else {
            try ws.setPageBreaks(above: [row])
        }
        try ws.write(row: row, column: 1, ["Динамика", "Количество критериев"], style: styles.header)
        let order = palette.map(\.category)
        for (i, c) in order.enumerated() {
            try ws.write(.text(styles.names[c] ?? c.rawValue), row: row + 1 + i, column: 1, style: styles.dynamics[c])
            try ws.write(.number(Double(counts[c] ?? 0)), row: row + 1 + i, column: 2, style: styles.count)
        }
        let chart = try wb.addChart(.column)
        chart.setTitle(title)
        chart.addSeries(
            name: "Количество критериев",
            categories: SheetRange(
                sheet: ws.name, range: CellRange(rows: (row + 1)...(row + order.count), columns: 1...1)),
            values: SheetRange(sheet: ws.name, range: CellRange(rows: (row + 1)...(row + order.count), columns: 2...2)),
            pointColors: palette.compactMap { RGBColor(hex: $0.fill) }, dataLabels: true)
        chart.setLegend(.none)
        chart.setAxisTitles(y: "Количество критериев")
        try ws.insertChart(chart, row: row + order.count + 2, column: 1, xScale: 1.6, yScale: 1.3)
    }
}
