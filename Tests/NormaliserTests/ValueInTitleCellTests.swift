import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 95 (session 50), written here by openpyxl: a criterion and its value in one cell, on lines of their own
/// (Alt+Enter) or after a tab, the document's address on a third line; the organisation's label and name on two lines
/// of one cell. Before, no form of the set was read («ни в одном столбце нет формулировок критериев»).
final class ValueInTitleCellTests: XCTestCase, TypedForms {
    func testWordingValueAndAddressOnLinesOfOneCell() throws {
        let url = try write(
            "СОШ4_2024.xlsx",
            """
            ws.title = 'Форма'
            ws['A1'] = 'Мониторинг реализации целевой модели наставничества\\nза 2024 год'
            ws['A2'] = 'Образовательная организация\\nМБОУ «СОШ № 4»'
            ws['A4'] = '1. Нормативная база'
            ws['A5'] = 'Положение о наставничестве педагогов\\nДа, приказ № 45 от 30.08.2024\\nhttps://s4.ru/p45.pdf'
            ws['A6'] = 'Положение о наставничестве учащихся\\nДа, приказ № 46 от 30.08.2024\\nhttps://s4.ru/p46.pdf'
            ws['A7'] = '2. Участники'
            ws['A8'] = 'Кураторы ЦМН\\t2'
            ws['A9'] = 'Количество наставников (по приказу)\\n47\\nhttps://s4.ru/n.pdf'
            ws['A10'] = 'Количество наставляемых (по приказу)\\n112'
            ws['A11'] = 'Доля наставляемых 10–19 лет      13,2 %'
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.organisations, ["МБОУ «СОШ № 4»"], "\(reports.map(\.issues))")
        let v = values(d)
        XCTAssertEqual(v["mentors_total"], 47, "\(v)")
        XCTAssertEqual(v["mentees_total"], 112)
        XCTAssertEqual(v["curators_total"], 2, "after a tab")
        XCTAssertEqual(v["orgs_regulation_teachers"], 1)
        XCTAssertEqual(d.observations.first { $0.criterion == "mentors_total" }?.link, "https://s4.ru/n.pdf")
        XCTAssertEqual(d.observations.first { $0.criterion == "mentors_total" }?.source.cell, "A9")
    }
}
