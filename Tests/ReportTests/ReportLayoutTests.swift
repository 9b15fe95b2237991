import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation
import Normaliser
import Report
import XCTest
import XLSXReader

/// The report layer's data-driven parts: the heat maps' order comes from Templates/heatmap_rows.tsv (a new
/// monitoring year is a Templates change), and «Замечания» starts with counts per organisation that agree with
/// its details.
final class ReportLayoutTests: XCTestCase {
    static let root = ReportFiguresTests.root

    /// A copy of Templates/ with one file replaced.
    func templates(replacing name: String, with text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ReportFiguresTests.templates, to: dir)
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func build(templates: URL) throws -> (String, Consolidation, [Finding], [FileReport]) {
        let context = try NormaliserContext.load(templates: templates)
        var dataset = Dataset()
        let inputs = [
            "Examples/forms/2024", "Examples/municipal_2024.xlsx", "Examples/history_2022_2023.xlsx",
            "Examples/data_2023.xlsx"
        ]
        let reports = InputReader(context: context).read(
            InputReader.expand(inputs.map { Self.root.appendingPathComponent($0).path }), into: &dataset)
        let c = Consolidation(catalogue: context.catalogue, dataset: dataset, year: 2024)
        let findings = FindingsEngine(consolidation: c).run()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("svod-\(UUID().uuidString).xlsx").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: out) }
        try ReportBuilder(
            consolidation: c, tables: try TableSpec.load(from: templates, catalogue: context.catalogue),
            reports: reports, findings: findings
        ).write(to: out)
        return (out, c, findings, reports)
    }

    func sheet(_ path: String, _ name: String) throws -> SheetTable {
        let file = try XLSXFile.open(path)
        return try file.readSheet(try XCTUnwrap(file.sheet(named: name)))
    }

    /// Swapping two rows of 2024's order in heatmap_rows.tsv swaps them in Table 38, with no code changed.
    func testHeatmapOrderComesFromTemplates() throws {
        let original = try String(
            contentsOf: ReportFiguresTests.templates.appendingPathComponent("heatmap_rows.tsv"), encoding: .utf8)
        XCTAssertTrue(
            original.contains("2024\t1\tmunicipal_order\n") && original.contains("2024\t2\torgs_regulation_teachers\n"))
        let swapped = original.replacingOccurrences(of: "2024\t1\tmunicipal_order\n", with: "2024\t1\tX\n")
            .replacingOccurrences(of: "2024\t2\torgs_regulation_teachers\n", with: "2024\t2\tmunicipal_order\n")
            .replacingOccurrences(of: "2024\t1\tX\n", with: "2024\t1\torgs_regulation_teachers\n")
        let (path, c, _, _) = try build(templates: try templates(replacing: "heatmap_rows.tsv", with: swapped))
        let t38 = try sheet(path, "Таблица 38")
        let catalogue = c.catalogue
        XCTAssertEqual(t38[3, 1]?.value, .text(catalogue.criterion("orgs_regulation_teachers")!.wording(for: 2024)))
        XCTAssertEqual(t38[4, 1]?.value, .text(catalogue.criterion("municipal_order")!.wording(for: 2024)))
        // Table 1 (2023's order) is untouched.
        let t1 = try sheet(path, "Таблица 1")
        XCTAssertEqual(t1[3, 1]?.value, .text(catalogue.criterion("municipal_order")!.wording(for: 2023)))
    }

    /// A year with no order of its own takes the latest earlier year's; an unknown id is an error naming the line.
    func testHeatmapOrderFallsBackAndIsValidated() throws {
        let catalogue = try Catalogue.load(from: ReportFiguresTests.templates)
        XCTAssertEqual(
            catalogue.heatmapPosition("orgs_regulation_teachers", year: 2030),
            catalogue.heatmapPosition("orgs_regulation_teachers", year: 2024))
        XCTAssertEqual(catalogue.heatmapPosition("municipal_order", year: 2024), 1)
        XCTAssertNil(catalogue.heatmapPosition("municipal_order", year: 2019), "no order before the first year listed")
        let bad = "year\tposition\tid\n2024\t1\tmunicipal_order\n2024\t2\tno_such_criterion\n"
        XCTAssertThrowsError(try Catalogue.load(from: try templates(replacing: "heatmap_rows.tsv", with: bad))) {
            XCTAssertTrue(
                "\($0)".contains("heatmap_rows.tsv") && "\($0)".contains("строка 3")
                    && "\($0)".contains("no_such_criterion"), "\($0)")
        }
        let twice = "year\tposition\tid\n2024\t1\tmunicipal_order\n2024\t1\torgs_regulation_teachers\n"
        XCTAssertThrowsError(try Catalogue.load(from: try templates(replacing: "heatmap_rows.tsv", with: twice))) {
            XCTAssertTrue("\($0)".contains("уже занята"), "\($0)")
        }
    }

    /// «Замечания»: the counts per organisation add up to the remarks listed below them, per organisation and
    /// in total, and the total is every reading message plus every finding.
    func testFindingsSheetSummaryAgreesWithItsDetails() throws {
        let (path, _, findings, reports) = try build(templates: ReportFiguresTests.templates)
        let t = try sheet(path, "Замечания")
        let header = try XCTUnwrap(t.rows.first { $0.index == 1 })
        XCTAssertEqual(header.cells.prefix(3).map { Fixtures.text($0) }, ["Организация", "Всего", "По видам"])
        var summary: [String: Int] = [:]
        var r = 2
        while let name = t[r, 0].map({ Fixtures.text($0) }), !name.isEmpty, let n = t[r, 1]?.value.number {
            summary[name] = Int(n)
            // «нет ссылки — 2; доля не совпадает с расчётом — 1»: the kinds add up to the row's total.
            let byKind = (t[r, 2].map { Fixtures.text($0) } ?? "").components(separatedBy: "; ")
                .compactMap { $0.components(separatedBy: " — ").last.flatMap { Int($0) } }.reduce(0, +)
            XCTAssertEqual(byKind, Int(n), name)
            r += 1
        }
        let detailsHeader = try XCTUnwrap(
            t.rows.first { $0.cells.dropFirst().first.map { Fixtures.text($0) } == "Важность" }
        ).index
        var details: [String: Int] = [:]
        for row in t.rows where row.index > detailsHeader {
            let org = row.cells.first { $0.column == 0 }.map { Fixtures.text($0) } ?? ""
            details[org.isEmpty ? "(без организации: муниципалитет или файл)" : org, default: 0] += 1
        }
        XCTAssertEqual(summary, details)
        let expected = findings.count + reports.flatMap(\.issues).count
        XCTAssertGreaterThan(expected, 100)
        XCTAssertEqual(summary.values.reduce(0, +), expected)
        // The organisation with the most remarks comes first.
        XCTAssertEqual(t[2, 1]?.value.number, Double(summary.values.max()!))
    }
}
