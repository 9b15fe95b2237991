import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out sets 89 and 91 (session 50), written here by openpyxl: a whole and its part side by side, «Всего | в т.ч.
/// участвуют в наставничестве | Доля, %», and a sheet of two tables whose criteria stand in different columns. Before,
/// «Обучающиеся 10–19 лет: всего / из них наставляемые | 540 | 71 | 13,15» gave 540 mentees, and the table above the
/// second one's header was not read at all.
final class WholePartColumnsTests: XCTestCase, TypedForms {
    func testAPartsTitleIsReadFromThePartsColumnWithItsWholeAndShare() throws {
        let url = try write(
            "СОШ7_ЦМН_2024.xlsx",
            """
            ws.title = 'ЦМН 2024'
            ws['A1'] = 'Информация о реализации целевой модели наставничества в МБОУ «Ключегорская СОШ № 7» за 2024 год'
            ws.append([])
            ws.append(['№', 'Показатель', 'Значение / всего', 'в т.ч. участвуют в наставничестве', 'Доля, %',
                       'Ссылка на документ'])
            ws.append(['1', 'Наставники по приказу', 37, None, None, 'https://s7.ru/n.pdf'])
            ws.append(['2', 'Наставляемые по приказу', 82, None, None, 'https://s7.ru/n.pdf'])
            ws.append(['3', 'Обучающиеся 10–19 лет: всего / из них наставляемые', 540, 71, 13.15, 'https://s7.ru/b.pdf'])
            ws.append(['4', 'Обучающиеся 15–19 лет: всего / из них наставники', 176, 19, 10.8, 'https://s7.ru/b.pdf'])
            ws.append(['5', 'Педагоги без МС: всего / из них наставляемые', 49, 4, 8.16, 'https://s7.ru/b.pdf'])
            ws.append(['6', 'Молодые специалисты в роли наставника', None, 1, None, 'https://s7.ru/b.pdf'])
            """)
        let (d, _) = read([url])
        let v = values(d)
        XCTAssertEqual(v["mentees_10_19"], 71, "\(v)")
        XCTAssertEqual(v["students_10_19"], 540)
        XCTAssertEqual(v["share_mentees_10_19"] ?? 0, 0.1315, accuracy: 1e-9, "a share is kept as a fraction")
        XCTAssertEqual(v["mentors_15_19"], 19)
        XCTAssertEqual(v["students_15_19"], 176)
        XCTAssertEqual(v["teachers_other_mentees"], 4)
        XCTAssertEqual(v["teachers_other"], 49)
        XCTAssertEqual(v["young_specialists_mentors"], 1, "the part alone is the row's value")
        XCTAssertEqual(v["mentors_total"], 37)
        // Each named in its own cell; the whole needs no document, the part keeps the row's.
        let whole = d.observations.first { $0.criterion == "students_10_19" }
        XCTAssertEqual(whole?.source.cell, "C6")
        XCTAssertNil(whole?.link)
        let part = d.observations.first { $0.criterion == "mentees_10_19" }
        XCTAssertEqual(part?.source.cell, "D6")
        XCTAssertEqual(part?.link, "https://s7.ru/b.pdf")
    }

