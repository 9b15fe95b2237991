import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation
import XLSXWriter

/// `consolidate … --cards ПАПКА`: one small workbook per organisation, what a coordinator sends back to each school.
/// «Карточка»: the targets (the organisation's own value against each, and the municipality's), then each criterion
/// of its form — its value this year and last year, the dynamics, the municipal value; «Что исправить»: its findings
/// and reading messages with file, sheet and cell, what is wrong and what to do. The cards are written in parallel,
/// each atomically; file names come from the organisation's short name (the register's, else its name) and are safe
/// on Windows (`fileNames`).
package enum OrganisationCards {
    package static let sheetNames = (card: "Карточка", fixes: "Что исправить")

    /// One card written: the organisation and its file.
    package struct Card: Sendable {
        package var organisation: String
        package var name: String
        package var path: String
    }

    // MARK: file names

    /// A file name («….xlsx») per organisation name, in order (`SafeFileName`).
    package static func fileNames(_ names: [String]) -> [String] {
        SafeFileName.workbooks(names, fallback: "организация")
    }

    // MARK: writing

    /// Writes a card per organisation that sent a form for the consolidation's year into `folder` (created if
    /// needed), on all cores. Throws the first failure after all have ended.
    /// - Parameter shortName: the organisation's short name for its file, by key (the register's); its name otherwise.
    package static func write(
        consolidation: Consolidation, findings: [Finding], reports: [FileReport], to folder: String,
        shortName: (String) -> String? = { _ in nil }, options: WorkbookOptions = WorkbookOptions()
    ) throws -> [Card] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let ctx = ReportContext(
            consolidation: consolidation, reports: reports, findings: findings,
            styles: ReportStyles(catalogue: consolidation.catalogue))
        let year = consolidation.year
        let orgs = consolidation.aggregator.organisations(in: year).compactMap {
            consolidation.dataset.organisations[$0]
        }
        .sorted { ($0.name, $0.key) < ($1.name, $1.key) }
        let names = fileNames(orgs.map { shortName($0.key).flatMap { $0.isEmpty ? nil : $0 } ?? $0.name })
        let targets = ctx.targets
        var remarks: [String: [FindingsSheet.Remark]] = [:]
        for r in FindingsSheet(ctx: ctx).remarks() { remarks[r.organisation, default: []].append(r) }
        let cards = orgs.indices.map {
            Card(
                organisation: orgs[$0].key, name: orgs[$0].name,
                path: (folder as NSString).appendingPathComponent(names[$0]))
        }
        // Looked up once for all the cards (the threads only read them): each criterion's values by organisation
        // this year and last, and the files each organisation's values of the year came from.
        let criteria = CardWriter.criteria(ctx.catalogue, year: year)
        let agg = consolidation.aggregator
        var values: [Int: [String: OrganisationValues]] = [:]
        for y in [year, year - 1] {
            values[y] = Dictionary(uniqueKeysWithValues: criteria.map { ($0.id, agg.values($0.id, year: y)) })
        }
        let store = consolidation.dataset.observations
        var files: [Int32: Set<String>] = [:]
        for i in store.indices where store.year(at: i) == year && store.organisationID(at: i) >= 0 {
            files[store.organisationID(at: i), default: []].insert(
                (store.source(at: i).file as NSString).lastPathComponent)
        }
        try Parallel.run(orgs.count) { i in
            let own = store.id(of: orgs[i].key).flatMap { files[$0] } ?? []
            try CardWriter(
                ctx: ctx, organisation: orgs[i], criteria: criteria, values: values, files: own.sorted(),
                targets: targets,
                remarks: remarks[orgs[i].name] ?? []
            )
            .write(to: cards[i].path, options: options)
        }
        return cards
    }
}

/// One organisation's card.
struct CardWriter {
    let ctx: ReportContext
    let organisation: Organisation
    /// The criteria of the form (`criteria(_:year:)`) with their values by organisation this year and last.
    let criteria: [Criterion]
    let values: [Int: [String: OrganisationValues]]
    /// The files of the organisation's form.
    let files: [String]
    let targets: [TargetStatus]
    let remarks: [FindingsSheet.Remark]

    var year: Int { ctx.year }
    var styles: ReportStyles { ctx.styles }

