import Catalogue
import Dataset
import Foundation
import Normaliser
import Report
import XCTest
import XLSXReader

/// The blank form asks each criterion as an organisation's form does (`Criterion.formWording(for:)`), offers
/// Да/Нет where it asks «Наличие …», shows the year as «2024», and reads back with «Да» counted as 1.
final class FormTemplateTests: XCTestCase {
    static let context = try! NormaliserContext.load(templates: ReportFiguresTests.templates)

    func testTheFormAsksInTheOrganisationsWordsAndReadsBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let form = dir.appendingPathComponent("form.xlsx").path
        let template = FormTemplate(catalogue: Self.context.catalogue, year: 2024)
        try template.write(to: form)

        // Our reader: the criterion column holds the form wordings, in the template's order.
        let file = try XLSXFile.open(form)
        let sheet = try file.readSheet(try XCTUnwrap(file.sheet(named: "Форма")))
        let wordings = template.criteria.map { $0.formWording(for: 2024) }
        XCTAssertEqual((0..<wordings.count).map { sheet[7 + $0, 2].map { Fixtures.text($0) } ?? "" }, wordings)
        XCTAssertFalse(
            wordings.contains { $0.hasPrefix("Количество образовательных организаций") },
            "a school is not asked about the municipality's organisations")
        let yesNo = wordings.filter { $0.hasPrefix("Наличие") }
        XCTAssertEqual(yesNo.count, 4, "\(yesNo)")
        XCTAssertEqual(sheet[4, 2]?.value, .number(2024))

        // openpyxl: the year's number format, and Да/Нет exactly on the «Наличие» rows.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "python3", "-c",
            """
            import openpyxl, sys
            ws = openpyxl.load_workbook(sys.argv[1])['Форма']
            print(ws['C5'].number_format)
            lists = set()
            for v in ws.data_validations.dataValidation:
                if v.type == 'list' and 'Да' in (v.formula1 or ''):
                    for rng in v.sqref.ranges: lists.update(r for r in range(rng.min_row, rng.max_row + 1) if rng.min_col == 4)
            print(' '.join(str(r) for r in sorted(lists)))
            print(' '.join(str(r) for r in range(8, ws.max_row + 1) if (ws.cell(r, 3).value or '').startswith('Наличие')))
            """, form
        ]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, out)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "0", "the year without a thousands separator: \(out)")
        XCTAssertEqual(lines.count, 3, out)
        if lines.count == 3 { XCTAssertEqual(lines[1], lines[2], "Да/Нет on the «Наличие» rows and only there") }

        // Filled in with «Да» where it asks «Наличие», 1 elsewhere: every row maps, «Да» is 1.
        let filled = dir.appendingPathComponent("filled.xlsx").path
        let fill = Process()
        fill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        fill.arguments = [
            "python3", "-c",
            """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Форма']
            ws['C3'] = 'МБОУ «СОШ № 100»'; ws['C4'] = 'общеобразовательная организация'
            for r in range(8, ws.max_row + 1):
                t = ws.cell(r, 3).value
                if t:
                    ws.cell(r, 4, 'Да' if t.startswith('Наличие') else 1)
                    ws.cell(r, 5, 'https://school100.example.ru/docs/doc%d.pdf' % r)
            wb.save(sys.argv[2])
            """, form, filled
        ]
        try fill.run()
        fill.waitUntilExit()
        XCTAssertEqual(fill.terminationStatus, 0)
        var d = Dataset()
        let report = InputReader(context: Self.context).read(filled, into: &d)
        XCTAssertEqual(report.layout, .form)
        XCTAssertEqual(report.mapped, template.criteria.count, "\(report.issues)")
        XCTAssertFalse(report.issues.contains(where: \.needsAttention), "\(report.issues)")
        XCTAssertEqual(report.year, 2024)
        for c in template.criteria where c.formWording(for: 2024).hasPrefix("Наличие") {
            XCTAssertEqual(d.observations.first { $0.criterion == c.id }?.value, .number(1), c.id)
        }
    }
}
