import XLSXWriter

/// A direction table: the criteria of one direction with the years held and the dynamics; a «Комментарий»
/// column follows when a value was computed from fewer organisations than sent a form that year.
struct DirectionRenderer: TableRenderer {
    func render(_ ws: Worksheet, _ spec: TableSpec, _ ctx: ReportContext, _ wb: Workbook) throws {
        let year = ctx.year, c11n = ctx.consolidation, styles = ctx.styles
        let years = c11n.years.filter { $0 <= year && $0 >= year - 2 }
        let list = ctx.catalogue.heatmapOrder(year: year).filter { $0.direction == spec.direction && $0.reportTables.contains(spec.table) }
            + ctx.catalogue.criteria.filter { $0.direction == spec.direction && $0.reportTables.contains(spec.table) && !$0.exists(in: year) }
        let notes = list.map { c11n.coverageNote($0.id, years: years) }
        let commented = notes.contains { !$0.isEmpty }
        try ws.write(row: 2, [.text("Наименование критерия")] + years.map { .text("\($0) г.") } + ["Динамика"]
                     + (commented ? ["Комментарий"] : []), style: styles.header)
        var r = 3
        for (i, c) in list.enumerated() {
            try ws.write(.text(c.wording(for: year)), row: r, column: 0, style: styles.text)
            for (k, y) in years.enumerated() {
                try ctx.writeValue(ws, c11n.value(c.id, y), unit: c.unit, row: r, column: 1 + k)
            }
            try ctx.writeDynamics(ws, c11n.dynamics(c.id, to: year), row: r, column: 1 + years.count)
            if commented { try ws.write(.text(notes[i]), row: r, column: 2 + years.count, style: styles.text) }
            try ctx.fit(ws, row: r, [(c.wording(for: year), 70)] + years.map { (c11n.value(c.id, $0)?.note ?? "", 16) }
                        + [(notes[i], 30)])
            r += 1
        }
        try ws.setColumns(0...0, width: 70)
        try ws.setColumns(1...(1 + years.count), width: 16)
        if commented { try ws.setColumns((2 + years.count)...(2 + years.count), width: 30) }
        ws.freezePanes(row: 3)
    }
}
