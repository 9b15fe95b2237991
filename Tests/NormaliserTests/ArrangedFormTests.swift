import Catalogue
import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Layouts found by a fourth outside probe of issue 25: forms arranged on the sheet in ways nobody described —
/// several organisations' forms stacked on one sheet, one form printed as two tables side by side, a form laid out
/// across with its labels down the first column, the name block typed right of the table, English labels, a name
/// that ends with its year, a formula without a stored result on a row without a link. The forms are the example
/// form of МБОУ «СОШ № 5» rewritten by openpyxl (an independent writer); each must give the original's values and
/// links (`ValueColumnTests.assertSameValuesAndLinks`), or name what it did not use.
final class ArrangedFormTests: XCTestCase {
    let valueColumn = ValueColumnTests.self

    /// The original's rows as `rows` [(wording, value, link)] in Python, and a new workbook `wb` with its sheet `ws`.
    static let rows = """
        rows = [(r[2].value, r[3].value, (r[4].hyperlink.target if r[4].hyperlink else r[4].value))
                for r in ws.iter_rows(min_row=8) if r[2].value]
        wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Форма"
        """

    /// Each of `count` organisations' observations in `d` give the original's values and links.
    func assertEachOrganisationsOwn(_ d: Dataset, _ count: Int, _ what: String, line: UInt = #line) {
        var byOrganisation: [String: Dataset] = [:]
        for o in d.observations { byOrganisation[o.organisation ?? "", default: Dataset()].observations.append(o) }
        XCTAssertEqual(byOrganisation.count, count, "\(what): \(byOrganisation.keys)", line: line)
        for (org, own) in byOrganisation {
            valueColumn.assertSameValuesAndLinks(own, "\(what): form of \(org)", line: line)
        }
    }

    func read(_ url: URL) -> (Dataset, FileReport) {
        var d = Dataset()
        let report = InputReader(context: Support.context).read(url.path, into: &d)
        return (d, report)
    }

    /// Three organisations' forms one under another on one sheet, each with its block and header: each gives the
    /// original's values as its own (before: the first organisation took the rows of all three — the others' values
    /// where its own were empty — and the others got nothing; 679 of 1 003 values of 12 forms lost, 28 used for
    /// another organisation).
    func testFormsStackedOnOneSheetAreEachTheirOwn() throws {
        let url = try valueColumn.rewritten(
            "три_формы.xlsx",
            Self.rows + """

                for k, org in enumerate(['МБОУ "СОШ № 5"', 'МБОУ "СОШ № 42"', 'МБОУ ДО "ДДЮТ"']):
                    if k: ws.append([]); ws.append([])
                    ws.append(["Образовательная организация", org]); ws.append(["Год", 2024]); ws.append([])
                    ws.append(["Критерий", "Значение", "Ссылка"])
                    for w, v, l in rows: ws.append([w, v, l])
                """)
        let (d, report) = read(url)
        XCTAssertFalse(report.failed, "\(report.issues)")
        XCTAssertEqual(report.organisations.count, 3, "\(report.organisations)")
        XCTAssertTrue(d.unassigned.isEmpty, "\(d.unassigned.map(\.wording))")
        assertEachOrganisationsOwn(d, 3, "stacked forms")
    }

    /// Stacked forms named otherwise: by a title line that holds only the school's name, or over the value column
    /// («Критерий | МБОУ … | Ссылка»), under one title with the year for all (before: as with labels, the first school
    /// took the others' values — 50 used for another organisation in 12 forms).
    func testFormsStackedUnderTheirNamesAreEachTheirOwn() throws {
        for (name, write) in [
            ("под_заголовками.xlsx", "ws.append([]); ws.append([org]); ws.append(['Критерий', 'Значение', 'Ссылка'])"),
            ("в_шапке.xlsx", "ws.append([]); ws.append(['Критерий', org, 'Ссылка'])")
        ] {
            let url = try valueColumn.rewritten(
                name,
                Self.rows + """

                    ws.append(["Мониторинг ЦМН за 2024 год"])
                    for org in ['МБОУ "СОШ № 5"', 'МБОУ "СОШ № 42"', 'МБОУ ДО "ДДЮТ"']:
                        \(write)
                        for w, v, l in rows: ws.append([w, v, l])
                    """)
            let (d, report) = read(url)
            XCTAssertEqual(report.organisations.count, 3, "\(name): \(report.organisations) \(report.issues)")
            assertEachOrganisationsOwn(d, 3, name)
        }
    }

