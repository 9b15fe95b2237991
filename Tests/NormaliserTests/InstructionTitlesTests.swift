import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 108 (session 52), written here by openpyxl: a template's instructions inside the row titles, naming
/// other criteria's words («наставляемые из числа МС не учитываются», «считается от … 10–19 лет»). At first sight 102 of
/// 291 values were used; the rest were asked about.
final class InstructionTitlesTests: XCTestCase, TypedForms {
    func testInstructionsInTheTitlesAreNotTheirWording() throws {
        let url = try write(
            "СОШ1_2024.xlsx",
            """
            ws['A1'] = 'Мониторинг реализации целевой модели наставничества (ЦМН) за 2024 год'
            ws['A2'] = 'Образовательная организация: МБОУ «Лесогорская СОШ № 1»'
            ws.append([])
            ws.append(['№', 'Наименование показателя', 'Значение', 'Ссылка на подтверждающий документ'])
            ws.append(['2. Организация процесса'])
            rows = [
              ('2.1', 'Кураторы внедрения ЦМН, чел.\\n(по приказу о назначении; наставники и наставляемые не учитываются)', 2),
              ('2.2', 'Утверждённые программы наставничества по формам\\n(без персонализированных программ – они считаются в разделе 3)', 4),
              ('2.3', 'Соглашения с другими ОО о предоставлении наставников\\n(только с образовательными организациями; с предприятиями и ИРО – в отдельных строках)', 1),
              ('2.4', 'Соглашения с предприятиями\\n(кол-во соглашений, а не кол-во наставников с предприятий)', 2),
              ('2.6', 'Количество наставников\\n(указывается по приказу о закреплении наставнических пар; учитываются педагоги, обучающиеся-наставники и внешние наставники, наставляемые из числа молодых специалистов не учитываются)', 39),
              ('2.7', 'Количество наставляемых\\n(по приказу о закреплении пар: обучающиеся и педагоги, в т.ч. молодые специалисты; наставники не учитываются)', 72),
              ('4.2', 'Наставники – сотрудники предприятий\\nчел. по приказу; не путать с количеством соглашений с предприятиями', 4)]
            for n, title, value in rows:
                ws.append([n, title, value, 'https://sh1.ru/' + n + '.pdf'])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertEqual(v["curators_total"], 2, "\(reports.map(\.issues))")
        XCTAssertEqual(v["agreements_edu_orgs"], 1)
        XCTAssertEqual(v["mentors_total"], 39)
        XCTAssertEqual(v["mentees_total"], 72)
        // The enterprises' mentors, never the agreements with enterprises that the instruction names.
        XCTAssertNotEqual(v["agreements_enterprises"], 4)
    }

    func testACutKeepsQualifiersAndListsAndFootnoteMarksInsideATitle() {
        let cut = Support.context.catalogue.instructions.cut
        XCTAssertEqual(
            cut("Количество наставников\n(указывается по приказу; наставляемые не учитываются)"),
            "Количество наставников")
        XCTAssertEqual(
            cut(
                "Молодые специалисты в школе, всего\n(до 35 лет) из них в роли наставляемых\n(наставники сюда не входят)"
            ),
            "Молодые специалисты в школе, всего\n(до 35 лет) из них в роли наставляемых")
        // A qualifier, a list to name and a footnote mark inside a title are the title's own.
        XCTAssertNil(cut("Общее количество педагогов (за исключением молодых специалистов)"))
        XCTAssertNil(cut("Организации-партнёры по наставничеству (перечислить)"))
        XCTAssertNil(cut("Удовлетворённость участием в программах* наставников"))
    }

    /// Held-out sets 105 and 106: «из образовательных организаций» under «Наставники из других (внешних)
    /// организаций» is the external educational organisations' mentors; read as «иных организаций», 2 of 5 went to
    /// the other organisations' mentors.
    func testAKindOfOrganisationUnderTheExternalOrganisationsGroup() throws {
        let url = try write(
            "Гимназия2_2024.xlsx",
            """
            ws['A1'] = 'Мониторинг ЦМН за 2024 год'
            ws['A2'] = 'Образовательная организация: МАОУ «Гимназия № 2»'
            ws.append(['Показатель', 'Значение', 'Ссылка'])
            ws.append(['Наставники из внешних организаций', None, None])
            ws.append(['из образовательных организаций (вузы, СПО, школы)', 5, 'https://g2.ru/p.pdf'])
            ws.append(['из иных организаций', 2, 'https://g2.ru/p.pdf'])
            ws.append(['из предприятий', 3, 'https://g2.ru/p.pdf'])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertNotEqual(v["other_org_mentors"], 5, "\(reports.map(\.issues))")
        XCTAssertEqual(v["external_edu_mentors"], 5)
    }
}
