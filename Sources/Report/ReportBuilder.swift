import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation
import XLSXWriter

/// Writes the consolidated workbook: «Содержание», «Таблица 1» … «Таблица 38» (with 6.1) in the report's
/// order (Templates/tables.tsv), «Замечания», and the hidden «Данные» sheet that next year's run reads back
/// as history. Each kind of table has its renderer (Renderers/); this type only lays out the workbook.
package struct ReportBuilder {
    package let consolidation: Consolidation
    package let tables: [TableSpec]
    package let reports: [FileReport]
    package let findings: [Finding]
    /// The register's organisations without a form (`--organisations`): the sheet «Не представили форму».
    package var registerCoverage: RegisterCoverage?
    /// The run's summary counts, as the command line prints them: «Выводы» says what could not be used in the same
    /// numbers. Computed from the consolidation when the caller gives none.
    package var summary: SummaryCounts?
    /// The «Вид» of a reading issue on the «Замечания» sheet.
    package static let readingKind = FindingsSheet.readingKind
    let ctx: ReportContext

    package init(consolidation: Consolidation, tables: [TableSpec], reports: [FileReport], findings: [Finding] = []) {
        self.consolidation = consolidation
        self.tables = tables
        self.reports = reports
        self.findings = findings
        ctx = ReportContext(
            consolidation: consolidation, reports: reports, findings: findings,
            styles: ReportStyles(catalogue: consolidation.catalogue))
    }

    /// Builds and saves the workbook atomically at `path`.
    package func write(to path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        let year = ctx.year
        let wb = try Workbook(path: path, options: options.printable(ctx.catalogue.directory))
        wb.properties = DocumentProperties(
            title: TableSpec.withMunicipality(
                "Мониторинг реализации целевой модели наставничества за \(year) год", ctx.dataset.municipality),
            subject: "Сводные таблицы муниципального этапа мониторинга", author: "mentoring",
            comments: "Создано программой mentoring из форм АИС «Мониторинг образования»")
        let contents = try wb.addWorksheet("Содержание")
        var sheets: [(TableSpec, Worksheet)] = []
        var charts: [String: Worksheet] = [:]
        // Every table but the heat maps is written row after row, so it is streamed: per-organisation tables
        // grow with the number of organisations. A heat map's chart follows it on a sheet of its own.
        for spec in tables {
            sheets.append((spec, try wb.addWorksheet(spec.sheetName, streaming: TableRenderers.isStreamed(spec.kind))))
            if !TableRenderers.isStreamed(spec.kind) {
                charts[spec.table] = try wb.addWorksheet(DynamicsChart.sheetName(spec.sheetName))
            }
        }
        let notReported = try registerCoverage.map { c in
            (c, try wb.addWorksheet(NotReportedSheet.name, streaming: true))
        }
        let targets = try wb.addWorksheet(TargetsSheet.name)
        let reaching = try wb.addWorksheet(TargetsSheet.listsName)
        let conclusions = try wb.addWorksheet(ConclusionsSheet.name)
        let findingsSheet = try wb.addWorksheet(WorkbookContract.findingsSheet, streaming: true)
        let data = try wb.addWorksheet(DataSheet.name, streaming: true)

        try ContentsSheet(ctx: ctx).write(
            contents, sheets: sheets, findings: findingsSheet, register: registerCoverage,
            extra: [
                (
                    targets,
                    "Целевые показатели: значение муниципалитета и организаций против целей Templates/targets.tsv"
                ),
                (
                    reaching,
                    "Организации, достигшие целей по своим значениям: по каждой цели — организации и их значения"
                ),
                (
                    conclusions,
                    "Выводы: динамика, направления, цели, отстающие, несостыковки, что не учтено — числа посчитаны по формам"
                )
            ])
        // The heat maps first, here: they are not streamed (they share the workbook's string table) and add charts.
        for (spec, ws) in sheets where !TableRenderers.isStreamed(spec.kind) {
            try table(ws, spec, wb: wb, chart: charts[spec.table])
        }
        try writeTargets(targets, lists: reaching)
        try ConclusionsSheet(
            ctx: ctx, tables: tables, coverage: registerCoverage,
            summary: summary
                ?? SummaryCounts(
                    reports: reports, dataset: consolidation.dataset, consolidation: consolidation, findings: findings)
        ).write(conclusions)
        // Then the streamed sheets, on both cores (see `Workbook`): styles registered and shared values computed
        // before, so that the threads only read them.
        try wb.register(ctx.styles.all)
        _ = ctx.organisationNames
        var jobs: [() throws -> Void] = [
            { try DataSheet.write(data, consolidation: consolidation) },
            { try FindingsSheet(ctx: ctx).write(findingsSheet) }
        ]
        if let (c, ws) = notReported {
            jobs.append {
                try NotReportedSheet.write(
                    ws, coverage: c, year: year, municipality: ctx.dataset.municipality, styles: ctx.styles)
            }
        }
        jobs += sheets.filter { TableRenderers.isStreamed($0.0.kind) }.sorted { weight($0.0) > weight($1.0) }
            .map { spec, ws in { try table(ws, spec, wb: wb) } }
        try Parallel.run(jobs.count) { try jobs[$0]() }
        data.hide()
        contents.activate()
        try wb.save()
    }

    /// «Целевые показатели»: the criteria with a target, and the organisations reaching each on their own values.
    func writeTargets(_ ws: Worksheet, lists: Worksheet) throws {
        try TargetsSheet(styles: ctx.styles, year: ctx.year).write(
            ws, title: TableSpec.withMunicipality("Целевые показатели за \(ctx.year) год", ctx.dataset.municipality),
            note:
                "Цели — из Templates/targets.tsv. Значение организации — её собственное: доля — по её количествам, как доля "
                + "муниципалитета (если количеств нет — доля, указанная организацией), уровень — как указан.",
            rows: ctx.targets.map { TargetsSheet.Row(unit: nil, status: $0) }, lists: lists)
    }

    /// Tables with a row per organisation first: the biggest jobs start first.
    func weight(_ spec: TableSpec) -> Int { spec.kind == .perOrg ? 1 + spec.columns.count : 0 }

    /// One table: the title row, then the table kind's renderer.
    func table(_ ws: Worksheet, _ spec: TableSpec, wb: Workbook, chart: Worksheet? = nil) throws {
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: 2...2))
        let renderer = TableRenderers.renderer(for: spec.kind, chartSheet: chart)
        for (i, w) in (renderer.widths(spec, ctx) ?? []).enumerated() { try ws.setColumns(i...i, width: w) }
        try ws.merge(
            CellRange(rows: 0...0, columns: 0...5),
            value: .text(spec.title(year: ctx.year, catalogue: ctx.catalogue, municipality: ctx.dataset.municipality)),
            style: ctx.styles.title)
        try ws.setRow(0, height: 36)
        try renderer.render(ws, spec, ctx, wb)
    }
}
