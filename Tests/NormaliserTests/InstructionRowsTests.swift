import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 92 (session 50), written here by openpyxl: a regional template with a line of instructions merged
/// under each criterion's row. Before, each line was taken for the whole of the «в т.ч.» row under it, and the parts
/// were asked about.
final class InstructionRowsTests: XCTestCase, TypedForms {
    func testInstructionsUnderEveryRowAreNotRead() throws {
        let url = try write(
            "СОШ1_ЦМН_2024.xlsx",
            """
            ws.title = 'Мониторинг 2024'
            ws['A1'] = 'Наименование ОО (кратко, по уставу)'; ws['C1'] = 'МБОУ «Чепцинская СОШ № 1»'
            ws['A2'] = 'Отчётный период: 2024 год'
            ws.append([])
            ws.append(['№ п/п', 'Наименование показателя', 'Ед. изм.', 'Значение', 'Подтверждающий документ (ссылка)'])
            rows = [
                ('2.1', 'Кураторы внедрения ЦМН в ОО', 'чел.', 1, 'https://s1.ru/k.pdf',
                 'Указывается количество кураторов, назначенных приказом ОО (не более 2 на организацию)'),
                ('2.2', 'Количество наставников в ОО (по приказу)', 'чел.', 41, 'https://s1.ru/n.pdf',
                 'Указывается количество педагогов, назначенных наставниками приказом ОО, без учёта совместителей'),
                ('3.1', 'Персонализированные программы наставничества (ППН), всего', 'ед.', 12, 'https://s1.ru/p.pdf',
                 'Сумма строк 3.2–3.8; учитываются программы, утверждённые в 2024 году'),
                ('3.2', 'в т.ч. по форме «ученик – ученик»', 'ед.', 5, 'https://s1.ru/p.pdf',
                 'Наставник – обучающийся, наставляемый – обучающийся'),
                ('3.3', 'в т.ч. «учитель – учитель»', 'ед.', 7, 'https://s1.ru/p.pdf',
                 'Наставник – педагог, наставляемый – педагог'),
            ]
            for n, title, unit, value, link, note in rows:
                ws.append([n, title, unit, value, link])
                ws.append([None, note])
                ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=5)
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertEqual(v["curators_total"], 1, "\(v)")
        XCTAssertEqual(v["mentors_total"], 41)
        XCTAssertEqual(v["pp_total"], 12)
        XCTAssertEqual(v["pp_pupil_pupil"], 5, "the part's whole is the row above its instructions")
        XCTAssertEqual(v["pp_teacher_teacher"], 7)
        let unplaced = reports.flatMap(\.issues).filter { $0.message.contains("Указывается") }
        XCTAssertEqual(unplaced.map(\.message), [], "an instruction is no row of the form")
    }
}
