import Foundation
import XCTest

@testable import XLSXReader

/// Every bad file gives one clear Russian error that names the file and the problem — never a crash.
final class BadFileTests: XCTestCase {
    /// Reads every sheet of a fixture and returns the error it must raise.
    func failure(
        _ name: String, limits: ReaderLimits = .default, file: StaticString = #filePath,
        line: UInt = #line
    ) -> XLSXReadError? {
        do {
            _ = try Fixtures.read(name, limits: limits)
            XCTFail("\(name) was read without error", file: file, line: line)
            return nil
        } catch let e as XLSXReadError {
            XCTAssertTrue(e.description.contains(name), "message does not name the file: \(e)", file: file, line: line)
            XCTAssertNotNil(e.description.range(of: "[а-яё]{4}", options: .regularExpression), "not Russian: \(e)")
            return e
        } catch {
            XCTFail("unexpected error type \(error)", file: file, line: line)
            return nil
        }
    }

    func expect(
        _ name: String, _ kind: XLSXReadError.Kind, _ words: [String], limits: ReaderLimits = .default,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let e = failure(name, limits: limits, file: file, line: line) else { return }
        XCTAssertEqual(e.kind, kind, "\(e)", file: file, line: line)
        for w in words { XCTAssertTrue(e.description.contains(w), "«\(w)» missing in: \(e)", file: file, line: line) }
    }

    func testEmptyFile() { expect("bad_empty.xlsx", .empty, ["пустой"]) }
    func testTextRenamedXLSX() { expect("bad_text.xlsx", .notZip, ["не архив ZIP"]) }
    func testTruncatedZip() { expect("bad_truncated.xlsx", .corruptZip, ["повреждён или обрезан"]) }
    func testBadCRC() { expect("bad_crc.xlsx", .corruptZip, ["CRC", "xl/worksheets/sheet1.xml"]) }
    func testOldXLS() { expect("bad_old.xls", .oldXLS, ["97–2003", ".xls"]) }
    func testPasswordProtected() { expect("bad_password.xlsx", .encrypted, ["паролем"]) }
    func testODS() { expect("bad_ods.ods", .ods, ["OpenDocument"]) }
    func testNoWorkbook() { expect("bad_no_workbook.xlsx", .missingPart, ["не найдена книга"]) }
    /// A sheet whose part is missing is left out with its reason; the workbook itself opens.
    func testMissingSheetPartSkipsThatSheet() throws {
        let file = try XLSXFile.open(Fixtures.path("bad_missing_sheet.xlsx"))
        XCTAssertEqual(file.sheets, [])
        XCTAssertEqual(file.skippedSheets.map(\.name), ["Лист1"])
        let reason = try XCTUnwrap(file.skippedSheets.first?.reason)
        XCTAssertEqual(reason.kind, .missingPart)
        XCTAssertTrue(reason.isConfinedToSheet)
        XCTAssertTrue(
            reason.description.contains("xl/worksheets/sheet1.xml") && reason.description.contains("«Лист1»"),
            "\(reason)")
    }
    func testSharedStringIndexOutOfRange() {
        expect("bad_shared_index.xlsx", .badSharedString, ["ячейка B1", "7", "«Лист1»"])
    }
    func testCellReferenceOutOfRange() { expect("bad_cell_ref.xlsx", .badReference, ["XFE1"]) }
    func testRowOutOfRange() { expect("bad_row_ref.xlsx", .badReference, ["1048577"]) }

    /// Two entries under one name (here `xl/worksheets/sheet1.xml` and `xl\worksheets\sheet1.xml`): which
    /// one is the sheet would be a guess, so the file is refused.
    func testDuplicateEntryNamesAreRefused() {
        expect("bad_duplicate_entry.xlsx", .corruptZip, ["дважды", "xl/worksheets/sheet1.xml"])
    }
    func testMalformedXMLGivesPartLineAndColumn() {
        expect("bad_xml.xlsx", .malformedXML, ["xl/worksheets/sheet1.xml", "строка 4", "столбец"])
    }
    func testEntityExpansionBombIsRejected() { expect("bad_entities.xlsx", .forbiddenXML, ["DOCTYPE"]) }

    func testExternalEntityIsRejectedAndItsTargetNeverRead() {
        let hostname =
            (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard let e = failure("bad_xxe.xlsx") else { return }
        XCTAssertEqual(e.kind, .forbiddenXML)
        if !hostname.isEmpty { XCTAssertFalse(e.description.contains(hostname)) }
    }

    func testZipBombStopsAtThePartLimitCountedWhileInflating() {
        var limits = ReaderLimits()
        limits.maxPartBytes = 1 << 20
        expect("bad_bomb.xlsx", .limitExceeded, ["1 МиБ", "zip-бомба", "xl/worksheets/sheet1.xml"], limits: limits)
    }

    func testCompressionRatioLimit() {
        var limits = ReaderLimits()
        limits.ratioFloorBytes = 1 << 20
        limits.maxCompressionRatio = 100
        expect("bad_bomb.xlsx", .limitExceeded, ["степень сжатия"], limits: limits)
    }

    func testTotalSizeLimit() {
        var limits = ReaderLimits()
        limits.maxTotalBytes = 4 << 20
        expect("bad_bomb.xlsx", .limitExceeded, ["общий"], limits: limits)
    }

    func testEntryCountLimit() {
        var limits = ReaderLimits()
        limits.maxEntries = 3
        expect("openpyxl_form.xlsx", .limitExceeded, ["частей"], limits: limits)
    }

    func testMissingFileAndDirectory() {
        XCTAssertThrowsError(try XLSXFile.open("/nonexistent/форма школы.xlsx")) {
            XCTAssertTrue("\($0)".contains("форма школы.xlsx") && "\($0)".contains("не найден"), "\($0)")
        }
    }
}