    /// The criteria an organisation's form gives (not the municipality's, nor the ones computed from others).
    static func criteria(_ catalogue: Catalogue, year: Int) -> [Criterion] {
        catalogue.heatmapOrder(year: year).filter { c in
            c.level == .org && [.sum, .countYes, .mean, .ratio, .distinct].contains(c.aggregation)
        }
    }

    /// The organisation's own value of a criterion in a year.
    func value(_ id: String, _ y: Int) -> ObservedValue? {
        values[y]?[id]?[organisation.key]?.value
    }

    func write(to path: String, options: WorkbookOptions) throws {
        let wb = try Workbook(path: path, options: options.printable(ctx.catalogue.directory))
        let municipality = organisation.municipality ?? ctx.dataset.municipality
        wb.properties = DocumentProperties(
            title: "\(organisation.name): мониторинг реализации целевой модели наставничества за \(year) год",
            subject: "Карточка организации по итогам муниципального этапа мониторинга", author: "mentoring",
            comments: "Создано программой mentoring (consolidate --cards)")
        let card = try wb.addWorksheet(OrganisationCards.sheetNames.card)
        let fixes = try wb.addWorksheet(OrganisationCards.sheetNames.fixes)
        try writeCard(card, municipality: municipality)
        try writeFixes(fixes)
        card.activate()
        try wb.save()
    }

