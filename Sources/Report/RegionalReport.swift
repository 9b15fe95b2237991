import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation
import XLSXWriter

/// Writes the regional workbook of `mentoring rollup`: «Содержание», «Регион» (Table 38's layout for the
/// region), «Муниципалитеты» (each municipality's own values), «Динамика» (municipality × criterion heat map),
/// «Рейтинг» (the key shares against their targets), «Отстающие» (below a target two years running),
/// «Замечания муниципалитетов» (what each municipal workbook lists, counted by kind) and the hidden «Данные»
/// (a row per municipality and year, read back as next year's history). Every sheet grows with
/// municipalities × criteria only, never with the number of organisations.
package struct RegionalReport {
    package let regional: RegionalConsolidation
    /// With a register (`rollup --organisations`): the sheet «Не представили», one row per municipality.
    package var register: RegionalRegisterCoverage?
    let styles: ReportStyles
    /// The municipal workbook's renderers and helpers (value cells, dynamics cells, row heights, the chart), on the
    /// region.
    let ctx: ReportContext
    var catalogue: Catalogue { regional.catalogue }
    var year: Int { regional.year }

    package static let sheetNames = (
        contents: "Содержание", region: "Регион", municipalities: "Муниципалитеты",
        dynamics: "Динамика", ranking: "Рейтинг", lagging: "Отстающие", targets: TargetsSheet.name,
        findings: "Замечания муниципалитетов", notReported: "Не представили"
    )

    package init(regional: RegionalConsolidation) {
        self.regional = regional
        styles = ReportStyles(catalogue: regional.catalogue)
        ctx = ReportContext(consolidation: regional.region, reports: [], findings: [], styles: styles)
    }

    /// Builds and saves the workbook atomically at `path`.
    package func write(to path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        let wb = try Workbook(path: path, options: options.printable(catalogue.directory))
        wb.properties = DocumentProperties(
            title: "Мониторинг реализации целевой модели наставничества за \(year) год: свод региона",
            subject: "Сводные таблицы регионального этапа мониторинга", author: "mentoring",
            comments: "Создано программой mentoring из сводных книг муниципалитетов")
        let names = Self.sheetNames
        let contents = try wb.addWorksheet(names.contents)
        let region = try wb.addWorksheet(names.region),
            chart = try wb.addWorksheet(DynamicsChart.sheetName(names.region))
        var sheets: [(Worksheet, String, (Worksheet) throws -> Void)] = [
            (
                region, "Значения критериев по региону за \(year - 1)–\(year) годы и их динамика (как Таблица 38)",
                { try self.region($0, chart: chart, wb: wb) }
            ),
            (chart, "Число критериев по динамике и диаграмма", { _ in }),
            (
                try wb.addWorksheet(names.municipalities),
                "Значения критериев за \(year) год по муниципалитетам, итог по региону",
                { try self.municipalities($0) }
            ),
            (
                try wb.addWorksheet(names.dynamics),
                "«Тепловая карта» динамики \(year - 1)–\(year) годов: муниципалитет × критерий",
                { try self.dynamics($0) }
            ),
            (
                try wb.addWorksheet(names.ranking),
                "Рейтинг муниципалитетов по ключевым долям относительно целевых значений",
                { try self.ranking($0) }
            ),
            (
                try wb.addWorksheet(names.lagging), "Муниципалитеты ниже целевого значения два года подряд",
                { try self.lagging($0) }
            ),
            (
                try wb.addWorksheet(names.targets),
                "Целевые показатели по муниципалитетам и региону: значение, итог, отклонение, сколько организаций достигли цели",
                { try self.targets($0) }
            ),
            (
                try wb.addWorksheet(names.findings),
                "Замечания к данным: сколько их в своде каждого муниципалитета, по видам",
                { try self.findings($0) }
            )
        ]
        if let register {
            sheets.append(
                (
                    try wb.addWorksheet(names.notReported),
                    "Кто не представил свод или формы: по муниципалитетам реестра организаций",
                    { try self.notReported($0, register) }
                ))
        }
        let data = try wb.addWorksheet(DataSheet.name)
        try writeContents(contents, sheets: sheets.map { ($0.0, $0.1) })
        for (ws, _, write) in sheets { try write(ws) }
        try RegionalDataSheet.write(data, regional: regional)
        data.hide()
        contents.activate()
        try wb.save()
    }

    /// The sheet's title over `columns` columns and its print set-up: landscape, the header row on every page;
    /// a table wider than a page (`fitToWidth` false) is printed across pages with its first column repeated.
    func title(_ ws: Worksheet, _ text: String, columns: Int, repeatRows: Bool = true, fitToWidth: Bool = true) throws {
        try ws.setPrint(
            PrintSetup(
                landscape: true, fitToWidth: fitToWidth, repeatRows: repeatRows ? 2...2 : nil,
                repeatColumns: fitToWidth ? nil : 0...0))
        // Across pages, the title stays over the first page's columns (it would be cut at the page's edge).
        let span = fitToWidth ? columns : min(columns, 3)
        try ws.merge(CellRange(rows: 0...0, columns: 0...max(1, span - 1)), value: .text(text), style: styles.title)
        try ws.setRow(0, height: 36)
    }

    // MARK: contents

    func writeContents(_ ws: Worksheet, sheets: [(Worksheet, String)]) throws {
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true))
        try ws.merge(
            CellRange(rows: 0...0, columns: 0...2),
            value: .text("Мониторинг реализации целевой модели наставничества за \(year) год: свод региона"),
            style: styles.title)
        try ws.setRow(0, height: 24)
        let n = regional.municipalities.count
        try ws.merge(
            CellRange(rows: 1...1, columns: 0...2),
            value: .text(
                "Муниципалитетов: \(n); организаций: \(regional.organisations). "
                    + "Значения региона посчитаны по значениям организаций всех муниципалитетов по правилам каталога "
                    + "(суммы, доли как отношение сумм, средние по организациям)."),
            style: CellStyle(wrap: true, vertical: .top))
        try ws.setRow(1, height: 30)
        try ws.write(row: 2, ["Лист", "Содержание"], style: styles.header)
        var r = 3
        for (sheet, text) in sheets {
            try ws.writeInternalLink(toSheet: sheet.name, text: sheet.name, row: r, column: 0, style: styles.link)
            try ws.write(.text(text), row: r, column: 1, style: styles.text)
            r += 1
        }
        r += 1
        try ws.write("Легенда тепловой карты", row: r, column: 0, style: CellStyle(bold: true))
        r += 1
        for p in catalogue.palette {
            try ws.write(.text(p.name), row: r, column: 0, style: styles.dynamics[p.category])
            try ws.write(.text(p.legend), row: r, column: 1, style: styles.text)
            r += 1
        }
        r += 1
        try ws.write("Сводные книги муниципалитетов", row: r, column: 0, style: CellStyle(bold: true))
        r += 1
        try ws.write(row: r, ["Муниципальное образование", "Файл", "Организаций"], style: styles.header)
        r += 1
        for m in regional.municipalities {
            let orgs = m.organisations(in: year)
            try ws.write(.text(m.name), row: r, column: 0, style: styles.text)
            try ws.write(.text((m.file as NSString).lastPathComponent), row: r, column: 1, style: styles.text)
            try ws.write(.number(Double(orgs)), row: r, column: 2, style: styles.count)
            r += 1
        }
        try ws.setColumns(0...0, width: 30)
        try ws.setColumns(1...1, width: 100)
        try ws.setColumns(2...2, width: 14)
        ws.freezePanes(row: 3)
    }

    // MARK: the region

    /// Table 38's layout for the region: Показатель | Наименование критерия | Y−1 | Y | Динамика | Комментарий.
    func region(_ ws: Worksheet, chart: Worksheet, wb: Workbook) throws {
        try title(
            ws,
            "Динамика значений критериев регионального мониторинга целевой модели наставничества по региону за "
                + "\(year - 1)–\(year) годы (муниципалитетов: \(regional.municipalities.count), организаций: \(regional.organisations))",
            columns: 6)
        try HeatmapRenderer(
            comment: regional.note,
            chartTitle:
                "Динамика значений критериев Регионального мониторинга целевой модели наставничества по региону за два года",
            chartSheet: chart
        )
        .render(ws, ctx, wb)
    }

    // MARK: municipalities × criteria

    /// The header of the municipality × criterion sheets: the criteria's wordings.
    func criterionHeader(_ ws: Worksheet, extra: [String] = []) throws {
        let list = regional.criteria
        try ws.write(
            row: 2,
            [.text("Муниципальное образование")] + list.map { .text($0.wording(for: year)) } + extra.map { .text($0) },
            style: styles.header)
        // Bold wrapped text takes more room than the estimate of `fit` assumes.
        try ws.setColumns(0...0, width: 30)
        try ws.setColumns(1...(list.count + extra.count), width: 18)
        ws.freezePanes(row: 3, column: 1)
    }

    /// One row per municipality with its own values of the year, and an «Итого» row with the region's.
    func municipalities(_ ws: Worksheet) throws {
        let list = regional.criteria
        try title(ws, "Значения критериев за \(year) год по муниципалитетам", columns: 5, fitToWidth: false)
        try ws.merge(
            CellRange(rows: 1...1, columns: 0...2),
            value: .text(
                "Строка муниципалитета — значения его сводной книги; "
                    + "«Итого» — значения региона (как на листе «\(Self.sheetNames.region)»)."), style: styles.note)
        try criterionHeader(ws)
        var r = 3
        for m in regional.municipalities {
            try ws.write(.text(m.name), row: r, column: 0, style: styles.text)
            for (k, c) in list.enumerated() {
                try ctx.writeValue(ws, regional.value(m, c.id, year), unit: c.unit, row: r, column: 1 + k)
            }
            r += 1
        }
        try ws.write("Итого", row: r, column: 0, style: styles.textBold)
        for (k, c) in list.enumerated() {
            try ctx.writeValue(ws, regional.region.value(c.id, year), unit: c.unit, row: r, column: 1 + k)
        }
    }

    /// The dynamics of each municipality's values from Y−1 to Y, coloured as in the municipal heat map, with
    /// the number of criteria per category and the region's row.
    func dynamics(_ ws: Worksheet) throws {
        let list = regional.criteria
        let palette = catalogue.palette
        try title(
            ws, "«Тепловая карта» динамики значений критериев по муниципалитетам за \(year - 1)–\(year) годы",
            columns: 5, fitToWidth: false)
        try criterionHeader(ws, extra: palette.map { "Критериев: \($0.name.lowercased())" })
        func row(_ r: Int, _ name: String, style: CellStyle, _ category: (Criterion) -> DynamicsCategory) throws {
            try ws.write(.text(name), row: r, column: 0, style: style)
            var counts: [DynamicsCategory: Int] = [:]
            for (k, c) in list.enumerated() {
                let d = category(c)
                counts[d, default: 0] += 1
                try ctx.writeDynamics(ws, d, row: r, column: 1 + k)
            }
            for (k, p) in palette.enumerated() {
                try ws.write(
                    .number(Double(counts[p.category] ?? 0)), row: r, column: 1 + list.count + k, style: styles.count)
            }
        }
        var r = 3
        for m in regional.municipalities {
            try row(r, m.name, style: styles.text) { regional.dynamics(m, $0.id) }
            r += 1
        }
        try row(r, "Регион", style: styles.textBold) { regional.region.dynamics($0.id, to: year) }
        if !regional.municipalities.contains(where: { m in list.contains { regional.value(m, $0.id, year - 1) != nil } }
        ) {
            try ws.merge(
                CellRange(rows: (r + 2)...(r + 2), columns: 0...2),
                value: .text(
                    "Значений муниципалитетов за \(year - 1) год нет: передайте прошлогоднюю книгу региона (--history) "
                        + "или своды муниципалитетов, собранные с историей."), style: styles.note)
        }
    }

    // MARK: ranking and lags

    func ranking(_ ws: Worksheet) throws {
        let targets = regional.targets
        try title(
            ws,
            "Рейтинг муниципалитетов по ключевым долям за \(year) год относительно целевых значений "
                + "(зелёным — цель достигнута, красным — нет)", columns: 3 + 2 * targets.count)
        var header: [CellValue] = [.text("Место"), .text("Муниципальное образование")]
        var headerTexts: [(String, Double)] = []
        for (c, t) in targets {
            let text = "\(c.wording(for: year)) (цель — \(t.kind.russian) \(ValueFormatting.percent(t.value)))"
            header += [.text(text), .text("Место")]
            headerTexts.append((text, 18))
        }
        header.append(.text("Целей достигнуто"))
        try ws.write(row: 2, header, style: styles.header)
        let reached =
            styles.dynamics[.positive].map { s in
                styles.percent.with {
                    $0.fill = s.fill; $0.fontColor = s.fontColor
                }
            } ?? styles.percent
        let missed =
            styles.dynamics[.negative].map { s in
                styles.percent.with {
                    $0.fill = s.fill; $0.fontColor = s.fontColor
                }
            } ?? styles.percent
        var r = 3
        for row in regional.ranking {
            try ws.write(.number(Double(row.place)), row: r, column: 0, style: styles.count)
            try ws.write(.text(row.municipality), row: r, column: 1, style: styles.text)
            for k in targets.indices {
                if let v = row.values[k] {
                    try ws.write(.number(v), row: r, column: 2 + 2 * k, style: row.reached[k] ? reached : missed)
                } else {
                    try ws.write("—", row: r, column: 2 + 2 * k, style: styles.text)
                }
                if let p = row.places[k] {
                    try ws.write(.number(Double(p)), row: r, column: 3 + 2 * k, style: styles.count)
                } else {
                    try ws.write("—", row: r, column: 3 + 2 * k, style: styles.text)
                }
            }
            try ws.write(
                .text("\(row.reachedCount) из \(targets.count)"), row: r, column: 2 + 2 * targets.count,
                style: styles.text)
            r += 1
        }
        try ws.write("Регион", row: r, column: 1, style: styles.textBold)
        for (k, (c, t)) in targets.enumerated() {
            if let v = regional.region.value(c.id, year)?.number {
                try ws.write(
                    .number(v), row: r, column: 2 + 2 * k,
                    style: t.isReached(by: displayed(v, unit: c.unit)) ? reached : missed)
            } else {
                try ws.write("—", row: r, column: 2 + 2 * k, style: styles.text)
            }
        }
        r += 2
        let notes =
            ["Места: по числу достигнутых целей, затем по сумме мест по долям; равные значения делят место."]
            + targets.map { c, t in "Цель «\(c.wording(for: year))» (\(t.year)): \(t.source)" }
        let last = 2 + 2 * targets.count
        for note in notes {
            try ws.merge(
                CellRange(rows: r...r, columns: 1...last), value: .text(note),
                style: CellStyle(italic: true, wrap: true, vertical: .top))
            r += 1
        }
        try ws.setColumns(0...0, width: 8)
        try ws.setColumns(1...1, width: 30)
        for k in targets.indices {
            try ws.setColumns((2 + 2 * k)...(2 + 2 * k), width: 24)
            try ws.setColumns((3 + 2 * k)...(3 + 2 * k), width: 8)
        }
        try ws.setColumns((2 + 2 * targets.count)...(2 + 2 * targets.count), width: 14)
        ws.freezePanes(row: 3, column: 2)
    }

    func lagging(_ ws: Worksheet) throws {
        try title(
            ws,
            "Муниципалитеты, в которых ключевая доля ниже целевого значения два года подряд (\(year - 1) и \(year))",
            columns: 6)
        try ws.write(
            row: 2,
            [
                .text("№"), .text("Муниципальное образование"), .text("Критерий"), .text("\(year - 1) г."),
                .text("\(year) г."), .text("Цель")
            ], style: styles.header)
        let rows = regional.lagging
        for (i, lag) in rows.enumerated() {
            let r = 3 + i
            try ws.write(.number(Double(i + 1)), row: r, column: 0, style: styles.count)
            try ws.write(.text(lag.municipality), row: r, column: 1, style: styles.text)
            try ws.write(.text(lag.criterion.wording(for: year)), row: r, column: 2, style: styles.text)
            try ws.write(.number(lag.previous), row: r, column: 3, style: styles.percent)
            try ws.write(.number(lag.current), row: r, column: 4, style: styles.percent)
            try ws.write(.number(lag.target), row: r, column: 5, style: styles.percent)
        }
        if rows.isEmpty {
            let text =
                regional.laggingKnown
                ? "нет: ни один муниципалитет не был ниже цели оба года"
                : "нет значений муниципалитетов за \(year - 1) год: передайте прошлогоднюю книгу региона (--history) "
                    + "или своды муниципалитетов, собранные с историей"
            try ws.write(.text(text), row: 3, column: 1, style: styles.text)
            try ws.merge(CellRange(rows: 3...3, columns: 1...5), value: .text(text), style: styles.text)
        }
        try ws.setColumns(0...0, width: 6)
        try ws.setColumns(1...1, width: 30)
        try ws.setColumns(2...2, width: 60)
        try ws.setColumns(3...5, width: 12)
        ws.freezePanes(row: 3)
    }

    // MARK: targets

    /// The municipal workbook's «Целевые показатели» with a row per municipality and target, then the region's:
    /// each municipality's own value (its workbook's) and its organisations reaching the target on their own values.
    /// No list of organisations: the sheet grows with municipalities, not schools.
    func targets(_ ws: Worksheet) throws {
        // Counted per municipality, not listed: a country's 50,000 schools × targets need no value each.
        let region = TargetStatus.tally(regional.region) { $0?.municipality }
        var rows: [TargetsSheet.Row] = []
        for m in regional.municipalities {
            for t in region {
                rows.append(
                    TargetsSheet.Row(
                        unit: m.name,
                        status: t.status.part(
                            value: regional.value(m, t.status.criterion.id, year)?.number,
                            counts: t.groups[m.name] ?? (0, 0))))
            }
        }
        rows += region.map { TargetsSheet.Row(unit: "Регион", status: $0.status) }
        try TargetsSheet(styles: styles, year: year).write(
            ws, title: "Целевые показатели за \(year) год по муниципалитетам и региону",
            note:
                "Цели — из Templates/targets.tsv. Значение муниципалитета — из его сводной книги; организации, достигшие цели "
                + "по своим значениям, перечислены на листе «Целевые показатели» сводной книги каждого муниципалитета.",
            rows: rows, unitHeader: "Муниципальное образование", )
    }

    // MARK: findings

    /// The kinds in the order of the municipal «Замечания»: reading the forms, then the findings' kinds, then
    /// any other (a workbook of another version).
    static func kindOrder(_ kinds: Set<String>) -> [String] {
        let known = [ReportBuilder.readingKind] + FindingKind.allCases.map(\.russian)
        return known.filter { kinds.contains($0) } + kinds.subtracting(known).sorted()
    }

    func findings(_ ws: Worksheet) throws {
        let kinds = Self.kindOrder(Set(regional.municipalities.flatMap { $0.findings.keys }))
        try title(
            ws,
            "Замечания к данным по муниципалитетам: число записей листа «Замечания» сводной книги каждого муниципалитета, по видам",
            columns: max(3, kinds.count + 2), fitToWidth: kinds.count < 16)
        try ws.write(
            row: 2, [.text("Муниципальное образование")] + kinds.map { .text($0) } + [.text("Всего")],
            style: styles.header)
        var r = 3
        var totals = [Int](repeating: 0, count: kinds.count)
        for m in regional.municipalities {
            try ws.write(.text(m.name), row: r, column: 0, style: styles.text)
            for (k, kind) in kinds.enumerated() {
                let n = m.findings[kind] ?? 0
                totals[k] += n
                try ws.write(.number(Double(n)), row: r, column: 1 + k, style: styles.count)
            }
            try ws.write(
                .number(Double(m.findings.values.reduce(0, +))), row: r, column: 1 + kinds.count,
                style: styles.countBold)
            r += 1
        }
        try ws.write("Итого", row: r, column: 0, style: styles.textBold)
        for (k, n) in totals.enumerated() {
            try ws.write(.number(Double(n)), row: r, column: 1 + k, style: styles.countBold)
        }
        try ws.write(.number(Double(totals.reduce(0, +))), row: r, column: 1 + kinds.count, style: styles.countBold)
        try ws.setColumns(0...0, width: 30)
        try ws.setColumns(1...(1 + kinds.count), width: 14)
        ws.freezePanes(row: 3, column: 1)
    }

    // MARK: who did not report

    /// Per municipality of the register: organisations listed, with a form, without one, and whether the
    /// municipality's workbook came. Municipalities without a workbook first.
    func notReported(_ ws: Worksheet, _ register: RegionalRegisterCoverage) throws {
        try title(
            ws, "Не представили свод муниципалитета или формы организаций за \(year) год (по реестру организаций)",
            columns: 5)
        try ws.write(
            row: 2,
            [
                "Муниципальное образование", "Организаций в реестре", "Представили форму", "Не представили форму",
                "Свод муниципалитета"
            ], style: styles.header)
        let rows = register.rows.sorted {
            ($0.hasWorkbook ? 1 : 0, -$0.notReported, $0.municipality) < (
                $1.hasWorkbook ? 1 : 0, -$1.notReported, $1.municipality
            )
        }
        var r = 3
        for row in rows {
            try ws.write(.text(row.municipality), row: r, column: 0, style: styles.text)
            for (k, n) in [row.listed, row.reported, row.notReported].enumerated() {
                try ws.write(.number(Double(n)), row: r, column: 1 + k, style: styles.count)
            }
            try ws.write(
                .text(row.hasWorkbook ? "есть" : "не представлен"), row: r, column: 4,
                style: row.hasWorkbook ? styles.text : styles.dynamics[.negative] ?? styles.text)
            r += 1
        }
        try ws.write("Итого", row: r, column: 0, style: styles.textBold)
        for (k, n) in [
            rows.reduce(0) { $0 + $1.listed }, rows.reduce(0) { $0 + $1.reported },
            rows.reduce(0) { $0 + $1.notReported }
        ].enumerated() {
            try ws.write(.number(Double(n)), row: r, column: 1 + k, style: styles.countBold)
        }
        if register.withoutMunicipality > 0 {
            try ws.write(
                .text(
                    "В реестре без муниципального образования: \(register.withoutMunicipality) — они не учтены здесь."),
                row: r + 2, column: 0, style: CellStyle(wrap: false))
        }
        try ws.setColumns(0...0, width: 40)
        try ws.setColumns(1...3, width: 16)
        try ws.setColumns(4...4, width: 20)
        ws.freezePanes(row: 3)
    }
}
