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
        XCTAssertEqual(out.trimmingCharacters(in: .whitespacesAndNewlines),
                       "1000 школа № 0 школа № 999 249.5 Да 20.0 первый второй")
    }
}