    func testTwoTablesWithTheirCriteriaInDifferentColumnsAreBothRead() throws {
        let url = try write(
            "sosh11_2024.xlsx",
            """
            ws.title = 'Отчёт ЦМН'
            ws['A1'] = 'Сведения о реализации целевой модели наставничества в МБОУ «СОШ № 11» за 2024 год'
            ws['A2'] = '1. Локальные нормативные акты'
            ws.append(['№', 'Документ', 'Наличие (да/нет)', 'Реквизиты', 'Ссылка'])
            ws.append([1, 'Положение о системе наставничества педработников', 'да', 'приказ № 87-од', 'https://s11.ru/87.pdf'])
            ws.append([2, 'Положение о наставничестве обучающихся', 'да', 'приказ № 88-од', 'https://s11.ru/88.pdf'])
            ws.append([3, 'Приказ «О проведении мониторинга ЦМН в 2024 году»', 'да', '№ 141-од', 'https://s11.ru/141.pdf'])
            ws.append([])
            ws.append(['2. Участники программ наставничества (чел.)'])
            ws.append(['Категория', 'Всего, чел.', 'В программах наставничества, чел.', 'Доля, %', 'Ссылка на приказ'])
            ws.append(['Обучающиеся 10–19 лет (как наставляемые)', 604, 131, 21.69, 'https://s11.ru/131.pdf'])
            ws.append(['Обучающиеся 15–19 лет (как наставники)', 152, 24, 15.79, 'https://s11.ru/131.pdf'])
            ws.append(['Наставники по приказу — всего', None, 38, None, 'https://s11.ru/131.pdf'])
            ws.append(['Кураторы ЦМН', None, 1, None, 'https://s11.ru/120.pdf'])
            """)
        let (d, _) = read([url])
        let v = values(d)
        XCTAssertEqual(v["orgs_regulation_teachers"], 1, "the table above the second header is read: \(v)")
        XCTAssertEqual(v["orgs_regulation_students"], 1)
        XCTAssertEqual(v["orgs_monitoring_order"], 1)
        XCTAssertEqual(v["mentees_10_19"], 131)
        XCTAssertEqual(v["students_10_19"], 604)
        XCTAssertEqual(v["mentors_15_19"], 24)
        XCTAssertEqual(v["mentors_total"], 38)
        XCTAssertEqual(v["curators_total"], 1)
    }

    func testAWorkbooksDirectoryNamesTheSheetsOfItsCodes() throws {
        let url = try write(
            "Свод_куст_2024.xlsx",
            """
            ws.title = 'Справочник'
            ws.append(['Код', 'ИНН', 'Полное наименование', 'Краткое наименование'])
            ws.append(['18-042', '1831000421', 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 12»', 'МБОУ СОШ № 12'])
            ws.append(['18-043', '1831000432', 'Муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная школа № 3»', 'МБОУ ООШ № 3'])
            for code, mentors in (('18-042', 31), ('18-043', 9)):
                s = wb.create_sheet(code)
                s['A1'] = 'Код ОО: ' + code
                s['A2'] = 'Мониторинг ЦМН за 2024 год'
                s.append(['Показатель', 'Значение', 'Ссылка'])
                s.append(['Наставники по приказу ОО, всего', mentors, 'https://x.ru/' + code + '.pdf'])
                s.append(['Наставляемые по приказу ОО, всего', mentors * 2, 'https://x.ru/' + code + '.pdf'])
                s.append(['Кураторы ЦМН', 1, 'https://x.ru/' + code + '-k.pdf'])
            """)
        let (d, reports) = read([url])
        let orgs = Set(d.observations.compactMap(\.organisation))
        XCTAssertEqual(orgs.count, 2, "\(reports.map(\.issues))")
        XCTAssertTrue(
            orgs.contains { $0.contains("средняя общеобразовательная школа №12") }, "\(orgs)")
        let told = reports.flatMap(\.issues).filter { $0.message.contains("по справочнику книги") }
        XCTAssertEqual(told.count, 2, "each sheet's name is said to come from the directory")
    }

    func testNamesInQuotesWithCommasAreItemsOfAList() {
        XCTAssertEqual(
            ListItems.split("АО «Вальминский машиностроительный завод», ООО «ТехноСервис»"),
            ["АО «Вальминский машиностроительный завод»", "ООО «ТехноСервис»"])
        XCTAssertEqual(
            ListItems.split("ООО «Рога, копыта и К»"), ["ООО «Рога, копыта и К»"], "a comma inside the quotes stays")
        XCTAssertEqual(ListItems.split("МБОУ «СОШ № 1», лицей"), ["МБОУ «СОШ № 1», лицей"])
        // A course and its provider (the Izhevsk forms' «Наименование курсов»): one item.
        XCTAssertEqual(
            ListItems.split("\"Эффективные инструменты наставничества\", АНО \"Большая Перемена\", Москва"),
            ["\"Эффективные инструменты наставничества\", АНО \"Большая Перемена\", Москва"])
    }
}
