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

    /// Titles that hold a name and say more (session 54: the evaluation now checks each form's organisation, and these
    /// had made one school two or four organisations, or given its values to a title).
    func testTitlesThatAreNoNames() {
        XCTAssertEqual(words.beforeDash("Кедровская ООШ — 2. Люди"), "Кедровская ООШ")
        XCTAssertEqual(words.beforeDash("МБОУ «Гимназия №3». Участники программ наставничества"), "МБОУ «Гимназия №3»")
        XCTAssertEqual(
            words.beforeDash("Филиал МБОУ «Сосновская СОШ» — «Ивановская ООШ»"),
            "Филиал МБОУ «Сосновская СОШ» — «Ивановская ООШ»", "a type after the dash: one name")
        XCTAssertEqual(words.beforeDash("Средняя школа – детский сад № 9"), "Средняя школа – детский сад № 9")
        // The form of property alone, a section's title, a total's title: no names.
        XCTAssertFalse(words.looksLikeName("Муниципальное бюджетное учреждение дополнительного образования"))
        XCTAssertTrue(words.looksLikeName("Муниципальное бюджетное учреждение дополнительного образования «ДДТ»"))
        XCTAssertFalse(words.looksLikeName("Наставники и наставляемые (по приказам ДДТ)"))
        XCTAssertFalse(words.looksLikeName("Локальные акты ДДТ по наставничеству"))
        XCTAssertFalse(words.looksLikeName("Всего по МБОУ"))
        XCTAssertFalse(
            words.looksLikeName("Выгрузка из модуля «Наставничество» (ИС «Гимназия»), сформировано 23.12.2024"))
        XCTAssertEqual(
            words.nameInSentence(
                "Свод по МБОУ «Пычасская СОШ» (основное здание + филиал «Малопычасская НОШ»), 2024 г."),
            "МБОУ «Пычасская СОШ»")
    }

    /// One workbook's two spellings of its organisation (a sheet's short name after the full one).
    func testTwoSpellingsOfOneName() {
        XCTAssertTrue(
            OrganisationWords.sameName(
                "Кедровская ООШ",
                "Муниципальное бюджетное общеобразовательное учреждение «Кедровская основная общеобразовательная школа»"
            ))
        XCTAssertTrue(OrganisationWords.sameName("МБУ ДО ДДТ", "МБУ ДО «Дом детского творчества» г. Ветлужанска"))
        XCTAssertFalse(OrganisationWords.sameName("МБОУ СОШ № 1", "МБОУ СОШ № 10"), "another number")
        XCTAssertFalse(OrganisationWords.sameName("МБОУ «Гимназия № 2»", "МБОУ «Лицей № 2»"))
        XCTAssertFalse(OrganisationWords.sameName("СОШ", "МБОУ «СОШ № 5»"), "a bare type")
    }

    /// A file's name names the organisation up to the words that name the form (Templates/organisation_words.tsv,
    /// kinds `label` and `tail`), a year or a dash between spaces (heldout21, heldout32: «… - ЦМН 2022-2024»).
    func testTheNameInAFileNameStopsWhereTheFormIsNamed() {
        XCTAssertEqual(words.name(inFileName: "/x/МБОУ_Кокшанская_СОШ_ЦМН_2024.xlsx"), "МБОУ Кокшанская СОШ")
        XCTAssertEqual(words.name(inFileName: "МБОУ Сюрекская СОШ - ЦМН 2022-2024.xlsx"), "МБОУ Сюрекская СОШ")
        XCTAssertEqual(words.name(inFileName: "Лицей 2 - наставничество (2023-2024).xlsx"), "Лицей 2")
        XCTAssertEqual(words.name(inFileName: "05_МБОУ_СОШ_№_67.xlsx"), "МБОУ СОШ № 67", "nothing to cut")
        XCTAssertEqual(words.name(inFileName: "МБОУ_СОШ_№3_мониторинг.xlsx"), "МБОУ СОШ №3")
        // Words about the form before the name are left out (session 54: heldout112 «Форма_МАОУ_Лицей_14.xlsx», heldout74
        // «ЦМН-2024 Гимназия №3.xlsx»); before, the whole was kept and looked like no name.
        XCTAssertEqual(words.name(inFileName: "Информация_МБОУ_СОШ_5.xlsx"), "МБОУ СОШ 5")
        XCTAssertEqual(words.name(inFileName: "ЦМН-2024 Гимназия №3.xlsx"), "Гимназия №3")
        XCTAssertEqual(words.name(inFileName: "Форма_МАОУ_Лицей_14.xlsx"), "МАОУ Лицей 14")
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
