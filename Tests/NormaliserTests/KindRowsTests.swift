import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 98 (session 50), written here by openpyxl: a criterion's plan, fact, target and last year as rows under
/// its title. Before, nothing was read but the numbering column's «2.12», taken for the share of 2,12 %.
final class KindRowsTests: XCTestCase, TypedForms {
    func testTheFactRowUnderItsTitleIsTheValue() throws {
        let url = try write(
            "Лицей_целевые_2024.xlsx",
            """
            ws['A1'] = 'Организация: МБОУ «Вожойский лицей»'
            ws['A2'] = 'Период: 2024 год'
            ws.append([])
            ws.append(['№', 'Показатель', 'Значение', 'Документ'])
            ws.append(['I. Условия реализации'])
            blocks = [
                ('1.1', 'Куратор внедрения ЦМН (кол-во)', [('целевой показатель (Р-145)', 'не менее 1'), ('достигнуто', 1)], 'https://l.ru/k.pdf'),
                ('2.1', 'База наставников лицея (приказ), чел.', [('план на 2024', 45), ('факт на 31.12.2024', 51), ('отклонение', '+6')], 'https://l.ru/n.pdf'),
                ('2.12', 'Доля обучающихся 10–19 лет — наставляемых (%)', [('целевой показатель (Р-145)', 'не менее 70 %'), ('достигнуто', 21.11)], None),
                ('2.13', 'База наставляемых лицея (приказ), чел.', [('2024 г.', 126), ('2023 г.', 98)], 'https://l.ru/m.pdf'),
            ]
            for n, title, rows, link in blocks:
                ws.append([n, title])
                for label, value in rows:
                    fact = label in ('достигнуто', 'факт на 31.12.2024', '2024 г.')
                    ws.append([None, '      ' + label, value, link if fact else None])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertEqual(v["curators_total"], 1, "\(v)")
        XCTAssertEqual(v["mentors_total"], 51, "the fact, not the plan")
        XCTAssertEqual(v["share_mentees_10_19"] ?? 0, 0.2111, accuracy: 1e-9, "not the numbering «2.12»")
        XCTAssertEqual(v["mentees_total"], 126, "the reporting year's row, not 2023's")
        let mentors = d.observations.first { $0.criterion == "mentors_total" }
        XCTAssertEqual(mentors?.source.cell, "C11", "named in the fact's cell")
        XCTAssertEqual(mentors?.link, "https://l.ru/n.pdf")
        let plans = reports.flatMap(\.issues).filter { $0.message.contains("не факт отчётного года") }
        XCTAssertGreaterThanOrEqual(
            plans.count, 5, "the plan, target, deviation and 2023 rows are named: \(plans.map(\.message))")
    }

    func testATitleWithItsPlanBesideAndTheFactUnder() throws {
        let url = try write(
            "СОШ11_план_факт.xlsx",
            """
            ws['A1'] = 'Отчёт по реализации целевой модели наставничества в 2024 году'
            ws['A2'] = 'Учреждение: МБОУ «Вожойская СОШ № 11»'
            ws.append([])
            ws.append(['Показатель', None, 'Значение', 'Ссылка'])
            for title, plan, fact, link in [
                ('Наставники по приказу ОО, всего', 40, 43, 'https://s11.ru/n.pdf'),
                ('Наставляемые по приказу ОО, всего', 100, 112, 'https://s11.ru/m.pdf'),
                ('Кураторы ЦМН', 1, 2, 'https://s11.ru/k.pdf'),
            ]:
                ws.append([title, 'план', plan, link])
                ws.append([None, 'факт', fact])
                ws.append([None, 'откл.', fact - plan])
            """)
        let (d, _) = read([url])
        let v = values(d)
        XCTAssertEqual(v["mentors_total"], 43, "\(v)")
        XCTAssertEqual(v["mentees_total"], 112)
        XCTAssertEqual(v["curators_total"], 2)
        XCTAssertEqual(d.observations.first { $0.criterion == "curators_total" }?.link, "https://s11.ru/k.pdf")
    }
}
