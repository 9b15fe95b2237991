import Dataset
import XLSXWriter

/// The «Содержание» sheet: a link to every table with its title, the findings sheet, and the heat-map legend.
struct ContentsSheet {
    let ctx: ReportContext

    /// `extra`: sheets after the tables (targets, conclusions) with what they hold.
    func write(
        _ ws: Worksheet, sheets: [(TableSpec, Worksheet)], findings: Worksheet, register: RegisterCoverage?,
        extra: [(Worksheet, String)] = []
    ) throws {
        let styles = ctx.styles, year = ctx.year, catalogue = ctx.catalogue
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: 2...2))
        try ws.merge(
            CellRange(rows: 0...0, columns: 0...1),
            value: .text(
                TableSpec.withMunicipality(
                    "Мониторинг реализации целевой модели наставничества за \(year) год",
                    ctx.dataset.municipality) + ": сводные таблицы"), style: styles.title)
        try ws.setRow(0, height: 24)
        try ws.write(row: 2, ["Лист", "Таблица"], style: styles.header)
        var r = 3
        for (spec, sheet) in sheets {
            let title = spec.title(year: year, catalogue: catalogue)
            try ws.writeInternalLink(toSheet: sheet.name, text: sheet.name, row: r, column: 0, style: styles.link)
            try ws.write(.text(title), row: r, column: 1, style: styles.text)
            r += 1
        }
        if let c = register { try NotReportedSheet.contentsLine(ws, row: r, coverage: c, styles: styles); r += 1 }
        for (sheet, text) in extra {
            try ws.writeInternalLink(toSheet: sheet.name, text: sheet.name, row: r, column: 0, style: styles.link)
            try ws.write(.text(text), row: r, column: 1, style: styles.text)
            r += 1
        }
        try ws.writeInternalLink(toSheet: findings.name, text: findings.name, row: r, column: 0, style: styles.link)
        try ws.write(
            "Замечания к данным: по организациям, затем подробно — файл, лист, ячейка, что не так и что сделать",
            row: r, column: 1, style: styles.text)
        r += 2
        try ws.write("Легенда тепловой карты", row: r, column: 0, style: CellStyle(bold: true))
        r += 1
        for p in catalogue.palette {
            try ws.write(.text(p.name), row: r, column: 0, style: styles.dynamics[p.category])
            try ws.write(.text(p.legend), row: r, column: 1, style: styles.text)
            r += 1
        }
        try ws.setColumns(0...0, width: 24)
        try ws.setColumns(1...1, width: 110)
        ws.freezePanes(row: 3)
    }
}
