import Foundation
import XCTest
import XLSXWriter

@testable import XLSXReader

/// What the writing layer writes, the reader reads back equal.
final class RoundTripTests: XCTestCase {
    func testWriterOutputReadsBackEqual() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rt-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("round trip.xlsx").path
        let wb = try Workbook(path: path)
        let a = try wb.addWorksheet("Таблица 1")
        let hidden = try wb.addWorksheet("Данные")
        hidden.hide()
        let values: [[XLSXWriter.CellValue]] = [
            ["Наименование критерия", "2023 г.", "2024 г.", "Динамика"],
            ["Количество наставников ОО (по приказу)", 1068, 1354, "Положительная"],
            ["  пробелы  ", -0.5, 1e-9, .bool(false)],
            ["ё «кавычки» — тире", 57814, .formula("=B2+C2", cached: 2422), .bool(true)]
        ]
        for (r, row) in values.enumerated() { try a.write(row: r, row) }
        try a.write(0.0728, row: 4, column: 1, style: CellStyle(numberFormat: "0.00%"))
        try a.merge(CellRange("A6:D7")!, value: "объединено")
        try a.writeLink(url: "https://alt.izh.one/quality/download/343", text: "ссылка", row: 7, column: 0)
        try a.writeInternalLink(toSheet: "Данные", text: "к данным", row: 8, column: 0)
        try a.setColumns(5...5, width: 3, hidden: true)
        try a.setRow(9, hidden: true)
        try a.write("скрытая строка", row: 9, column: 0)
        try hidden.write("mentors_total", row: 0, column: 0)
        try wb.save()

        let file = try XLSXFile.open(path)
        XCTAssertEqual(file.sheets.map(\.name), ["Таблица 1", "Данные"])
        XCTAssertEqual(file.sheets.map(\.state), [.visible, .hidden])
        let t = try file.readSheet(file.sheets[0])
        for (r, row) in values.enumerated() {
            for (c, v) in row.enumerated() {
                let got = t[r, c]?.value
                switch v {
                case .text(let s): XCTAssertEqual(got, .text(s), "\(r),\(c)")
                case .number(let d): XCTAssertEqual(got, .number(d), "\(r),\(c)")
                case .bool(let b): XCTAssertEqual(got, .bool(b), "\(r),\(c)")
                case .formula(_, let cached):
                    XCTAssertEqual(got, .number(cached!), "\(r),\(c)")
                    XCTAssertEqual(t[r, c]?.hasFormula, true)
                case .blank: XCTAssertNil(got)
                }
            }
        }
        XCTAssertEqual(t[4, 1]?.value, .number(0.0728))
        XCTAssertEqual(t[4, 1]?.isPercent, true)
        XCTAssertEqual(t.merged.map(\.description), ["A6:D7"])
        XCTAssertEqual(t.hyperlinks[CellRef(row: 7, column: 0)]?.url, "https://alt.izh.one/quality/download/343")
        XCTAssertEqual(t[7, 0]?.value, .text("ссылка"))
        XCTAssertEqual(t.hyperlinks[CellRef(row: 8, column: 0)]?.location, "'Данные'!A1")
        XCTAssertEqual(t.hiddenColumns, [5])
        XCTAssertEqual(t.rows.first { $0.index == 9 }?.hidden, true)
        XCTAssertEqual(try file.readSheet(file.sheets[1])[0, 0]?.value, .text("mentors_total"))
    }

    func testStreamingLargeSheetKeepsOnlyTheCurrentRow() throws {
        // 200,000 rows streamed; the reader hands out one row at a time and remembers no cells.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big.xlsx").path
        let wb = try Workbook(path: path)
        let ws = try wb.addWorksheet("Данные")
        for r in 0..<200_000 { try ws.write(.number(Double(r)), row: r, column: 0) }
        try wb.save()
        let file = try XLSXFile.open(path)
        let reader = try file.rows(file.sheets[0])
        var count = 0, sum = 0.0
        while let row = try reader.next() {
            XCTAssertEqual(row.cells.count, 1)
            sum += row.cells[0].value.number ?? 0
            count += 1
        }
        XCTAssertEqual(count, 200_000)
        XCTAssertEqual(sum, 199_999.0 * 200_000 / 2)
        XCTAssertNil(try reader.next())
    }
}
