import Foundation
import XCTest

@testable import XLSXReader

/// Files written by openpyxl, XlsxWriter and LibreOffice read back as their writers meant.
final class IndependentWriterTests: XCTestCase {
    func testOpenpyxlForm() throws {
        let (file, tables) = try Fixtures.read("openpyxl_form.xlsx")
        XCTAssertEqual(file.sheets.map(\.name), ["Форма", "Скрытый", "ОченьСкрытый"])
        XCTAssertEqual(file.sheets.map(\.state), [.visible, .hidden, .veryHidden])
        let t = tables[0]
        XCTAssertEqual(Fixtures.text(t, "B1"), "МБОУ \"СОШ № 5\"")
        XCTAssertEqual(Fixtures.number(t, "C4"), 122)
        XCTAssertEqual(Fixtures.text(t, "D4"), "ссылка")
        XCTAssertEqual(t.hyperlinks[CellRef(Substring("D4"))!]?.url, "https://school5.example.ru/docs/prikaz.pdf")
        let share = t.cell(CellRef(Substring("C5"))!)
        XCTAssertEqual(share?.value, .number(0.0728))
        XCTAssertEqual(share?.isPercent, true)
        guard case .date(let d, let serial)? = t.cell(CellRef(Substring("C6"))!)?.value else {
            return XCTFail("C6 not a date")
        }
        XCTAssertEqual(serial, 45572)
        XCTAssertEqual(ISO8601DateFormatter().string(from: d), "2024-10-07T00:00:00Z")
        XCTAssertEqual(t.cell(CellRef(Substring("C7"))!)?.value, .bool(true))
        XCTAssertEqual(Fixtures.text(t, "B8"), "  пробелы по краям  ")
        XCTAssertEqual(Fixtures.text(t, "C8"), "1 111")
        XCTAssertEqual(t.cell(CellRef(Substring("C8"))!)?.isTextFormat, true)
        XCTAssertEqual(t.merged.map(\.description), ["A4:A5"])
        XCTAssertEqual(t.displayed(CellRef(Substring("A5"))!)?.value, .text("1. Нормативное обеспечение"))
        XCTAssertEqual(t.hiddenColumns, [4])
        XCTAssertEqual(t.rows.first { $0.index == 9 }?.hidden, true)
        XCTAssertEqual(Fixtures.text(tables[1], "A1"), "секрет")
    }

    func testXlsxWriterFeatures() throws {
        let (_, tables) = try Fixtures.read("xlsxwriter_features.xlsx")
        let t = tables[0]
        XCTAssertEqual(Fixtures.number(t, "B1"), 57814)
        XCTAssertEqual(t.cell(CellRef(Substring("C1"))!)?.isPercent, true)
        XCTAssertEqual(Fixtures.number(t, "A2"), 115628, "cached value of a numeric formula")
        XCTAssertEqual(t.cell(CellRef(Substring("A2"))!)?.hasFormula, true)
        XCTAssertEqual(Fixtures.text(t, "B2"), "АБ", "cached value of a string formula")
        XCTAssertEqual(Fixtures.text(t, "A3"), "Полужирный и курсив", "rich-text runs concatenated")
        XCTAssertEqual(t.hyperlinks[CellRef(Substring("A5"))!]?.url, "https://disk.yandex.ru/i/LKiR179tWxtiwA")
        XCTAssertEqual(t.cell(CellRef(Substring("A6"))!)?.value, .bool(false))
        XCTAssertEqual(t.merged.map(\.description), ["C5:D6"])
        XCTAssertEqual(Fixtures.text(t, "AE10"), "далеко")
    }

    func testXlsxWriter1904Dates() throws {
        let (file, tables) = try Fixtures.read("xlsxwriter_1904.xlsx")
        XCTAssertTrue(file.date1904)
        guard case .date(let d, _)? = tables[0].cell(CellRef(row: 0, column: 0))?.value else { return XCTFail() }
        XCTAssertEqual(ISO8601DateFormatter().string(from: d), "2024-10-07T00:00:00Z")
    }

    func testLibreOfficeConvertedCSV() throws {
        let (_, tables) = try Fixtures.read("libreoffice_csv.xlsx")
        let t = tables[0]
        XCTAssertEqual(Fixtures.text(t, "A2"), "МБОУ \"СОШ № 5\"")
        XCTAssertEqual(Fixtures.number(t, "B3"), 51)
        XCTAssertEqual(t.cell(CellRef(Substring("C2"))!)?.value, .number(0.0728))
        XCTAssertEqual(t.cell(CellRef(Substring("C2"))!)?.isPercent, true)
    }
}
