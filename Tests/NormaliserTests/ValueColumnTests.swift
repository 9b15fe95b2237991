import Catalogue
import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// The value column, values and links of forms laid out in ways the examples are not (issue 25, items 3–5): the
/// example form of МБОУ «СОШ № 5» rewritten by openpyxl (an independent writer) with a units column, plan,
/// last year's and this year's columns, «+»/«–» answers, counts «122 чел.», and links that show other text.
/// Each rewritten form must give the original's values and links, or ask — never another column's numbers.
final class ValueColumnTests: XCTestCase {
    static let original = "Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx"

    /// Criterion → (value, link) of a dataset's observations of 2024.
    static func values(_ d: Dataset) -> [String: (ObservedValue?, String?)] {
        var out: [String: (ObservedValue?, String?)] = [:]
        for o in d.observations where o.year == 2024 { out[o.criterion] = (o.value, o.link) }
        return out
    }

    /// Rewrites the original form with `body` (Python: `ws` is the form's sheet, rows 8… the criteria; `D` values,
    /// `E` links), saved as `name` in a new folder.
    static func rewritten(_ name: String, _ body: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let script = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
            last = ws.max_row
            \(body.split(separator: "\n").joined(separator: "\n"))
            wb.save(sys.argv[2])
            """
        let (status, out) = try Support.run(
            "python3", ["-c", script, Support.path(Self.original), dir.appendingPathComponent(name).path])
        XCTAssertEqual(status, 0, out)
        return dir.appendingPathComponent(name)
    }

    func rewritten(_ name: String, _ body: String) throws -> URL { try Self.rewritten(name, body) }

    func assertSameValuesAndLinks(_ d: Dataset, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        Self.assertSameValuesAndLinks(d, what, file: file, line: line)
    }

    func read(_ url: URL, decisions: MappingDecisions = MappingDecisions()) -> (Dataset, FileReport) {
        var d = Dataset()
        let report = InputReader(context: Support.context.with(decisions: decisions)).read(url.path, into: &d)
        return (d, report)
    }

    static func assertSameValuesAndLinks(
        _ d: Dataset, _ what: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        let expected = Self.values(Support.read([Self.original]).0)
        let got = Self.values(d)
        XCTAssertGreaterThan(expected.count, 50, file: file, line: line)
        for (id, (value, link)) in expected {
            XCTAssertEqual(got[id]?.0, value, "\(what): value of \(id)", file: file, line: line)
            XCTAssertEqual(got[id]?.1, link, "\(what): link of \(id)", file: file, line: line)
        }
        XCTAssertEqual(Set(got.keys), Set(expected.keys), what, file: file, line: line)
    }

    /// Units, plan, last year and this year: the fact of 2024 is read, the others are not.
    func testPlanLastYearAndUnitsColumnsBesideTheFact() throws {
        let url = try rewritten(
            "plan_fact.xlsx",
            """
            ws.insert_cols(4, 3)
            ws["D7"] = "Ед. изм."; ws["E7"] = "План на 2024 год"; ws["F7"] = "2023"; ws["G7"] = "Факт на 31.12.2024"
            for r in range(8, last + 1):
                ws.cell(r, 4).value = "чел."
                v = ws.cell(r, 7).value
                ws.cell(r, 5).value = 999
                ws.cell(r, 6).value = 1
            """)
        let (d, report) = read(url)
        XCTAssertEqual(report.layout, .form, "\(report.issues)")
        assertSameValuesAndLinks(d, "plan/2023/fact")
    }

    /// «Значение» over a units column and two year columns: the labelled «Единица измерения» holds no values.
    func testAUnitsColumnHeadedAsTheValueColumnAndYearColumns() throws {
        let url = try rewritten(
            "units_years.xlsx",
            """
            ws.insert_cols(4, 2)
            ws["D7"] = "Единица измерения"; ws["E7"] = "2023 год"; ws["F7"] = "2024 год"
            for r in range(8, last + 1):
                ws.cell(r, 4).value = "ед."
                ws.cell(r, 5).value = 7
            """)
        let (d, report) = read(url)
        XCTAssertEqual(report.layout, .form, "\(report.issues)")
        assertSameValuesAndLinks(d, "units + 2023/2024")
    }

    /// Yes as «+», no as «–», counts with their unit, and links that show «документ» (a hyperlink) or come from a
    /// HYPERLINK formula.
    func testPlusMinusAnswersCountsWithUnitsAndLinksShowingOtherText() throws {
        let url = try rewritten(
            "answers_links.xlsx",
            """
            from openpyxl.worksheet.hyperlink import Hyperlink
            for r in range(8, last + 1):
                v = ws.cell(r, 4).value
                if isinstance(v, str) and v.strip().lower().startswith("да"):
                    ws.cell(r, 4).value = "+"
                elif isinstance(v, (int, float)) and not isinstance(v, bool) and v == int(v) and v > 1 and r % 2 == 0:
                    ws.cell(r, 4).value = f"{int(v)} чел."
                link = ws.cell(r, 5).value
                if isinstance(link, str) and link.startswith("http"):
                    if r % 3 == 0:
                        ws.cell(r, 5).value = f'=HYPERLINK("{link}","ссылка")'
                    else:
                        ws.cell(r, 5).value = "документ"
                        ws.cell(r, 5).hyperlink = link
            """)
        // openpyxl leaves a formula without its result; LibreOffice computes it on re-save, as a user's program would.
        let dir = url.deletingLastPathComponent().appendingPathComponent("lo")
        let (status, out) = try Support.run(
            "soffice", ["--headless", "--convert-to", "xlsx", "--outdir", dir.path, url.path])
        XCTAssertEqual(status, 0, out)
        let (d, report) = read(dir.appendingPathComponent(url.lastPathComponent))
        XCTAssertEqual(report.layout, .form, "\(report.issues)")
        assertSameValuesAndLinks(d, "+/–, «чел.», links with display text")
    }

    /// Two numeric columns whose headers say nothing: the form is asked about once per layout, none of its values is
    /// used; the user's choice in the mapping file reads it, links included.
    func testColumnsThatDoNotSayWhichIsTheFactAreAskedThenDecided() throws {
        let url = try rewritten(
            "ambiguous.xlsx",
            """
            ws.insert_cols(4, 1)
            ws["D7"] = "Колонка А"; ws["E7"] = "Колонка Б"
            for r in range(8, last + 1):
                v = ws.cell(r, 5).value
                ws.cell(r, 4).value = 5
            """)
        let (d, report) = read(url)
        XCTAssertEqual(
            d.observations.filter { $0.year == 2024 && $0.value != nil }.count, 0,
            "no value of an undecided column is used")
        XCTAssertTrue(
            report.issues.contains {
                $0.kind == .unknownValueColumn && $0.message.contains("«Колонка А»")
                    && $0.message.contains("«Колонка Б»")
            },
            "\(report.issues)")
        XCTAssertEqual(Set(d.valueColumnQuestions.first?.columns ?? []), ["Колонка А", "Колонка Б"])

        // The mapping file as `check --mapping-out` writes it, decided by the user in another program (openpyxl).
        let mapping = url.deletingLastPathComponent().appendingPathComponent("mapping.xlsx")
        let binary = Support.path(".build/debug/mentoring")
        guard FileManager.default.fileExists(atPath: binary) else {
            return XCTFail("build the program first: swift build --product mentoring")
        }
        let (checked, printed) = try Support.run(binary, ["check", url.path, "--mapping-out", mapping.path])
        XCTAssertTrue(printed.contains("Колонка А"), printed)
        // The summary counts them first and in its total: the form's values, none used.
        let originalValues = Self.values(Support.read([Self.original]).0).values.filter { $0.0 != nil }.count
        XCTAssertGreaterThanOrEqual(d.undecidedColumnValues, originalValues)
        XCTAssertTrue(
            printed.contains("не учтено \(d.undecidedColumnValues) (")
                && printed.contains("в формах с неясным столбцом значений — \(d.undecidedColumnValues)"), printed)
        // Alone, the form gives no value: consolidate writes no workbook of «организаций 0» and says why.
        let alone = url.deletingLastPathComponent().appendingPathComponent("свод.xlsx")
        let (refused, said) = try Support.run(binary, ["consolidate", url.path, "-o", alone.path])
        XCTAssertEqual(refused, 4, said)
        XCTAssertTrue(
            said.contains("НЕ УЧТЕНО \(d.undecidedColumnValues) ") && said.contains("«организаций 0» не пишется"), said)
        XCTAssertFalse(FileManager.default.fileExists(atPath: alone.path))
        // Beside another school's form, consolidate counts the organisation apart from those in the figures, so
        // that its count agrees with check's.
        let (_, consolidated) = try Support.run(
            binary,
            ["consolidate", url.path, Support.path("Examples/forms/2024/02_МБОУ_СОШ_№42.xlsx"), "-o", alone.path])
        XCTAssertTrue(
            consolidated.contains("НЕ УЧТЕНО \(d.undecidedColumnValues) ")
                && consolidated.contains("организаций 1 (школ 1, ДОП 0; ещё 1 — форма прочитана, значения не учтены"),
            consolidated)
        XCTAssertNotEqual(checked, 0, "check says that something was not used")
        let (status, out) = try Support.run(
            "python3",
            [
                "-c",
                """
                import openpyxl, sys
                wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["Столбцы значений"]
                assert ws["A1"].value == "Столбцы формы", ws["A1"].value
                ws["B2"] = "Колонка Б"; ws["C2"] = "принято"
                wb.save(sys.argv[1])
                """, mapping.path
            ])
        XCTAssertEqual(status, 0, out)
        let decisions = try MappingFile.read(mapping.path, catalogue: Support.context.catalogue)
        let (decided, again) = read(url, decisions: decisions)
        XCTAssertFalse(again.issues.contains { $0.kind == .unknownValueColumn }, "\(again.issues)")
        assertSameValuesAndLinks(decided, "decided column")
    }

    /// No year above the table, the value column headed by the year: that is the reporting year.
    func testTheValueColumnsYearIsTheReportingYearWhenNothingAboveSaysIt() throws {
        let url = try rewritten(
            "year_in_value_header.xlsx",
            """
            ws["A5"] = None; ws["B5"] = None
            ws["A1"] = "Мониторинг целевой модели наставничества"
            ws["D7"] = "2024"
            """)
        let (d, report) = read(url)
        XCTAssertEqual(report.year, 2024, "\(report.issues)")
        XCTAssertFalse(report.issues.contains { $0.kind == .missingYear }, "\(report.issues)")
        assertSameValuesAndLinks(d, "year in the value column's header")
    }

    /// A units column filled as a school would («%», «да/нет», «чел.»): known as units (not reported as a column
    /// left out), its word weighing in on the row's value, and the values those of the original.
    func testAUnitsColumnIsEvidenceOfEachRowsValue() throws {
        let url = try rewritten(
            "units_evidence.xlsx",
            """
            ws.insert_cols(4, 1)
            ws["D7"] = "Ед. изм."
            for r in range(8, last + 1):
                t = str(ws.cell(r, 3).value or "")
                ws.cell(r, 4).value = "%" if t.startswith(("Доля", "Уровень")) else ("да/нет" if "утвержден" in t or "издан" in t else "чел.")
            """)
        let (d, report) = read(url)
        XCTAssertFalse(
            report.issues.contains { $0.kind == .ignoredColumn && $0.message.contains("Ед. изм.") }, "\(report.issues)")
        assertSameValuesAndLinks(d, "units column")
        let labels = Support.context.labels
        XCTAssertEqual(labels.unitHint("%"), .percent)
        XCTAssertEqual(labels.unitHint(" да / нет "), .yesno)
        XCTAssertEqual(labels.unitHint("Чел."), .number)
        XCTAssertNil(labels.unitHint("Количество наставников ОО"), "a criterion's wording is no unit")
    }

    /// A row whose wording the matcher is not sure of, decided in the mapping file, keeps the link of its row.
    func testAMappingDecisionCarriesTheRowsLink() throws {
        let url = try rewritten(
            "reworded.xlsx",
            """
            for r in range(8, last + 1):
                if str(ws.cell(r, 3).value).startswith("Количество наставников ОО"):
                    ws.cell(r, 3).value = "Кто наставляет в школе: всего человек"
            """)
        let (d, _) = read(url)
        XCTAssertNil(Self.values(d)["mentors_total"]?.0, "the reworded row is not used before the decision")
        var decisions = MappingDecisions()
        decisions.set(.use("mentors_total"), forWording: "Кто наставляет в школе: всего человек")
        let (decided, _) = read(url, decisions: decisions)
        let expected = Self.values(Support.read([Self.original]).0)["mentors_total"]
        XCTAssertNotNil(expected?.1)
        XCTAssertEqual(Self.values(decided)["mentors_total"]?.0, expected?.0)
        XCTAssertEqual(Self.values(decided)["mentors_total"]?.1, expected?.1, "the decided row's link is kept")
    }
}
