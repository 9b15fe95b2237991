import Dataset
import XLSXWriter

/// The sheet «Не представили форму»: the organisations of the register (`--organisations`) that sent no form for
/// the year, in the register's order: № | Полное наименование | Тип | Муниципальное образование. Written only when
/// a register was given.
package enum NotReportedSheet {
    package static let name = "Не представили форму"

    static func title(year: Int, municipality: String?) -> String {
        TableSpec.withMunicipality(
            "Организации реестра, не представившие форму мониторинга за \(year) год", municipality)
    }

    static func write(
        _ ws: Worksheet, coverage: RegisterCoverage, year: Int, municipality: String?, styles: ReportStyles
    ) throws {
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: 2...2))
        // The widths first: the sheet is streamed, its rows measured as they are written (see `RowHeights`).
        for (i, w) in [6.0, 80, 12, 30].enumerated() { try ws.setColumns(i...i, width: w) }
        try ws.merge(
            CellRange(rows: 0...0, columns: 0...3), value: .text(title(year: year, municipality: municipality)),
            style: styles.title)
        try ws.setRow(0, height: 36)
        try ws.write(
            .text("Не представили форму: \(coverage.notReported.count) из \(coverage.listed) организаций реестра"),
            row: 1, column: 0)
        try ws.write(row: 2, ["№", "Полное наименование", "Тип", "Муниципальное образование"], style: styles.header)
        var r = 3
        for (i, e) in coverage.notReported.enumerated() {
            try ws.write(.number(Double(i + 1)), row: r, column: 0, style: styles.count)
            try ws.write(
                row: r, column: 1, [.text(e.name), .text(e.type.russian), .text(e.municipality ?? "")],
                style: styles.text)
            r += 1
        }
        if coverage.notReported.isEmpty {
            try ws.write("все организации реестра представили форму", row: r, column: 1, style: styles.text)
        }
        ws.freezePanes(row: 3)
    }

    /// The line of the contents sheet that links here.
    static func contentsLine(_ ws: Worksheet, row: Int, coverage: RegisterCoverage, styles: ReportStyles) throws {
        try ws.writeInternalLink(toSheet: name, text: name, row: row, column: 0, style: styles.link)
        try ws.write(
            .text("Организации реестра без формы: \(coverage.notReported.count) из \(coverage.listed)"),
            row: row, column: 1, style: styles.text)
    }
}
