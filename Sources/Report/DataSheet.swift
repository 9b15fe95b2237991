import Catalogue
import Consolidation
import Normaliser
import XLSXWriter

/// The hidden «Данные» sheet: every value in machine-readable form, read back as history next year.
///
/// The sheet is written in streaming mode (one row in memory). Past Excel's 1,048,576 rows it goes on in
/// «Данные 2», «Данные 3», …, each with the header row; the reader takes them in order.
public enum DataSheet {
    /// The header row; `Normaliser` recognises a sheet that starts with it.
    public static let header = ["criterion_id", "year", "level", "organisation_key", "organisation", "type",
                                "value", "note", "raw", "link", "source"]

    /// The name of the `n`-th data sheet (1-based): «Данные», «Данные 2», …
    public static func sheetName(_ n: Int) -> String { n == 1 ? "Данные" : "Данные \(n)" }

    /// Writes every value into `first` and, when it is full, into further sheets added to `workbook`.
    /// `rowsPerSheet` counts the header row (Excel's limit by default; tests pass a small one).
    static func write(_ first: Worksheet, workbook: Workbook, consolidation: Consolidation,
                      rowsPerSheet: Int = 1_048_576) throws {
        var ws = first, sheets = 1, r = 0
        func row(_ values: [XLSXWriter.CellValue]) throws {
            if r == rowsPerSheet {
                sheets += 1
                ws = try workbook.addWorksheet(sheetName(sheets), streaming: true)
                ws.hide()
                r = 0
            }
            if r == 0 { try ws.write(row: 0, header.map { .text($0) }); r = 1 }
            // Empty texts are left as empty cells: nothing to store.
            for (c, v) in values.enumerated() where v != .text("") { try ws.write(v, row: r, column: c) }
            r += 1
        }
        for c in consolidation.catalogue.criteria {
            for y in consolidation.years {
                guard let v = consolidation.value(c.id, y) else { continue }
                try row([.text(c.id), .number(Double(y)), "municipal", "", "", "",
                         v.number.map { .number($0) } ?? .blank, .text(v.note ?? ""), "", "", .text(v.origin.rawValue)])
            }
        }
        let d = consolidation.dataset
        for o in d.observations {
            guard let key = o.organisation else { continue }
            let org = d.organisations[key]
            var value: XLSXWriter.CellValue = .blank, note = ""
            switch o.value {
            case .number(let n)?: value = .number(n)
            case .text(let s)?: value = .text(s)
            case .list(let l)?: value = .text(l.joined(separator: "; "))
            case .note(let s)?: note = s
            case nil: break
            }
            try row([.text(o.criterion), .number(Double(o.year)), "org", .text(key),
                     .text(org?.name ?? ""), .text(org?.type.rawValue ?? ""), value, .text(note),
                     .text(o.raw), .text(o.link ?? ""), .text(o.source.description)])
        }
        if r == 0 { try ws.write(row: 0, header.map { .text($0) }) }
    }
}
