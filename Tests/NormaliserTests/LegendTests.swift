import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 100 (session 51), written here by openpyxl: row titles typed as codes or abbreviations and spelled out
/// in a legend. Before, the legend's wordings beside the table were taken for the rows they stand on (11 values of
/// one form wrong), and a form whose legend was a note under it was not read.
final class LegendTests: XCTestCase, TypedForms {
    func testCodesSpelledOutInALegendBesideTheTable() throws {
        let url = try write(
            "Кечёвская_2024.xlsx",
            """
            ws.title = 'Мониторинг'
            ws['A1'] = 'Форма ОО-ЦМН. Организация: МБОУ «Кечёвская СОШ». Отчётный период: 2024 г.'
            ws.append([])
            ws.append(['Код', 'Значение', 'Документ', None, None, 'Условные обозначения (перечень показателей)'])
            legend = [('П2.1', 'Кураторы внедрения целевой модели в ОО, чел.'),
                      ('П2.2', 'Наставники ОО по приказу, чел.'),
                      ('П2.3', 'Наставляемые ОО по приказу, чел.'),
                      ('П5.1', 'Обучающиеся в возрасте 10–19 лет, всего, чел.'),
                      ('П5.2', 'Из них в программах наставничества в роли наставляемого, чел.')]
            table = [('П2.1', 2), ('П2.2', 41), ('П2.3', 104), ('П5.1', 371), ('П5.2', 77)]
            # The legend's rows are the table's rows shifted by one: read across, each row would be wrong.
            for i in range(6):
                code, value = table[i] if i < 5 else (None, None)
                key, text = legend[i - 1] if i >= 1 else ('', '')
                ws.append([code, value, None, None, None, key or None, text or None])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertEqual(v["curators_total"], 2, "\(reports.map(\.issues))")
        XCTAssertEqual(v["mentors_total"], 41)
        XCTAssertEqual(v["mentees_total"], 104)
        XCTAssertEqual(v["students_10_19"], 371)
        XCTAssertTrue(reports.flatMap(\.issues).contains { $0.message.contains("прочитаны по расшифровке") })
    }

    func testAbbreviationsSpelledOutInANoteUnderTheTable() throws {
        let url = try write(
            "ЦДТ_2024.xlsx",
            """
            ws['A1'] = 'Сведения МБУ ДО «Юськинский ЦДТ» для мониторинга наставничества, 2024 г.'
            ws.append([])
            ws.append(['Показатель', 'Ед.', '2024', 'Ссылка'])
            ws.append(['Кур.', 'чел.', 1, 'https://cdt.ru/1.pdf'])
            ws.append(['Н (пр.)', 'чел.', 23, 'https://cdt.ru/2.pdf'])
            ws.append(['Нс', 'чел.', 61, 'https://cdt.ru/3.pdf'])
            ws.append(['Н из ОО', 'чел.', 2, 'https://cdt.ru/4.pdf'])
            ws.append([])
            ws.append(['Примечание: Н — наставники; (пр.) — по приказу; Нс — наставляемые по приказу; Кур. — кураторы ЦМН в ОО'])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertEqual(v["curators_total"], 1, "\(reports.map(\.issues))")
        XCTAssertEqual(v["mentees_total"], 61)
        // «(пр.)» spelled out inside the title; «наставники из ОО» come from another organisation: never the
        // organisation's own mentors.
        XCTAssertTrue(
            reports.flatMap(\.issues).contains { $0.message.contains("«наставники (по приказу)»") },
            "\(reports.map(\.issues))")
        XCTAssertNotEqual(v["mentors_total"], 2)
    }
}

/// Held-out set 101 (session 51), written here by openpyxl: a Р7-Офис sheet of sections side by side, each with its own
/// header, one headed by the values' unit («Показатель | чел. | Подтверждение») rather than «Значение». Before, the
/// sheet was read as one table and the left sections' rows took the values of the section to their right.
final class SectionsSideBySideTests: XCTestCase, TypedForms {
    func testASectionHeadedByTheUnitKeepsItsOwnValues() throws {
        let url = try write(
            "СОШ7_Р7.xlsx",
            """
            ws['A1'] = 'Мониторинг реализации целевой модели наставничества в МБОУ «СОШ № 7» за 2024 год'
            ws.append([])
            ws.append(['Раздел 1. Нормативная база', None, None, None, 'Раздел 2. Наставники', None, None, None,
                       'Раздел 3. Обучающиеся', None, None])
            ws.append(['Показатель', 'Да/нет, кол-во', 'Документ', None, 'Показатель', 'чел.', 'Подтверждение', None,
                       'Показатель', 'Значение', 'Ссылка'])
            ws.append(['Положение о наставничестве педагогов', 'да', 'https://s7.ru/1.pdf', None,
                       'Кураторы ЦМН', 1, 'https://s7.ru/k.pdf', None, 'Обучающихся 10–19 лет всего', 388, None])
            ws.append(['Приказ о мониторинге ЦМН', 'да', 'https://s7.ru/2.pdf', None,
                       'Наставники (по приказу)', 27, 'https://s7.ru/n.pdf', None, 'Наставляемые 10–19 лет', 49, None])
            ws.append(['Акты об оплате работы наставников', 0, None, None,
                       'Наставляемые (по приказу)', 63, 'https://s7.ru/m.pdf', None, 'в т.ч. группа риска', 7, None])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertEqual(v["curators_total"], 1, "\(reports.map(\.issues))")
        XCTAssertEqual(v["mentors_total"], 27)
        XCTAssertEqual(v["mentees_total"], 63)
        XCTAssertEqual(v["students_10_19"], 388)
        XCTAssertEqual(v["orgs_monitoring_order"], 1)
    }
}
