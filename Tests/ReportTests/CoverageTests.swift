import Catalogue
import Consolidation
import Dataset
import Foundation
import Normaliser
import Report
import XCTest
import XLSXReader

/// A municipal value computed from fewer organisations than sent a form says so in the workbook: Table 38's
/// «Комментарий» and a «Комментарий» column of the direction tables («2024 г.: по 62 из 93 организаций»).
final class CoverageTests: XCTestCase {
    static let context = try! NormaliserContext.load(templates: ReportFiguresTests.templates)
    static var catalogue: Catalogue { context.catalogue }

    /// The bundled examples (forms of 93 organisations for 2024, the municipal form and the history).
    static func examples() -> (Dataset, [FileReport]) {
        var d = Dataset()
        let inputs = [
            "Examples/forms/2024", "Examples/municipal_2024.xlsx", "Examples/history_2022_2023.xlsx",
            "Examples/data_2023.xlsx"
        ]
        let r = InputReader(context: context).read(
            InputReader.expand(inputs.map { ReportFiguresTests.root.appendingPathComponent($0).path }), into: &d)
        return (d, r)
    }

    /// The 2024 organisations of the dataset, sorted by key.
    static func organisations2024(_ d: Dataset) -> [String] {
        Array(Set(d.observations.filter { $0.year == 2024 }.compactMap(\.organisation))).sorted()
    }

    /// Empties the 2024 value of `criterion` for `orgs`: the value cell left blank (`blank`) or the row gone.
    static func leaveEmpty(_ d: inout Dataset, _ criterion: String, _ orgs: Set<String>, blank: Bool) {
        if blank {
            for i in d.observations.indices
            where d.observations.criterion(at: i) == criterion && d.observations.year(at: i) == 2024
                && d.observations.organisation(at: i).map(orgs.contains) == true
            {
                d.observations[i].value = nil
            }
        } else {
            d.observations.removeAll {
                $0.criterion == criterion && $0.year == 2024 && $0.organisation.map(orgs.contains) == true
            }
        }
    }

    static func write(_ d: Dataset, reports: [FileReport]) throws -> (XLSXFile, Consolidation) {
        let c = Consolidation(catalogue: catalogue, dataset: d, year: 2024)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("coverage-\(UUID().uuidString).xlsx")
            .path
        try ReportBuilder(
            consolidation: c, tables: try TableSpec.load(from: ReportFiguresTests.templates, catalogue: catalogue),
            reports: reports
        ).write(to: out)
        return (try XLSXFile.open(out), c)
    }

    func sheet(_ file: XLSXFile, _ name: String) throws -> SheetTable {
        try file.readSheet(try XCTUnwrap(file.sheet(named: name)))
    }

    /// Table 38's comment of a criterion (rows: title, blank, header, then the criteria in 2024's heat-map order).
    func comment38(_ t: SheetTable, _ id: String) -> String {
        t[2 + Self.catalogue.heatmapPosition(id, year: 2024)!, 5].map { Fixtures.text($0) } ?? ""
    }

    /// A direction table's header and the comment of a criterion's row ("" when the table has no such column).
    func directionComment(_ t: SheetTable, _ id: String) -> (header: [String], comment: String?) {
        let header = (0..<8).compactMap { t[2, $0].map { Fixtures.text($0) } }
        let wording = Self.catalogue.criterion(id)!.wording(for: 2024)
        guard
            let row = t.rows.first(where: { r in r.cells.contains { $0.column == 0 && Fixtures.text($0) == wording } }),
            let column = header.firstIndex(of: "Комментарий")
        else { return (header, nil) }
        return (header, row.cells.first { $0.column == column }.map { Fixtures.text($0) } ?? "")
    }

    func testRussianPluralAfterANumber() {
        XCTAssertEqual(Coverage(organisations: 1, forms: 21).russian, "по 1 из 21 организации")
        XCTAssertEqual(Coverage(organisations: 62, forms: 93).russian, "по 62 из 93 организаций")
        XCTAssertEqual(Coverage(organisations: 10, forms: 11).russian, "по 10 из 11 организаций")
        XCTAssertEqual(Coverage(organisations: 1, forms: 2).russian, "по 1 из 2 организаций")
        XCTAssertEqual(Coverage(organisations: 100, forms: 101).russian, "по 100 из 101 организации")
        XCTAssertEqual(Coverage(organisations: 110, forms: 111).russian, "по 110 из 111 организаций")
        XCTAssertEqual(Coverage(organisations: 5, forms: 31).russian, "по 5 из 31 организации")
    }