    /// A label of the organisation under the table (a signature line) or a second label in the block opens no form
    /// of its own: the sheet is one form.
    func testALabelThatOpensNoTableDoesNotSplitTheForm() throws {
        let url = try valueColumn.rewritten(
            "подпись.xlsx",
            Self.rows + """

                ws.append(["Образовательная организация", 'МБОУ "СОШ № 5"'])
                ws.append(["Полное наименование ОО", 'Муниципальное бюджетное общеобразовательное учреждение "СОШ № 5"'])
                ws.append(["Год", 2024]); ws.append([]); ws.append(["Критерий", "Значение", "Ссылка"])
                for w, v, l in rows: ws.append([w, v, l])
                ws.append([]); ws.append(["Организация", 'МБОУ "СОШ № 5"', "Директор И. И. Иванов"])
                """)
        let (d, report) = read(url)
        XCTAssertEqual(report.organisations.count, 1, "\(report.organisations)")
        valueColumn.assertSameValuesAndLinks(d, "one form with two labels of its organisation")
    }

    /// One form printed as two tables side by side, a header over each: every row's value from its own table (before:
    /// two value columns asked about, and after the choice in the mapping file the other table's rows were lost — 508
    /// of 1 003 values of 12 forms, with no word).
    func testTwoTablesSideBySideAreOneForm() throws {
        let url = try valueColumn.rewritten(
            "две_таблицы.xlsx",
            Self.rows + """

                ws.append(["Образовательная организация", 'МБОУ "СОШ № 5"']); ws.append(["Год", 2024]); ws.append([])
                h = (len(rows) + 1) // 2
                for c0, part in ((1, rows[:h]), (5, rows[h:])):
                    for c, t in enumerate(["Критерий", "Значение", "Ссылка"]): ws.cell(4, c0 + c, t)
                    for k, (w, v, l) in enumerate(part):
                        for c, x in enumerate([w, v, l]): ws.cell(5 + k, c0 + c, x)
                """)
        let (d, report) = read(url)
        XCTAssertFalse(report.failed, "\(report.issues)")
        XCTAssertTrue(d.valueColumnQuestions.isEmpty, "\(d.valueColumnQuestions)")
        valueColumn.assertSameValuesAndLinks(d, "two tables side by side")
    }

    /// A form laid out across (criteria in a row, values and links in the rows below) whose first column says
    /// «Критерий», «Значение», «Ссылка»: turned and read (before: skipped whole, «ни в одном столбце нет формулировок»).
    func testAFormAcrossWithLabelsDownTheFirstColumn() throws {
        let url = try valueColumn.rewritten(
            "поперёк.xlsx",
            Self.rows + """

                ws.append(["Образовательная организация", 'МБОУ "СОШ № 5"']); ws.append(["Год", 2024]); ws.append([])
                for r, (label, j) in enumerate([("Критерий", 0), ("Значение", 1), ("Ссылка", 2)]):
                    ws.cell(4 + r, 1, label)
                    for k, row in enumerate(rows): ws.cell(4 + r, 2 + k, row[j])
                """)
        let (d, report) = read(url)
        XCTAssertFalse(report.failed, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "a form laid out across")
    }

    /// The block typed right of the table («Образовательная организация» level with the header, «Год» a row below):
    /// its year is the form's, and its cells are no columns left out (before: no year, the run refused to write a
    /// workbook).
    func testABlockRightOfTheTableGivesTheYear() throws {
        let url = try valueColumn.rewritten(
            "справа.xlsx",
            Self.rows + """

                ws.append(["Критерий", "Значение", "Ссылка"])
                for w, v, l in rows: ws.append([w, v, l])
                ws["E1"] = "Образовательная организация"; ws["F1"] = 'МБОУ "СОШ № 5"'; ws["E2"] = "Год"; ws["F2"] = 2024
                ws["E4"] = "Примечание: Год указан по приказу"
                """)
        let (d, report) = read(url)
        XCTAssertEqual(report.year, 2024, "\(report.issues)")
        XCTAssertFalse(
            report.issues.contains { $0.kind == .missingYear || $0.kind == .ignoredColumn }, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "the block right of the table")
    }

    /// Each criterion with its value after a colon in one cell, the link beside («Количество наставников ОО (по
    /// приказу): 122»), a colon in some wordings and values too: read as the wording and its value, named in the cell
    /// (before: skipped whole, «ни в одном столбце нет формулировок»).
    func testAWordingWithItsValueInOneCell() throws {
        let url = try valueColumn.rewritten(
            "в_одной_ячейке.xlsx",
            Self.rows + """

                ws.append(["Образовательная организация", 'МБОУ "СОШ № 5"']); ws.append(["Год", 2024]); ws.append([])
                ws.append(["Критерий и значение", "Ссылка"])
                for w, v, l in rows: ws.append([f"{w}: {v}" if v is not None else w, l])
                ws.cell(ws.max_row, 1).value += " (курсы: 36 часов)"
                """)
        let (d, report) = read(url)
        XCTAssertFalse(report.failed, "\(report.issues)")
        XCTAssertTrue(d.observations.allSatisfy { $0.source.cell.hasPrefix("A") }, "named in the wordings' cells")
        let expected = ValueColumnTests.values(Support.read([ValueColumnTests.original]).0)
        let got = ValueColumnTests.values(d)
        // The last row (the courses) took « (курсы: 36 часов)» after its value: its value differs, the others do not.
        XCTAssertNotNil(got["kpk_courses"]?.0)
        XCTAssertNotEqual(got["kpk_courses"]?.0, expected["kpk_courses"]?.0)
        for (id, (value, link)) in expected where id != "kpk_courses" {
            XCTAssertEqual(got[id]?.0, value, id)
            XCTAssertEqual(got[id]?.1, link, id)
        }
        XCTAssertEqual(Set(got.keys), Set(expected.keys))
    }