    func writeCard(_ ws: Worksheet, municipality: String?) throws {
        let widths: [Double] = [6, 70, 16, 16, 18, 16, 22]
        let title = TableSpec.withMunicipality(
            "\(organisation.name): мониторинг реализации целевой модели наставничества за \(year) год", municipality)
        try ws.merge(CellRange(rows: 0...0, columns: 0...6), value: .text(title), style: styles.title)
        let info =
            "Организация: \(organisation.name). Тип: \(organisation.type.russian)."
            + (files.isEmpty ? "" : " Форма: \(files.joined(separator: ", ")).")
            + " Замечаний: \(remarks.count) (лист «\(OrganisationCards.sheetNames.fixes)»)."
        try ws.merge(CellRange(rows: 1...1, columns: 0...6), value: .text(info), style: styles.note)
        var r = 3

        if !targets.isEmpty { try writeTargets(ws, row: &r) }

        // Each criterion of the form: this year, last year, dynamics, the municipality's value.
        try ws.merge(CellRange(rows: r...r, columns: 0...6), value: "Значения формы", style: styles.textBold)
        r += 1
        let valuesHeader = r
        try ws.write(
            row: r,
            [
                .text("№"), .text("Критерий"), .text("Организация, \(year) г."), .text("Организация, \(year - 1) г."),
                .text("Динамика"), .text("Муниципалитет, \(year) г."), .text("Примечание")
            ], style: styles.header)
        r += 1
        for (i, c) in criteria.enumerated() {
            // The direction's name once, over its criteria.
            if i == 0 || criteria[i - 1].direction != c.direction {
                let name = "\(c.direction). " + (ctx.catalogue.direction(c.direction)?.name ?? "")
                try ws.merge(CellRange(rows: r...r, columns: 0...6), value: .text(name), style: styles.textBold)
                r += 1
            }
            let now = value(c.id, year), before = value(c.id, year - 1)
            try ws.write(.number(Double(i + 1)), row: r, column: 0, style: styles.count)
            try ws.write(.text(c.wording(for: year)), row: r, column: 1, style: styles.text)
            try cell(ws, now, c, row: r, column: 2)
            try cell(ws, before, c, row: r, column: 3)
            let d = DynamicsRule.category(
                current: now?.number.map { MunicipalValue(number: $0, origin: .computed) },
                previous: before?.number.map { MunicipalValue(number: $0, origin: .computed) }, unit: c.unit)
            try ctx.writeDynamics(ws, d, row: r, column: 4)
            try ctx.writeValue(ws, ctx.consolidation.value(c.id, year), unit: c.unit, row: r, column: 5)
            let note = c.notIndicative.map { "по муниципалитету: \($0)" } ?? ""
            try ws.write(.text(note), row: r, column: 6, style: styles.text)
            r += 1
        }
        // The values' header repeats on every page they run over.
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: valuesHeader...valuesHeader))
        for (i, w) in widths.enumerated() { try ws.setColumns(i...i, width: w) }
    }

    /// The targets: the organisation's own value against each, and the municipality's.
    func writeTargets(_ ws: Worksheet, row r: inout Int) throws {
        try ws.merge(CellRange(rows: r...r, columns: 0...6), value: "Целевые показатели", style: styles.textBold)
        r += 1
        try ws.write(
            row: r,
            ["№", "Критерий", "Значение организации", "Цель", "Итог", "Значение муниципалитета", "Как посчитано"],
            style: styles.header)
        r += 1
        for (i, s) in targets.enumerated() {
            let c = s.criterion
            try ws.write(.number(Double(i + 1)), row: r, column: 0, style: styles.count)
            try ws.write(.text(c.wording(for: year)), row: r, column: 1, style: styles.text)
            let own = s.organisations.first { $0.key == organisation.key }
            if let own {
                try ws.write(.number(own.value), row: r, column: 2, style: styles.number(c.unit, own.value))
                try ws.write(
                    .text(own.reached ? TargetsSheet.reached : TargetsSheet.missed), row: r, column: 4,
                    style: styles.reached(own.reached))
                try ws.write(.text(own.basis ?? "указано организацией"), row: r, column: 6, style: styles.text)
            } else {
                try ws.write(s.perOrganisation ? "нет значения" : "—", row: r, column: 2, style: styles.text)
                try ws.write("—", row: r, column: 4, style: styles.text)
                try ws.write("", row: r, column: 6, style: styles.text)
            }
            try ws.write(.text(TargetsSheet.target(s.target, unit: c.unit)), row: r, column: 3, style: styles.text)
            try ctx.writeValue(ws, ctx.consolidation.value(c.id, year), unit: c.unit, row: r, column: 5)
            r += 1
        }
        r += 1
    }

    /// An organisation's value: a number in its unit, «да»/«нет» for an answer, a list or text as written.
    func cell(_ ws: Worksheet, _ v: ObservedValue?, _ c: Criterion, row: Int, column: Int) throws {
        switch v {
        case .number(let n)?:
            if c.aggregation == .countYes || c.unit == .yesno {
                try ws.write(.text(n > 0 ? "да" : "нет"), row: row, column: column, style: styles.text)
            } else {
                try ws.write(.number(n), row: row, column: column, style: styles.number(c.unit, n))
            }
        case .list(let items)?:
            try ws.write(.text(items.joined(separator: "; ")), row: row, column: column, style: styles.text)
        case .text(let s)?, .note(let s)?: try ws.write(.text(s), row: row, column: column, style: styles.text)
        case nil: try ws.write("—", row: row, column: column, style: styles.text)
        }
    }

    /// «Что исправить»: the organisation's remarks, errors first, with file, sheet and cell.
    func writeFixes(_ ws: Worksheet) throws {
        let headers = ["№"] + FindingsSheet.detailHeaders.dropFirst()
        let widths = [6.0] + FindingsSheet.widths.dropFirst()
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: 2...2))
        let title = "\(organisation.name): что исправить в форме мониторинга за \(year) год"
        try ws.merge(CellRange(rows: 0...0, columns: 0...(headers.count - 1)), value: .text(title), style: styles.title)
        try ws.write(row: 2, headers.map { .text($0) }, style: styles.header)
        let ordered = remarks.enumerated().sorted {
            ($0.element.severityOrder, $0.offset) < ($1.element.severityOrder, $1.offset)
        }.map(\.element)
        var r = 3
        for (i, remark) in ordered.enumerated() {
            try ws.write(.number(Double(i + 1)), row: r, column: 0, style: styles.count)
            try ws.write(row: r, column: 1, remark.cells.dropFirst().map { .text($0) }, style: styles.text)
            r += 1
        }
        if ordered.isEmpty {
            try ws.merge(
                CellRange(rows: 3...3, columns: 0...(headers.count - 1)), value: "Замечаний нет.", style: styles.text)
        }
        for (i, w) in widths.enumerated() { try ws.setColumns(i...i, width: w) }
        ws.freezePanes(row: 3)
    }
}
