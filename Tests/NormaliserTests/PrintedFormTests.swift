import Dataset
import Foundation
import XCTest

@testable import Catalogue
@testable import Normaliser

/// Layouts and words of held-out sets 68–70 (session 45), written here by openpyxl (an independent writer): forms laid
/// out for paper (cards of «Показатель: / Значение: / Подтверждающий документ:», numbered questions with the answer
/// and the link below, the name only in the signature), an age band one year off beside the catalogue's, a level typed
/// «0,9» beside levels in points, a ДОП's words. The whole sets are measured in `MatcherEvaluationTests`.
final class PrintedFormTests: XCTestCase, TypedForms {
    /// An «информационная карта»: each criterion a card of three labelled rows. Before, the sheet was skipped whole
    /// («ссылок — N, но не видно, к каким значениям формы они относятся»).
    func testCardsAreReadWithTheirLinks() throws {
        let url = try write(
            "карта_гимназия2.xlsx",
            """
            ws.append(['ИНФОРМАЦИОННАЯ КАРТА']); ws.append(['мониторинга реализации целевой модели наставничества за 2024 год'])
            ws.append([])
            ws.append(['Наименование ОО:', 'МАОУ «Гимназия № 2»'])
            ws.append([])
            ws.append(['Раздел 1. Нормативное обеспечение'])
            cards = [
              ('Утверждено ли положение о системе наставничества педагогических работников', 'да',
               'Приказ от 29.08.2024 № 214-од – https://gimn2.edu.ru/docs/polozhenie_ped.pdf'),
              ('Утверждено ли положение о наставничестве обучающихся', 'да', 'https://gimn2.edu.ru/docs/polozhenie_ob.pdf'),
              ('Издан ли приказ о мониторинге реализации ЦМН', 'да', 'https://gimn2.edu.ru/docs/prikaz_monitoring.pdf'),
              ('Наставники по приказу, всего, чел.', 31, 'https://gimn2.edu.ru/docs/baza_nastavnikov.pdf'),
              ('Молодые специалисты (до 35 лет, первые три года работы), чел.', 6, '—'),
            ]
            for title, value, doc in cards:
                ws.append(['Показатель:', title]); ws.append(['Значение:', value])
                ws.append(['Подтверждающий документ:', doc]); ws.append([])
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.organisations, ["МАОУ «Гимназия № 2»"], "\(reports.map(\.issues))")
        let v = values(d)
        XCTAssertEqual(v["orgs_regulation_teachers"], 1, "\(v)")
        XCTAssertEqual(v["orgs_regulation_students"], 1)
        XCTAssertEqual(v["mentors_total"], 31)
        XCTAssertEqual(v["young_specialists"], 6)
        let links = Dictionary(d.observations.compactMap { o in o.link.map { (o.criterion, $0) } }) { a, _ in a }
        XCTAssertEqual(links["orgs_regulation_teachers"], "https://gimn2.edu.ru/docs/polozhenie_ped.pdf")
        XCTAssertEqual(links["mentors_total"], "https://gimn2.edu.ru/docs/baza_nastavnikov.pdf")
        // «—» in the document's place is no link (before: the finding «вместо ссылки указан текст «—»»).
        XCTAssertNil(links["young_specialists"], "\(links)")
        // The header's field is no question: «Наименование ОО:» resembles «Наименование курсов».
        XCTAssertFalse(d.unassigned.contains { $0.wording.hasPrefix("Наименование ОО") }, "\(d.unassigned)")
    }

    /// Numbered questions, each title merged over three rows, its answer in the row below and its link under that;
    /// the school named only in the signature under the form. Before, the sheet was skipped whole.
    func testNumberedQuestionsAnsweredBelowAndTheSignaturesName() throws {
        let url = try write(
            "отчёт_лицей.xlsx",
            """
            ws.append(['ОТЧЁТ']); ws.append(['о реализации целевой модели наставничества в 2024 году']); ws.append([])
            ws.append(['№ п/п', 'Показатель', 'Значение /\\nподтверждающий документ'])
            ws.append(['I. Нормативно-правовое обеспечение'])
            rows = [
              ('1.', 'Приказ об утверждении Положения о наставничестве педагогических работников', 'имеется',
               'https://licey4.gosuslugi.ru/docs/pol_ped.pdf'),
              ('2.', 'Приказ об утверждении Положения о наставничестве обучающихся', 'имеется',
               'https://licey4.gosuslugi.ru/docs/pol_ob.pdf'),
              ('3.', 'Кураторы ЦМН в лицее, чел.', 2, 'https://licey4.gosuslugi.ru/docs/kuratory.pdf'),
              ('4.', 'Наставников по приказу, всего, чел.', 64, 'https://licey4.gosuslugi.ru/docs/baza.pdf'),
            ]
            for n, title, value, link in rows:
                r = ws.max_row + 1
                ws.cell(r, 1, n); ws.cell(r, 2, title); ws.cell(r + 1, 3, value); ws.cell(r + 2, 3, link)
                ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
                ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
            ws.append([])
            ws.append(['Директор МБОУ «Лицей № 4» ____________ / О.Н. Саватеева /'])
            ws.append(['М.П.', None, '21.10.2024'])
            """)
        let (d, reports) = read([url])
        let report = try XCTUnwrap(reports.first)
        XCTAssertEqual(report.organisations, ["МБОУ «Лицей № 4»"], "\(report.issues)")
        // Taken from the signature, and said so: the user checks it.
        XCTAssertTrue(
            report.issues.contains { $0.kind == .organisationGuessed && $0.message.contains("строки подписи") },
            "\(report.issues)")
        let v = values(d)
        XCTAssertEqual(v["orgs_regulation_teachers"], 1, "\(v)")
        XCTAssertEqual(v["curators_total"], 2)
        XCTAssertEqual(v["mentors_total"], 64)
        let links = Dictionary(d.observations.compactMap { o in o.link.map { (o.criterion, $0) } }) { a, _ in a }
        XCTAssertEqual(links["curators_total"], "https://licey4.gosuslugi.ru/docs/kuratory.pdf")
    }

    /// «Обучающиеся 10–18 лет …» in a form that gives «10–19 лет» in other rows is another group: asked about, never
    /// the catalogue's mentees 10–19 by the order of the rows (before: 85 used for the mentees, the form's 88 lost).
    func testANearAgeBandBesideTheCataloguesIsAskedAbout() throws {
        let url = try write(
            "гимназия_три_блока.xlsx",
            """
            ws.append(['МБОУ «Ярушинская гимназия»']); ws.append(['Мониторинг ЦМН за 2024 год'])
            ws.append(['№', 'Критерий', 'Значение'])
            ws.append(['5. Обучающиеся'])
            ws.append(['5.1', 'Контингент 10–19 лет', 512])
            ws.append(['5.2', '10–19 лет в роли наставляемых', 88])
            ws.append(['5.3', 'Обучающиеся 10–18 лет в программах наставничества (наставляемые)', 85])
            ws.append(['5.4', 'в т.ч. группа риска', 7])
            ws.append(['5.5', 'в т.ч. одарённые дети', 31])
            """)
        let (d, _) = read([url])
        let v = values(d)
        XCTAssertNotEqual(v["mentees_10_19"], 85, "\(v)")
        let asked = d.unassigned.first { $0.wording.hasPrefix("Обучающиеся 10–18 лет") }
        XCTAssertNotNil(asked, "\(d.unassigned.map(\.wording))")
    }

    /// «Удовлетворённость наставников | 0,9» beside «Удовлетворённость наставляемых | 88»: 0,9 % or 90 %? Named, not
    /// used; the level in points is used.
    func testABareLevelBesideLevelsInPointsIsNotUsed() throws {
        let url = try write(
            "оош_удовлетворённость.xlsx",
            """
            ws.append(['МКОУ «Кулигинская ООШ»']); ws.append(['Мониторинг наставничества, 2024 год'])
            ws.append(['Показатель', 'Значение'])
            ws.append(['Наставников по приказу', 9])
            ws.append(['Удовлетворённость наставляемых, %', 88])
            ws.append(['Удовлетворённость наставников, %', 0.9])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertEqual(v["satisfaction_mentees"], 0.88, "\(v)")
        XCTAssertNil(v["satisfaction_mentors"], "\(v)")
        XCTAssertTrue(
            reports.flatMap(\.issues).contains { $0.kind == .unparsedValue && $0.message.contains("0,9") },
            "\(reports.flatMap(\.issues).map(\.message))")
    }

    /// A ДОП's words: «с закреплённым наставником» are mentees (before: young specialists who are mentors), «кружковцы»
    /// are pupils, «ДДТ» is the organisation.
    func testTheWordsOfAnInstitutionOfAdditionalEducation() throws {
        let url = try write(
            "ддт_наставничество.xlsx",
            """
            ws.append(['МБУ ДО «Дом детского творчества»']); ws.append(['Мониторинг ЦМН, 2024 год'])
            ws.append(['Показатель', 'Значение'])
            ws.append(['Педагогов дополнительного образования, всего', 42])
            ws.append(['Молодые специалисты', 4])
            ws.append(['Молодые специалисты с закреплённым наставником', 3])
            ws.append(['Кружковцы от 10 до 19 лет', 470])
            ws.append(['Положение о наставничестве учащихся ДДТ', 'да'])
            """)
        let (d, _) = read([url])
        let v = values(d)
        XCTAssertNil(v["young_specialists_mentors"], "\(v)")
        XCTAssertEqual(v["young_specialists"], 4, "\(v)")
        XCTAssertEqual(v["students_10_19"], 470, "\(v)")
        XCTAssertEqual(v["orgs_regulation_students"], 1, "\(v)")
    }

    /// Quarters and the year's total: the total is the year's value (before: the form was asked about whole).
    /// Stocks on three dates: the year's end.
    func testPeriodsWithinTheYear() throws {
        let quarters = try write(
            "кварталы.xlsx",
            """
            ws.append(['Образовательная организация:', 'МБОУ «Луговская СОШ № 1»']); ws.append(['Мониторинг ЦМН, 2024 год'])
            ws.append(['№', 'Показатель', 'I кв.', 'II кв.', 'III кв.', 'IV кв.', 'Итого за год', 'Ссылка'])
            ws.append([1, 'Наставников по приказу', 40, 42, 35, 44, 44, 'https://sosh1.edu.ru/baza.pdf'])
            ws.append([2, 'Персонализированных программ наставничества, всего', 3, 5, 2, 4, 14, None])
            ws.append([3, 'Молодые специалисты (до 35 лет, первые три года работы)', 6, 6, 7, 7, 7, None])
            """)
        let dates = try write(
            "на_даты.xlsx",
            """
            ws.append(['Образовательная организация:', 'МБОУ «Ключёвская СОШ»']); ws.append(['Мониторинг ЦМН, 2024 год'])
            ws.append(['Показатель', 'на 01.01.2024', 'на 01.07.2024', 'на 31.12.2024', 'Ссылка'])
            ws.append(['Наставников по приказу', 30, 33, 36, 'https://kl.edu.ru/baza.pdf'])
            ws.append(['Наставляемых по приказу', 70, 75, 81, None])
            ws.append(['Молодые специалисты (до 35 лет, первые три года работы)', 4, 4, 5, None])
            """)
        let (q, _) = read([quarters])
        XCTAssertEqual(values(q)["mentors_total"], 44, "\(values(q))")
        XCTAssertEqual(values(q)["pp_total"], 14)
        let (d, _) = read([dates])
        XCTAssertEqual(values(d)["mentors_total"], 36, "\(values(d))")
        XCTAssertEqual(values(d)["mentees_total"], 81)
    }

    /// A line «ссылка» under each row, its address or its excuse («не предоставлена»): the excuse is the row's missing
    /// link, no title of its own (held-out set 78 had eight «ссылка | не предоставлена» asked about as criteria).
    func testALinkLineSayingThereIsNoneIsNoRow() throws {
        let url = try write(
            "ссылки_строками.xlsx",
            """
            ws.append(['Мониторинг ЦМН 2024']); ws.append(['Образовательная организация:', 'МБОУ «СОШ № 9»'])
            ws.append(['Показатель', 'Значение'])
            ws.append(['Количество наставников ОО (по приказу)', 12]); ws.append(['ссылка', 'https://sosh9.edu.ru/prikaz.pdf'])
            ws.append(['Количество наставляемых ОО (по приказу)', 30]); ws.append(['ссылка', 'не предоставлена'])
            ws.append(['Общее количество кураторов по внедрению Целевой модели наставничества', 1])
            ws.append(['Ссылка на документ', 'https://sosh9.edu.ru/kurator.pdf'])
            """)
        let (d, _) = read([url])
        XCTAssertEqual(values(d), ["mentors_total": 12, "mentees_total": 30, "curators_total": 1])
        XCTAssertEqual(d.unassigned.map(\.wording), [], "the excuse is no row")
        let links = Dictionary(d.observations.map { ($0.criterion, $0.link ?? "") }) { a, _ in a }
        XCTAssertEqual(links["mentors_total"], "https://sosh9.edu.ru/prikaz.pdf")
        XCTAssertEqual(links["mentees_total"], "")
        XCTAssertEqual(links["curators_total"], "https://sosh9.edu.ru/kurator.pdf")
    }
}
