import Foundation
import XCTest

@testable import XLSXReader

/// Edge cases written by hand as XML parts (scripts/make_reader_fixtures.py).
final class HandBuiltTests: XCTestCase {
    func testStrictNamespacesAbsoluteTargetsRichTextAndPhonetics() throws {
        let (_, tables) = try Fixtures.read("hand_strict.xlsx")
        let t = tables[0]
        XCTAssertEqual(Fixtures.text(t, "A1"), "Нормативное обеспечение", "runs joined, phonetic run ignored")
        XCTAssertEqual(Fixtures.text(t, "B1"), "  с пробелами  ", "xml:space=preserve keeps spaces")
        XCTAssertEqual(Fixtures.number(t, "C1"), 42)
    }

    func testCellsWithoutReferencesInlineStringsAndTypes() throws {
        let (file, tables) = try Fixtures.read("hand_no_refs.xlsx")
        XCTAssertTrue(file.date1904)
        let t = tables[0]
        XCTAssertEqual(Fixtures.text(t, "A1"), "первая")
        XCTAssertEqual(Fixtures.number(t, "B1"), 1.5)
        XCTAssertEqual(t.cell(CellRef(Substring("C1"))!)?.value, .bool(true))
        XCTAssertEqual(t.cell(CellRef(Substring("A2"))!)?.value, .error("#N/A"))
        XCTAssertNil(t.cell(CellRef(Substring("B2"))!), "an empty <c/> holds nothing")
        guard case .date(let d, _)? = t.cell(CellRef(Substring("C2"))!)?.value else { return XCTFail("C2 not a date") }
        XCTAssertEqual(ISO8601DateFormatter().string(from: d), "2024-10-07T00:00:00Z")
        XCTAssertEqual(Fixtures.text(t, "A5"), "первая!", "row r=5 after two rows without r")
        XCTAssertEqual(Fixtures.number(t, "D5"), 2)
        XCTAssertEqual(Fixtures.number(t, "E5"), 3, "a cell without r follows the previous one")
        XCTAssertEqual(t.rows.map(\.index), [0, 1, 4])
    }

    func testNumberFormatsWithoutSharedStrings() throws {
        let (_, tables) = try Fixtures.read("hand_styles.xlsx")
        let t = tables[0]
        XCTAssertEqual(t[0, 0]?.isPercent, true, "custom 0.0%")
        guard case .date(let d, let serial)? = t[0, 1]?.value else { return XCTFail("custom dd/mm/yyyy is a date") }
        XCTAssertEqual(serial, 45572)
        XCTAssertEqual(ISO8601DateFormatter().string(from: d), "2024-10-07T00:00:00Z")
        XCTAssertEqual(t[0, 2]?.isTextFormat, true, "built-in 49 is text")
        XCTAssertEqual(t[0, 3]?.isPercent, true, "built-in 10 is 0.00%")
        XCTAssertEqual(t[0, 4]?.value, .number(12))
        XCTAssertEqual(t[0, 4]?.isPercent, false, "a quoted suffix is not a date")
    }

    func testHyperlinksMergesAndHiddenRowsAndColumns() throws {
        let (_, tables) = try Fixtures.read("hand_links.xlsx")
        let t = tables[0]
        XCTAssertEqual(t.hyperlinks[CellRef(row: 0, column: 0)]?.url, "https://alt.izh.one/quality/download/779")
        XCTAssertEqual(t.hyperlinks[CellRef(row: 0, column: 3)]?.url, "file:///C:/Users/Downloads/prikaz.pdf")
        XCTAssertEqual(
            t.hyperlinks[CellRef(row: 1, column: 3)]?.url, "file:///C:/Users/Downloads/prikaz.pdf",
            "a range hyperlink applies to each cell")
        XCTAssertEqual(t.hyperlinks[CellRef(row: 0, column: 4)]?.location, "Лист1!A1")
        XCTAssertEqual(t.merged.map(\.description), ["A3:C4"])
        XCTAssertEqual(t.hiddenColumns, [1, 2])
        XCTAssertEqual(t.rows.map(\.hidden), [false, true])
    }

    func testRelationshipTargetsNormalise() {
        XCTAssertEqual(
            PartPaths.resolve("/xl/worksheets/sheet1.xml", from: "xl/workbook.xml"), "xl/worksheets/sheet1.xml")
        XCTAssertEqual(PartPaths.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml"), "xl/worksheets/sheet1.xml")
        XCTAssertEqual(PartPaths.resolve("../media/a.png", from: "xl/worksheets/sheet1.xml"), "xl/media/a.png")
        XCTAssertEqual(
            PartPaths.resolve("../../../../etc/passwd", from: "xl/workbook.xml"), "etc/passwd",
            "never climbs above the package root")
        XCTAssertEqual(PartPaths.relsPath(of: "xl/workbook.xml"), "xl/_rels/workbook.xml.rels")
        XCTAssertEqual(PartPaths.relsPath(of: ""), "_rels/.rels")
    }

    func testCustomFormatClassification() {
        XCTAssertEqual(Styles.classify("0.00%"), .percent)
        XCTAssertEqual(Styles.classify("dd.mm.yyyy"), .date)
        XCTAssertEqual(Styles.classify("[$-419]d mmmm yyyy"), .date)
        XCTAssertEqual(Styles.classify("# ##0"), .general)
        XCTAssertEqual(Styles.classify("[Red]0.00"), .general)
        XCTAssertEqual(Styles.classify("0\" мес\""), .general)
        XCTAssertEqual(Styles.classify("@"), .text)
        XCTAssertEqual(Styles.classify("General"), .general)
    }

    /// Rows set anew (a sheet's cells rewritten by a reader, `SheetLanguages`) are what the table's positions give:
    /// before, the positions still gave the cells as read.
    func testSettingRowsReindexesCells() {
        var t = SheetTable(
            name: "Лист1",
            rows: [Row(index: 0, hidden: false, cells: [Cell(column: 1, value: .text("Мәгънә / Значение"))])],
            merged: [], hyperlinks: [:], hiddenColumns: [])
        t.rows = [Row(index: 0, hidden: false, cells: [Cell(column: 1, value: .text("Значение"))])]
        XCTAssertEqual(t[0, 1]?.value, .text("Значение"))
        XCTAssertEqual(t.cell(CellRef(row: 0, column: 1))?.value, .text("Значение"))
    }
}
