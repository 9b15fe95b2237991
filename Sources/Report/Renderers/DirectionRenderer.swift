import Catalogue
import XLSXWriter

/// A direction table: the criteria of one direction with the years held and the dynamics; a «Комментарий»
/// column follows when a value was computed from fewer organisations than sent a form that year.
struct DirectionRenderer: TableRenderer {
    /// The years shown, the criteria, and each one's coverage note.
    func content(_ spec: TableSpec, _ ctx: ReportContext) -> (years: [Int], list: [Criterion], notes: [String]) {
        let year = ctx.year, c11n = ctx.consolidation
        let years = c11n.years.filter { $0 <= year && $0 >= year - 2 }
        let list =
            ctx.catalogue.heatmapOrder(year: year).filter {
                $0.direction == spec.direction && $0.reportTables.contains(spec.table)
            }
            + ctx.catalogue.criteria.filter {
                $0.direction == spec.direction && $0.reportTables.contains(spec.table) && !$0.exists(in: year)
            }
        return (years, list, list.map { c11n.coverageNote($0.id, years: years) })
    }

    func widths(_ spec: TableSpec, _ ctx: ReportContext) -> [Double]? {
        let (years, _, notes) = content(spec, ctx)
        return [70] + years.map { _ in 16 } + [16] + (notes.contains { !$0.isEmpty } ? [30] : [])
    }

    func render(_ ws: Worksheet, _ spec: TableSpec, _ ctx: ReportContext, _ wb: Workbook) throws {
        let year = ctx.year, c11n = ctx.consolidation, styles = ctx.styles
        let (years, list, notes) = content(spec, ctx)
        let commented = notes.contains { !$0.isEmpty }
        try ws.write(
            row: 2,
            [.text("Наименование критерия")] + years.map { .text("\($0) г.") } + ["Динамика"]
                + (commented ? ["Комментарий"] : []), style: styles.header)
        var r = 3
        for (i, c) in list.enumerated() {
            try ws.write(.text(c.wording(for: year)), row: r, column: 0, style: styles.text)
            for (k, y) in years.enumerated() {
                try ctx.writeValue(ws, c11n.value(c.id, y), unit: c.unit, row: r, column: 1 + k)
            }
            try ctx.writeDynamics(ws, c11n.dynamics(c.id, to: year), row: r, column: 1 + years.count)
            if commented { try ws.write(.text(notes[i]), row: r, column: 2 + years.count, style: styles.text) }
            r += 1
        }
        ws.freezePanes(row: 3)
    }
}
