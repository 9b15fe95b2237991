import Catalogue
import XLSXWriter

/// The blank register of the municipality's organisations (`mentoring template --organisations`): a header row
/// with the titles `OrganisationRegisterFile` reads, yellow input cells, a drop-down for the type, ИНН kept as
/// text (leading zeros stay) and an «Инструкция» sheet. Filled in, it is `--organisations` of `check` and
/// `consolidate`. The sheet is not protected: a register is usually pasted from another list, and rows may be
/// added below the prepared ones.
package struct RegisterTemplate {
    /// The header, in the order written (the reader takes any order).
    package static let titles = [
        "Полное наименование", "Краткое наименование", "Тип", "Муниципальное образование", "ИНН"
    ]
    /// The values of the type drop-down (`OrganisationType.russian`).
    package static let types = ["школа", "ДОП"]
    /// Rows prepared for input.
    package let rows: Int

    package init(rows: Int = 300) { self.rows = rows }

    package func write(to path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        let wb = try Workbook(path: path, options: options.printable(nil))
        wb.properties = DocumentProperties(title: "Реестр образовательных организаций", author: "mentoring")
        let title = CellStyle(fontSize: 12, bold: true, wrap: true, vertical: .center)
        let header = CellStyle(
            bold: true, wrap: true, horizontal: .center, vertical: .center, border: .thin,
            fill: RGBColor(hex: "DDEBF7"))
        let input = CellStyle(wrap: true, vertical: .top, border: .thin, fill: RGBColor(hex: "FFF2CC"), locked: false)
        let inputText = input.with { $0.numberFormat = "@" }
        let ws = try wb.addWorksheet("Реестр")
        let help = try wb.addWorksheet("Инструкция")

        try ws.merge(
            CellRange(rows: 0...0, columns: 0...4),
            value: .text(
                "Реестр образовательных организаций муниципального образования (мониторинг целевой модели наставничества)"
            ),
            style: title)
        try ws.setRow(0, height: 32)
        let headerRow = 2
        try ws.write(row: headerRow, Self.titles.map { .text($0) }, style: header)
        let first = headerRow + 1, last = headerRow + rows
        for r in first...last {
            for c in 0..<Self.titles.count {
                try ws.write(.blank, row: r, column: c, style: c == 4 ? inputText : input)
            }
        }
        try ws.addValidation(
            DataValidation(
                .list(Self.types), inputMessage: "Выберите тип: школа или ДОП",
                errorMessage: "Тип — «школа» или «ДОП»"),
            range: CellRange(rows: first...last, columns: 2...2))
        for (col, width) in [(0, 70.0), (1, 40.0), (2, 10.0), (3, 30.0), (4, 16.0)] {
            try ws.setColumns(col...col, width: width)
        }
        ws.freezePanes(row: first)
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: headerRow...headerRow))

        let text = [
            "Как заполнить реестр организаций",
            "1. Одна строка — одна организация муниципального образования, которая должна представить форму мониторинга (школы и организации дополнительного образования).",
            "2. «Полное наименование» — как в уставе; так организация будет названа в сводной книге.",
            "3. «Краткое наименование» — как организация обычно подписывает форму (например, МБОУ СОШ № 5). Формы с другим написанием кавычек, пробелов, «№», «им.»/«имени» и с обрезанным наименованием узнаются сами.",
            "4. «Тип» — выберите из списка: «школа» или «ДОП» (организация дополнительного образования).",
            "5. «Муниципальное образование» — например, г. Ижевск; оно попадёт в заголовки сводной книги и на скрытый лист «Данные».",
            "6. «ИНН» — необязательно: 10 цифр; если форма указывает ИНН, организация узнаётся по нему.",
            "7. Порядок столбцов можно менять, лишние столбцы (адрес, директор) не мешают; строки над заголовком тоже.",
            "Проверить формы по реестру: mentoring check ФОРМЫ/ --organisations РЕЕСТР.xlsx",
            "Свод: mentoring consolidate ФОРМЫ/ --municipal МО.xlsx --organisations РЕЕСТР.xlsx -o СВОД.xlsx — лист «Не представили форму»."
        ]
        try InstructionSheet.write(help, lines: text, heading: title)
        ws.activate()
        try wb.save()
    }
}
