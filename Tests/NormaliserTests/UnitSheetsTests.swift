import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// One legal entity's workbook: a sheet per unit (its main building, a branch) and a sheet of its totals (written here by
/// openpyxl, an independent writer; heldout66 «pychasskaya_sosh_svod_2024.xlsx» is the whole case). Before, the three
/// sheets were three organisations.
final class UnitSheetsTests: XCTestCase, TypedForms {
    func testTheTotalsSheetGivesTheOrganisationsValuesAndTheBranchIsNoOrganisation() throws {
        let url = try write(
            "pychas.xlsx",
            """
            ws.title = 'Пычас'
            ws.append(['МБОУ «Пычасская СОШ» — основное здание (с. Пычас)']); ws.append(['Мониторинг ЦМН, 2024 год'])
            ws.append(['Показатель', 'Значение', 'Ссылка'])
            ws.append(['Количество наставников ОО (по приказу)', 10, 'https://pychas.example.ru/nast.pdf'])
            ws.append(['Количество наставляемых ОО (по приказу)', 30, 'https://pychas.example.ru/nast.pdf'])
            ws.append(['Количество педагогов, обучившихся на КПК по вопросам наставничества', 2, ''])
            ws.append(['Положение о наставничестве педагогических работников утверждено', 'да', 'https://pychas.example.ru/pol.pdf'])
            b = wb.create_sheet('Филиал Малопычас')
            b.append(['Филиал МБОУ «Пычасская СОШ» — «Малопычасская НОШ» (д. Малый Пычас)']); b.append(['Мониторинг ЦМН, 2024 год'])
            b.append(['Показатель', 'Значение', 'Ссылка'])
            b.append(['Количество наставников ОО (по приказу)', 4, ''])
            b.append(['Количество наставляемых ОО (по приказу)', 9, ''])
            b.append(['Количество педагогов, обучившихся на КПК по вопросам наставничества', 1, ''])
            t = wb.create_sheet('Свод')
            t.append(['Свод по МБОУ «Пычасская СОШ» (основное здание + филиал «Малопычасская НОШ»), 2024 г.']); t.append([])
            t.append(['Показатель', 'Всего по МБОУ', 'Примечание'])
            t.append(['Количество наставников ОО (по приказу)', 14, ''])
            t.append(['Количество наставляемых ОО (по приказу)', 39, ''])
            t.append(['Количество педагогов, обучившихся на КПК по вопросам наставничества', 3, ''])
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.organisations, ["МБОУ «Пычасская СОШ»"], "\(reports.map(\.issues))")
        XCTAssertEqual(Set(d.observations.compactMap(\.organisation)).count, 1)
        let v = values(d)
        XCTAssertEqual(v["mentors_total"], 14)
        XCTAssertEqual(v["mentees_total"], 39)
        XCTAssertEqual(v["kpk_trained"], 3)
        XCTAssertEqual(v["orgs_regulation_teachers"], 1, "the unit's sheet gives what the totals lack")
        XCTAssertEqual(d.observations.filter { $0.criterion == "mentors_total" }.count, 1)
        let issues = reports.first?.issues.map(\.message) ?? []
        XCTAssertTrue(issues.contains { $0.contains("филиал организации «МБОУ «Пычасская СОШ»»") }, "\(issues)")
        XCTAssertTrue(issues.contains { $0.contains("лист «Свод» — итоги") }, "\(issues)")
    }
}