    /// 31 of 93 organisations leave the number of mentors blank and drop the curators' row; three give no
    /// number of young specialists: sums, ratios and sums of other criteria say from how many they come.
    func testPartialValuesAreNotedInTable38AndTheDirectionTables() throws {
        var (d, reports) = Self.examples()
        let orgs = Self.organisations2024(d)
        XCTAssertEqual(orgs.count, 93)
        Self.leaveEmpty(&d, "mentors_total", Set(orgs.prefix(31)), blank: true)
        Self.leaveEmpty(&d, "curators_total", Set(orgs.suffix(31)), blank: false)
        Self.leaveEmpty(&d, "young_specialists", Set(orgs.prefix(3)), blank: false)
        let (file, c) = try Self.write(d, reports: reports)
        XCTAssertEqual(c.coverage("mentors_total", 2024), Coverage(organisations: 62, forms: 93))

        let t38 = try sheet(file, "Таблица 38")
        XCTAssertEqual(comment38(t38, "mentors_total"), "2024 г.: по 62 из 93 организаций")
        XCTAssertEqual(
            comment38(t38, "curators_total"), "не показательно; 2024 г.: по 62 из 93 организаций",
            "appended to the report's «не показательно»")
        XCTAssertEqual(comment38(t38, "young_specialists"), "2024 г.: по 90 из 93 организаций")
        // A ratio and a sum of other criteria: the smallest coverage of their operands.
        XCTAssertEqual(comment38(t38, "share_young_specialists_mentees"), "2024 г.: по 90 из 93 организаций")
        XCTAssertEqual(comment38(t38, "young_specialists_municipal"), "2024 г.: по 90 из 93 организаций")
        XCTAssertEqual(comment38(t38, "teachers_municipal"), "2024 г.: по 90 из 93 организаций")
        XCTAssertEqual(
            comment38(t38, "share_teachers_mentors"), "2024 г.: по 90 из 93 организаций", "ratio of a sum_of")
        // Complete values, forms and municipal inputs have no note.
        XCTAssertEqual(comment38(t38, "mentees_total"), "")
        XCTAssertEqual(comment38(t38, "orgs_total"), Self.catalogue.criterion("orgs_total")!.notIndicative!)
        XCTAssertEqual(comment38(t38, "share_orgs_teachers_system"), "")
        XCTAssertEqual(comment38(t38, "municipal_order"), "")
        XCTAssertNil(c.coverage("municipal_order", 2024))
        XCTAssertNil(c.coverage("orgs_total", 2024))
        XCTAssertNil(c.coverage("mentors_total", 2023), "a history value")
        // The values themselves are still the sums of what was given.
        let t7 = try sheet(file, "Таблица 7")
        let mentors = directionComment(t7, "mentors_total")
        XCTAssertEqual(mentors.header.last, "Комментарий", "\(mentors.header)")
        XCTAssertEqual(mentors.comment, "2024 г.: по 62 из 93 организаций")
        XCTAssertEqual(directionComment(t7, "mentees_total").comment, "")
        XCTAssertEqual(directionComment(t7, "orgs_total").comment, "")
        XCTAssertEqual(
            directionComment(try sheet(file, "Таблица 27"), "young_specialists").comment,
            "2024 г.: по 90 из 93 организаций")
        // A direction whose values are all complete has no comment column.
        let t3 = directionComment(try sheet(file, "Таблица 3"), "orgs_regulation_teachers")
        XCTAssertNil(t3.comment)
        XCTAssertFalse(t3.header.contains("Комментарий"), "\(t3.header)")
    }

    /// 21 organisations sent a form for 2024, one gave the number of mentors: «по 1 из 21 организации».
    func testOneOfTwentyOneOrganisations() throws {
        var (d, reports) = Self.examples()
        let keep = Set(Self.organisations2024(d).prefix(21))
        d.observations.removeAll { $0.year == 2024 && $0.organisation.map { !keep.contains($0) } == true }
        Self.leaveEmpty(&d, "mentors_total", Set(keep.sorted().dropFirst()), blank: true)
        let (file, c) = try Self.write(d, reports: reports)
        XCTAssertEqual(c.aggregator.organisations(in: 2024).count, 21)
        XCTAssertEqual(comment38(try sheet(file, "Таблица 38"), "mentors_total"), "2024 г.: по 1 из 21 организации")
        XCTAssertEqual(
            directionComment(try sheet(file, "Таблица 7"), "mentors_total").comment, "2024 г.: по 1 из 21 организации")
    }

    /// In the bundled examples every organisation-level criterion is complete: no note anywhere.
    func testTheBundledExamplesHaveNoNote() throws {
        let (path, c) = try ReportFiguresTests.build()
        for criterion in Self.catalogue.criteria {
            for y in c.years { XCTAssertNil(c.coverage(criterion.id, y), "\(criterion.id) \(y)") }
        }
        let file = try XLSXFile.open(path)
        let t38 = try sheet(file, "Таблица 38")
        for criterion in Self.catalogue.criteria(in: 2024)
        where Self.catalogue.heatmapPosition(criterion.id, year: 2024) != nil {
            XCTAssertEqual(comment38(t38, criterion.id), criterion.notIndicative ?? "", criterion.id)
        }
        let specs = try TableSpec.load(from: ReportFiguresTests.templates, catalogue: Self.catalogue)
        for spec in specs where spec.kind == .direction {
            let t = try sheet(file, spec.sheetName)
            let header = (0..<8).compactMap { t[2, $0].map { Fixtures.text($0) } }
            XCTAssertFalse(header.contains("Комментарий"), "\(spec.sheetName): \(header)")
        }
    }

    /// Templates/tables.tsv saved by an editor with a byte-order mark and CRLF line ends gives the same tables.
    func testTablesReadTheSameWithAByteOrderMarkAndCRLF() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tables-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(
            contentsOf: ReportFiguresTests.templates.appendingPathComponent("tables.tsv"), encoding: .utf8)
        try ("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n"))
            .write(to: dir.appendingPathComponent("tables.tsv"), atomically: true, encoding: .utf8)
        let original = try TableSpec.load(from: ReportFiguresTests.templates, catalogue: Self.catalogue)
        let saved = try TableSpec.load(from: dir, catalogue: Self.catalogue)
        XCTAssertEqual(saved.count, original.count)
        XCTAssertEqual(saved.map(\.table), original.map(\.table))
        XCTAssertEqual(saved.map(\.title), original.map(\.title))
        XCTAssertEqual(saved.map(\.headers), original.map(\.headers))
        XCTAssertEqual(saved.map { $0.columns.map(\.criterion) }, original.map { $0.columns.map(\.criterion) })
    }
}
