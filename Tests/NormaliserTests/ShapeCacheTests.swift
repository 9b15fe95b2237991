import Catalogue
import Dataset
import XCTest

@testable import Normaliser

/// Forms of one shape share their rows' assignment (`FormAssignment.assign(queries:)`) and their columns (`FormShapes`);
/// a form that departs from the shape must be read as if it were the only one.
final class ShapeCacheTests: XCTestCase {
    func testAFormThatDepartsFromItsShapeIsReadAsIfAlone() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shapes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // 24 copies of an example form (openpyxl, each its own school), and among them: one with two criterion rows'
        // titles swapped (the values stay: a row moved), one with a title reworded into no criterion, one with a row
        // left out, one with a column of last year's values before this year's, one whose organisation's label is one
        // the tool does not know.
        let script = """
            import openpyxl, sys
            src, out = sys.argv[1], sys.argv[2]
            def form(i, name, change=None, school=None):
                wb = openpyxl.load_workbook(src); ws = wb.worksheets[0]
                ws["B3"] = f'МБОУ "СОШ № {school or 100 + i}"'
                if change: change(ws)
                wb.save(f"{out}/form_{i:02d}_{name}.xlsx")
            def moved(ws):
                ws["C11"].value, ws["C16"].value = ws["C16"].value, ws["C11"].value
            def reworded(ws):
                ws["C11"] = "Число экскурсий школьников на предприятия района"
            def left_out(ws):
                ws.delete_rows(12)
            def column_added(ws):
                ws.insert_cols(4)
                ws["D7"] = "Значение за 2023 год"
                for r in range(8, ws.max_row + 1):
                    if ws.cell(r, 5).value is not None: ws.cell(r, 4).value = 3
            def relabelled(ws):
                ws["A3"] = "Учреждение"
            for i in range(24):
                form(i, "copy")
            form(8, "moved", moved, 200); form(16, "reworded", reworded, 201); form(20, "left_out", left_out, 202)
            form(21, "column_added", column_added, 203); form(22, "relabelled", relabelled, 204)
            """
        let (status, out) = try Support.run(
            "python3", ["-c", script, Support.path("Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx"), dir.path])
        XCTAssertEqual(status, 0, out)
        let paths = InputReader.expand([dir.path])
        XCTAssertEqual(paths.count, 29)
        func values(_ d: Dataset, _ file: String) -> [String: String] {
            var out: [String: String] = [:]
            for o in d.observations where o.source.file == file {
                out[o.criterion] = "\(o.value.map { "\($0)" } ?? "-") @\(o.source.cell)"
            }
            return out
        }
        // A fresh context: nothing remembered from other tests.
        let fresh = { try NormaliserContext.load(templates: Support.root.appendingPathComponent("Templates")) }
        var batch = Dataset()
        _ = InputReader(context: try fresh()).read(paths, into: &batch)
        let copy = values(batch, paths.first { $0.hasSuffix("_copy.xlsx") }!)
        XCTAssertGreaterThan(copy.count, 20)
        for name in ["moved", "reworded", "left_out", "column_added", "relabelled"] {
            let path = paths.first { $0.hasSuffix("_\(name).xlsx") }!
            var alone = Dataset()
            _ = InputReader(context: try fresh()).read([path], into: &alone)
            XCTAssertEqual(values(batch, path), values(alone, path), name)
            if name == "relabelled" {
                // The same values, of the school the form names, found without its label.
                XCTAssertEqual(values(batch, path), copy)
                XCTAssertTrue(batch.observations.contains { $0.source.file == path && $0.organisation != nil })
            } else {
                XCTAssertNotEqual(values(batch, path), copy, "\(name): the change must show in what is read")
            }
        }
        // The copies read among the others as each alone.
        let last = paths.last { $0.hasSuffix("_copy.xlsx") }!
        var alone = Dataset()
        _ = InputReader(context: try fresh()).read([last], into: &alone)
        XCTAssertEqual(values(batch, last), values(alone, last))
    }
}
