import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// «Остальные педагоги» after the young specialists are the teachers the catalogue counts «за исключением молодых
/// специалистов» (thesaurus, session 52: 145 more values of the held-out sets used right). What that made certain
/// left two rows to elimination, which took them wrongly until two guards: a part's word for the school itself
/// («из них педагоги лицея») names no external educational organisation, and a title that names the young
/// specialists («педагогов, из них молодых специалистов») is never the teachers without them.
final class OtherTeachersTests: XCTestCase, TypedForms {
    func testTheOtherTeachersAndTheGuardsOfElimination() throws {
        let url = try write(
            "Лицей9_2024.xlsx",
            """
            ws['A1'] = 'МАОУ «Лицей № 9». Показатели целевой модели наставничества'
            ws.append(['Показатель', '2024 год (факт)', 'Подтверждение'])
            ws.append(['Наставников по приказу — всего', 52, 'https://l9.ru/baza.xlsx'])
            ws.append(['из них педагоги лицея', 26, None])
            ws.append(['из них сотрудники предприятий', 3, None])
            ws.append(['из них представители иных организаций', 2, None])
            ws.append(['Молодые специалисты (до 35 лет, стаж до 3 лет)', 5, None])
            ws.append(['Остальные педагоги', 61, None])
            ws.append(['Остальные педагоги — наставляемые', 20, 'https://l9.ru/p.pdf'])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertEqual(v["mentors_total"], 52, "\(reports.map(\.issues))")
        XCTAssertEqual(v["teachers_other"], 61)
        XCTAssertEqual(v["teachers_other_mentees"], 20)
        XCTAssertNotEqual(v["external_edu_mentors"], 26, "the school's own teachers are no external organisation's")
    }
}
