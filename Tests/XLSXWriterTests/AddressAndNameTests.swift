import XCTest

@testable import XLSXWriter

final class AddressAndNameTests: XCTestCase {
    func testA1Conversion() {
        XCTAssertEqual(CellAddress.columnName(0), "A")
        XCTAssertEqual(CellAddress.columnName(25), "Z")
        XCTAssertEqual(CellAddress.columnName(26), "AA")
        XCTAssertEqual(CellAddress.columnName(701), "ZZ")
        XCTAssertEqual(CellAddress.columnName(16_383), "XFD")
        XCTAssertEqual(CellAddress("B7"), CellAddress(row: 6, column: 1))
        XCTAssertEqual(CellAddress("$XFD$1048576"), CellAddress(row: 1_048_575, column: 16_383))
        XCTAssertNil(CellAddress("XFE1"))
        XCTAssertNil(CellAddress("A1048577"))
        XCTAssertNil(CellAddress("A0"))
        XCTAssertNil(CellAddress("1A"))
        XCTAssertEqual(CellRange("C3:A1")?.description, "A1:C3")
        XCTAssertEqual(CellAddress(row: 9, column: 27).description, "AB10")
    }

    func testSheetNamesAreSanitised() {
        XCTAssertEqual(SheetName.sanitise("Итоги: [2024]/*?"), "Итоги_ _2024____")
        XCTAssertEqual(SheetName.sanitise("'Таблица'"), "Таблица")
        XCTAssertEqual(SheetName.sanitise(""), "Лист")
        let long = SheetName.sanitise(String(repeating: "Ж", count: 40))
        XCTAssertEqual(long.count, 31)
    }

    func testSheetNamesAreMadeUniqueCaseInsensitively() {
        XCTAssertEqual(SheetName.unique("Таблица 1", existing: ["таблица 1"]), "Таблица 1 (2)")
        XCTAssertEqual(SheetName.unique("Таблица 1", existing: ["Таблица 1", "Таблица 1 (2)"]), "Таблица 1 (3)")
        let long = String(repeating: "Ж", count: 31)
        let u = SheetName.unique(long, existing: [long])
        XCTAssertEqual(u.utf16.count, 31)
        XCTAssertTrue(u.hasSuffix(" (2)"))
    }

    func testColours() {
        XCTAssertEqual(RGBColor(hex: "#c6efce")?.description, "C6EFCE")
        XCTAssertNil(RGBColor(hex: "GGGGGG"))
        XCTAssertNil(RGBColor(hex: "FFF"))
    }
}
