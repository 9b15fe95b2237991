import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 105 (session 52), written here by openpyxl: proof links kept apart from the table, the link column
/// holding a number of a list of documents («Прил. 3», «[4]», «№ 2»). Before, each such row was «нет ссылки», and a
/// list beside the table gave its own rows' addresses to the form's rows on the same lines (6 wrong links).
final class DocumentListTests: XCTestCase, TypedForms {
    func testReferencesReadThroughAListOnASheetOfItsOwn() throws {
        let url = try write(
            "СОШ3_2024.xlsx",
            """
            ws.title = 'Форма 2024'
            ws['A1'] = 'Мониторинг ЦМН за 2024 год'
            ws['A2'] = 'Образовательная организация: МБОУ «СОШ № 3»'
            ws.append(['№', 'Показатель', 'Значение', 'Подтверждение'])
            ws.append(['1', 'Кураторы внедрения ЦМН в школе', 2, 'Прил. 2'])
            ws.append(['2', 'Наставников всего по приказу', 41, 'Прил.3'])
            ws.append(['3', 'Наставляемых всего по приказу', 104, 'см. п. 3'])
            ws.append(['4', 'Персонализированных программ всего', 30, 'Прил. 9'])
            p = wb.create_sheet('Перечень подтв. документов')
            p.append(['№', 'Наименование документа', 'Ссылка'])
            p.append([1, 'Дорожная карта ОО', 'https://sch3.ru/karta.pdf'])
            p.append([2, 'Приказ от 01.09.2024 № 45 «О кураторе»', 'https://sch3.ru/p45.pdf'])
            p.append([3, 'Приказ от 02.09.2024 № 46 «О закреплении пар»', 'https://sch3.ru/p46.pdf'])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        let links = links(d)
        XCTAssertEqual(v["curators_total"], 2, "\(reports.map(\.issues))")
        XCTAssertEqual(links["curators_total"], "https://sch3.ru/p45.pdf")
        XCTAssertEqual(links["mentors_total"], "https://sch3.ru/p46.pdf")
        XCTAssertEqual(links["mentees_total"], "https://sch3.ru/p46.pdf")
        // No document 9 in the list: no address; the reference stays the link's text, which the findings name
        // «не ссылка» with its cell.
        XCTAssertEqual(v["pp_total"], 30)
        XCTAssertEqual(links["pp_total"], "Прил. 9")
        let issues = reports.flatMap(\.issues).map(\.message)
        XCTAssertTrue(issues.contains { $0.contains("прочитаны по перечню документов листа") }, "\(issues)")
        // The list's sheet is no form: no values from it.
        XCTAssertFalse(d.observations.contains { $0.source.sheet == "Перечень подтв. документов" })
    }

    func testAListBesideTheTableGivesNoAddressToTheRowsOnItsLines() throws {
        let url = try write(
            "Липовская_2024.xlsx",
            """
            ws['A1'] = 'Мониторинг ЦМН за 2024 год'
            ws['A2'] = 'МБОУ «Липовская ООШ»'
            ws['F3'] = 'Перечень подтверждающих документов'
            ws.append(['№', 'Показатель', 'Значение', 'Док.', None, '№', 'Наименование документа', 'Ссылка'])
            rows = [(1, 'Куратор ЦМН, чел.', 1, '№ 2'), (2, 'Наставники по приказу, чел.', 9, '№ 3'),
                    (3, 'Наставляемые по приказу, чел.', 22, '№ 3'), (4, 'ПП всего', 7, '№ 1')]
            docs = [(1, 'Персонализированные программы (папка)', 'https://disk.yandex.ru/d/pp'),
                    (2, 'Приказ от 02.09.2024 № 64 «О кураторе»', 'https://lip.ru/p64.pdf'),
                    (3, 'Приказ от 04.09.2024 № 66 «О закреплении пар»', 'https://lip.ru/p66.pdf')]
            for i, r in enumerate(rows):
                d = docs[i] if i < len(docs) else (None, None, None)
                ws.append(list(r) + [None] + list(d))
            """)
        let (d, reports) = read([url])
        let links = links(d)
        XCTAssertEqual(links["curators_total"], "https://lip.ru/p64.pdf", "\(reports.map(\.issues))")
        XCTAssertEqual(links["mentors_total"], "https://lip.ru/p66.pdf")
        XCTAssertEqual(links["mentees_total"], "https://lip.ru/p66.pdf")
        XCTAssertEqual(links["pp_total"], "https://disk.yandex.ru/d/pp")
    }

    /// A list under the table («Приложения: 1. Приказ … — https://…») and a link column whose header no label names,
    /// known by its numbers where the sheet has a list (typed by hand, session 52).
    func testAListUnderTheTableAndAColumnKnownByItsNumbers() throws {
        let url = try write(
            "Кировская_2024.xlsx",
            """
            ws['A1'] = 'Сведения о реализации ЦМН в МБОУ «Кировская СОШ № 12» за 2024 год'
            ws.append([])
            ws.append(['№', 'Показатель', '2024', 'Док. (№ по перечню)'])
            ws.append(['1', 'Кураторов ЦМН', 1, 'Прил. 1'])
            ws.append(['2', 'Наставников (по приказу)', 17, 'Прил. 2'])
            ws.append(['3', 'Персонализированных программ всего', 12, 'Прил. 7'])
            ws.append([])
            ws.append(['Приложения:'])
            ws.append(['1. Приказ № 10 от 02.09.2024 о кураторе — https://kir12.ru/p10.pdf'])
            ws.append(['2. Приказ № 11 от 03.09.2024 о закреплении пар — https://kir12.ru/p11.pdf'])
            """)
        let (d, reports) = read([url])
        let links = links(d)
        XCTAssertEqual(links["curators_total"], "https://kir12.ru/p10.pdf", "\(reports.map(\.issues))")
        XCTAssertEqual(links["mentors_total"], "https://kir12.ru/p11.pdf")
        XCTAssertFalse(links["pp_total"]?.hasPrefix("http") ?? false)
        // The list's lines are no rows of the form.
        XCTAssertFalse(d.unassigned.contains { $0.wording.contains("Приказ № 10") })
    }

    func testReferencePatterns() {
        XCTAssertEqual(DocumentList.reference("Прил. 3"), 3)
        XCTAssertEqual(DocumentList.reference("см. п. 5"), 5)
        XCTAssertEqual(DocumentList.reference("док. № 7"), 7)
        XCTAssertEqual(DocumentList.reference("[4]"), 4)
        XCTAssertEqual(DocumentList.reference("д.3"), 3)
        XCTAssertNil(DocumentList.reference("Приказ от 01.09.2024 № 112-о"))
        XCTAssertNil(DocumentList.reference("https://sch3.ru/p45.pdf"))
    }
}
