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
}
