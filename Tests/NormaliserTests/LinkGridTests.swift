import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// A ledger's proof links on a sheet of their own laid out as the values' sheet (held-out set 78, session 46): before,
/// the sheet was named and its 48 links not carried («не видно, к каким значениям формы они относятся»). Written here
/// by openpyxl (an independent writer).
final class LinkGridTests: XCTestCase, TypedForms {
    func testLinksSheetGivesEachValueItsLinkByRowTitleAndOrganisation() throws {
        let url = try write(
            "свод_и_ссылки.xlsx",
            """
            ws.title = 'Свод'
            ws.append(['Свод по ОО района, 2024 год'])
            ws.append(['№', 'Показатель', 'Ед. изм.', 'МБОУ «Ягульская СОШ № 1»', 'МБОУ «Ягульская СОШ № 2»'])
            ws.append(['1', 'Количество наставников ОО (по приказу)', 'чел.', 31, 18])
            ws.append(['2', 'Количество наставляемых ОО (по приказу)', 'чел.', 70, 40])
            ws.append(['3', 'Общее количество кураторов по внедрению Целевой модели наставничества', 'чел.', 1, 2])
            links = wb.create_sheet('Ссылки')
            links.append(['Ссылки на документы, 2024 год'])
            links.append(['№', 'Показатель', None, 'МБОУ «Ягульская СОШ № 1»', 'МБОУ «Ягульская СОШ № 2»'])
            # The rows in another order, the curators' row left out.
            links.append(['2', 'Количество наставляемых ОО (по приказу)', None, 'https://s1.edu.ru/mentees.pdf', 'https://s2.edu.ru/mentees.pdf'])
            links.append(['1', 'Количество наставников ОО (по приказу)', None, 'https://s1.edu.ru/mentors.pdf', 'https://s2.edu.ru/mentors.pdf'])
            """)
        let (d, reports) = read([url])
        var links: [String: String] = [:]
        for o in d.observations { links["\(o.organisation ?? "") \(o.criterion)"] = o.link ?? "" }
        XCTAssertEqual(links["мбоу ягульская сош №1 mentors_total"], "https://s1.edu.ru/mentors.pdf", "\(links)")
        XCTAssertEqual(links["мбоу ягульская сош №2 mentees_total"], "https://s2.edu.ru/mentees.pdf")
        XCTAssertEqual(links["мбоу ягульская сош №2 curators_total"], "")
        let said = reports.flatMap(\.issues).map(\.message)
        XCTAssertTrue(
            said.contains {
                $0.contains("ссылки листа «Ссылки» отнесены к значениям листа «Свод»") && $0.contains("4 из 4")
            }, "\(said)")
        XCTAssertFalse(d.unassigned.contains { $0.source.sheet == "Ссылки" })
    }

    /// A form in two languages and its sheet of links: the rows are matched by their Russian halves on both sheets
    /// (a form typed for this test in Bashkir and Russian: before, the links sheet was named and its links not carried).
    func testLinksOfAFormInTwoLanguages() throws {
        let url = try write(
            "башк_гимназия.xlsx",
            """
            ws.title = 'Форма'
            ws.append(['Белем биреү ойошмаһы / Образовательная организация:', None, 'МАОУ «Башкирская гимназия № 3» / «3-сө башҡорт гимназияһы» МАДББУ'])
            ws.append(['Отчетный год / Хисап йылы: 2024'])
            ws.append(['№', 'Күрһәткес / Показатель', 'Мәғәнә / Значение'])
            ws.append([1, 'Остаздар һаны (бойороҡ буйынса) / Количество наставников по приказу', 17])
            ws.append([2, 'Остазлыҡҡа алынғандар һаны / Количество наставляемых по приказу', 35])
            links = wb.create_sheet('Ссылки')
            links.append(['№', 'Показатель', 'МАОУ «Башкирская гимназия № 3»'])
            links.append([2, 'Остазлыҡҡа алынғандар һаны / Количество наставляемых по приказу', 'https://bg3.edu.ru/prikaz2.pdf'])
            links.append([1, 'Остаздар һаны (бойороҡ буйынса) / Количество наставников по приказу', 'https://bg3.edu.ru/prikaz.pdf'])
            links.append([9, 'Йәш белгестәр / Молодые специалисты', 'https://bg3.edu.ru/ms.pdf'])
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.organisations, ["МАОУ «Башкирская гимназия № 3»"])
        let links = Dictionary(d.observations.map { ($0.criterion, $0.link ?? "") }) { a, _ in a }
        XCTAssertEqual(
            links["mentors_total"], "https://bg3.edu.ru/prikaz.pdf", "\(reports.map { $0.issues.map(\.message) })")
        XCTAssertEqual(links["mentees_total"], "https://bg3.edu.ru/prikaz2.pdf")
        let said = reports.flatMap(\.issues).map(\.message)
        XCTAssertTrue(
            said.contains { $0.contains("отнесены к значениям листа «Форма»") && $0.contains("2 из 3") }, "\(said)")
    }
}

/// A link column after several questions goes to the ones its title names; tied on the subject, the kind of document
/// it names decides (a Google Form's grid «Локальные акты ОО [Приказ о мониторинге …] | [Справка по итогам
/// внутреннего мониторинга] | Ссылка на приказ о мониторинге», heldout16: the link had gone to both).
final class LinkedColumnTests: XCTestCase {
    func testTheDocumentKindBreaksATie() {
        let columns = [
            (column: 5, title: "Локальные акты ОО [Приказ о мониторинге ЦМН в 2024 г.]"),
            (column: 6, title: "Локальные акты ОО [Справка по итогам внутреннего мониторинга]")
        ]
        XCTAssertEqual(WideLayoutReader.linkedColumns("Ссылка на приказ о мониторинге", among: columns), [5])
        XCTAssertEqual(WideLayoutReader.linkedColumns("Ссылка на справку о мониторинге", among: columns), [6])
        // Naming neither kind: both, as before.
        XCTAssertEqual(WideLayoutReader.linkedColumns("Ссылка на документы о мониторинге", among: columns), [5, 6])
    }
}
