import Foundation
import TestTools
import XCTest

@testable import XLSXReader

/// A formula whose result the file does not store (openpyxl, an independent writer, stores none): the reader
/// gives no value for the cell and names it among `uncomputedFormulas`, so that a reader of forms can say the value
/// is missing rather than take the cell for empty. A formula with a stored result is its value, as before.
final class UncomputedFormulaTests: XCTestCase {
    func testFormulasWithoutAStoredResultAreNamed() throws {
        try Tools.requirePython(module: "openpyxl", install: "pip install openpyxl")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("formulas-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let script = """
            import openpyxl, sys
            wb = openpyxl.Workbook(); ws = wb.active
            ws["A1"] = 5; ws["B1"] = "=A1*2"; ws["C1"] = "=SUM(A1:A1)"; ws["A2"] = "текст"
            wb.save(sys.argv[1])
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, url.path]
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        let file = try XLSXFile.open(url.path)
        let table = try file.readSheet(file.sheets[0])
        XCTAssertEqual(table.uncomputedFormulas, [CellRef(row: 0, column: 1), CellRef(row: 0, column: 2)])
        XCTAssertNil(table.cell(CellRef(row: 0, column: 1)), "no value is made up for a formula")
        XCTAssertEqual(table.cell(CellRef(row: 0, column: 0))?.value, .number(5))
    }

    /// The reader's own fixtures written by XlsxWriter store a result for each formula: none is named.
    func testAFormulaWithAStoredResultIsItsValue() throws {
        let (_, tables) = try Fixtures.read("xlsxwriter_hyperlink_formulas.xlsx")
        XCTAssertEqual(tables[0].uncomputedFormulas, [])
        XCTAssertEqual(Fixtures.text(tables[0], "C1"), "документ")
    }
}
