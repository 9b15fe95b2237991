import Foundation
import XCTest

@testable import XLSXReader

/// Shapes met in real files written by other programs (issue 14): each fixture is hand-built by
/// scripts/make_reader_fixtures.py (`real_world`) and failed before the reader was fixed.
final class RealWorldShapesTests: XCTestCase {
    private func table(_ name: String) throws -> SheetTable {
        let (_, tables) = try Fixtures.read(name)
        return try XCTUnwrap(tables.first)
    }

    /// Pretty-printed `<si>` and `<is>`: only the text of `<t>` counts, never the indentation between elements.
    func testWhitespaceBetweenStringElementsIsNotText() throws {
        let t = try table("real_pretty_strings.xlsx")
        XCTAssertEqual(Fixtures.text(t, "A1"), "Contact Number")
        XCTAssertEqual(Fixtures.text(t, "B1"), "Date")
        XCTAssertEqual(Fixtures.text(t, "C1"), "", "an <si> with only <t/> is empty text, not indentation")
        XCTAssertEqual(Fixtures.text(t, "D1"), "Количество наставников", "rich-text runs joined, phonetic run left out")
        XCTAssertEqual(Fixtures.text(t, "E1"), "Встроенная", "inline string")
        XCTAssertEqual(Fixtures.text(t, "A2"), "  два пробела  ", "spaces inside <t xml:space=preserve> are kept")
        XCTAssertEqual(Fixtures.text(t, "B2"), "строка 1\nстрока 2", "a line break inside <t> is kept")
    }

    /// `_xHHHH_` escapes are decoded in shared strings, inline strings and cached formula strings.
    func testExcelEscapesAreDecoded() throws {
        let t = try table("real_escapes.xlsx")
        XCTAssertEqual(Fixtures.text(t, "A1"), "ABC\r\nDEF")
        XCTAssertEqual(Fixtures.text(t, "B1"), "_x000A_", "_x005F_ protects a literal _x sequence")
        XCTAssertEqual(Fixtures.text(t, "C1"), "групп\u{1D}а")
        XCTAssertEqual(
            Fixtures.text(t, "D1"), "не экранировано: _xZZZZ_ и _x12_", "what is not an escape stays as written")
        XCTAssertEqual(Fixtures.text(t, "E1"), "строчные: \r\n", "lower-case hex digits")
        XCTAssertEqual(Fixtures.text(t, "A2"), "Число наставников\r\nв ОО")
        XCTAssertEqual(Fixtures.text(t, "B2"), "x\ty")
    }

    func testEscapeDecoderEdgeCases() {
        XCTAssertEqual(StringEscapes.decode("_x"), "_x")
        XCTAssertEqual(StringEscapes.decode("_x000D"), "_x000D")
        XCTAssertEqual(StringEscapes.decode("_x000D__x000A_"), "\r\n")
        XCTAssertEqual(StringEscapes.decode("_xD800_"), "_xD800_", "a lone surrogate is not a character")
        XCTAssertEqual(StringEscapes.decode("ё_x0020_ё"), "ё ё")
    }

