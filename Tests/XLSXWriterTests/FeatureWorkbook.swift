import Foundation
import XLSXWriter

/// Writes a workbook that uses every feature of the writing layer, and the expectations an independent
/// reader (Tests/Interop/check_writer.py, openpyxl) checks it against.
enum FeatureWorkbook {
    static let green = CellStyle(fontColor: RGBColor(hex: "006100"), fill: RGBColor(hex: "C6EFCE"))
    static let red = CellStyle(fontColor: RGBColor(hex: "9C0006"), fill: RGBColor(hex: "FFC7CE"))
    static let header = CellStyle(
        fontName: "Arial", fontSize: 11, bold: true, wrap: true, horizontal: .center,
        vertical: .center, border: .thin, fill: RGBColor(hex: "D9D9D9"))
    static let percent = CellStyle(border: .thin, numberFormat: "0.00%")
    static let thousands = CellStyle(numberFormat: "# ##0")

    @discardableResult
    static func write(to path: String, creationTime: Date? = nil) throws -> [String: Any] {
        let wb = try Workbook(path: path, options: WorkbookOptions(creationTime: creationTime))
        wb.properties = DocumentProperties(
            title: "Мониторинг ЦМН", subject: "Проверка слоя записи",
            author: "Методист", company: "ИМЦ «Альтернатива»",
            comments: "Создано тестом")
        let contents = try wb.addWorksheet("Содержание")
        let t38 = try wb.addWorksheet("Таблица 38")
        let bad = try wb.addWorksheet("Итоги: [2024]/*?")  // sanitised
        let dup = try wb.addWorksheet("таблица 38")  // made unique
        let data = try wb.addWorksheet("Данные")
        data.hide()

        try contents.write("Содержание", row: 0, column: 0, style: header)
        try contents.writeInternalLink(toSheet: t38.name, text: "Таблица 38. Тепловая карта", row: 1, column: 0)
        try contents.writeLink(
            url: "https://alt.izh.one/quality/download/779", text: "Письмо МОиН УР",
            row: 2, column: 0)
        try contents.write(.bool(true), row: 3, column: 0)
        try contents.write(.formula("=1+2", cached: 3), row: 4, column: 0)
        try contents.setColumns(0...0, width: 40)

        try t38.write(row: 0, ["Показатель", "Наименование критерия", "2023 г.", "2024 г.", "Динамика"], style: header)
        try t38.setRow(0, height: 30)
        try t38.merge(CellRange("A2:A3")!, value: "1. Нормативное обеспечение", style: header)
        try t38.write(row: 1, column: 1, ["Количество наставников ОО (по приказу)", 1068, 1354])
        try t38.write("Положительная", row: 1, column: 4, style: green)
        try t38.write(row: 2, column: 1, ["Доля обучающихся 10–19 лет"])
        try t38.write(0.0735, row: 2, column: 2, style: percent)
        try t38.write(0.0728, row: 2, column: 3, style: percent)
        try t38.write("Отрицательная", row: 2, column: 4, style: red)
        try t38.write(57814, row: 3, column: 3, style: thousands)
        try t38.write("курсив", row: 3, column: 1, style: CellStyle(italic: true))
        try t38.setColumns(1...1, width: 60, style: CellStyle(wrap: true))
        try t38.setColumns(5...5, width: 12, hidden: true)
        t38.freezePanes(row: 1, column: 2)
        try t38.autofilter(CellRange("A1:E3")!)
        try t38.addValidation(
            DataValidation(.list(["Да", "Нет"]), inputMessage: "Выберите Да или Нет"),
            range: CellRange("G2:G10")!)
        try t38.addValidation(DataValidation(.wholeNumber(min: 0, max: 100_000)), range: CellRange("H2:H10")!)
        try t38.addConditionalFormat(
            .textEquals("Стагнация", style: CellStyle(fill: RGBColor(hex: "FFEB9C"))),
            range: CellRange("E2:E40")!)
        try t38.addConditionalFormat(
            .colorScale3(
                min: RGBColor(hex: "F8696B")!, mid: RGBColor(hex: "FFEB84")!,
                max: RGBColor(hex: "63BE7B")!), range: CellRange("C2:D3")!)
        try t38.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: 0...0))

        try bad.write(row: 0, ["Категория", "Число критериев"])
        let categories = ["Положительная", "Отрицательная", "Стагнация"]
        for (i, c) in categories.enumerated() {
            try bad.write(row: i + 1, [.text(c), .number(Double([30, 20, 8][i]))])
        }
        let cats = SheetRange(sheet: bad.name, range: CellRange("A2:A4")!)
        let vals = SheetRange(sheet: bad.name, range: CellRange("B2:B4")!)
        var charts: [String] = []
        for (kind, title) in [
            (ChartKind.column, "Диаграмма 1. Динамика"), (.bar, "Диаграмма 2. Динамика"),
            (.pie, "Диаграмма 3. Доли")
        ] {
            let chart = try wb.addChart(kind)
            chart.addSeries(
                name: "Критерии", categories: cats, values: vals,
                pointColors: [RGBColor(hex: "C6EFCE")!, RGBColor(hex: "FFC7CE")!, RGBColor(hex: "FFEB9C")!],
                dataLabels: true)
            chart.setTitle(title)
            chart.setAxisTitles(x: "Категория", y: "Количество")
            chart.setLegend(.bottom)
            try bad.insertChart(chart, row: 6, column: charts.count * 8)
            charts.append(title)
        }
        try dup.write("копия", row: 0, column: 0)
        try data.write(row: 0, ["criterion", "year", "value"])
        try data.write(row: 1, ["mentors_total", 2024, 1354])
        try wb.save()

        return [
            "sheets": ["Содержание", "Таблица 38", "Итоги_ _2024____", "таблица 38 (2)", "Данные"],
            "hidden": ["Данные"],
            "values": [
                ["Содержание", "A1", "Содержание"], ["Содержание", "A4", true],
                ["Таблица 38", "A2", "1. Нормативное обеспечение"], ["Таблица 38", "C2", 1068],
                ["Таблица 38", "D2", 1354], ["Таблица 38", "C3", 0.0735], ["Таблица 38", "E3", "Отрицательная"],
                ["Итоги_ _2024____", "A2", "Положительная"], ["Итоги_ _2024____", "B3", 20],
                ["Данные", "A2", "mentors_total"]
            ],
            "formulas": [["Содержание", "A5", "=1+2"]],
            "fills": [["Таблица 38", "E2", "C6EFCE"], ["Таблица 38", "E3", "FFC7CE"], ["Таблица 38", "A1", "D9D9D9"]],
            "font_colors": [["Таблица 38", "E2", "006100"]],
            "bold": [["Таблица 38", "A1"]],
            "italic": [["Таблица 38", "B4"]],
            "number_formats": [["Таблица 38", "C3", "0.00%"], ["Таблица 38", "D4", "# ##0"]],
            "merges": [["Таблица 38", "A2:A3"]],
            "hyperlinks": [
                ["Содержание", "A3", "https://alt.izh.one/quality/download/779", ""],
                ["Содержание", "A2", "", "'Таблица 38'!A1"]
            ],
            "validations": [["Таблица 38", "G2:G10", "list", "\"Да,Нет\""], ["Таблица 38", "H2:H10", "whole", "0"]],
            "conditional": [["Таблица 38", "E2:E40", "cellIs"], ["Таблица 38", "C2:D3", "colorScale"]],
            "column_widths": [["Таблица 38", "B", 60], ["Содержание", "A", 40]],
            "hidden_columns": [["Таблица 38", "F"]],
            "freeze": [["Таблица 38", "C2"]],
            "autofilter": [["Таблица 38", "A1:E3"]],
            "print": [["Таблица 38", "landscape", 1, "$1:$1"]],
            "charts": charts,
            "properties": ["title": "Мониторинг ЦМН", "creator": "Методист"]
        ]
    }
}
