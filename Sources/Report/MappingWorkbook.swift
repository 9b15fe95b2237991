import Catalogue
import Dataset
import Foundation
import XLSXWriter

/// The mapping file (`check --mapping-out`): one row per distinct wording met in the inputs, with the
/// criterion it was given (or the best candidate) and its status, for the user to decide once in Excel or
/// LibreOffice and pass back with `--mapping`. Sheet «Сопоставление»: Формулировка | Критерий | Статус, then
/// how it was matched, the similarity, how many forms, an example place and the other candidates. Sheet
/// «Критерии» lists the criteria of the year (the drop-down of «Критерий» reads it); «Инструкция» says how.
package struct MappingWorkbook {
    package static let sheetName = "Сопоставление"
    package static let columns = [
        "Формулировка", "Критерий", "Статус", "Как сопоставлено", "Сходство", "Форм", "Значений",
        "Файл", "Лист", "Ячейка", "Другие кандидаты"
    ]

    package let catalogue: Catalogue
    package let dataset: Dataset
    package let year: Int

    package init(catalogue: Catalogue, dataset: Dataset, year: Int) {
        self.catalogue = catalogue
        self.dataset = dataset
        self.year = year
    }

    func wording(_ id: String) -> String { catalogue.criterion(id)?.wording(for: year) ?? id }

    func how(_ m: MatchKind) -> String {
        switch m {
        case .exact: return "формулировка каталога"
        case .synonym: return "синоним"
        case .thesaurus: return "синоним по словарю"
        case .decided: return "решение пользователя"
        case .fuzzy: return "по сходству"
        case .history: return "история"
        }
    }

    // The sheet of the forms whose value column the headers did not tell (MappingSheets.valueColumns): a row per
    // layout.
    package static let valueColumnsColumns = [
        "Столбцы формы", "Столбец значений", "Статус", "Форм", "Файл", "Лист", "Ячейка"
    ]

    /// One row per set of candidate columns (forms of one layout ask once), the user picks the column from a list.
    func writeValueColumns(_ ws: Worksheet, styles: ReportStyles) throws {
        try ws.write(row: 0, MappingWorkbook.valueColumnsColumns.map { .text($0) }, style: styles.header)
        var byLayout: [String: (question: ValueColumnQuestion, forms: Int)] = [:]
        var order: [String] = []
        for q in dataset.valueColumnQuestions {
            let key = MappingDecisions.columnsKey(q.columns)
            if byLayout[key] == nil { order.append(key); byLayout[key] = (q, 0) }
            byLayout[key]!.forms += 1
        }
        let line = MappingWorkbook.line
        for (i, key) in order.enumerated() {
            let (q, forms) = byLayout[key]!
            try ws.write(
                row: i + 1,
                [
                    .text(q.columns.joined(separator: MappingWorkbook.columnsSeparator)), .blank, .text("проверьте"),
                    .number(Double(forms)), .text(q.source.file), .text(q.source.sheet), .text(q.source.cell)
                ], style: line)
            // The candidates as a drop-down when they fit Excel's 255 characters of a list.
            if q.columns.joined(separator: ",").count < 250,
                !q.columns.contains(where: { $0.contains(",") || $0.contains("\"") })
            {
                try ws.addValidation(
                    DataValidation(.list(q.columns), inputMessage: "Столбец, в котором значения отчётного года"),
                    range: CellRange(rows: (i + 1)...(i + 1), columns: 1...1))
            }
        }
        try ws.addValidation(
            DataValidation(
                .list(["принято", "проверьте"]), inputMessage: "«принято» — читать значения из выбранного столбца"),
            range: CellRange(rows: 1...(order.count + 100), columns: 2...2))
        try ws.setColumns(0...0, width: 70)
        try ws.setColumns(1...1, width: 30)
        try ws.setColumns(2...3, width: 12)
        try ws.setColumns(4...4, width: 40)
        ws.freezePanes(row: 1, column: 1)
        try Self.printList(ws)
    }

    /// The cells of the lists: wrapped, so that a long text prints whole (rows as tall as they need).
    static let line = CellStyle(wrap: true, vertical: .top, border: .thin)

    /// A list sheet prints landscape, one page wide, its header row on every page.
    static func printList(_ ws: Worksheet) throws {
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: 0...0))
    }

    /// Between the candidate columns' titles in «Столбцы формы».
    package static let columnsSeparator = " | "

    package func write(to path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        let wb = try Workbook(path: path, options: options.printable(catalogue.directory))
        wb.properties = DocumentProperties(
            title: "Сопоставление формулировок с критериями, \(year) год", author: "mentoring")
        let styles = ReportStyles(catalogue: catalogue)
        let ws = try wb.addWorksheet(MappingWorkbook.sheetName)
        if !dataset.valueColumnQuestions.isEmpty {
            try writeValueColumns(wb.addWorksheet(MappingSheets.valueColumns), styles: styles)
        }
        let forms = dataset.unnamedForms.isEmpty ? nil : try wb.addWorksheet(MappingSheets.forms)
        let list = try wb.addWorksheet("Критерии")
        let help = try wb.addWorksheet("Инструкция")
        try ws.write(row: 0, MappingWorkbook.columns.map { .text($0) }, style: styles.header)

        var r = 1
        let line = MappingWorkbook.line
        func put(_ cells: [XLSXWriter.CellValue]) throws {
            try ws.write(row: r, cells, style: line)
            r += 1
        }
        func place(_ s: SourceRef) -> [XLSXWriter.CellValue] { [.text(s.file), .text(s.sheet), .text(s.cell)] }
        // What needs a decision first, then what the user silenced, then what was used.
        let unused = UnusedSummary.group(dataset.unassigned, includeIgnored: true)
        for w in unused.filter({ $0.status != .ignored }) + unused.filter({ $0.status == .ignored }) {
            let best = w.status == .doubtful ? w.candidates.first : nil
            let how: String
            switch w.status {
            case .doubtful: how = "не наверняка — подтвердите"
            case .unmatched: how = "не найдено в каталоге"
            case .repeated: how = "критерий уже заполнен другой строкой"
            case .ignored: how = "решение пользователя"
            }
            let others = w.candidates.filter { $0.id != best?.id }.prefix(3)
                .map { "\(wording($0.id)) [\($0.id), \(ValueFormatting.number($0.score))]" }.joined(separator: "; ")
            try put(
                [
                    .text(w.wording), .text(best.map { wording($0.id) } ?? ""), .text(w.status.russian), .text(how),
                    best.map { .number($0.score) } ?? .blank, .number(Double(w.forms)), .number(Double(w.values))
                ]
                    + place(w.example) + [.text(others)])
        }
        let used = dataset.resolved.values.sorted { ($0.criterion, $0.key) < ($1.criterion, $1.key) }
        var seen = Set<String>()
        for u in used where seen.insert(u.key).inserted {
            try put(
                [
                    .text(u.wording), .text(wording(u.criterion)), .text("принято"), .text(how(u.match)),
                    .number(u.score), .number(Double(u.count)), .blank
                ] + place(u.source) + [.text("")])
        }

        let criteria = try writeCriteria(list, styles: styles)
        try layOutWordings(ws, criteria: criteria.count, rows: r)

        if let forms { try writeForms(forms, styles: styles) }

        let lines = instructions(forms: forms != nil)
        try InstructionSheet.write(help, lines: lines, heading: styles.textBold, text: styles.text)
        try wb.save()
    }

    /// The sheet «Сопоставление» once its `rows` are written: the drop-downs of criteria and statuses (500 rows more
    /// for the user's own), widths, frozen header, printing and the filter.
    func layOutWordings(_ ws: Worksheet, criteria: Int, rows r: Int) throws {
        let last = max(r - 1, 1) + 500
        try ws.addValidation(
            DataValidation(
                .listFrom("=Критерии!$B$2:$B$\(criteria + 1)"),
                inputMessage: "Критерий из списка (лист «Критерии») или его идентификатор",
                errorTitle: "Критерий", errorMessage: "Выберите критерий из списка или впишите его идентификатор"),
            range: CellRange(rows: 1...last, columns: 1...1))
        try ws.addValidation(
            DataValidation(
                .list(["принято", "проверьте", "не сопоставлено", "не учитывать"]),
                inputMessage: "«принято» — использовать; «не учитывать» — это не критерий"),
            range: CellRange(rows: 1...last, columns: 2...2))
        try ws.setColumns(0...0, width: 70)
        try ws.setColumns(1...1, width: 60)
        try ws.setColumns(2...3, width: 18)
        try ws.setColumns(4...6, width: 9)
        try ws.setColumns(7...7, width: 30)
        try ws.setColumns(10...10, width: 60)
        ws.freezePanes(row: 1, column: 1)
        try Self.printList(ws)
        try ws.autofilter(CellRange(rows: 0...max(1, r - 1), columns: 0...(MappingWorkbook.columns.count - 1)))
    }

    /// The sheet «Критерии»: the criteria of the year, for the drop-down (wording) and for reference (id,
    /// direction); the criteria listed.
    func writeCriteria(_ list: Worksheet, styles: ReportStyles) throws -> [Criterion] {
        try list.write(
            row: 0, ["Идентификатор", "Критерий", "Направление", "Формулировка в форме организации"].map { .text($0) },
            style: styles.header)
        let criteria = catalogue.criteria(in: year).filter {
            $0.aggregation != .none || $0.unit == .text || $0.unit == .list
        }
        for (i, c) in criteria.enumerated() {
            try list.write(
                row: i + 1,
                [
                    .text(c.id), .text(c.wording(for: year)), .number(Double(c.direction)),
                    .text(c.formWording ?? "")
                ], style: styles.text)
        }
        try list.setColumns(0...0, width: 30)
        try list.setColumns(1...1, width: 90)
        try list.setColumns(3...3, width: 60)
        try Self.printList(list)
        return criteria
    }

    /// The sheet «Инструкция»: how to decide, and the sheet «Формы» when there is one.
    func instructions(forms: Bool) -> [String] {
        return
            [
                "Как пользоваться файлом сопоставления",
                "1. На листе «Сопоставление» — каждая формулировка, встреченная в формах, один раз.",
                "2. «проверьте»: программа предполагает критерий из столбца «Критерий», но не уверена, и значения НЕ учтены. Проверьте критерий (выберите другой из списка, если нужно) и поставьте «принято».",
                "3. «не сопоставлено»: выберите критерий из списка (или впишите его идентификатор с листа «Критерии») и поставьте «принято»; если это не критерий мониторинга — поставьте «не учитывать».",
                "4. «принято»: значения этой формулировки учитываются для выбранного критерия во всех формах. Можно исправить и то, что программа сопоставила сама.",
                "5. Сохраните файл как .xlsx и передайте его: mentoring check ФОРМЫ --mapping этот_файл.xlsx, затем mentoring consolidate ФОРМЫ --mapping этот_файл.xlsx -o свод.xlsx.",
                "Решения привязаны к формулировке (без учёта регистра, кавычек, пробелов и нумерации), а не к файлу: новые формы с той же формулировкой будут прочитаны так же.",
                "Лист «Столбцы значений» (если есть): в этих формах числа стоят в нескольких столбцах («План», «Факт», «2023», «2024»…), и программа не знает, какой из них — значения отчётного года; значения таких форм НЕ учтены. Выберите столбец в «Столбец значений» и поставьте «принято» — решение действует для всех форм с такими же столбцами."
            ]
            + (!forms
                ? []
                : [
                    "Лист «\(MappingSheets.forms)» (если есть) — формы организаций, в которых не найдено наименование организации. «\(MappingSheets.formStatuses.ask)»: значения формы НЕ учтены — впишите в столбец «Организация» её наименование (как в реестре или в других формах). «\(MappingSheets.formStatuses.guessed)»: организация взята из имени файла или листа и значения учтены — если она верна, поставьте «\(MappingSheets.formStatuses.decided)», если нет — впишите верную и поставьте «\(MappingSheets.formStatuses.decided)»."
                ])
    }

    /// The sheet «Формы»: one row per sheet whose organisation the tool did not find (asked) or took from a name
    /// (to check), for the user to name.
    func writeForms(_ ws: Worksheet, styles: ReportStyles) throws {
        try ws.write(row: 0, MappingSheets.formColumns.map { .text($0) }, style: styles.header)
        let line = MappingWorkbook.line
        let ordered = dataset.unnamedForms.filter { $0.guess == nil } + dataset.unnamedForms.filter { $0.guess != nil }
        for (i, f) in ordered.enumerated() {
            let status = f.guess == nil ? MappingSheets.formStatuses.ask : MappingSheets.formStatuses.guessed
            let how =
                f.guess == nil
                ? "не найдено в форме — значения не учтены" : "из имени файла или листа — значения учтены"
            try ws.write(
                row: i + 1,
                [
                    .text(f.file), .text(f.sheet), .text(f.guess ?? ""), .text(status), .text(how),
                    .number(Double(f.values)), f.year.map { .number(Double($0)) } ?? .blank
                ], style: line)
        }
        try ws.addValidation(
            DataValidation(
                .list([
                    MappingSheets.formStatuses.decided, MappingSheets.formStatuses.guessed,
                    MappingSheets.formStatuses.ask
                ]
                ),
                inputMessage: "«\(MappingSheets.formStatuses.decided)» — форма этой организации"),
            range: CellRange(rows: 1...(ordered.count + 200), columns: 3...3))
        for (column, width) in [50, 20, 60, 30, 30].enumerated() {
            try ws.setColumns(column...column, width: Double(width))
        }
        ws.freezePanes(row: 1, column: 0)
        try Self.printList(ws)
    }
}