    /// An export of another program with English labels («Organization», «Year», «Indicator | Value | Evidence»).
    func testEnglishLabels() throws {
        let url = try valueColumn.rewritten(
            "english.xlsx",
            Self.rows + """

                ws.append(["Organization", 'МБОУ "СОШ № 5"']); ws.append(["Year", 2024]); ws.append([])
                ws.append(["Indicator", "Value", "Evidence (URL)"])
                for w, v, l in rows: ws.append([w, v, l])
                """)
        let (d, report) = read(url)
        XCTAssertEqual(report.year, 2024, "\(report.issues)")
        XCTAssertFalse(report.issues.contains { $0.kind == .missingYear }, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "English labels")
    }

    /// The organisation named only over the value column with its year («МБОУ "СОШ № 5", 2024»): the year is the
    /// form's, not a part of the name (before: a 13th organisation «МБОУ "СОШ № 5", 2024» beside the school).
    func testANameEndingWithItsYear() throws {
        let url = try valueColumn.rewritten(
            "в_заголовке.xlsx",
            Self.rows + """

                ws.append(["Критерий", 'МБОУ "СОШ № 5", 2024', "Ссылка"])
                for w, v, l in rows: ws.append([w, v, l])
                """)
        let (d, report) = read(url)
        XCTAssertEqual(report.organisations, ["МБОУ \"СОШ № 5\""], "\(report.issues)")
        XCTAssertEqual(report.year, 2024)
        valueColumn.assertSameValuesAndLinks(d, "a name with its year over the values")
        XCTAssertEqual(HeaderBlock.withoutYear("ЦДТ (2024 г.)")?.0, "ЦДТ")
        XCTAssertEqual(HeaderBlock.withoutYear("МБОУ СОШ № 7 за 2024 год")?.1, 2024)
        XCTAssertNil(HeaderBlock.withoutYear("МБОУ СОШ № 2024"))
        XCTAssertNil(HeaderBlock.withoutYear("Лицей 2024"))
        // The bytes' pre-check lets through every year the expression takes, and only texts with one.
        XCTAssertEqual(HeaderBlock.withoutYear("Гимназия №1, 1998 года")?.1, 1998)
        XCTAssertEqual(HeaderBlock.withoutYear("Школа; 2030г")?.1, 2030)
        XCTAssertFalse(HeaderBlock.mayHoldYear("МБОУ СОШ № 5, 2ОЗ4"))
        XCTAssertFalse(HeaderBlock.mayHoldYear("Школа (２０２４)"))
        XCTAssertNil(HeaderBlock.withoutYear("Школа (２０２４)"), "the expression's year is not read from other digits")
    }

    /// Counts written as formulas with no stored result (a script's output) on rows without a link: each named as not
    /// read (before: such a row was taken for an empty one, its value lost with no word — 32 of 181 in 12 forms).
    func testAFormulaWithoutAResultOnARowWithoutALinkIsNamed() throws {
        let url = try valueColumn.rewritten(
            "формулы.xlsx",
            Self.rows + """

                ws.append(["Образовательная организация", 'МБОУ "СОШ № 5"']); ws.append(["Год", 2024]); ws.append([])
                ws.append(["Критерий", "Значение", "Ссылка"])
                for w, v, l in rows:
                    if isinstance(v, int) and not isinstance(v, bool) and v > 1 and not l: v = f"={v // 2}+{v - v // 2}"
                    ws.append([w, v, l])
                """)
        let (d, report) = read(url)
        let expected = ValueColumnTests.values(Support.read([ValueColumnTests.original]).0)
        let got = ValueColumnTests.values(d)
        let missing = expected.keys.filter { got[$0] == nil }
        XCTAssertGreaterThan(missing.count, 0, "the form has formulas on rows without a link")
        for (id, (value, link)) in got {
            XCTAssertEqual(value, expected[id]?.0, id)
            XCTAssertEqual(link, expected[id]?.1, id)
        }
        XCTAssertEqual(report.issues.filter { $0.kind == .uncomputedFormula }.count, missing.count, "\(report.issues)")
    }
}