    /// `[h]:mm`, `[mm]:ss`, `[ss]` are elapsed times; `t="d"` keeps the time of a date-time and reads a time alone.
    func testElapsedTimesAndISODateTimes() throws {
        let t = try table("real_dates.xlsx")
        func value(_ a1: String) -> CellValue? { t.cell(CellRef(Substring(a1))!)?.value }
        XCTAssertEqual(value("A1"), .duration(36 * 3600), "1.5 days in [h]:mm is 36:00")
        XCTAssertEqual(value("B1"), .duration(5400), "0.0625 days in [mm]:ss is 90 minutes")
        XCTAssertEqual(
            value("C1").flatMap { if case .duration(let s) = $0 { return s.rounded() } else { return nil } }, 60)
        XCTAssertEqual(value("D1"), .duration(54 * 3600))
        XCTAssertEqual(value("D1")?.plainText, "54:00:00")
        guard case .date(_, let e1)? = value("E1") else { return XCTFail("dd.mm.yyyy hh:mm is a date") }
        XCTAssertEqual(e1, 45572.5)

        let utc = ISO8601DateFormatter()
        let tenPastTen: Double = 36_610 / 86_400  // 10:10:10 as a fraction of a day
        guard case .date(let a2, let a2serial)? = value("A2") else { return XCTFail("A2 not a date") }
        XCTAssertEqual(
            utc.string(from: a2), "2021-01-01T10:10:10Z", "the time of an ISO date-time without a zone is kept")
        XCTAssertEqual(a2serial, 44197 + tenPastTen, accuracy: 1e-9)
        guard case .date(_, let b2serial)? = value("B2") else { return XCTFail("a time alone is a time, not text") }
        XCTAssertEqual(b2serial, tenPastTen, accuracy: 1e-9)
        guard case .date(let c2, let c2serial)? = value("C2") else { return XCTFail("C2 not a date") }
        XCTAssertEqual(utc.string(from: c2), "2024-10-07T00:00:00Z")
        XCTAssertEqual(c2serial, 45572)
        guard case .date(let d2, _)? = value("D2") else { return XCTFail("D2 not a date") }
        XCTAssertEqual(d2.timeIntervalSince(a2), 0.5, accuracy: 1e-6, "fractional seconds kept, «Z» accepted")
        XCTAssertNil(XLSXDates.parseISO("2021-02-30"), "no 30 February")
        XCTAssertNil(XLSXDates.parseISO("10:61"))
        XCTAssertNil(XLSXDates.parseISO("вчера"))
    }

    func testElapsedFormatsAreClassified() {
        XCTAssertEqual(Styles.classify("[h]:mm"), .duration)
        XCTAssertEqual(Styles.classify("[mm]:ss"), .duration)
        XCTAssertEqual(Styles.classify("[ss]"), .duration)
        XCTAssertEqual(Styles.classify("[HH]:MM:SS"), .duration)
        XCTAssertEqual(Styles.classify("[$-419]hh:mm"), .date, "a locale bracket is not an elapsed time")
        XCTAssertEqual(Styles.classify("[Red][h]:mm"), .duration)
    }

    func testBackslashEntryNamesAreRead() throws {
        let (file, tables) = try Fixtures.read("real_backslash_names.xlsx")
        XCTAssertEqual(file.sheets.map(\.name), ["Лист1"])
        XCTAssertEqual(Fixtures.text(tables[0], "A1"), "первый")
        XCTAssertEqual(Fixtures.number(tables[0], "B1"), 7)
    }

    /// A sheet with `r:id=""` is skipped with its reason; the sheets around it are read, in order.
    func testSheetWithoutPartIsSkippedAndTheRestRead() throws {
        let file = try XLSXFile.open(Fixtures.path("real_empty_rid.xlsx"))
        XCTAssertEqual(file.sheets.map(\.name), ["Первый", "Третий"])
        XCTAssertEqual(file.skippedSheets.map(\.name), ["Второй"])
        XCTAssertTrue(file.skippedSheets[0].reason.description.contains("r:id=\"\""), "\(file.skippedSheets[0].reason)")
        let (tables, skipped) = try file.readAllSheets()
        XCTAssertEqual(tables.map { Fixtures.text($0, "A1") }, ["первый", "третий"])
        XCTAssertEqual(skipped.count, 1)
    }

    /// An impossible row number spoils its sheet only: the other sheets are read whole.
    func testImpossibleRowNumberSkipsOnlyItsSheet() throws {
        let file = try XLSXFile.open(Fixtures.path("real_bad_row_second_sheet.xlsx"))
        let (tables, skipped) = try file.readAllSheets()
        XCTAssertEqual(tables.map(\.name), ["Первый", "Третий"])
        XCTAssertEqual(skipped.map(\.name), ["Второй"])
        XCTAssertEqual(skipped[0].reason.kind, .badReference)
        XCTAssertTrue(
            skipped[0].reason.description.contains("«0»") && skipped[0].reason.description.contains("«Второй»"),
            "\(skipped[0].reason)")
        XCTAssertEqual(Fixtures.number(tables[0], "B1"), 7)
    }

    /// An empty `<sheets/>` is an empty workbook, not an error.
    func testEmptySheetsElementIsAnEmptyWorkbook() throws {
        let file = try XLSXFile.open(Fixtures.path("real_empty_sheets.xlsx"))
        XCTAssertEqual(file.sheets, [])
        XCTAssertEqual(file.skippedSheets, [])
    }
}
