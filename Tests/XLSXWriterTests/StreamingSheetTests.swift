import Foundation
import XCTest

@testable import XLSXWriter

/// Streaming sheets (libxlsxwriter's constant-memory mode, per sheet): rows go to disk as written, an earlier
/// row can no longer be written, and an independent reader (openpyxl) sees the same cells as in a normal sheet.
final class StreamingSheetTests: XCTestCase {
    func testStreamedRowsReadBackAndEarlierRowsAreRefused() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("stream.xlsx").path
        let wb = try Workbook(path: path)
        let normal = try wb.addWorksheet("Обычный")
        let stream = try wb.addWorksheet("Поток", streaming: true)
        for r in 0..<1_000 {
            try stream.write(row: r, [.text("школа № \(r)"), .number(Double(r) / 4), .text(r % 2 == 0 ? "Да" : "")])
            try stream.setRow(r, height: 20)
        }
        XCTAssertThrowsError(try stream.write(.text("поздно"), row: 10, column: 0)) { error in
            XCTAssertTrue("\(error)".contains("лист «Поток»"), "\(error)")
        }
        // A normal sheet still accepts rows in any order.
        try normal.write(.text("второй"), row: 5, column: 0)
        try normal.write(.text("первый"), row: 1, column: 0)
        try wb.save()

        let script = """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["Поток"]
            print(ws.max_row, ws.cell(1, 1).value, ws.cell(1000, 1).value, ws.cell(999, 2).value, ws.cell(3, 3).value,
                  ws.row_dimensions[7].height, wb["Обычный"].cell(2, 1).value, wb["Обычный"].cell(6, 1).value)
            """
        let (status, out) = try TestSupport.run("python3", ["-c", script, path])
        XCTAssertEqual(status, 0, out)
        XCTAssertEqual(
            out.trimmingCharacters(in: .whitespacesAndNewlines),
            "1000 школа № 0 школа № 999 249.5 Да 20.0 первый второй")
    }

    func testLinksPastExcelsLimitBecomeText() throws {
        // Excel allows 65,530 links in a sheet; a country-wide table can hold more. The rest are kept as text.
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("links.xlsx").path
        let wb = try Workbook(path: path)
        let ws = try wb.addWorksheet("Ссылки", streaming: true)
        for r in 0..<65_532 { try ws.writeLink(url: "https://school\(r).ru/doc.pdf", row: r, column: 0) }
        try wb.save()
        // Counted in the sheet's XML (openpyxl takes a minute over 65,530 links).
        let script = """
            import sys, re, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            xml = z.read("xl/worksheets/sheet1.xml").decode()
            rels = z.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
            cells = re.findall(r'<c r="A(\\d+)"[^>]*><is><t>([^<]*)</t>', xml)
            print(len(re.findall("<hyperlink ", xml)), len(re.findall("<Relationship ", rels)), 'ref="A65530"' in xml,
                  'ref="A65531"' in xml, len(cells), cells[-1][1])
            """
        let (status, out) = try TestSupport.run("python3", ["-c", script, path])
        XCTAssertEqual(status, 0, out)
        XCTAssertEqual(
            out.trimmingCharacters(in: .whitespacesAndNewlines),
            "65530 65530 True False 65532 https://school65531.ru/doc.pdf")
    }
}
