import Catalogue
import Consolidation
import Findings
import Foundation
import Normaliser
import XLSXWriter

/// Writes the consolidated workbook: «Содержание», «Таблица 1» … «Таблица 38» (with 6.1) in the report's
/// order, «Замечания», and the hidden «Данные» sheet that next year's run reads back as history.
public struct ReportBuilder {
    public let consolidation: Consolidation
    public let tables: [TableSpec]
    public let reports: [FileReport]
    public let findings: [Finding]
    let styles: ReportStyles
    /// The «Вид» of a reading issue on the «Замечания» sheet.
    public static let readingKind = "чтение формы"
    /// Values computed once per workbook.
    final class Cache { var names: (ordered: [Organisation], rank: [TextKey: Int])? }
    let cache = Cache()
    var catalogue: Catalogue { consolidation.catalogue }
    var dataset: Dataset { consolidation.dataset }
    var year: Int { consolidation.year }

    public init(consolidation: Consolidation, tables: [TableSpec], reports: [FileReport], findings: [Finding] = []) {
        self.consolidation = consolidation
        self.tables = tables
        self.reports = reports
        self.findings = findings
        styles = ReportStyles(catalogue: consolidation.catalogue)
    }

    /// Builds and saves the workbook atomically at `path`.
    public func write(to path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        let wb = try Workbook(path: path, options: options)
        wb.properties = DocumentProperties(
            title: "Мониторинг реализации целевой модели наставничества за \(year) год",
            subject: "Сводные таблицы муниципального этапа мониторинга", author: "mentoring",
            comments: "Создано программой mentoring из форм АИС «Мониторинг образования»")
        let contents = try wb.addWorksheet("Содержание")
        var sheets: [(TableSpec, Worksheet)] = []
        // Every table but the heat maps (which merge direction cells over rows already written) is written row
        // after row, so it is streamed too: per-organisation tables grow with the number of organisations.
        for spec in tables {
            let streaming = spec.kind != .heatmap && spec.kind != .heatmapPrevious
            sheets.append((spec, try wb.addWorksheet(spec.sheetName, streaming: streaming)))
        }
        // The sheets that grow with the number of organisations are streamed (rows go to disk as written).
        let findings = try wb.addWorksheet("Замечания", streaming: true)
        let data = try wb.addWorksheet(DataSheet.name, streaming: true)

        try writeContents(contents, sheets: sheets, findings: findings)
        // The heat maps first, here: they are not streamed (they share the workbook's string table) and add charts.
        for (spec, ws) in sheets where !streamed(spec) { try table(ws, spec, wb: wb) }
        // Then the streamed sheets, on both cores (see `Workbook`): styles registered and shared values computed
        // before, so that the threads only read them.
        try wb.register(styles.all)
        _ = organisationNames
        var jobs: [() throws -> Void] = [
            { try DataSheet.write(data, consolidation: consolidation) },
            { try writeFindings(findings) },
        ]
        jobs += sheets.filter { streamed($0.0) }.sorted { weight($0.0) > weight($1.0) }.map { spec, ws in { try table(ws, spec, wb: wb) } }
        try ParallelJobs.run(jobs)
        data.hide()
        contents.activate()
        try wb.save()
    }

    func streamed(_ spec: TableSpec) -> Bool { spec.kind != .heatmap && spec.kind != .heatmapPrevious }

    /// Tables with a row per organisation first: the biggest jobs start first.
    func weight(_ spec: TableSpec) -> Int { spec.kind == .perOrg ? 1 + spec.columns.count : 0 }

