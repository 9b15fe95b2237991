import Catalogue
import Dataset
import Normaliser
import XLSXWriter

/// A table with a row per organisation (or per municipality, with `MunicipalityRows`): the columns of the
/// table's spec, values in their units, links as links, an autofilter and, with the `total` option, the sum
/// of the first column.
struct RowTableRenderer: TableRenderer {
    let rows: RowSource

    func render(_ ws: Worksheet, _ spec: TableSpec, _ ctx: ReportContext, _ wb: Workbook) throws {
        let cols = spec.columns, styles = ctx.styles, catalogue = ctx.catalogue
        try ws.write(
            row: 2,
            [.text("№ п/п"), .text(rows.nameHeader)]
                + cols.map { .text($0.header ?? catalogue.criterion($0.criterion)!.wording(for: ctx.year)) },
            style: styles.header)
        let units = cols.map { catalogue.criterion($0.criterion)!.unit }
        let list = rows.rows(spec, ctx)
        // The filter is set while the header row is the current one (the sheet is streamed).
        try ws.autofilter(CellRange(rows: 2...(2 + max(1, list.count)), columns: 0...(1 + cols.count)))
        var r = 3
        var total = 0.0
        for (i, row) in list.enumerated() {
            try ws.write(.number(Double(i + 1)), row: r, column: 0, style: styles.count)
            try ws.write(.text(row.name), row: r, column: 1, style: styles.text)
            for (k, col) in cols.enumerated() {
                let cell = row.cells[k]
                if col.isLink {
                    try writeLink(ws, cell?.link, row: r, column: 2 + k, styles: styles)
                    continue
                }
                switch cell?.value {
                case .number(let n)?:
                    try ws.write(.number(n), row: r, column: 2 + k, style: styles.number(units[k], n))
                    if k == 0 { total += n }
                case .list(let items)?:
                    try ws.write(
                        .text(items.enumerated().map { "\($0 + 1)) \($1)" }.joined(separator: "\n")), row: r,
                        column: 2 + k, style: styles.text)
                case .text(let s)?, .note(let s)?: try ws.write(.text(s), row: r, column: 2 + k, style: styles.text)
                case nil: try ws.write("", row: r, column: 2 + k, style: styles.text)
                }
            }
            r += 1
        }
        if list.isEmpty { try ws.write("нет данных", row: r, column: 1, style: styles.text); r += 1 }
        if spec.options.contains("total") {
            try ws.write("Итого", row: r, column: 1, style: styles.textBold)
            try ws.write(.number(total), row: r, column: 2, style: styles.countBold)
        }
        ws.freezePanes(row: 3)
    }

    func widths(_ spec: TableSpec, _ ctx: ReportContext) -> [Double]? {
        [7, 50] + spec.columns.map { $0.isLink ? LinkText.columnWidth : 30 }
    }

    private func writeLink(_ ws: Worksheet, _ link: String?, row: Int, column: Int, styles: ReportStyles) throws {
        guard let link else { return try ws.write("Ссылка отсутствует", row: row, column: column, style: styles.text) }
        if link.hasPrefix("http"), link.utf8.count < 2000, !link.utf8.contains(32) {
            try ws.writeLink(url: link, text: LinkText.short(link), row: row, column: column, style: styles.link)
        } else {
            try ws.write(.text(link), row: row, column: column, style: styles.text)
        }
    }
}
