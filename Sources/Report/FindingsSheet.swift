import Dataset
import Findings
import Foundation
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
        /// The kind's place in `kindOrder`.
        var kindOrder: Int
    }

    static let readingKind = "чтение формы"
    static let detailHeaders = [
        "Организация", "Важность", WorkbookContract.findingsKindColumn, "Критерий", "Файл", "Лист!ячейка", "Значение",
        "Что не так", "Что сделать"
    ]
    /// 202 characters in all: A4 landscape at about 75 % (long texts wrap; the rows grow to fit them).
    static let widths: [Double] = [28, 10, 16, 26, 20, 10, 20, 40, 32]
    static let noOrganisation = "(без организации: муниципалитет или файл)"
    /// Kinds in a fixed order: reading messages, then the findings' kinds as the catalogue of kinds lists them.
    static let kindOrder = [readingKind] + FindingKind.allCases.map(\.russian)
    static let findingKindOrder = Dictionary(
        uniqueKeysWithValues: FindingKind.allCases.map { ($0, kindOrder.firstIndex(of: $0.russian)!) })
    static let severityOrder: [Severity: Int] = [.error: 0, .warning: 1, .info: 2]

    func remarks() -> [Remark] {
        let d = ctx.dataset
        var out: [Remark] = []
        var fileNames = LastValueMemo<String, String>(FileName.last)
        for rep in ctx.reports {
            // The organisation as the report names it (the cleanest spelling), not as this file spells it.
            let orgName = rep.organisations.first.map { d.organisations[OrganisationKey.make($0)]?.name ?? $0 } ?? ""
            for issue in rep.issues {
                let error = issue.kind == .error || issue.kind == .unknownLayout
                let severity = error ? "ошибка" : issue.needsAttention ? "предупреждение" : "сведения"
                let place = issue.source.map { "\($0.sheet)!\($0.cell)" } ?? ""
                out.append(
                    Remark(
                        organisation: orgName, kind: Self.readingKind,
                        cells: [
                            orgName, severity, Self.readingKind, "", fileNames[rep.file], place,
                            "", issue.message, Self.advice(issue.kind)
                        ],
                        severityOrder: error ? 0 : issue.needsAttention ? 1 : 2, kindOrder: 0))
            }
        }
        // Findings come sorted by severity and organisation: names, wordings and file names repeat from one to
        // the next, and are looked up once per run of them.
        var names = LastValueMemo<String, String> { d.organisations[$0]?.name ?? "" }
        var wordings: [String: String] = [:]
        for f in ctx.findings {
            let org = f.organisation.map { names[$0] } ?? ""
            let criterion =
                f.criterion.map { id in
                    if let known = wordings[id] { return known }
                    let w = ctx.catalogue.criterion(id)?.wording(for: ctx.year) ?? ""
                    wordings[id] = w
                    return w
                } ?? ""
            out.append(
                Remark(
                    organisation: org, kind: f.kind.russian,
                    cells: [
                        org, f.severity.russian, f.kind.russian, criterion, f.source.map { fileNames[$0.file] } ?? "",
                        f.source.map { "\($0.sheet)!\($0.cell)" } ?? "", f.raw ?? "", f.message, f.advice
                    ],
                    severityOrder: Self.severityOrder[f.severity] ?? 2, kindOrder: Self.findingKindOrder[f.kind] ?? 0))
        }
        return out
    }

    /// The organisations with remarks: each one's name and number of remarks of each kind (by `kindOrder`),
    /// most remarks first, then by name; and the organisation of each remark (an index in that list).
    static func summary(_ all: [Remark]) -> (orgs: [(name: String, counts: [Int], total: Int)], orgOf: [Int]) {
        var index: [String: Int] = [:]
        var groups: [(name: String, counts: [Int], total: Int)] = []
        var groupOf = [Int](repeating: 0, count: all.count)
        var last: (name: String, group: Int)?
        for (i, r) in all.enumerated() {
            let g: Int
            if let l = last, l.name == r.organisation {
                g = l.group
            } else {
                if let known = index[r.organisation] {
                    g = known
                } else {
                    g = groups.count
                    index[r.organisation] = g
                    groups.append((r.organisation, [Int](repeating: 0, count: kindOrder.count), 0))
                }
                last = (r.organisation, g)
            }
            groups[g].counts[r.kindOrder] += 1
            groups[g].total += 1
            groupOf[i] = g
        }
        let order = groups.indices.sorted { a, b in
            (groups[a].total, groups[b].name) > (groups[b].total, groups[a].name)
        }
        var rank = [Int](repeating: 0, count: groups.count)
        for (k, g) in order.enumerated() { rank[g] = k }
        return (order.map { groups[$0] }, groupOf.map { rank[$0] })
    }

    func write(_ ws: Worksheet) throws {
        let styles = ctx.styles
        let all = remarks()
        let (orgs, orgOf) = Self.summary(all)
        let present = Self.kindOrder.indices.filter { k in orgs.contains { $0.counts[k] > 0 } }
        // The widths first: the sheet is streamed, its rows measured as they are written (see `RowHeights`).
        for (i, w) in Self.widths.enumerated() { try ws.setColumns(i...i, width: w) }

        try ws.merge(
            CellRange(rows: 0...0, columns: 0...(Self.detailHeaders.count - 1)),
            value: .text("Замечания по организациям: \(all.count) (подробно — ниже, с файлом, листом и ячейкой)"),
            style: styles.title)
        try ws.setRow(0, height: 24)
        try ws.write(row: 1, ["Организация", "Всего"], style: styles.header)
        try ws.merge(
            CellRange(rows: 1...1, columns: 2...(Self.detailHeaders.count - 1)), value: "По видам", style: styles.header
        )
        var r = 2
        for o in orgs {
            let name = o.name.isEmpty ? Self.noOrganisation : o.name
            let byKind = present.compactMap { k in o.counts[k] > 0 ? "\(Self.kindOrder[k]) — \(o.counts[k])" : nil }
                .joined(separator: "; ")
            try ws.write(.text(name), row: r, column: 0, style: styles.text)
            try ws.write(.number(Double(o.total)), row: r, column: 1, style: styles.count)
            try ws.merge(
                CellRange(rows: r...r, columns: 2...(Self.detailHeaders.count - 1)), value: .text(byKind),
                style: styles.text)
            r += 1
        }
        if orgs.isEmpty { try ws.write("замечаний нет", row: r, column: 0, style: styles.text); r += 1 }

        r += 1
        try ws.merge(
            CellRange(rows: r...r, columns: 0...(Self.detailHeaders.count - 1)), value: "Подробно", style: styles.title)
        r += 1
        let headerRow = r
        try ws.write(row: r, Self.detailHeaders.map { .text($0) }, style: styles.header)
        // By the organisation's place in the summary, severity, then as found (the keys computed once).
        let details = all.indices.sorted { a, b in
            (orgOf[a], all[a].severityOrder, a) < (orgOf[b], all[b].severityOrder, b)
        }
        // The filter is set while its header is the current row (the sheet is streamed).
        try ws.autofilter(
            CellRange(
                rows: headerRow...(headerRow + max(1, details.count)), columns: 0...(Self.detailHeaders.count - 1)))
        r += 1
        for i in details {
            let cells = all[i].cells
            try ws.write(row: r, cells.map { .text($0) }, style: styles.text)
            r += 1
        }
        if details.isEmpty { try ws.write("замечаний нет", row: r, column: 7, style: styles.text) }
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: headerRow...headerRow))
    }

    static func advice(_ k: IssueKind) -> String {
        switch k {
        case .error: return "исправьте или пересохраните файл и запустите свод снова"
        case .repeatedFile: return "ничего не нужно: файл учтён один раз; уберите повтор из списка файлов"
        case .ownResult:
            return
                "ничего не нужно: свод собран из форм; уберите книгу из папки форм (прошлогодний свод передавайте с --history)"
        case .unknownValueColumn:
            return
                "выберите столбец значений на листе «Столбцы значений» файла сопоставления (check --mapping-out) и передайте его с --mapping"
        case .unknownLayout:
            return "проверьте, что это форма мониторинга: столбец формулировок критериев и столбец значений"
        case .unmappedTitle:
            return "выберите критерий в файле сопоставления (check --mapping-out) или поставьте «не учитывать»"
        case .doubtfulMatch: return "подтвердите критерий в файле сопоставления (check --mapping-out, затем --mapping)"
        case .fuzzyMatch: return "проверьте, что критерий сопоставлен верно"
        case .unparsedValue: return "укажите число или «да»/«нет»"
        case .uncomputedFormula: return "откройте файл в Excel или LibreOffice и сохраните: формула получит значение"
        case .severalAnswers: return "впишите каждое значение предложения в свою строку формы"
        case .repairedLink:
            return "ничего не нужно, если исправленная ссылка открывает документ; иначе исправьте адрес в форме"
        case .duplicateForm: return "оставьте одну форму организации"
        case .yearMismatch, .missingYear: return "укажите верный отчётный год"
        case .missingOrganisation:
            return
                "укажите организацию: над таблицей формы или в файле сопоставления (лист «Формы»), в выгрузке — в столбце организации"
        case .duplicateCriterion: return "удалите повторную строку"
        case .footerRow: return "ничего не нужно: строка подписи не входит в свод"
        case .totalRow: return "ничего не нужно: итоги свод считает сам по организациям"
        case .sampleRow: return "ничего не нужно: строка-образец не входит в свод"
        case .branchRow:
            return
                "если филиал отчитывается отдельно, внесите его в реестр организаций (--organisations); иначе его числа — в строке головной организации"
        case .referenceSheet:
            // (A sheet of lists, a dictionary of codes, a legend, a list of documents, a sheet of raw figures: each said
            // how it was read.)
            return
                "ничего не нужно, если так и есть: вспомогательный лист (справочник, расшифровка, перечень документов) прочитан, как сказано, и сам в свод не входит"
        case .shareAsPoints:
            return "ничего не нужно, если доля верна; в форме лучше писать долю со знаком «%» («0,87 %»)"
        case .hiddenRow:
            return "ничего не нужно, если скрытая строка — старая копия; иначе покажите её и удалите видимый повтор"
        case .ignoredColumn: return "столбец не нужен для свода"
        case .skippedSheet: return "откройте книгу в Excel или LibreOffice, пересохраните её и запустите свод снова"
        case .notInRegister: return "проверьте наименование организации в форме или добавьте организацию в реестр"
        case .unattributedBase:
            return
                "укажите организацию над таблицей базы («Образовательная организация») или положите базу в папку формы организации"
        case .unreadBase:
            return "возьмите столбцы пустой базы (mentoring template --bases) или проверьте заголовки столбцов"
        case .organisationGuessed:
            return
                "проверьте организацию; если она другая — впишите её в файле сопоставления (лист «Формы») или над таблицей формы"
        }
    }
}
