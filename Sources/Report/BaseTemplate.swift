import Dataset
import Foundation
import XLSXWriter

/// The blank bases of mentors and mentees (`mentoring template --bases`): one sheet each, the columns of seed 002's two
/// forms as Templates/base_columns.tsv numbers them (with the mentor's year of birth, which the check of mentors aged
/// 15–19 needs), the organisation and the year above the table, yellow input cells with validation — years of birth
/// between 1930 and the year, dates of the programmes, the form of mentoring from a drop-down of the forms of
/// Templates/mentoring_forms.tsv — and an «Инструкция» sheet. Filled in, a base reads back through `check` and
/// `consolidate` as the base of its organisation. The sheets are not protected: bases are often pasted from lists.
package struct BaseTemplate {
    package let rules: BaseRules
    /// The year of the monitoring (written above the tables; the upper bound of years of birth).
    package let year: Int
    /// Rows prepared for input on each sheet.
    package let rows: Int
    /// The earliest year of birth the validation allows.
    package static let earliestBirthYear = 1930
    /// The earliest date of a programme the validation allows (1 January of this year; the target model of mentoring
    /// dates from 2019–2020).
    package static let earliestDate = (2015, 1, 1)

    package static let sheetNames: [BaseKind: String] = [.mentors: "База наставников", .mentees: "База наставляемых"]

    package init(rules: BaseRules, year: Int, rows: Int = 300) {
        self.rules = rules
        self.year = year
        self.rows = rows
    }

    /// What a column's cells accept, by its role: a date, a birth year, a form of mentoring from the list, a row
    /// number; nil for free text.
    func validation(_ role: BaseColumn) -> DataValidation? {
        switch role {
        case .start, .end:
            return DataValidation(
                .date(min: Self.earliestDate, max: (year + 5, 12, 31)),
                inputMessage: "Дата, например 01.09.\(year)",
                errorMessage: "Нужна дата с 01.01.\(Self.earliestDate.0) по 31.12.\(year + 5)")
        case .birthYear, .mentorBirthYear, .menteeBirthYear:
            return DataValidation(
                .wholeNumber(min: Self.earliestBirthYear, max: year),
                inputMessage: "Год рождения: четыре цифры, например 2010",
                errorMessage: "Год рождения — от \(Self.earliestBirthYear) до \(year)")
        case .form:
            return DataValidation(
                .list(rules.formChoices), inputMessage: "Выберите форму наставничества",
                errorMessage: "Форма наставничества — из списка")
        case .number:
            return DataValidation(.wholeNumber(min: 1, max: 1_000_000), inputMessage: "Номер строки")
        default:
            return nil
        }
    }

    package func write(to path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        let wb = try Workbook(path: path, options: options.printable(nil))
        wb.properties = DocumentProperties(title: "Базы наставников и наставляемых за \(year) год", author: "mentoring")
        let title = CellStyle(fontSize: 12, bold: true, wrap: true, vertical: .center)
        let bold = CellStyle(bold: true, wrap: true, vertical: .center)
        let header = CellStyle(
            bold: true, wrap: true, horizontal: .center, vertical: .center, border: .thin, fill: RGBColor(hex: "DDEBF7")
        )
        let input = CellStyle(wrap: true, vertical: .top, border: .thin, fill: RGBColor(hex: "FFF2CC"), locked: false)
        let inputDate = input.with { $0.numberFormat = "DD.MM.YYYY" }
        let inputYear = input.with { $0.numberFormat = "0" }
        let sheets = try BaseKind.allCases.map { try wb.addWorksheet(Self.sheetNames[$0]!) }
        let help = try wb.addWorksheet("Инструкция")

        for (kind, ws) in zip(BaseKind.allCases, sheets) {
            let columns = rules.templateColumns(kind)
            let last = columns.count - 1
            try ws.merge(
                CellRange(rows: 0...0, columns: 0...min(last, 6)),
                value: .text(
                    "\(kind == .mentors ? "База наставников" : "База наставляемых") — целевая модель наставничества, \(year) год"
                ),
                style: title)
            try ws.setRow(0, height: 24)
            try ws.write("Образовательная организация", row: 2, column: 0, style: bold)
            try ws.merge(CellRange(rows: 2...2, columns: 1...3), value: .blank, style: input)
            try ws.write("Отчетный год", row: 3, column: 0, style: bold)
            try ws.write(.number(Double(year)), row: 3, column: 1, style: inputYear)
            let headerRow = 5
            try ws.write(row: headerRow, columns.map { .text($0.label) }, style: header)
            try ws.setRow(headerRow, height: 48)
            let first = headerRow + 1, lastRow = headerRow + rows
            for (c, column) in columns.enumerated() {
                let range = CellRange(rows: first...lastRow, columns: c...c)
                let dates: [BaseColumn] = [.start, .end],
                    years: [BaseColumn] = [.birthYear, .mentorBirthYear, .menteeBirthYear]
                let style = dates.contains(column.role) ? inputDate : years.contains(column.role) ? inputYear : input
                if let v = validation(column.role) { try ws.addValidation(v, range: range) }
                for r in first...lastRow { try ws.write(.blank, row: r, column: c, style: style) }
                let width: Double =
                    column.role == .number
                    ? 6
                    : column.role.isName
                        ? 32
                        : [.start, .end, .birthYear, .mentorBirthYear, .menteeBirthYear].contains(column.role) ? 14 : 26
                try ws.setColumns(c...c, width: width)
            }
            ws.freezePanes(row: first)
            try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: headerRow...headerRow))
        }

        let text = [
            "Как заполнить базы наставников и наставляемых",
            "1. Над каждой таблицей укажите полное наименование организации — так же, как в форме мониторинга; отчётный год уже указан.",
            "2. «База наставников»: строка на наставника и программу; наставляемых одной программы (группы) перечислите в одной ячейке через «;». Наставник без программы — строка без формы и дат.",
            "3. «База наставляемых»: строка на наставляемого и программу; ФИО наставника — так же, как в базе наставников.",
            "4. Год рождения — четыре цифры (с \(Self.earliestBirthYear) по \(year)); даты — в виде 01.09.\(year); форму наставничества выберите из списка.",
            "5. Программа относится к году мониторинга, если начата в этом году или раньше и не завершена раньше него; завершённой в году считается программа с датой завершения в этом году.",
            "6. Сверка с формой: разные наставники и наставляемые, наставляемые 10–19 лет и наставники 15–19 лет (год мониторинга минус год рождения), программы по формам наставничества (разные наставник, форма и дата вхождения), наставники с предприятий и из иных организаций (по месту работы), удовлетворённость — при завершённых программах.",
            "7. База содержит персональные данные (Федеральный закон № 152-ФЗ). Программа mentoring читает её только для сверки: ни ФИО, ни годы рождения, ни ответы не попадают ни в сводную книгу, ни в другие файлы и сообщения — только количества и номера строк.",
            "Проверить: mentoring check ФОРМА.xlsx БАЗЫ.xlsx; свод с базами: mentoring consolidate ФОРМЫ/ БАЗЫ/ -o СВОД.xlsx (лист «Замечания»)."
        ]
        try InstructionSheet.write(help, lines: text, heading: title)
        sheets[0].activate()
        try wb.save()
    }
}