    func table(_ ws: Worksheet, _ spec: TableSpec, wb: Workbook) throws {
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: 2...2))
        try ws.merge(CellRange(rows: 0...0, columns: 0...5), value: .text(spec.title(year: year, catalogue: catalogue)),
                     style: styles.title)
        try ws.setRow(0, height: 36)
        switch spec.kind {
        case .heatmap: try heatmap(ws, wb: wb, current: year)
        case .heatmapPrevious: try heatmapPrevious(ws, wb: wb)
        case .direction: try direction(ws, spec)
        case .perOrg: try perOrganisation(ws, spec)
        case .summary: try summary(ws, spec)
        case .zeroList: try zeroList(ws, spec)
        case .links: try linkTable(ws, spec)
        case .practices: try practices(ws, spec)
        }
    }

    // MARK: layout

    /// Sets a row's height to fit wrapped texts: (text, column width in characters) per cell.
    /// LibreOffice and Excel do not grow rows for wrapped text written by libxlsxwriter on their own.
    func fit(_ ws: Worksheet, row: Int, _ cells: [(String, Double)]) throws {
        let lines = cells.map { text, width -> Int in
            // Characters counted as Unicode scalars (the same for Russian text, and cheap).
            text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { acc, line in
                acc + max(1, Int((Double(line.count) / max(1, width * 1.05)).rounded(.up)))
            }
        }.max() ?? 1
        if lines > 1 { try ws.setRow(row, height: Double(lines) * 13 + 3) }
    }

    // MARK: contents

    func writeContents(_ ws: Worksheet, sheets: [(TableSpec, Worksheet)], findings: Worksheet) throws {
        try ws.write(.text("Мониторинг реализации целевой модели наставничества за \(year) год: сводные таблицы"),
                     row: 0, column: 0, style: styles.title)
        try ws.write(row: 2, ["Лист", "Таблица"], style: styles.header)
        var r = 3
        for (spec, sheet) in sheets {
            try ws.writeInternalLink(toSheet: sheet.name, text: sheet.name, row: r, column: 0, style: styles.link)
            try ws.write(.text(spec.title(year: year, catalogue: catalogue)), row: r, column: 1, style: styles.text)
            try fit(ws, row: r, [(spec.title(year: year, catalogue: catalogue), 110)])
            r += 1
        }
        try ws.writeInternalLink(toSheet: findings.name, text: findings.name, row: r, column: 0, style: styles.link)
        try ws.write("Замечания к данным: файл, лист, ячейка, что не так и что сделать", row: r, column: 1, style: styles.text)
        r += 2
        try ws.write("Легенда тепловой карты", row: r, column: 0, style: CellStyle(bold: true))
        r += 1
        for p in catalogue.palette {
            try ws.write(.text(p.name), row: r, column: 0, style: styles.dynamics[p.category])
            try ws.write(.text(p.legend), row: r, column: 1, style: styles.text)
            r += 1
        }
        try ws.setColumns(0...0, width: 24)
        try ws.setColumns(1...1, width: 110)
        ws.freezePanes(row: 3)
    }

    // MARK: values

    /// Writes a municipal value (number with its format, or a note), or «—» when there is none.
    func writeValue(_ ws: Worksheet, _ v: MunicipalValue?, unit: ValueUnit, row: Int, column: Int) throws {
        if let n = v?.number {
            try ws.write(.number(n), row: row, column: column, style: styles.number(unit, n))
        } else if let note = v?.note {
            try ws.write(.text(note), row: row, column: column, style: styles.text)
        } else {
            try ws.write("—", row: row, column: column, style: styles.text)
        }
    }

    func writeDynamics(_ ws: Worksheet, _ c: DynamicsCategory, row: Int, column: Int) throws {
        try ws.write(.text(styles.names[c] ?? c.rawValue), row: row, column: column, style: styles.dynamics[c])
    }

    /// Criteria collected in a year, in the order of that year's heat map (Table 38, then Table 1).
    func criteria(in y: Int) -> [Criterion] {
        catalogue.criteria(in: y).filter { $0.aggregation != .none }
            .sorted { ($0.table38Row ?? 1000 + ($0.table1Row ?? 0), $0.table1Row ?? 0) < ($1.table38Row ?? 1000 + ($1.table1Row ?? 0), $1.table1Row ?? 0) }
    }

    // MARK: heat maps

    func heatmap(_ ws: Worksheet, wb: Workbook, current y: Int) throws {
        try ws.write(row: 2, [.text("Показатель"), .text("Наименование критерия"), .text("\(y - 1) г."), .text("\(y) г."), .text("Динамика"), .text("Комментарий")],
                     style: styles.header)
        var r = 3, groupStart = 3
        var counts: [DynamicsCategory: Int] = [:]
        let list = criteria(in: y)
        for (i, c) in list.enumerated() {
            try ws.write(.text(c.wording(for: y)), row: r, column: 1, style: styles.text)
            try writeValue(ws, consolidation.value(c.id, y - 1), unit: c.unit, row: r, column: 2)
            try writeValue(ws, consolidation.value(c.id, y), unit: c.unit, row: r, column: 3)
            let d = consolidation.dynamics(c.id, to: y)
            counts[d, default: 0] += 1
            try writeDynamics(ws, d, row: r, column: 4)
            // The report's «не показательно…», then the years whose value not every organisation gave.
            let comment = [c.notIndicative ?? "", consolidation.coverageNote(c.id, years: [y - 1, y])]
                .filter { !$0.isEmpty }.joined(separator: "; ")
            try ws.write(.text(comment), row: r, column: 5, style: styles.text)
            try fit(ws, row: r, [(c.wording(for: y), 70), (comment, 40)])
            if i + 1 == list.count || list[i + 1].direction != c.direction {
                let name = "\(c.direction). " + (catalogue.direction(c.direction)?.name ?? "")
                if r > groupStart { try ws.merge(CellRange(rows: groupStart...r, columns: 0...0), value: .text(name), style: styles.textBold) }
                else { try ws.write(.text(name), row: r, column: 0, style: styles.textBold) }
                groupStart = r + 1
            }
            r += 1
        }
        try layoutHeatmap(ws, widths: [34, 70, 12, 12, 18, 40])
        try chart(ws, wb: wb, counts: counts, title: "Диаграмма 2. Динамика значений муниципальных критериев Регионального мониторинга целевой модели наставничества за два года",
                  row: r + 1)
    }

    func heatmapPrevious(_ ws: Worksheet, wb: Workbook) throws {
        let y = year - 1
        try ws.write(row: 2, ["№ п/п", "Наименование критерия", "Динамика"], style: styles.header)
        var r = 3
        var counts: [DynamicsCategory: Int] = [:]
        let list = catalogue.criteria(in: y).filter { $0.aggregation != .none }
            .sorted { ($0.table1Row ?? 1000, $0.table38Row ?? 0) < ($1.table1Row ?? 1000, $1.table38Row ?? 0) }
        for (i, c) in list.enumerated() {
            try ws.write(.text("\(i + 1)."), row: r, column: 0, style: styles.text)
            try ws.write(.text(c.wording(for: y)), row: r, column: 1, style: styles.text)
            let d = consolidation.dynamics(c.id, to: y)
            counts[d, default: 0] += 1
            try writeDynamics(ws, d, row: r, column: 2)
            try fit(ws, row: r, [(c.wording(for: y), 90)])
            r += 1
        }
        try layoutHeatmap(ws, widths: [8, 90, 22])
        try chart(ws, wb: wb, counts: counts, title: "Диаграмма 1. Динамика значений муниципальных критериев Регионального мониторинга целевой модели наставничества за два года", row: r + 1)
    }

    func layoutHeatmap(_ ws: Worksheet, widths: [Double]) throws {
        for (i, w) in widths.enumerated() { try ws.setColumns(i...i, width: w) }
        ws.freezePanes(row: 3)
    }

    /// The number of criteria per dynamics category, and a native column chart of it.
    func chart(_ ws: Worksheet, wb: Workbook, counts: [DynamicsCategory: Int], title: String, row: Int) throws {
        try ws.write(row: row, column: 1, ["Динамика", "Количество критериев"], style: styles.header)
        let order = catalogue.palette.map(\.category)
        for (i, c) in order.enumerated() {
            try ws.write(.text(styles.names[c] ?? c.rawValue), row: row + 1 + i, column: 1, style: styles.dynamics[c])
            try ws.write(.number(Double(counts[c] ?? 0)), row: row + 1 + i, column: 2, style: styles.count)
        }
        let chart = try wb.addChart(.column)
        chart.setTitle(title)
        chart.addSeries(name: "Количество критериев",
                        categories: SheetRange(sheet: ws.name, range: CellRange(rows: (row + 1)...(row + order.count), columns: 1...1)),
                        values: SheetRange(sheet: ws.name, range: CellRange(rows: (row + 1)...(row + order.count), columns: 2...2)),
                        pointColors: catalogue.palette.compactMap { RGBColor(hex: $0.fill) }, dataLabels: true)
        chart.setLegend(.none)
        chart.setAxisTitles(y: "Количество критериев")
        try ws.insertChart(chart, row: row + order.count + 2, column: 1, xScale: 1.6, yScale: 1.3)
    }

    // MARK: direction tables

    /// A direction table: the criteria of one direction with the years held and the dynamics; a «Комментарий»
    /// column follows when a value was computed from fewer organisations than sent a form that year.
    func direction(_ ws: Worksheet, _ spec: TableSpec) throws {
        let years = consolidation.years.filter { $0 <= year && $0 >= year - 2 }
        let list = catalogue.criteria.filter { $0.direction == spec.direction && $0.reportTables.contains(spec.table) }
            .sorted { ($0.table38Row ?? 1000, $0.table1Row ?? 0) < ($1.table38Row ?? 1000, $1.table1Row ?? 0) }
        let notes = list.map { consolidation.coverageNote($0.id, years: years) }
        let commented = notes.contains { !$0.isEmpty }
        try ws.write(row: 2, [.text("Наименование критерия")] + years.map { .text("\($0) г.") } + ["Динамика"]
                     + (commented ? ["Комментарий"] : []), style: styles.header)
        var r = 3
        for (i, c) in list.enumerated() {
            try ws.write(.text(c.wording(for: year)), row: r, column: 0, style: styles.text)
            for (k, y) in years.enumerated() {
                try writeValue(ws, consolidation.value(c.id, y), unit: c.unit, row: r, column: 1 + k)
            }
            try writeDynamics(ws, consolidation.dynamics(c.id, to: year), row: r, column: 1 + years.count)
            if commented { try ws.write(.text(notes[i]), row: r, column: 2 + years.count, style: styles.text) }
            try fit(ws, row: r, [(c.wording(for: year), 70)] + years.map { (consolidation.value(c.id, $0)?.note ?? "", 16) }
                    + [(notes[i], 30)])
            r += 1
        }
        try ws.setColumns(0...0, width: 70)
        try ws.setColumns(1...(1 + years.count), width: 16)
        if commented { try ws.setColumns((2 + years.count)...(2 + years.count), width: 30) }
        ws.freezePanes(row: 3)
    }

    // MARK: per-organisation tables

    func perOrganisation(_ ws: Worksheet, _ spec: TableSpec) throws {
        let cols = spec.columns
        try ws.write(row: 2, [.text("№ п/п"), .text("Образовательная организация")]
                     + cols.map { .text($0.header ?? catalogue.criterion($0.criterion)!.wording(for: year)) }, style: styles.header)
        let agg = consolidation.aggregator
        let all = dataset.observations
        let columnValues = cols.map { agg.values($0.criterion, year: year) }
        let units = cols.map { catalogue.criterion($0.criterion)!.unit }
        let names = organisationNames
        // Each organisation with its row's values (indices into the store), looked up once; fields are read in place.
        var orgs: [(org: Organisation, values: [Int?], rank: Int)] = names.ordered.compactMap { o in
            if spec.options.contains("school") && o.type != .school { return nil }
            if spec.options.contains("dop") && o.type != .dop { return nil }
            let id = all.id(of: o.key)
            let values = columnValues.map { v in id.flatMap { v.index(ofOrganisation: $0) } }
            return (o, values, names.rank[TextKey(o.key)] ?? 0)
        }
        func key(_ values: [Int?]) -> Double { values.first.flatMap { $0.flatMap { all.number(at: $0) } } ?? -1 }
        if spec.options.contains("nonzero") { orgs = orgs.filter { key($0.values) > 0 } }
        // By the first column's value, descending, then by name (ranks computed once for all tables).
        orgs = orgs.map { (key($0.values), $0) }.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1.rank < $1.1.rank }.map(\.1)
        // The filter is set while the header row is the current one (the sheet is streamed).
        try ws.autofilter(CellRange(rows: 2...(2 + max(1, orgs.count)), columns: 0...(1 + cols.count)))
        var r = 3
        var total = 0.0
        for (i, (o, values, _)) in orgs.enumerated() {
            try ws.write(.number(Double(i + 1)), row: r, column: 0, style: styles.count)
            try ws.write(.text(o.name), row: r, column: 1, style: styles.text)
            let cells = values.map { i in i.map { (value: all.value(at: $0), link: all.link(at: $0)) } }
            var texts: [(String, Double)] = [(o.name, 50)]
            for (k, col) in cols.enumerated() {
                let obs = cells[k]
                if col.isLink { texts.append((obs?.link ?? "", 30)); continue }
                switch obs?.value {
                case .list(let items)?: texts.append((items.joined(separator: "\n"), 30))
                case .text(let t)?, .note(let t)?: texts.append((t, 30))
                default: break
                }
            }
            try fit(ws, row: r, texts)
            for (k, col) in cols.enumerated() {
                let obs = cells[k]
                let unit = units[k]
                if col.isLink {
                    if let link = obs?.link {
                        if link.hasPrefix("http"), link.utf8.count < 2000, !link.utf8.contains(32) {
                            try ws.writeLink(url: link, text: link, row: r, column: 2 + k, style: styles.link)
                        } else {
                            try ws.write(.text(link), row: r, column: 2 + k, style: styles.text)
                        }
                    } else {
                        try ws.write("Ссылка отсутствует", row: r, column: 2 + k, style: styles.text)
                    }
                    continue
                }
                switch obs?.value {
                case .number(let n)?:
                    try ws.write(.number(n), row: r, column: 2 + k, style: styles.number(unit, n))
                    if k == 0 { total += n }
                case .list(let items)?: try ws.write(.text(items.enumerated().map { "\($0 + 1)) \($1)" }.joined(separator: "\n")), row: r, column: 2 + k, style: styles.text)
                case .text(let s)?, .note(let s)?: try ws.write(.text(s), row: r, column: 2 + k, style: styles.text)
                case nil: try ws.write("", row: r, column: 2 + k, style: styles.text)
                }
            }
            r += 1
        }
        if orgs.isEmpty { try ws.write("нет данных", row: r, column: 1, style: styles.text); r += 1 }
        if spec.options.contains("total") {
            try ws.write("Итого", row: r, column: 1, style: styles.textBold)
            try ws.write(.number(total), row: r, column: 2, style: styles.countBold)
        }
        try ws.setColumns(0...0, width: 7)
        try ws.setColumns(1...1, width: 50)
        if !cols.isEmpty { try ws.setColumns(2...(1 + cols.count), width: 30) }
        ws.freezePanes(row: 3)
    }

    /// This year's organisations sorted by name, with each one's rank in that order (computed once: Russian
    /// names compare slowly, and every per-organisation table sorts by name).
    var organisationNames: (ordered: [Organisation], rank: [TextKey: Int]) {
        if let known = cache.names { return known }
        let ordered = consolidation.aggregator.organisations(in: year).compactMap { dataset.organisations[$0] }
            .sorted { $0.name < $1.name }
        let rank = Dictionary(ordered.enumerated().map { (TextKey($1.key), $0) }, uniquingKeysWith: { a, _ in a })
        cache.names = (ordered, rank)
        return (ordered, rank)
    }

    // MARK: summary and lists

    func summary(_ ws: Worksheet, _ spec: TableSpec) throws {
        let headers = spec.headers.count == 2 ? spec.headers : ["Критерий", "Значение"]
        try ws.write(row: 2, [.text("№ п/п"), .text(headers[0]), .text(headers[1])], style: styles.header)
        for (i, col) in spec.columns.enumerated() {
            let c = catalogue.criterion(col.criterion)!
            try ws.write(.text("\(i + 1)."), row: 3 + i, column: 0, style: styles.text)
            try ws.write(.text(col.header ?? c.wording(for: year)), row: 3 + i, column: 1, style: styles.text)
            try writeValue(ws, consolidation.value(c.id, year), unit: c.unit, row: 3 + i, column: 2)
            try fit(ws, row: 3 + i, [(col.header ?? c.wording(for: year), 80)])
        }
        try ws.setColumns(0...0, width: 7)
        try ws.setColumns(1...1, width: 80)
        try ws.setColumns(2...2, width: 18)
    }

    func zeroList(_ ws: Worksheet, _ spec: TableSpec) throws {
        try ws.write(row: 2, ["№ п/п", "Образовательная организация", "Комментарий"], style: styles.header)
        let agg = consolidation.aggregator
        let id = spec.columns[0].criterion
        let now = agg.values(id, year: year), before = agg.values(id, year: year - 1)
        let orgs = now.all.filter { $0.observation.value?.number == 0 }.compactMap { dataset.organisations[$0.key] }.sorted { $0.name < $1.name }
        for (i, o) in orgs.enumerated() {
            try ws.write(.text("\(i + 1)."), row: 3 + i, column: 0, style: styles.text)
            try ws.write(.text(o.name), row: 3 + i, column: 1, style: styles.text)
            let comment = before[o.key]?.value?.number == 0 ? "с \(year - 1) года" : ""
            try ws.write(.text(comment), row: 3 + i, column: 2, style: styles.text)
        }
        if orgs.isEmpty { try ws.write("нет данных", row: 3, column: 1, style: styles.text) }
        try ws.setColumns(0...0, width: 7)
        try ws.setColumns(1...1, width: 60)
        try ws.setColumns(2...2, width: 30)
    }

    func linkTable(_ ws: Worksheet, _ spec: TableSpec) throws {
        try ws.write(row: 2, [.text("№")] + spec.headers.map { .text($0) }, style: styles.header)
        let rows = FindingsEngine.linkSummary(findings, dataset: dataset)
        for (i, row) in rows.enumerated() {
            try ws.write(row: 3 + i, [.text("\(i + 1)."), .text(row.organisation), .text(row.note)], style: styles.text)
            try fit(ws, row: 3 + i, [(row.organisation, 60), (row.note, 50)])
        }
        if rows.isEmpty { try ws.write("нет данных", row: 3, column: 1, style: styles.text) }
        try ws.setColumns(1...1, width: 60)
        try ws.setColumns(2...2, width: 50)
    }

    func practices(_ ws: Worksheet, _ spec: TableSpec) throws {
        try ws.write(row: 2, [.text("№")] + spec.headers.map { .text($0) }, style: styles.header)
        for (i, p) in dataset.bestPractices.enumerated() {
            try ws.write(.text("\(i + 1)."), row: 3 + i, column: 0, style: styles.text)
            for (k, v) in p.prefix(3).enumerated() { try ws.write(.text(v), row: 3 + i, column: 1 + k, style: styles.text) }
        }
        if dataset.bestPractices.isEmpty { try ws.write("нет данных", row: 3, column: 1, style: styles.text) }
        try ws.setColumns(1...1, width: 60)
        try ws.setColumns(2...3, width: 35)
    }

    // MARK: findings

    func writeFindings(_ ws: Worksheet) throws {
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: 0...0))
        let headers = ["Важность", "Вид", "Организация", "Критерий", "Файл", "Лист!ячейка", "Значение", "Что не так", "Что сделать"]
        try ws.write(row: 0, headers.map { .text($0) }, style: styles.header)
        var r = 1
        func row(_ values: [String], widths: [Double]) throws {
            try ws.write(row: r, values.map { .text($0) }, style: styles.text)
            try fit(ws, row: r, Array(zip(values, widths)))
            r += 1
        }
        let widths: [Double] = [14, 22, 30, 30, 26, 12, 26, 60, 40]
        for rep in reports {
            // The organisation as the report names it (the cleanest spelling), not as this file spells it.
            let orgName = rep.organisations.first.map { dataset.organisations[OrganisationKey.make($0)]?.name ?? $0 } ?? ""
            for issue in rep.issues {
                let severity = issue.kind == .error || issue.kind == .unknownLayout ? "ошибка" : issue.needsAttention ? "предупреждение" : "сведения"
                let place = issue.source.map { "\($0.sheet)!\($0.cell)" } ?? ""
                try row([severity, Self.readingKind, orgName, "", (rep.file as NSString).lastPathComponent, place,
                         "", issue.message, advice(issue.kind)], widths: widths)
            }
        }
        for f in findings {
            let org = f.organisation.flatMap { dataset.organisations[$0]?.name } ?? ""
            let criterion = f.criterion.flatMap { catalogue.criterion($0)?.wording(for: year) } ?? ""
            try row([f.severity.russian, f.kind.russian, org, criterion, f.source.map { ($0.file as NSString).lastPathComponent } ?? "",
                     f.source.map { "\($0.sheet)!\($0.cell)" } ?? "", f.raw ?? "", f.message, f.advice], widths: widths)
        }
        if r == 1 { try ws.write("замечаний нет", row: 1, column: 7, style: styles.text) }
        for (i, w) in widths.enumerated() { try ws.setColumns(i...i, width: w) }
        ws.freezePanes(row: 1)
        try ws.autofilter(CellRange(rows: 0...max(1, r - 1), columns: 0...(headers.count - 1)))
    }

    func advice(_ k: IssueKind) -> String {
        switch k {
        case .error: return "исправьте или пересохраните файл и запустите свод снова"
        case .unknownLayout: return "проверьте, что это форма мониторинга: столбец формулировок критериев и столбец значений"
        case .unmappedTitle: return "выберите критерий в файле сопоставления (check --mapping-out) или поставьте «не учитывать»"
        case .doubtfulMatch: return "подтвердите критерий в файле сопоставления (check --mapping-out, затем --mapping)"
        case .fuzzyMatch: return "проверьте, что критерий сопоставлен верно"
        case .unparsedValue: return "укажите число или «да»/«нет»"
        case .duplicateForm: return "оставьте одну форму организации"
        case .yearMismatch, .missingYear: return "укажите верный отчётный год"
        case .missingOrganisation: return "укажите организацию"
        case .duplicateCriterion: return "удалите повторную строку"
        case .ignoredColumn: return "столбец не нужен для свода"
        case .skippedSheet: return "откройте книгу в Excel или LibreOffice, пересохраните её и запустите свод снова"
        }
    }
}
