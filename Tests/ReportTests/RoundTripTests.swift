import Catalogue
import Consolidation
import Dataset
import Foundation
import Normaliser
import Report
import XCTest
import XLSXReader

/// Bulk editing in office software: the exported data edited in LibreOffice (UNO) or openpyxl comes back
/// with exactly the edited values changed; the consolidated workbook re-saved by LibreOffice still works
/// as history; a blank template filled in reads back with every row mapped.
final class OfficeRoundTripTests: XCTestCase {
    static let root = ReportFiguresTests.root
    static let context = try! NormaliserContext.load(templates: ReportFiguresTests.templates)

    struct Key: Hashable { let c: String; let o: String?; let y: Int; let v: ObservedValue?; let l: String? }

    static func keys(_ d: Dataset) -> Set<Key> {
        Set(d.observations.map { Key(c: $0.criterion, o: $0.organisation, y: $0.year, v: $0.value, l: $0.link) })
    }

    static func read(_ paths: [String]) -> (Dataset, [FileReport]) {
        var d = Dataset()
        let r = InputReader(context: context).read(paths, into: &d)
        return (d, r)
    }

    static let original = read(InputReader.expand([root.appendingPathComponent("Examples/forms/2024").path])).0

    func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func sh(_ args: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        p.currentDirectoryURL = Self.root
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, out)
    }

    func export(to dir: URL) throws -> String {
        let path = dir.appendingPathComponent("data.xlsx").path
        try DataExport(catalogue: Self.context.catalogue, dataset: Self.original, year: 2024).write(to: path)
        return path
    }

    /// The edits: the first organisation (АМОУ «Гуманитарный лицей», row 3) answers «нет» for the regulation
    /// of teachers (column E); row 96 is a copy of row 3 named «МБОУ СОШ № 999».
    func checkEdited(_ edited: String, file: StaticString = #filePath, line: UInt = #line) {
        let (after, reports) = Self.read([edited])
        XCTAssertFalse(reports[0].failed, "\(reports[0].issues)", file: file, line: line)
        let before = Self.keys(Self.original), now = Self.keys(after)
        let first = OrganisationKey.make("АМОУ \"Гуманитарный лицей\"")
        let added = OrganisationKey.make("МБОУ СОШ № 999")
        let removed = before.subtracting(now), new = now.subtracting(before)
        XCTAssertEqual(removed.map(\.c), ["orgs_regulation_teachers"], file: file, line: line)
        XCTAssertEqual(removed.first?.o, first, file: file, line: line)
        let changed = new.filter { $0.o != added }
        XCTAssertEqual(changed.map(\.c), ["orgs_regulation_teachers"], file: file, line: line)
        XCTAssertEqual(changed.first?.v, .number(0), file: file, line: line)
        // The added row carries the first organisation's values as they were before the edit.
        let copy = Set(new.filter { $0.o == added }.map { Key(c: $0.c, o: first, y: $0.y, v: $0.v, l: $0.l) })
        XCTAssertEqual(copy, Set(before.filter { $0.o == first }), file: file, line: line)
        XCTAssertEqual(Set(after.organisations.keys).count, 94, file: file, line: line)
    }

    func testExportEditedInLibreOfficeComesBackWithOnlyTheEdits() throws {
        try Tools.require("/usr/bin/soffice", install: "apt-get install -y libreoffice-calc-nogui (make test does)")
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = try export(to: dir)
        let edited = dir.appendingPathComponent("edited.xlsx").path
        let (status, out) = try sh([
            "/usr/bin/python3", "Tests/Interop/lo_edit.py", data, edited, "Данные 2024", "E3=0",
            "--copy-row", "3:96", "B96=МБОУ СОШ № 999"
        ])
        XCTAssertEqual(status, 0, out)
        checkEdited(edited)
    }

    func testExportEditedWithOpenpyxlComesBackWithOnlyTheEdits() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = try export(to: dir)
        let edited = dir.appendingPathComponent("edited.xlsx").path
        let script = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Данные 2024']
            for c in range(1, ws.max_column + 1):
                src = ws.cell(3, c)
                dst = ws.cell(96, c, src.value)
                dst.number_format = src.number_format
            ws['E3'] = 0
            ws['B96'] = 'МБОУ СОШ № 999'
            wb.save(sys.argv[2])
            """
        let (status, out) = try sh(["python3", "-c", script, data, edited])
        XCTAssertEqual(status, 0, out)
        checkEdited(edited)
    }

    func testConsolidatedWorkbookResavedByLibreOfficeStillReadsAsHistory() throws {
        try Tools.require("/usr/bin/soffice", install: "apt-get install -y libreoffice-calc-nogui (make test does)")
        let (path, c) = try ReportFiguresTests.build()
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let resaved = dir.appendingPathComponent("resaved.xlsx").path
        let (status, out) = try sh(["/usr/bin/python3", "Tests/Interop/lo_edit.py", path, resaved, "Содержание"])
        XCTAssertEqual(status, 0, out)
        let (d, reports) = Self.read([resaved])
        XCTAssertEqual(reports[0].layout, .dataSheet, "\(reports[0].issues)")
        for criterion in Self.context.catalogue.criteria(in: 2024) where criterion.aggregation != .none {
            let back = d.history.first { $0.criterion == criterion.id && $0.year == 2024 }?.value?.number
            XCTAssertEqual(back ?? -1, c.value(criterion.id, 2024)?.number ?? -2, accuracy: 1e-9, criterion.id)
        }
    }

    func testFilledTemplateReadsBackWithEveryRowMapped() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let form = dir.appendingPathComponent("form.xlsx").path
        let template = FormTemplate(catalogue: Self.context.catalogue, year: 2024)
        try template.write(to: form)
        let filled = dir.appendingPathComponent("filled.xlsx").path
        let script = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Форма']
            ws['C3'] = 'МБОУ «СОШ № 100»'; ws['C4'] = 'общеобразовательная организация'
            for r in range(8, ws.max_row + 1):
                if ws.cell(r, 3).value:
                    ws.cell(r, 4, 1); ws.cell(r, 5, 'https://school100.example.ru/docs/doc%d.pdf' % r)
            wb.save(sys.argv[2])
            """
        let (status, out) = try sh(["python3", "-c", script, form, filled])
        XCTAssertEqual(status, 0, out)
        let (d, reports) = Self.read([filled])
        XCTAssertEqual(reports[0].layout, .form)
        XCTAssertEqual(reports[0].mapped, template.criteria.count)
        XCTAssertFalse(reports[0].issues.contains(where: \.needsAttention), "\(reports[0].issues)")
        XCTAssertEqual(d.organisations.values.first?.type, .school)
        XCTAssertEqual(d.observations.count, template.criteria.count)
        // The template protects its labels and offers validation lists (checked by openpyxl).
        let (s2, o2) = try sh([
            "python3", "-c",
            """
            import openpyxl, sys
            ws = openpyxl.load_workbook(sys.argv[1])['Форма']
            print(ws.protection.sheet, len(ws.data_validations.dataValidation), ws['D8'].protection.locked, ws['C8'].protection.locked)
            """, form
        ])
        XCTAssertEqual(s2, 0, o2)
        let parts = o2.split(separator: " ").map(String.init)
        XCTAssertEqual(parts.first, "True", o2)
        XCTAssertGreaterThan(Int(parts[1]) ?? 0, 40, o2)
        XCTAssertEqual(
            parts.dropFirst(2).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }, ["False", "True"], o2)
    }
}
