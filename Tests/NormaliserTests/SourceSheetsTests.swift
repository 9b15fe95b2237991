import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 103 (session 51), written here by openpyxl (which stores no formula results): a school's form whose
/// values are formulas into its sheet of raw figures. Before, the «Расчёт» sheet was read as the school's form too,
/// and its rows, worded the school's own way, gave ten values the form does not show.
final class SourceSheetsTests: XCTestCase, TypedForms {
    func testTheSheetAFormsFormulasReadIsItsSourceNotASecondForm() throws {
        let url = try write(
            "sosh11_2024.xlsx",
            """
            ws.title = 'Отчёт'
            ws['A1'] = 'Мониторинг ЦМН за 2024 год'
            ws['A2'] = 'МБОУ «СОШ № 11»'
            ws.append(['Показатель', 'Значение', 'Ссылка'])
            rows = [('Количество наставников ОО (по приказу)', '=Расчёт!B3'),
                    ('Количество наставляемых ОО (по приказу)', '=Расчёт!B4'),
                    ('Количество наставников из числа обучающихся 15–19 лет', '=Расчёт!B5'),
                    ('Количество наставников из предприятий', '=Расчёт!B6'),
                    ('Количество молодых специалистов в ОО', '=Расчёт!B7'),
                    ('Кураторы внедрения ЦМН', 2),
                    ('Количество методических объединений наставников', 1),
                    ('Количество локальных актов об оплате работы наставника', 1),
                    ('Количество педагогов, обучившихся на КПК по наставничеству', 3),
                    ('Количество соглашений с предприятиями', 1)]
            for title, value in rows:
                ws.append([title, value, 'https://s11.ru/doc.pdf'])
            calc = wb.create_sheet('Расчёт')
            calc['A1'] = 'Расчёт (данные из Google-таблицы)'
            for i, (t, v) in enumerate([('Наставники по приказу', 26), ('Наставляемые по приказу', 41),
                                        ('Наставники-обучающиеся 15–19', 8), ('Наставники от предприятий', 2),
                                        ('Молодые специалисты', 4)]):
                calc.cell(row=3 + i, column=1, value=t)
                calc.cell(row=3 + i, column=2, value=v)
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertEqual(v["curators_total"], 2, "\(reports.map(\.issues))")
        // The form's formulas have no stored result: named, and the source's figures are not used in their place.
        XCTAssertNil(v["mentors_total"])
        XCTAssertNil(v["mentees_total"])
        XCTAssertFalse(d.observations.contains { $0.source.sheet == "Расчёт" })
        let issues = reports.flatMap(\.issues)
        XCTAssertTrue(issues.contains { $0.message.contains("исходные данные формул листа «Отчёт»") }, "\(issues)")
        XCTAssertGreaterThanOrEqual(issues.filter { $0.kind == .uncomputedFormula }.count, 5)
    }

    /// Held-out set 102: a group's title over rows indented under it is no end of the wording above.
    func testAGroupTitleOverIndentedRowsIsNoContinuation() throws {
        let url = try write(
            "ddt_2024.xlsx",
            """
            ws['A1'] = 'Мониторинг ЦМН (учреждения доп. образования) — 2024 год'
            ws['A2'] = 'Учреждение: МБУ ДО «Дом детского творчества»'
            ws.append(['Показатель', 'Значение', 'Ссылка на документ'])
            ws.append(['Наставники по приказу, всего', 17, 'https://ddt.ru/n.pdf'])
            ws.append(['из числа обучающихся 15–19 лет'])
            ws.append(['    всего обучающихся 15–19 лет в объединениях', 210])
            ws.append(['    из них наставники', 9, 'https://ddt.ru/n.pdf'])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertNotEqual(v["mentors_15_19"], 17, "\(reports.map(\.issues))")
    }
}
