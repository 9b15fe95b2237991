import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Sheets of proof links keyed by the form's row codes (held-out sets 71 and 81, session 49), written here by
/// openpyxl: a portal's «Файлы» sheet by IND_ID with HYPERLINK() formulas, and a «Ссылки» sheet typed by hand as
/// «1.9, 1.10 — https://…». Before, both sheets were named as not read and every link on them was lost.
final class LinkKeysTests: XCTestCase, TypedForms {
    func links(_ d: Dataset) -> [String: String] {
        var out: [String: String] = [:]
        for o in d.observations { if let l = o.link { out[o.criterion] = l } }
        return out
    }

    func testAPortalsFilesSheetKeyedByIndicatorCode() throws {
        let url = try write(
            "vygruzka_184112_2024.xlsx",
            """
            ws.title = 'Данные'
            ws.append(['Код ОО: 184112', None, 'МБОУ «Ягульская СОШ»'])
            ws.append(['Период: 2024'])
            ws.append([])
            ws.append(['IND_ID', 'Значение', 'Наименование индикатора', 'Ед. изм.'])
            ws.append(['IND_01_01', '1', 'Наличие приказа об утверждении положения о наставничестве педагогических работников', '1 – да, 0 – нет'])
            ws.append(['IND_01_03', '1', 'Наличие приказа о проведении мониторинга реализации целевой модели наставничества', '1 – да, 0 – нет'])
            ws.append(['IND_02_01', '2', 'Количество кураторов внедрения целевой модели наставничества', 'чел'])
            ws.append(['IND_02_02', '34', 'Количество наставников по приказу ОО', 'чел'])
            files = wb.create_sheet('Файлы')
            files.append(['IND_ID', 'Имя файла', 'Размер, КБ', 'Загружен', 'Ссылка'])
            for code, name in [('IND_01_01', 'p87'), ('IND_01_03', 'p93'), ('IND_02_01', 'p92'), ('IND_02_02', 'baza')]:
                files.append([code, name + '.pdf', '2152', '24.11.2024 16:34',
                              '=HYPERLINK("https://mon.obr18.ru/storage/184112/%s.pdf","скачать")' % name])
            """)
        let (d, reports) = read([url])
        let l = links(d)
        XCTAssertEqual(
            l["orgs_regulation_teachers"], "https://mon.obr18.ru/storage/184112/p87.pdf", "\(reports.map(\.issues))")
        XCTAssertEqual(l["orgs_monitoring_order"], "https://mon.obr18.ru/storage/184112/p93.pdf")
        XCTAssertEqual(l["curators_total"], "https://mon.obr18.ru/storage/184112/p92.pdf")
        XCTAssertEqual(l["mentors_total"], "https://mon.obr18.ru/storage/184112/baza.pdf")
        XCTAssertTrue(
            reports[0].issues.contains { $0.message.contains("по коду (номеру) строки: 4 из 4") },
            "\(reports[0].issues)")
    }

    func testASheetOfLinksTypedByRowNumbers() throws {
        let url = try write(
            "licey2_2024.xlsx",
            """
            ws.title = 'Форма'
            ws.append(['МАОУ «Лицей № 2», мониторинг ЦМН за 2024 год'])
            ws.append(['№', 'Показатель', 'Значение'])
            ws.append(['1.1', 'Наличие приказа об утверждении положения о наставничестве педагогических работников', 'да'])
            ws.append(['1.2', 'Наличие приказа об утверждении положения о наставничестве обучающихся', 'да'])
            ws.append(['1.3', 'Наличие приказа о проведении мониторинга реализации целевой модели наставничества', 'да'])
            ws.append(['2.1', 'Количество кураторов внедрения целевой модели наставничества', 2])
            ws.append(['2.2', 'Количество наставников по приказу ОО', 34])
            refs = wb.create_sheet('Ссылки')
            refs.append(['Ссылки на подтверждающие документы (номер строки — ссылка)'])
            refs.append([])
            refs.append(['1.1, 1.2 — https://licey2.ru/docs/polozhenie.pdf'])
            refs.append(['1.3 — https://licey2.ru/docs/monitoring.pdf'])
            refs.append(['2.1–2.2 — https://licey2.ru/docs/prikaz_kuratory.pdf'])
            """)
        let (d, reports) = read([url])
        let l = links(d)
        XCTAssertEqual(
            l["orgs_regulation_teachers"], "https://licey2.ru/docs/polozhenie.pdf", "\(reports.map(\.issues))")
        XCTAssertEqual(l["orgs_regulation_students"], "https://licey2.ru/docs/polozhenie.pdf")
        XCTAssertEqual(l["orgs_monitoring_order"], "https://licey2.ru/docs/monitoring.pdf")
        XCTAssertEqual(l["curators_total"], "https://licey2.ru/docs/prikaz_kuratory.pdf")
        XCTAssertEqual(l["mentors_total"], "https://licey2.ru/docs/prikaz_kuratory.pdf")
    }

    /// A list of documents numbered 1, 2, 3 is no key to a form numbered 1, 2, 3 by chance: most of its numbers must
    /// be the form's, else the sheet is named as not read and no link is given.
    func testCodesKeyedToFewRowsGiveNothing() throws {
        let url = try write(
            "sosh_2024.xlsx",
            """
            ws.append(['МБОУ «СОШ № 7», 2024 год'])
            ws.append(['№', 'Показатель', 'Значение'])
            ws.append(['1', 'Количество кураторов внедрения целевой модели наставничества', 2])
            ws.append(['2', 'Количество наставников по приказу ОО', 34])
            refs = wb.create_sheet('Ссылки')
            for i in range(1, 8):
                refs.append([str(i), 'https://sosh7.ru/docs/%d.pdf' % i])
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(links(d), [:], "\(reports.map(\.issues))")
        XCTAssertTrue(reports[0].issues.contains { $0.message.contains("не видно, к каким значениям") })
    }
}
