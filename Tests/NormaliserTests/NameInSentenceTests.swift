import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// An organisation named only inside a title sentence above the form (issue 25: a form typed by hand with no label).
final class NameInSentenceTests: XCTestCase {
    let words = Support.context.organisationWords

    func testTheNameIsCutOutOfATitleSentence() {
        XCTAssertEqual(
            words.nameInSentence("Отчёт МБОУ \"СОШ № 5\" о реализации целевой модели наставничества за 2024 год"),
            "МБОУ \"СОШ № 5\"")
        XCTAssertEqual(
            words.nameInSentence("Мониторинг МАОУ «Гимназия № 6 по углублённому изучению» за 2024 год"),
            "МАОУ «Гимназия № 6 по углублённому изучению»", "a stop word inside quotes belongs to the name")
        XCTAssertEqual(words.nameInSentence("Сведения МБОУ ДО ЦДТ, Ленинский район"), "МБОУ ДО ЦДТ")
        XCTAssertNil(
            words.nameInSentence("Мониторинг целевой модели наставничества за 2024 год"), "no type abbreviation")
        XCTAssertNil(words.nameInSentence("МБОУ СОШ № 5"), "a name alone is a name, not a sentence")
        // A dash after the name in quotes goes on with the sentence (session 44: a form typed by hand was read as
        // naming no organisation).
        XCTAssertEqual(
            words.nameInSentence("МКОУ «Тихоновская ООШ» — мониторинг наставничества, 2024 год"),
            "МКОУ «Тихоновская ООШ»")
        XCTAssertEqual(
            words.nameInSentence("Отчёт МБОУ «Прудковская ООШ – детский сад» о наставничестве"),
            "МБОУ «Прудковская ООШ – детский сад»", "a dash inside quotes is the name's")
    }

    /// A file's name names the organisation up to the words that name the form (Templates/organisation_words.tsv,
    /// kinds `label` and `tail`), a year or a dash between spaces (heldout21, heldout32: «… - ЦМН 2022-2024»).
    func testTheNameInAFileNameStopsWhereTheFormIsNamed() {
        XCTAssertEqual(words.name(inFileName: "/x/МБОУ_Кокшанская_СОШ_ЦМН_2024.xlsx"), "МБОУ Кокшанская СОШ")
        XCTAssertEqual(words.name(inFileName: "МБОУ Сюрекская СОШ - ЦМН 2022-2024.xlsx"), "МБОУ Сюрекская СОШ")
        XCTAssertEqual(words.name(inFileName: "Лицей 2 - наставничество (2023-2024).xlsx"), "Лицей 2")
        XCTAssertEqual(words.name(inFileName: "05_МБОУ_СОШ_№_67.xlsx"), "МБОУ СОШ № 67", "nothing to cut")
        XCTAssertEqual(words.name(inFileName: "МБОУ_СОШ_№3_мониторинг.xlsx"), "МБОУ СОШ №3")
        XCTAssertEqual(
            words.name(inFileName: "Информация_МБОУ_СОШ_5.xlsx"), "Информация МБОУ СОШ 5",
            "a label word first is no name's end: the whole, which looks like no name")
        XCTAssertFalse(words.looksLikeName(words.name(inFileName: "Информация_МБОУ_СОШ_5.xlsx")!))
    }

    /// The example form with its labels removed and the name only in the title: read as that school's, values equal,
    /// and the user asked to check the name.
    func testAFormNamedOnlyInItsTitleIsReadAsThatOrganisationsAndChecked() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("title-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("форма.xlsx")
        let (status, printed) = try Support.run(
            "python3",
            [
                "-c",
                """
                import openpyxl, sys
                wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
                ws.delete_rows(3, 3)
                ws["A1"] = 'Отчёт МБОУ "СОШ № 5" о реализации целевой модели наставничества за 2024 год'
                wb.save(sys.argv[2])
                """, Support.path("Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx"), out.path
            ])
        XCTAssertEqual(status, 0, printed)
        var d = Dataset()
        let report = InputReader(context: Support.context).read(out.path, into: &d)
        XCTAssertEqual(report.organisations, ["МБОУ \"СОШ № 5\""], "\(report.issues)")
        XCTAssertTrue(
            report.issues.contains { $0.kind == .organisationGuessed && $0.message.contains("из заголовка") },
            "\(report.issues)")
        let original = Support.read(["Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx"]).0
        func values(_ d: Dataset) -> [String: ObservedValue?] {
            Dictionary(
                d.observations.filter { $0.year == 2024 }.map { ($0.criterion, $0.value) },
                uniquingKeysWith: { a, _ in a })
        }
        XCTAssertEqual(values(d), values(original))
        XCTAssertEqual(
            Set(d.organisations.keys), Set(original.organisations.keys), "the same organisation as the labelled form")
    }
}
