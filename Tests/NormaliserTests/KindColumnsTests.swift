import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 84 (session 49), written here by openpyxl: a form whose values stand in a column of their kind
/// («Количество | Доля (%) | Наличие (+/–)»). Before, a share row that held its count in «Количество» too was read
/// from there (34 became 34 %), and «- иное» under the mentees' categories became the mentors from other organisations
/// once «иная форма» held the programmes of another form.
final class KindColumnsTests: XCTestCase, TypedForms {
    func testAShareRowIsReadFromTheSharesColumn() throws {
        let url = try write(
            "Лицей2_2024.xlsx",
            """
            ws.append(['Форма мониторинга реализации ЦМН — 2024 год'])
            ws.append(['Наименование ОО: МАОУ «Лицей № 2» г. Воткамска'])
            ws.append([])
            ws.append(['№ п/п', 'Наименование показателя', 'Количество', 'Доля (%)', 'Наличие (+/–)', 'Ссылка'])
            ws.append(['1', 'Положение о наставничестве обучающихся (приказ)', '—', '—', '+', 'https://l2.ru/p.pdf'])
            ws.append(['2', 'Количество наставников по приказу ОО', 67, '—', '—', 'https://l2.ru/n.pdf'])
            ws.append(['3', 'Численность педагогических работников', 84, '—', '—', None])
            ws.append(['4', 'Доля наставников из числа педагогов', 34, '40,48', '—', None])
            ws.append(['5', 'Доля молодых специалистов – наставников', 2, '22,22', '—', None])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertEqual(v["share_teachers_mentors"] ?? 0, 0.4048, accuracy: 1e-9, "\(v) \(reports.map(\.issues))")
        XCTAssertEqual(v["share_young_specialists_mentors"] ?? 0, 0.2222, accuracy: 1e-9, "\(v)")
        XCTAssertEqual(v["mentors_total"], 67)
    }

    /// «% вып.» (a plan's fulfilment) is no column of shares: «Удовлетворённость, %» keeps its own value.
    func testAPlansFulfilmentIsNoSharesColumn() throws {
        let url = try write(
            "ООШ_2024.xlsx",
            """
            ws.append(['Отчёт МБОУ «Верхнеюринская ООШ» о реализации целевой модели наставничества, 2024 год'])
            ws.append([])
            ws.append(['№', 'Показатель', 'план', 'факт', '% вып.'])
            ws.append([1, 'Количество наставников по приказу ОО', 10, 11, 1.1])
            ws.append([2, 'Удовлетворённость наставляемых, %', 0.9, 0.92, 1.0222])
            ws.append([3, 'Удовлетворённость наставников, %', 0.9, 0.875, 0.9722])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertNotEqual(v["satisfaction_mentees"], 1.0222, "\(v) \(reports.map(\.issues))")
        XCTAssertNotEqual(v["satisfaction_mentors"], 0.9722, "\(v)")
    }

    func testTheLeftoverOfAHeldCriterionIsNotUsed() throws {
        let url = try write(
            "ключевская_2024.xlsx",
            """
            ws.append(['ОО: МБОУ «Ключевская СОШ»'])
            ws.append(['Отчётный период: 2024 г.'])
            ws.append(['№', 'Показатель', 'Значение', 'Ссылка'])
            ws.append(['1', 'Наставляемые 10-19 лет', 22, None])
            ws.append(['2', '- группа риска', 4, None])
            ws.append(['3', '- одарённые', 3, None])
            ws.append(['4', '- иное', 2, None])
            ws.append(['5', 'ППН всего', 11, None])
            ws.append(['6', 'в т.ч. ученик-ученик', 4, None])
            ws.append(['7', 'иная форма', 1, None])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertNil(v["other_org_mentors"], "\(v) \(reports.map(\.issues))")
        XCTAssertEqual(v["pp_other"], 1, "\(v)")
    }
}
