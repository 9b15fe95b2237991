import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Layouts of held-out sets 54 and 58 (session 43), written here by openpyxl (an independent writer): tables one under
/// another with headers of their own, cross tables of roles, sub-headers under a role, links on lines of their own.
/// The whole sets are measured in `MatcherEvaluationTests` (heldout54, heldout58).
final class CrossTableTests: XCTestCase {
    func read(_ name: String, _ body: String) throws -> (Dataset, FileReport) {
        let url = try ValueColumnTests.rewritten(name, "wb = openpyxl.Workbook(); ws = wb.active\n" + body)
        var d = Dataset()
        let report = InputReader(context: Support.context).read(url.path, into: &d)
        return (d, report)
    }

    func values(_ d: Dataset) -> [String: Double] {
        var out: [String: Double] = [:]
        for o in d.observations { if case .number(let n)? = o.value { out[o.criterion] = n } }
        return out
    }

    func links(_ d: Dataset) -> [String: String] {
        var out: [String: String] = [:]
        for o in d.observations { if let l = o.link { out[o.criterion] = l } }
        return out
    }

    /// A second table under its own header («Категория | Всего в школе, чел. | Доля в роли наставляемого, %») is
    /// read with its own value column: before, the first table's column gave «Обучающиеся 10–19 лет» the share, 20.
    func testATableUnderItsOwnHeaderIsReadWithItsColumns() throws {
        let (d, report) = try read(
            "две_таблицы.xlsx",
            """
            ws.append(['МБОУ «СОШ № 9»']); ws.append(['Мониторинг наставничества, 2024 год']); ws.append([])
            ws.append(['Форма наставничества', '2023 год', '2024 год'])
            ws.append(['Ученик – ученик', 20, 24])
            ws.append(['Учитель – учитель', 6, 8])
            ws.append([])
            ws.append(['Категория', 'Всего в школе, чел.', 'Доля в роли наставляемого, %'])
            ws.append(['Обучающиеся 10–19 лет', 520, 20])
            ws.append(['Молодые специалисты (до 35 лет, стаж до 3 лет)', 5, 100])
            """)
        XCTAssertFalse(report.failed, "\(report.issues)")
        let v = values(d)
        XCTAssertEqual(v["pp_pupil_pupil"], 24)
        XCTAssertEqual(v["pp_teacher_teacher"], 8)
        XCTAssertEqual(v["students_10_19"], 520)
        XCTAssertEqual(v["young_specialists"], 5)
    }

    /// A table's header that names no column of values for the reporting year sends its rows to be asked, with its
    /// labels: never read from the column of the table above.
    func testAnInnerHeaderWithoutAValueColumnIsAsked() throws {
        let (d, report) = try read(
            "без_столбца.xlsx",
            """
            ws.append(['МБОУ «СОШ № 9»']); ws.append(['Мониторинг наставничества, 2024 год']); ws.append([])
            ws.append(['Показатель', 'Значение'])
            ws.append(['Количество наставников ОО (по приказу)', 31])
            ws.append(['Количество наставляемых ОО (по приказу)', 84])
            ws.append([])
            ws.append(['Категория', 'Доля в роли наставника, %', 'Доля в роли наставляемого, %'])
            ws.append(['Обучающиеся 10–19 лет', 4, 20])
            ws.append(['Педагоги', 40, 7])
            """)
        XCTAssertFalse(report.failed, "\(report.issues)")
        let v = values(d)
        XCTAssertEqual(v["mentors_total"], 31)
        XCTAssertEqual(v["mentees_total"], 84)
        XCTAssertNil(v["students_10_19"], "a share read as the pupils' count")
        XCTAssertFalse(d.unassigned.filter { $0.wording.hasPrefix("Обучающиеся 10–19 лет") }.isEmpty, "not named")
    }

    /// Roles as columns, populations as rows: a value's criterion is its row and its column. The mentors' column
    /// gives the mentors of 15–19, the mentees' the mentees of 10–19 and the young specialists who are mentees; the
    /// pairs' column gives nothing; a cell «х» nothing; the row of links proves its column.
    func testACrossTableOfRolesReadsEachRolesColumn() throws {
        let (d, report) = try read(
            "роли.xlsx",
            """
            ws.append(['Мониторинг наставничества в МБОУ «СОШ № 9» за 2024 год']); ws.append([])
            ws.append(['Категория участников', 'Наставники', 'Наставляемые', 'Наставнические пары'])
            ws.append(['обучающиеся 15–19 лет', 12, 'х', 'х'])
            ws.append(['обучающиеся 10–19 лет', 'х', 80, 25])
            ws.append(['молодые специалисты', 2, 7, 7])
            ws.append(['Ссылка на приказ', 'https://sosh9.ru/mentors.pdf', 'https://sosh9.ru/mentees.pdf', None])
            """)
        XCTAssertFalse(report.failed, "\(report.issues)")
        let v = values(d), l = links(d)
        XCTAssertEqual(v["mentors_15_19"], 12)
        XCTAssertEqual(v["mentees_10_19"], 80)
        XCTAssertNil(v["students_10_19"])
        XCTAssertNil(v["students_15_19"])
        XCTAssertNil(v["young_specialists"], "a role's young specialists are not all of them")
        XCTAssertFalse(d.observations.contains { $0.value == .number(25) }, "a count of pairs used")
        XCTAssertEqual(l["mentors_15_19"], "https://sosh9.ru/mentors.pdf")
        XCTAssertEqual(l["mentees_10_19"], "https://sosh9.ru/mentees.pdf")
    }

