import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 106 (session 52), written here by openpyxl: a school's mentoring folder holds workbooks that speak
/// of mentoring and are no monitoring forms. Before, a plan of events gave the school 31 personalised programmes
/// from «Разработка персонализированных программ | … | 31», and minutes of a council gave it its mentors.
final class NotAFormTests: XCTestCase, TypedForms {
    func testAPlanOfEventsAndMinutesAreNamedAndNotRead() throws {
        let plan = try write(
            "План_мероприятий_2024.xlsx",
            """
            ws.title = 'План'
            ws['A1'] = 'План мероприятий по реализации ЦМН на 2024/2025 уч. год'
            ws['A2'] = 'МБОУ «СОШ № 4»'
            ws.append(['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Кол-во участников'])
            ws.append([1, 'Формирование базы наставников и наставляемых', 'до 01.09.2024', 'Сафронова Е.В.', 109])
            ws.append([2, 'Приказ о закреплении наставнических пар (групп)', 'до 05.09.2024', 'Лаптева О.В.', 71])
            ws.append([3, 'Разработка персонализированных программ наставничества', 'сентябрь 2024', 'наставники', 31])
            """)
        let minutes = try write(
            "Протокол_2024.xlsx",
            """
            ws['A1'] = 'МБОУ «СОШ № 4»'
            ws['A2'] = 'Протокол заседания методического совета № 3 от 14.11.2024'
            ws.append(['№', 'Вопрос повестки', 'Докладчик', 'Показатель (из доклада)', 'Значение', 'Решение'])
            ws.append(['1', 'Об итогах мониторинга ЦМН за 2024 год', 'Сафронова Е.В.', 'наставников по приказу', 38, 'Принять к сведению'])
            ws.append([None, None, None, 'наставляемых по приказу', 71, None])
            """)
        let form = try write(
            "СОШ4_2024.xlsx",
            """
            ws['A1'] = 'Мониторинг ЦМН за 2024 год'
            ws['A2'] = 'Образовательная организация: МБОУ «СОШ № 4»'
            ws.append(['Показатель', 'Значение', 'Ссылка'])
            ws.append(['Наставников всего по приказу', 38, 'https://s4.ru/p.pdf'])
            ws.append(['Персонализированных программ всего', 20, 'https://s4.ru/pp.pdf'])
            """)
        let (d, reports) = read([plan, minutes, form])
        let v = values(d)
        XCTAssertEqual(v["pp_total"], 20, "\(reports.map(\.issues))")
        XCTAssertEqual(d.observations.filter { $0.source.file == plan.path }.count, 0)
        XCTAssertEqual(d.observations.filter { $0.source.file == minutes.path }.count, 0)
        for r in reports.prefix(2) {
            XCTAssertTrue(r.issues.contains { $0.kind == .skippedSheet && $0.message.contains("не форма мониторинга") })
        }
    }
}
