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
}
