import Foundation
import XCTest

/// The mapping-file loop as a user runs it: `check --mapping-out`, decisions typed in the workbook (by
/// openpyxl, an independent writer), the file re-saved by LibreOffice, then `check --mapping`.
final class MappingFileTests: XCTestCase {
    func sh(_ exe: String, _ args: [String]) throws -> (Int32, String) { try Support.run(exe, args) }

    func testDecisionsMadeOnceApplyToEveryFormAndSurviveLibreOffice() throws {
        let bin = Support.root.appendingPathComponent(".build/debug/mentoring").path
        guard FileManager.default.isExecutableFile(atPath: bin) else { throw MissingTool("build the product first") }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("mapping-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let forms = Support.path("Tests/Fixtures/matching/forms/region")
        let out = tmp.appendingPathComponent("m.xlsx").path

        let (first, before) = try sh(bin, ["check", forms, "--mapping-out", out])
        XCTAssertEqual(first, 1, before)
        XCTAssertTrue(before.hasPrefix("НЕ УЧТЕНО"), "the summary begins with what could not be used:\n\(before)")

        // A hasty user: every «проверьте» confirmed, every «не сопоставлено» set to «не учитывать».
        let edit = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["Сопоставление"]
            head = [c.value for c in ws[1]]; w, k, s = head.index("Формулировка"), head.index("Критерий"), head.index("Статус")
            for row in ws.iter_rows(min_row=2):
                if row[s].value == "проверьте":
                    row[s].value = "принято"
                elif row[s].value == "не сопоставлено":
                    row[s].value = "не учитывать"
            wb.save(sys.argv[1])
            """
        let (py, pyOut) = try sh("python3", ["-c", edit, out])
        XCTAssertEqual(py, 0, pyOut)
        // Re-saved by LibreOffice (as a user who opened and saved it there).
        let lo = tmp.appendingPathComponent("lo")
        let (so, soOut) = try sh(
            "soffice", ["--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", lo.path, out])
        XCTAssertEqual(so, 0, soOut)
        let resaved = lo.appendingPathComponent("m.xlsx").path
        XCTAssertTrue(FileManager.default.fileExists(atPath: resaved), soOut)

        let (second, after) = try sh(bin, ["check", forms, "--mapping", resaved])
        // Every guess was decided and every unplaced wording silenced; what remains is where this hasty user
        // gave two wordings of one form the same criterion, which the tool names instead of choosing.
        XCTAssertFalse(after.contains("— не наверняка"), after)
        XCTAssertFalse(after.contains("— не найдено в каталоге"), after)
        func counted(_ s: String) -> Int {
            guard let r = s.range(of: "значений учтено ") else { return 0 }
            return Int(s[r.upperBound...].prefix { $0.isNumber }) ?? 0
        }
        XCTAssertGreaterThan(counted(after), counted(before), "the confirmed rows are now used")
        XCTAssertLessThanOrEqual(second, 1)

        // A wrong status or an unknown criterion is a clear error naming the cell, exit 2.
        let bad = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["Сопоставление"]
            ws.cell(2, 2).value = "Количество столовых"; ws.cell(2, 3).value = "принято"; wb.save(sys.argv[1])
            """
        _ = try sh("python3", ["-c", bad, out])
        let (third, err) = try sh(bin, ["check", forms, "--mapping", out])
        XCTAssertEqual(third, 2, err)
        XCTAssertTrue(err.contains("ячейка B2") && err.contains("не найден в каталоге"), err)
    }
}
