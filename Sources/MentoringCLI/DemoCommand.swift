import ArgumentParser
import XLSXWriter

/// Writes a demonstration workbook with the writer layer: a contents sheet with the heat-map legend,
/// an excerpt of Table 38 of the Izhevsk 2024 report, a chart and a hidden data sheet.
/// Temporary: `consolidate` replaces it once the consolidation exists.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Демонстрационная книга (проверка слоя записи XLSX).")

    @Option(name: .shortAndLong, help: ArgumentHelp("Куда записать книгу.", valueName: "КНИГА.xlsx"))
    var output: String = "out/demo.xlsx"

    /// (direction, criterion, 2023, 2024, dynamics): rows of Table 38 of the reference report.
    static let rows: [(String, String, Double, Double, String)] = [
        (
            "2. Организация процесса реализации Целевой модели наставничества",
            "Количество наставников ОО (по приказу)", 1068, 1354, "Положительная"
        ),
        ("", "Количество наставляемых ОО (по приказу)", 3616, 4740, "Положительная"),
        ("", "Общее количество кураторов по внедрению Целевой модели наставничества", 102, 96, "Отрицательная"),
        (
            "5. Включенность обучающихся в возрасте от 10 до 19 лет в программы наставничества в роли наставляемого",
            "Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого",
            0.0735, 0.0728, "Отрицательная"
        ),
        ("", "Количество наставников из иных организаций", 27, 27, "Стагнация")
    ]
    static let palette: [(String, String, String)] = [
        ("Положительная", "C6EFCE", "006100"), ("Отрицательная", "FFC7CE", "9C0006"),
        ("Стагнация", "FFEB9C", "9C5700"), ("Замер не производился", "D9D9D9", "3F3F3F"),
        ("Условно положительная", "E2EFDA", "375623")
    ]

    func run() throws {
        let wb = try Workbook(path: output)
        wb.properties = DocumentProperties(title: "Демонстрация слоя записи", author: "mentoring")
        let header = CellStyle(
            bold: true, wrap: true, horizontal: .center, vertical: .center, border: .thin,
            fill: RGBColor(hex: "DDEBF7"))
        let text = CellStyle(wrap: true, vertical: .top, border: .thin)
        var fills: [String: CellStyle] = [:]
        for (name, fill, font) in Self.palette {
            fills[name] = CellStyle(fontColor: RGBColor(hex: font), border: .thin, fill: RGBColor(hex: fill))
        }

        let contents = try wb.addWorksheet("Содержание")
        let table = try wb.addWorksheet("Таблица 38")
        let data = try wb.addWorksheet("Данные")
        data.hide()

        try contents.write("Содержание", row: 0, column: 0, style: CellStyle(fontSize: 14, bold: true))
        try contents.writeInternalLink(
            toSheet: table.name, text: "Таблица 38. «Тепловая карта» (фрагмент)",
            row: 1, column: 0)
        try contents.write("Легенда тепловой карты", row: 3, column: 0, style: CellStyle(bold: true))
        for (i, (name, _, _)) in Self.palette.enumerated() {
            try contents.write(.text(name), row: 4 + i, column: 0, style: fills[name])
        }
        try contents.setColumns(0...0, width: 50)

        try table.merge(
            CellRange(rows: 0...0, columns: 0...4),
            value: "Таблица 38. «Тепловая карта» динамики значений муниципальных критериев (фрагмент)",
            style: CellStyle(bold: true, wrap: true))
        try table.setRow(0, height: 32)
        try table.write(
            row: 1, ["Показатель", "Наименование критерия", "2023 г.", "2024 г.", "Динамика"], style: header)
        var r = 2
        var groupStart = 2
        for (i, row) in Self.rows.enumerated() {
            let isShare = row.2 < 1
            let number = CellStyle(border: .thin, numberFormat: isShare ? "0.00%" : "# ##0")
            try table.write(.text(row.1), row: r, column: 1, style: text)
            try table.write(.number(row.2), row: r, column: 2, style: number)
            try table.write(.number(row.3), row: r, column: 3, style: number)
            try table.write(.text(row.4), row: r, column: 4, style: fills[row.4])
            let next = i + 1 < Self.rows.count ? Self.rows[i + 1].0 : "end"
            if !next.isEmpty {
                let direction = Self.rows[groupStart - 2].0
                if r > groupStart {
                    try table.merge(
                        CellRange(rows: groupStart...r, columns: 0...0), value: .text(direction), style: text)
                } else {
                    try table.write(.text(direction), row: r, column: 0, style: text)
                }
                groupStart = r + 1
            }
            r += 1
        }
        try table.setColumns(0...0, width: 30)
        try table.setColumns(1...1, width: 60)
        try table.setColumns(2...4, width: 14)
        table.freezePanes(row: 2)
        try table.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: 1...1))

        try table.write(row: r + 1, column: 0, ["Категория динамики", "Число критериев"], style: header)
        for (i, (name, _, _)) in Self.palette.enumerated() {
            let n = Self.rows.filter { $0.4 == name }.count
            try table.write(.text(name), row: r + 2 + i, column: 0, style: fills[name])
            try table.write(.number(Double(n)), row: r + 2 + i, column: 1, style: CellStyle(border: .thin))
        }
        let chart = try wb.addChart(.column)
        chart.setTitle("Диаграмма 2. Динамика значений муниципальных критериев")
        chart.addSeries(
            name: "Число критериев",
            categories: SheetRange(sheet: table.name, range: CellRange(rows: (r + 2)...(r + 6), columns: 0...0)),
            values: SheetRange(sheet: table.name, range: CellRange(rows: (r + 2)...(r + 6), columns: 1...1)),
            pointColors: Self.palette.compactMap { RGBColor(hex: $0.1) }, dataLabels: true)
        chart.setLegend(.none)
        try table.insertChart(chart, row: r + 1, column: 2)

        try data.write(row: 0, ["criterion", "year", "value"])
        for (i, row) in Self.rows.enumerated() {
            try data.write(row: 1 + 2 * i, [.text(row.1), 2023, .number(row.2)])
            try data.write(row: 2 + 2 * i, [.text(row.1), 2024, .number(row.3)])
        }
        try wb.save()
        print("Записана демонстрационная книга \(output): листы «Содержание», «Таблица 38», скрытый «Данные».")
    }
}
