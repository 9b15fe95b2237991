import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 86 (session 49), written here by openpyxl: an Excel pivot table saved as values. Before, a group's
/// subtotal («Обучающиеся 10–19», the sum of «всего», «наставляемые» and the categories under it) was read as the
/// pupils of 10–19, and «Общий итог» as a criterion's value.
final class PivotTableTests: XCTestCase, TypedForms {
    func testAGroupsSubtotalIsNoCriterionsValue() throws {
        let url = try write(
            "СОШ4_сводная_2024.xlsx",
            """
            ws.append(['Организация', 'МБОУ «СОШ № 4»'])
            ws.append(['Год', '2024'])
            ws.append([])
            ws.append(['Названия строк', 'Сумма по полю Значение'])
            ws.append(['Кадры', 49])
            ws.append(['   Кураторы внедрения целевой модели наставничества', 2])
            ws.append(['   Количество наставников по приказу ОО', 47])
            ws.append(['Обучающиеся 10–19', 1115])
            ws.append(['   всего', 915])
            ws.append(['   наставляемые', 112])
            ws.append(['   группа риска', 8])
            ws.append(['   ОВЗ, инвалиды', 5])
            ws.append(['   одарённые', 75])
            ws.append(['Общий итог', 1164])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertNotEqual(v["students_10_19"], 1115, "\(v) \(reports.map(\.issues))")
        XCTAssertEqual(v["curators_total"], 2, "\(v)")
        XCTAssertEqual(v["mentors_total"], 47)
        XCTAssertFalse(v.values.contains(1164), "«Общий итог» is no criterion's value: \(v)")
        XCTAssertTrue(
            reports[0].issues.contains { $0.message.contains("«Обучающиеся 10–19» — итог сводной таблицы") },
            "\(reports[0].issues)")
    }
    /// Links as a pivot's third row field: the address as a row under its item, the item's value repeated beside it.
    /// Before, 42 of heldout86's links were lost so, and the group «Наставники из других организаций» (3 + 2 + 1) was
    /// read as the mentors from other educational organisations once the addresses' rows no longer broke its sum.
    func testAnAddressUnderItsItemIsTheItemsLink() throws {
        let url = try write(
            "Licey2_pivot_2024.xlsx",
            """
            ws.append(['Организация', 'МАОУ «Лицей № 2»'])
            ws.append(['Year', '2024'])
            ws.append([])
            ws.append(['Row Labels', 'Sum of Значение'])
            ws.append(['2. Организация наставничества', 5])
            ws.append(['2.1 Кураторы внедрения целевой модели наставничества', 2])
            ws.append(['https://l2.ru/kur.pdf', 2])
            ws.append(['2.2 Количество наставников по приказу ОО', 3])
            ws.append(['https://l2.ru/nast.pdf', 3])
            ws.append(['4. Наставники из других организаций', 6])
            ws.append(['4.1 из вузов и колледжей', 3])
            ws.append(['https://l2.ru/vuz.pdf', 3])
            ws.append(['4.2 из предприятий', 2])
            ws.append(['4.3 из иных организаций', 1])
            ws.append(['Grand Total', 11])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        var links: [String: String] = [:]
        for o in d.observations { if let l = o.link { links[o.criterion] = l } }
        XCTAssertEqual(v["curators_total"], 2, "\(v) \(reports.map(\.issues))")
        XCTAssertEqual(links["curators_total"], "https://l2.ru/kur.pdf")
        XCTAssertEqual(links["mentors_total"], "https://l2.ru/nast.pdf")
        XCTAssertNotEqual(v["external_edu_mentors"], 6, "the group's subtotal is no criterion's value: \(v)")
        XCTAssertFalse(v.values.contains(11), "\(v)")
    }
}
