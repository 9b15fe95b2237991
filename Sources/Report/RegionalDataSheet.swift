import Catalogue
import Consolidation
import Dataset
import XLSXWriter

/// The hidden «Данные» sheet of the regional workbook, in the layout of the municipal one (row 1 criterion
/// ids, row 2 wordings): a «region» row per year with the region's values and a «municipality» row per
/// municipality and year with its values. Next year's `rollup --history` reads it back (the region's rows
/// as the region's history, the municipalities' rows as theirs); it holds no organisation.
enum RegionalDataSheet {
    static func write(_ ws: Worksheet, regional: RegionalConsolidation) throws {
        ws.fitsRowHeights = false  // hidden, never printed
        let catalogue = regional.catalogue
        let region = regional.region
        // Years per municipality: those its workbook or the region's history holds a value for.
        let rows: [(m: Municipality, year: Int)] = regional.municipalities.flatMap { m in
            regional.years(of: m).map { (m, $0) }
        }
        func value(_ m: Municipality?, _ id: String, _ y: Int) -> MunicipalValue? {
            m.map { regional.value($0, id, y) } ?? region.value(id, y)
        }
        // Columns: criteria holding a value anywhere, in catalogue order.
        let columns = catalogue.criteria.filter { c in
            region.years.contains { region.value(c.id, $0) != nil }
                || rows.contains { value($0.m, c.id, $0.year) != nil }
        }
        try ws.write(row: 0, (DataSheetFormat.fixedColumns + columns.map(\.id)).map { .text($0) })
        try ws.write(
            row: 1,
            (DataSheet.fixedTitles
                + columns.map { c in
                    c.wording(for: c.wordings.keys.contains(regional.year) ? regional.year : nil)
                }).map { .text($0) })
        var r = 2
        func write(_ level: String, _ m: Municipality?, _ y: Int) throws {
            var cells: [(Int, XLSXWriter.CellValue)] = []
            for (k, c) in columns.enumerated() {
                guard let v = value(m, c.id, y) else { continue }
                if let n = v.number {
                    cells.append((DataSheetFormat.fixedColumns.count + k, .number(n)))
                } else if let note = v.note {
                    cells.append((DataSheetFormat.fixedColumns.count + k, .text(note)))
                }
            }
            guard !cells.isEmpty else { return }
            try ws.write(
                row: r, [.text(level), .number(Double(y)), .blank, .blank, .blank, m.map { .text($0.name) } ?? .blank])
            for (col, v) in cells { try ws.write(v, row: r, column: col) }
            r += 1
        }
        for y in region.years { try write(DataSheetFormat.regionLevel, nil, y) }
        for (m, y) in rows { try write(DataSheetFormat.municipalityLevel, m, y) }
    }
}
