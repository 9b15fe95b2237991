import Findings
import Foundation
import Normaliser
import XLSXWriter

/// The «Замечания» sheet. First a summary a person reads: one row per organisation with its number of
/// remarks and, in words, how many of each kind (reading messages and each kind of finding); then every remark
/// in detail, grouped by organisation, with file, sheet and cell, what is wrong and what to do, under an
/// autofilter. The organisation is the first column of both parts.
struct FindingsSheet {
    let ctx: ReportContext

    /// One remark: a reading message or a finding about the data.
    struct Remark {
        var organisation: String
        var kind: String
        var cells: [String]
        var severityOrder: Int
    }

    static let readingKind = "чтение формы"
    static let detailHeaders = ["Организация", "Важность", "Вид", "Критерий", "Файл", "Лист!ячейка", "Значение", "Что не так", "Что сделать"]
    static let widths: [Double] = [40, 14, 22, 30, 26, 12, 26, 60, 40]
    static let noOrganisation = "(без организации: муниципалитет или файл)"

    func remarks() -> [Remark] {
        let d = ctx.dataset
        var out: [Remark] = []
        for rep in ctx.reports {
            // The organisation as the report names it (the cleanest spelling), not as this file spells it.
            let orgName = rep.organisations.first.map { d.organisations[OrganisationKey.make($0)]?.name ?? $0 } ?? ""
            for issue in rep.issues {
                let error = issue.kind == .error || issue.kind == .unknownLayout
                let severity = error ? "ошибка" : issue.needsAttention ? "предупреждение" : "сведения"
                let place = issue.source.map { "\($0.sheet)!\($0.cell)" } ?? ""
                out.append(Remark(organisation: orgName, kind: Self.readingKind,
                                  cells: [orgName, severity, Self.readingKind, "", (rep.file as NSString).lastPathComponent, place,
                                          "", issue.message, Self.advice(issue.kind)],
                                  severityOrder: error ? 0 : issue.needsAttention ? 1 : 2))
            }
        }
        for f in ctx.findings {
            let org = f.organisation.flatMap { d.organisations[$0]?.name } ?? ""
            let criterion = f.criterion.flatMap { ctx.catalogue.criterion($0)?.wording(for: ctx.year) } ?? ""
            out.append(Remark(organisation: org, kind: f.kind.russian,
                              cells: [org, f.severity.russian, f.kind.russian, criterion, f.source.map { ($0.file as NSString).lastPathComponent } ?? "",
                                      f.source.map { "\($0.sheet)!\($0.cell)" } ?? "", f.raw ?? "", f.message, f.advice],
                              severityOrder: [Severity.error, .warning, .info].firstIndex(of: f.severity) ?? 2))
        }
        return out
    }

    func write(_ ws: Worksheet) throws {
        let styles = ctx.styles
        let all = remarks()
        // Kinds in a fixed order: reading messages, then the findings' kinds as the catalogue of kinds lists them.
        let order = [Self.readingKind] + FindingKind.allCases.map(\.russian)
        let kinds = order.filter { k in all.contains { $0.kind == k } }
        var perOrg: [String: [String: Int]] = [:]
        for r in all { perOrg[r.organisation, default: [:]][r.kind, default: 0] += 1 }
        let orgs = perOrg.map { (name: $0.key, counts: $0.value, total: $0.value.values.reduce(0, +)) }
            .sorted { ($0.total, $1.name) > ($1.total, $0.name) }

        try ws.merge(CellRange(rows: 0...0, columns: 0...(Self.detailHeaders.count - 1)),
                     value: .text("Замечания по организациям: \(all.count) (подробно — ниже, с файлом, листом и ячейкой)"), style: styles.title)
        try ws.setRow(0, height: 24)
        try ws.write(row: 1, ["Организация", "Всего"], style: styles.header)
        try ws.merge(CellRange(rows: 1...1, columns: 2...(Self.detailHeaders.count - 1)), value: "По видам", style: styles.header)
        var r = 2
        for o in orgs {
            let name = o.name.isEmpty ? Self.noOrganisation : o.name
            let byKind = kinds.compactMap { k in o.counts[k].map { "\(k) — \($0)" } }.joined(separator: "; ")
            try ws.write(.text(name), row: r, column: 0, style: styles.text)
            try ws.write(.number(Double(o.total)), row: r, column: 1, style: styles.count)
            try ws.merge(CellRange(rows: r...r, columns: 2...(Self.detailHeaders.count - 1)), value: .text(byKind), style: styles.text)
            try ctx.fit(ws, row: r, [(name, Self.widths[0]), (byKind, Self.widths[2...].reduce(0, +))])
            r += 1
        }
        if orgs.isEmpty { try ws.write("замечаний нет", row: r, column: 0, style: styles.text); r += 1 }

        r += 1
        try ws.merge(CellRange(rows: r...r, columns: 0...(Self.detailHeaders.count - 1)), value: "Подробно", style: styles.title)
        r += 1
        let headerRow = r
        try ws.write(row: r, Self.detailHeaders.map { .text($0) }, style: styles.header)
        let rank = Dictionary(orgs.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let details = all.enumerated().sorted { a, b in
            (rank[a.element.organisation] ?? 0, a.element.severityOrder, a.offset) < (rank[b.element.organisation] ?? 0, b.element.severityOrder, b.offset)
        }.map(\.element)
        // The filter is set while its header is the current row (the sheet is streamed).
        try ws.autofilter(CellRange(rows: headerRow...(headerRow + max(1, details.count)), columns: 0...(Self.detailHeaders.count - 1)))
        r += 1
        for d in details {
            try ws.write(row: r, d.cells.map { .text($0) }, style: styles.text)
            try ctx.fit(ws, row: r, Array(zip(d.cells, Self.widths)))
            r += 1
        }
        if details.isEmpty { try ws.write("замечаний нет", row: r, column: 7, style: styles.text) }
        for (i, w) in Self.widths.enumerated() { try ws.setColumns(i...i, width: w) }
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: headerRow...headerRow))
    }

    static func advice(_ k: IssueKind) -> String {
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
        case .notInRegister: return "проверьте наименование организации в форме или добавьте организацию в реестр"
        case .unattributedBase: return "укажите организацию над таблицей базы («Образовательная организация») или положите базу в папку формы организации"
        case .unreadBase: return "возьмите столбцы пустой базы (mentoring template --bases) или проверьте заголовки столбцов"
        }
    }
}