    /// A table of its own under a cross table of roles («Документ | Наличие | Ссылка»): read once, with no role. (A
    /// table of one row under its header gives too little to tell its value column: its row is asked about.)
    func testATableUnderACrossTableOfRolesIsReadOnceWithoutARole() throws {
        let (d, report) = try read(
            "роли_и_документы.xlsx",
            """
            ws.append(['МАОУ «Гимназия № 7» г. Светлогорска']); ws.append(['Сведения о наставничестве за 2024 год'])
            ws.append([])
            ws.append(['Участники', 'Наставники', 'Наставляемые'])
            ws.append(['всего по приказу', 27, 64])
            ws.append(['из числа обучающихся 15–19 лет', 9, '—'])
            ws.append(['молодые специалисты', 1, 5])
            ws.append([])
            ws.append(['Документ', 'Наличие', 'Ссылка'])
            ws.append(['Положение о наставничестве педагогических работников', 'да', 'https://gymn7.ru/doc/pol.pdf'])
            ws.append(['Приказ о проведении мониторинга ЦМН', 'да', 'https://gymn7.ru/doc/prikaz.pdf'])
            """)
        XCTAssertFalse(report.failed, "\(report.issues)")
        let v = values(d)
        XCTAssertEqual(v["mentors_total"], 27)
        XCTAssertEqual(v["mentees_total"], 64)
        XCTAssertEqual(v["mentors_15_19"], 9)
        XCTAssertEqual(v["young_specialists_mentors"], 1)
        XCTAssertEqual(v["young_specialists_mentees"], 5)
        XCTAssertNil(v["students_15_19"])
        XCTAssertEqual(v["orgs_monitoring_order"], 1)
        XCTAssertEqual(links(d)["orgs_monitoring_order"], "https://gymn7.ru/doc/prikaz.pdf")
        XCTAssertEqual(d.observations.filter { $0.criterion == "orgs_monitoring_order" }.count, 1, "read twice")
    }

    /// A ledger's sub-header under a group that is a role alone («Наставляемые, чел.» merged over «обучающиеся 10–19
    /// лет | молодые специалисты») is the role's: not all pupils of that age, not all young specialists.
    func testASubHeaderUnderARoleIsTheRoles() throws {
        let (d, report) = try read(
            "свод_по_ОО.xlsx",
            """
            ws.append(['Сводные сведения о наставничестве, 2024 год']); ws.append([])
            ws.append(['№', 'Образовательная организация', 'Наставляемые, чел.', None, 'Удовлетворённость, %'])
            ws.append([None, None, 'обучающиеся 10–19 лет', 'молодые специалисты', 'наставляемых'])
            ws.merge_cells('C3:D3')
            ws.append([1, 'МБОУ «СОШ № 1»', 80, 7, 88])
            ws.append([2, 'МБОУ «СОШ № 2»', 104, 5, 90])
            """)
        XCTAssertFalse(report.failed, "\(report.issues)")
        let used = Set(d.observations.map(\.criterion))
        XCTAssertTrue(used.contains("mentees_10_19"), "\(used)")
        XCTAssertFalse(used.contains("students_10_19"), "\(used)")
        XCTAssertFalse(used.contains("young_specialists"), "\(used)")
    }

    /// A typed page's link on a line of its own under its row («Ссылка: https://…»), and one line for several rows
    /// («Ссылка на оба документа: …») back to the last link line.
    func testALinkOnItsOwnLineUnderATypedRow() throws {
        let (d, report) = try read(
            "машинопись.xlsx",
            """
            ws.append(['МБОУ «СОШ № 9», мониторинг ЦМН за 2024 год']); ws.append([])
            ws.append(['1.1. Положение о наставничестве педагогических работников утверждено ........ да'])
            ws.append(['     Ссылка: https://sosh9.ru/docs/polozhenie_ped.pdf'])
            ws.append(['1.2. Положение о наставничестве обучающихся утверждено ................. да'])
            ws.append(['1.3. Приказ о мониторинге реализации ЦМН издан ............................ да'])
            ws.append(['     Ссылка на оба документа: https://sosh9.ru/docs/obuch_i_prikaz.pdf'])
            """)
        XCTAssertFalse(report.failed, "\(report.issues)")
        let l = links(d)
        XCTAssertEqual(l["orgs_regulation_teachers"], "https://sosh9.ru/docs/polozhenie_ped.pdf")
        XCTAssertEqual(l["orgs_regulation_students"], "https://sosh9.ru/docs/obuch_i_prikaz.pdf")
        XCTAssertEqual(l["orgs_monitoring_order"], "https://sosh9.ru/docs/obuch_i_prikaz.pdf")
    }

    func testASmallCountInWordsWithItsUnit() {
        XCTAssertEqual(ValueParser.countWithUnit("Один человек (Иванова Н.П., 36 часов)"), 1)
        XCTAssertEqual(ValueParser.countWithUnit("два человека"), 2)
        XCTAssertNil(ValueParser.countWithUnit("один из лучших"))
        XCTAssertNil(ValueParser.countWithUnit("Одна программа"))
    }
}
