import XLSXWriter

/// The sheet «Инструкция» of the templates and the mapping file: a heading, then a paragraph per row in one wide
/// column as wide as a portrait A4 page: 68 digits of the font LibreOffice prints Calibri with (DejaVu Sans, 7 pt a
/// digit) — LibreOffice 7.4 does not shrink a single column wider than the page to fit it.
enum InstructionSheet {
    static func write(_ ws: Worksheet, lines: [String], heading: CellStyle, text: CellStyle = CellStyle(wrap: true))
        throws
    {
        try ws.setColumns(0...0, width: 68)
        try ws.setPrint(PrintSetup(landscape: false, fitToWidth: true))
        for (i, line) in lines.enumerated() {
            try ws.write(.text(line), row: i, column: 0, style: i == 0 ? heading : text)
        }
    }
}
