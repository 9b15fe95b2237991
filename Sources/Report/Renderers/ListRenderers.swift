import Findings
import XLSXWriter

/// Organisations whose value of the spec's criterion is 0 this year, «с Y−1 года» when it was 0 last year too
/// (Tables 19, 22: the lagging lists).
struct ZeroListRenderer: TableRenderer {
    func render(_ ws: Worksheet, _ spec: TableSpec, _ ctx: ReportContext, _ wb: Workbook) throws {
        let styles = ctx.styles, year = ctx.year
        try ws.write(row: 2, ["№ п/п", "Образовательная организация", "Комментарий"], style: styles.header)
        let agg = ctx.consolidation.aggregator
        let id = spec.columns[0].criterion
        let now = agg.values(id, year: year), before = agg.values(id, year: year - 1)
        let orgs = now.all.filter { $0.observation.value?.number == 0 }.compactMap { ctx.dataset.organisations[$0.key] }
            .sorted { $0.name < $1.name }
        for (i, o) in orgs.enumerated() {
            try ws.write(.text("\(i + 1)."), row: 3 + i, column: 0, style: styles.text)
            try ws.write(.text(o.name), row: 3 + i, column: 1, style: styles.text)
            let comment = before[o.key]?.value?.number == 0 ? "с \(year - 1) года" : ""
            try ws.write(.text(comment), row: 3 + i, column: 2, style: styles.text)
        }
        if orgs.isEmpty { try ws.write("нет данных", row: 3, column: 1, style: styles.text) }
    }

    func widths(_ spec: TableSpec, _ ctx: ReportContext) -> [Double]? { [7, 60, 30] }
}

/// Organisations that gave no link (or no usable one) as the source of their values (Table 2).
struct LinksRenderer: TableRenderer {
    func render(_ ws: Worksheet, _ spec: TableSpec, _ ctx: ReportContext, _ wb: Workbook) throws {
        try ws.write(row: 2, [.text("№")] + spec.headers.map { .text($0) }, style: ctx.styles.header)
        let rows = FindingsEngine.linkSummary(ctx.findings, dataset: ctx.dataset)
        for (i, row) in rows.enumerated() {
            try ws.write(
                row: 3 + i, [.text("\(i + 1)."), .text(row.organisation), .text(row.note)], style: ctx.styles.text)
        }
        if rows.isEmpty { try ws.write("нет данных", row: 3, column: 1, style: ctx.styles.text) }
    }

    func widths(_ spec: TableSpec, _ ctx: ReportContext) -> [Double]? { [7, 60, 50] }
}

/// The best practices of the municipal form (Table 35): Тема | Образовательная организация | Номинация.
struct PracticesRenderer: TableRenderer {
    func render(_ ws: Worksheet, _ spec: TableSpec, _ ctx: ReportContext, _ wb: Workbook) throws {
        let practices = ctx.dataset.bestPractices
        try ws.write(row: 2, [.text("№")] + spec.headers.map { .text($0) }, style: ctx.styles.header)
        for (i, p) in practices.enumerated() {
            try ws.write(.text("\(i + 1)."), row: 3 + i, column: 0, style: ctx.styles.text)
            for (k, v) in p.prefix(3).enumerated() {
                try ws.write(.text(v), row: 3 + i, column: 1 + k, style: ctx.styles.text)
            }
        }
        if practices.isEmpty { try ws.write("нет данных", row: 3, column: 1, style: ctx.styles.text) }
    }

    func widths(_ spec: TableSpec, _ ctx: ReportContext) -> [Double]? { [7, 60, 35, 35] }
}
