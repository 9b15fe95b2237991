import XLSXWriter

/// A summary table: one row per criterion of the spec (its header or wording) with the consolidated value.
struct SummaryRenderer: TableRenderer {
    func render(_ ws: Worksheet, _ spec: TableSpec, _ ctx: ReportContext, _ wb: Workbook) throws {
        let headers = spec.headers.count == 2 ? spec.headers : ["Критерий", "Значение"]
        try ws.write(row: 2, [.text("№ п/п"), .text(headers[0]), .text(headers[1])], style: ctx.styles.header)
        for (i, col) in spec.columns.enumerated() {
            let c = ctx.catalogue.criterion(col.criterion)!
            let title = col.header ?? c.wording(for: ctx.year)
            try ws.write(.text("\(i + 1)."), row: 3 + i, column: 0, style: ctx.styles.text)
            try ws.write(.text(title), row: 3 + i, column: 1, style: ctx.styles.text)
            try ctx.writeValue(ws, ctx.consolidation.value(c.id, ctx.year), unit: c.unit, row: 3 + i, column: 2)
        }
    }

    func widths(_ spec: TableSpec, _ ctx: ReportContext) -> [Double]? { [7, 80, 18] }
}
