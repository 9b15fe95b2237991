import Foundation
import XCTest
import XLSXReader

@testable import Normaliser

/// The small rules behind the exports of other programs read in session 40: a CSV left in one column, a pivot's
/// «value_…»/«url_…» names, field codes, and the whole an «из них» row belongs to. Each is also exercised end to end
/// by a held-out set typed by a helper (heldout30, 32, 36, 39).
final class ExportShapeTests: XCTestCase {
    /// «;» splits a CSV row; a quoted field keeps its «;» and its doubled quotes.
    func testACSVRowSplitsAtItsDelimiterOutsideQuotes() {
        XCTAssertEqual(
            DelimitedRows.fields("МБОУ «СОШ № 3»;16;3;;https://a.ru/x.pdf", ";"),
            ["МБОУ «СОШ № 3»", "16", "3", "", "https://a.ru/x.pdf"])
        XCTAssertEqual(
            DelimitedRows.fields("\"ООО \"\"Ромашка\"\"; филиал\";2", ";"), ["ООО \"Ромашка\"; филиал", "2"])
    }

    /// A sheet is split only when every text stands in one column and most rows hold the delimiter twice.
    func testOnlyASheetOfOneColumnOfDelimitedRowsIsSplit() {
        func row(_ i: Int, _ texts: [String]) -> Row {
            Row(
                index: i, hidden: false,
                cells: texts.enumerated().map { Cell(column: $0.offset, value: .text($0.element)) })
        }
        let csv = (0..<4).map { row($0, ["Организация;Педагоги;Наставники"]) }
        XCTAssertEqual(DelimitedRows.delimiter(csv), ";")
        let split = DelimitedRows.split(csv, by: ";")
        XCTAssertEqual(split[0].cells.map(\.text), ["Организация", "Педагоги", "Наставники"])
        XCTAssertEqual(split[0].cells.map(\.column), [0, 1, 2])
        let form = (0..<4).map { row($0, ["Наставники; чел.; всего", "12"]) }
        XCTAssertNil(DelimitedRows.delimiter(form), "a form's text with «;» beside its value is no CSV")
    }

    /// R's `pivot_wider` names: the value's column by its wording, the address's as that column's link; a field's
    /// name without a wording is no pivot name.
    func testAPivotsColumnNamesGiveTheWordingAndItsLink() {
        XCTAssertEqual(WideLayoutReader.pivotName("value_Соглашения с ОО")?.rest, "Соглашения с ОО")
        XCTAssertEqual(WideLayoutReader.pivotName("url_Соглашения с ОО")?.kind, .link)
        XCTAssertNil(WideLayoutReader.pivotName("value_2"))
        XCTAssertNil(WideLayoutReader.pivotName("Значение"))
    }

    /// Field codes need a digit and something besides digits: «P1_1», «3.1.2», not «2024», not «Код».
    func testAFieldCodeIsOneTokenWithADigit() {
        for code in ["P1_1", "ind_05", "3.1.2", "r5_99", "doc_01_url"] {
            XCTAssertTrue(CodeDictionary.isCode(code), code)
        }
        for text in ["2024", "Код", "Наставники 15", "P 1"] { XCTAssertFalse(CodeDictionary.isCode(text), text) }
    }

    /// «из них … в роли наставника» under «Наставников всего» and «Наставляемых всего» belongs to the mentors' row;
    /// a part that names no role, or the same role as the nearest row, belongs to the nearest.
    func testAPartNamingTheMentorsRoleBelongsToTheMentorsRow() {
        let wholes = ["Наставников всего (по приказу ОО), чел.", "Наставляемых всего (по приказу ОО), чел."]
        XCTAssertEqual(PartRole.whole(for: "из них молодые специалисты в роли наставника", among: wholes), wholes[0])
        XCTAssertEqual(PartRole.whole(for: "из них обучающиеся 10–19 лет", among: wholes), wholes[1])
        XCTAssertEqual(PartRole.whole(for: "из них в роли наставляемых", among: wholes), wholes[1])
        XCTAssertEqual(PartRole.of("Количество программ наставничества"), nil)
    }
}

extension ExportShapeTests {
    /// An autocorrected hyperlink that took the sentence's «.» or «)» with it loses them; a «)» of the address stays.
    func testAnAddressLosesTheSentencesPunctuation() {
        XCTAssertEqual(
            FormLayoutReader.withoutSentencePunctuation("https://a.ru/doc.pdf."), "https://a.ru/doc.pdf")
        XCTAssertEqual(
            FormLayoutReader.withoutSentencePunctuation("https://a.ru/prikaz.pdf)"), "https://a.ru/prikaz.pdf")
        XCTAssertEqual(
            FormLayoutReader.withoutSentencePunctuation("https://ru.wikipedia.org/wiki/A_(b)"),
            "https://ru.wikipedia.org/wiki/A_(b)")
        XCTAssertEqual(FormLayoutReader.withoutSentencePunctuation("приказ."), "приказ.", "no address: as it is")
    }
}
