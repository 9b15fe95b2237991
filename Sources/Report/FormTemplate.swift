import Catalogue
import Foundation
import XLSXWriter

/// The blank form of one organisation (layout A) for a year, from the catalogue: the criteria as an
/// organisation's form asks them (`Criterion.formWording(for:)`), directions merged, validated value cells
/// (Да/Нет, whole numbers ≥ 0, levels 0–100), link cells, locked labels and an instructions sheet. Filled in by
/// a school, it reads back through `mentoring check` with every row mapped.
package struct FormTemplate {
    package let catalogue: Catalogue
    package let year: Int

    package init(catalogue: Catalogue, year: Int) {
        self.catalogue = catalogue
        self.year = year
    }

    /// The criteria an organisation fills in `year`, in the order of the heat map.
    package var criteria: [Criterion] {
        let ordered = catalogue.heatmapOrder(year: year).filter {
            $0.level == .org && $0.aggregation != .forms && $0.aggregation != .sumOf
        }
        let position = Dictionary(ordered.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ordered.sorted { ($0.direction, position[$0.id]!) < ($1.direction, position[$1.id]!) }
    }

    /// Whether a form wording asks for a yes/no answer: «Наличие приказа …».
    static func asksYesNo(_ wording: String) -> Bool {
        wording.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("наличие")
    }

    /// What the value cell of criterion `c` accepts: «Да»/«Нет», a whole count, a level 0–100, a share 0–100 %.
    static func validation(_ c: Criterion, wording: String) -> DataValidation? {
        switch c.unit {
        case _ where c.unit == .yesno || Self.asksYesNo(wording):
            return DataValidation(.list(["Да", "Нет"]), inputMessage: "Да или Нет")
        case .count:
            return DataValidation(
                .wholeNumber(min: 0, max: 10_000_000), inputMessage: "Целое число не меньше 0",
                errorMessage: "Нужно целое число не меньше 0")
        case .level:
            return DataValidation(
                .decimal(min: 0, max: 100), inputMessage: "Уровень в процентах, от 0 до 100",
                errorMessage: "Нужен уровень от 0 до 100")
        case .share:
            return DataValidation(
                .decimal(min: 0, max: 1), inputMessage: "Доля в процентах, например 7,28%",
                errorMessage: "Доля — от 0% до 100%")
        case .yesno, .text, .list: return nil
        }
    }

    package func write(to path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        let wb = try Workbook(path: path, options: options.printable(catalogue.directory))
        wb.properties = DocumentProperties(title: "Форма мониторинга ЦМН за \(year) год", author: "mentoring")
        let styles = ReportStyles(catalogue: catalogue)
        let input = CellStyle(wrap: true, vertical: .top, border: .thin, fill: RGBColor(hex: "FFF2CC"), locked: false)
        let inputPercent = input.with { $0.numberFormat = "0.00%" }
        let ws = try wb.addWorksheet("Форма")
        let help = try wb.addWorksheet("Инструкция")

        try ws.merge(
            CellRange(rows: 0...0, columns: 0...5),
            value: .text(
                "Мониторинг реализации целевой модели наставничества педагогических работников и обучающихся за \(year) год"
            ),
            style: styles.title)
        try ws.setRow(0, height: 32)
        try ws.write("Образовательная организация", row: 2, column: 1, style: styles.textBold)
        try ws.write("", row: 2, column: 2, style: input)
        try ws.write("Тип ОО", row: 3, column: 1, style: styles.textBold)
        try ws.write("", row: 3, column: 2, style: input)
        try ws.addValidation(
            DataValidation(
                .list(["общеобразовательная организация", "организация дополнительного образования"]),
                inputMessage: "Выберите тип организации"), range: CellRange(rows: 3...3, columns: 2...2))
        try ws.write("Отчетный год", row: 4, column: 1, style: styles.textBold)
        // A number shown as «2024», not with the thousands separator of counts («2 024»).
        try ws.write(
            .number(Double(year)), row: 4, column: 2,
            style: styles.count.with {
                $0.numberFormat = "0"; $0.horizontal = .left
            })

        let header = 6
        try ws.write(
            row: header, ["№", "Показатель", "Критерий", "Значение", "Ссылка", "Примечание"], style: styles.header)
        var r = header + 1, groupStart = r
        let list = criteria
        for (i, c) in list.enumerated() {
            let wording = c.formWording(for: year)
            try ws.write(.number(Double(i + 1)), row: r, column: 0, style: styles.count)
            try ws.write(.text(wording), row: r, column: 2, style: styles.text)
            let isShare = c.unit == .share
            try ws.write(.blank, row: r, column: 3, style: isShare ? inputPercent : input)
            try ws.write(.blank, row: r, column: 4, style: input)
            try ws.write(.blank, row: r, column: 5, style: input)
            let cell = CellRange(rows: r...r, columns: 3...3)
            if let v = Self.validation(c, wording: wording) { try ws.addValidation(v, range: cell) }
            if i + 1 == list.count || list[i + 1].direction != c.direction {
                let name = "\(c.direction). " + (catalogue.direction(c.direction)?.name ?? "")
                try GroupLabel.write(ws, name, rows: groupStart...r, column: 1, style: styles.textBold)
                groupStart = r + 1
            }
            r += 1
        }
        for (col, width) in [(0, 6.0), (1, 30.0), (2, 62.0), (3, 16.0), (4, 40.0), (5, 30.0)] {
            try ws.setColumns(col...col, width: width)
        }
        ws.freezePanes(row: header + 1)
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: header...header))
        ws.protect()

        let text = [
            "Как заполнить форму мониторинга целевой модели наставничества",
            "1. Укажите полное наименование организации и выберите её тип; отчётный год уже указан.",
            "2. В столбце «Значение» укажите значение каждого критерия: число, «Да»/«Нет», долю в процентах (7,28%) или уровень (0–100).",
            "3. Если значения нет, оставьте ячейку пустой — это не то же самое, что 0.",
            "4. В столбце «Ссылка» дайте ссылку на документ, подтверждающий значение: на сам файл (pdf, docx) на сайте организации или в облаке, а не на главную страницу или раздел сайта.",
            "5. Списки (например, организации-партнёры) пишите через «;» или каждый с новой строки.",
            "6. Подписи и формулировки критериев защищены от изменения; заполняйте только жёлтые ячейки.",
            "Проверить заполненную форму: mentoring check ФОРМА.xlsx"
        ]
        try InstructionSheet.write(help, lines: text, heading: styles.title)
        ws.activate()
        try wb.save()
    }
}
