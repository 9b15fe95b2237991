import Foundation
import XCTest

@testable import XLSXReader

/// Texts outside the cells (page header and footer, notes, text boxes, defined names, document properties), read
/// from a file XlsxWriter wrote (scripts/make_reader_fixtures.py, `xlsxwriter_places`).
final class PackageTextsTests: XCTestCase {
    func testHeaderAndFooterPrintTheirSectionsWithoutCodes() throws {
        let (_, tables) = try Fixtures.read("xlsxwriter_places.xlsx")
        XCTAssertEqual(
            tables[0].headerFooter,
            ["МБОУ «СОШ № 18» & партнёры", "Исполнитель: Петрова А.А., тел. 8(900)000-00-00", "Страница  из"])
        XCTAssertEqual(tables[1].headerFooter, [])
    }

    func testCodesOfAHeader() {
        XCTAssertEqual(HeaderFooterText.sections("&C&\"-,Полужирный\"&12МАОУ «Лицей»&R&KFF0000&P+1"), ["МАОУ «Лицей»"])
        XCTAssertEqual(HeaderFooterText.sections("Без секций && кодов"), ["Без секций & кодов"])
        XCTAssertEqual(HeaderFooterText.sections("&L&D&C&T&R&F &A"), [])
    }

    func testNotesAndTextBoxes() throws {
        let file = try XLSXFile.open(Fixtures.path("xlsxwriter_places.xlsx"))
        let notes = try file.notes(file.sheets[0])
        XCTAssertEqual(notes.comments.map(\.cell), [CellRef(row: 0, column: 0)])
        XCTAssertEqual(notes.comments.map(\.text), ["МБОУ «ООШ № 2», зам. директора по УВР"])
        XCTAssertEqual(notes.textBoxes, ["МАОУ «Гимназия № 4»\nг. Ключегорск"])
        XCTAssertEqual(try file.notes(file.sheets[1]), SheetNotes())
    }

    func testDefinedNamesAndTheirConstants() throws {
        let file = try XLSXFile.open(Fixtures.path("xlsxwriter_places.xlsx"))
        let names = Dictionary(uniqueKeysWithValues: file.definedNames.map { ($0.name, $0) })
        XCTAssertEqual(names["Наименование_ОО"]?.constantText, "МБОУ \"СОШ № 25\"")
        XCTAssertEqual(names["Наименование_ОО"]?.sheetIndex, nil)
        XCTAssertEqual(names["Местное"]?.constantText, "Лицей № 9")
        XCTAssertEqual(names["Местное"]?.sheetIndex, 1)
        XCTAssertNil(names["Диапазон"]?.constantText)
        XCTAssertNil(DefinedName(name: "x", sheetIndex: nil, formula: "\"А\"&B1&\"Б\"").constantText)
    }

    func testDocumentProperties() throws {
        let file = try XLSXFile.open(Fixtures.path("xlsxwriter_places.xlsx"))
        let p = try file.documentProperties()
        XCTAssertEqual(p.title, "Мониторинг ЦМН — МБОУ «СОШ № 12»")
        XCTAssertEqual(p.subject, "Наставничество")
        XCTAssertEqual(p.keywords, "ЦМН, 2024")
        XCTAssertEqual(p.company, "МБОУ СОШ № 12 г. Ключегорска")
        XCTAssertEqual(p.manager, "Иванова")
        // A package without properties gives empty fields.
        let bare = try XLSXFile.open(Fixtures.path("hand_links.xlsx"))
        XCTAssertEqual(try bare.documentProperties(), DocumentProperties())
    }
}
