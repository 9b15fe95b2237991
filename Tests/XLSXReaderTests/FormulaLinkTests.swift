import Foundation
import XCTest

@testable import XLSXReader

/// A HYPERLINK formula's literal target is the cell's link, as a <hyperlink> element's is (issue 25: the link of a
/// cell that shows «документ»). Fixture written by XlsxWriter (scripts/make_reader_fixtures.py).
final class FormulaLinkTests: XCTestCase {
    func testALiteralTargetIsTheLinkAndTheShownTextStays() throws {
        let (_, tables) = try Fixtures.read("xlsxwriter_hyperlink_formulas.xlsx")
        let t = tables[0]
        func link(_ a1: String) -> Hyperlink? { t.hyperlinks[CellRef(Substring(a1))!] }
        XCTAssertEqual(link("C1")?.url, "https://example.org/prikaz.pdf")
        XCTAssertEqual(link("C1")?.display, "документ")
        XCTAssertEqual(Fixtures.text(t, "C1"), "документ", "the value is the text the cell shows")
        XCTAssertEqual(link("C2")?.url, "https://example.org/a?x=\"1\"", "a doubled quote is one quote")
        XCTAssertEqual(link("C3")?.location, "Форма!A1", "«#…» is a place in the workbook")
        XCTAssertNil(link("C3")?.url)
        XCTAssertNil(link("C4"), "a target computed from a cell is not guessed")
        XCTAssertNil(link("C5"), "nor a concatenation")
    }

    func testFormulaTextsThatAreNotALiteralHyperlink() {
        func parse(_ s: String) -> Hyperlink? { FormulaLink.parse(Array(s.utf8), shown: nil) }
        XCTAssertEqual(parse("hyperlink( \"http://a.ru/x\" ; \"t\")")?.url, "http://a.ru/x", "any case, spaces, «;»")
        XCTAssertEqual(parse("_xlfn.HYPERLINK(\"http://a.ru\")")?.url, "http://a.ru")
        XCTAssertEqual(parse("of:HYPERLINK(\"http://a.ru\")")?.url, "http://a.ru")
        XCTAssertNil(parse("SUM(A1:A3)"))
        XCTAssertNil(parse("HYPERLINKS(\"http://a.ru\")"))
        XCTAssertNil(parse("HYPERLINK(\"http://a.ru"), "unterminated")
        XCTAssertNil(parse("HYPERLINK(\"\")"), "empty target")
    }

    /// The sheets a formula reads (a «Свод» gathered from the schools' sheets, held-out set 55).
    func testTheSheetsAFormulaReads() {
        func names(_ s: String) -> [String] { FormulaLink.sheetNames(Array(s.utf8)).sorted() }
        XCTAssertEqual(names("СОШ2!C13"), ["СОШ2"])
        XCTAssertEqual(names("'ООШ д.Ключи'!C13+Гимн!C13"), ["ООШ д.Ключи", "Гимн"].sorted())
        XCTAssertEqual(names("SUM('Школа ''Радуга'''!B2:B9)"), ["Школа 'Радуга'"], "a doubled quote is one quote")
        XCTAssertEqual(names("SUM(B4:D4)"), [], "no other sheet")
    }
}
