import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 85 (session 49), written here by openpyxl: a deputy head's «дашборд», a grid of cards, each a
/// criterion's title merged over two cells, its value under it and the document beside the value, under direction
/// banners; and cards laid as 2×2 blocks «показатель | значение / Ссылка | URL». Before, the first was taken for a
/// sheet of links and not read at all, the second was asked about as a table with several value columns.
final class CardGridTests: XCTestCase, TypedForms {
    func links(_ d: Dataset) -> [String: String] {
        var out: [String: String] = [:]
        for o in d.observations { if let l = o.link { out[o.criterion] = l } }
        return out
    }

    func testADashboardOfCardsTwoAcross() throws {
        let url = try write(
            "СОШ1_дашборд_2024.xlsx",
            """
            from openpyxl.worksheet.hyperlink import Hyperlink
            ws.title = 'Дашборд ЦМН'
            ws['A1'] = 'Мониторинг реализации целевой модели наставничества — 2024 год'; ws.merge_cells('A1:D1')
            ws['A2'] = 'Образовательная организация:'; ws['C2'] = 'МБОУ «Кипрушинская СОШ № 1»'
            cards = [
                ('1. Нормативное обеспечение', None),
                (('Положение о системе наставничества пед. работников утверждено', 'да', 'https://s1.ru/p1.pdf'),
                 ('Положение о наставничестве обучающихся утверждено', 'да', 'https://s1.ru/p2.pdf')),
                (('Приказ о мониторинге реализации ЦМН в школе', 'да', 'https://s1.ru/m.pdf'),
                 ('Справка по итогам внутреннего мониторинга', 'нет', None)),
                ('2. Кадры и организация наставничества', None),
                (('Кураторы внедрения ЦМН, чел.', 2, 'https://s1.ru/k.pdf'),
                 ('Наставники (по приказу), всего', 46, 'https://s1.ru/n.pdf')),
                (('Наставляемые (по приказу), всего', 78, 'https://s1.ru/n.pdf'),
                 ('Соглашения с предприятиями', 2, 'https://s1.ru/d.pdf')),
            ]
            r = 4
            for item in cards:
                if isinstance(item[0], str):
                    ws.cell(r, 1, item[0]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
                    r += 2
                    continue
                for k, (title, value, link) in enumerate(item):
                    c = 1 + 2 * k
                    ws.cell(r, c, title)
                    ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c + 1)
                    ws.cell(r + 2, c, value)
                    if link:
                        cell = ws.cell(r + 2, c + 1, 'документ'); cell.hyperlink = link
                r += 4
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.organisations, ["МБОУ «Кипрушинская СОШ № 1»"], "\(reports.map(\.issues))")
        let v = values(d), l = links(d)
        XCTAssertEqual(v["orgs_regulation_teachers"], 1, "\(v)")
        XCTAssertEqual(v["orgs_regulation_students"], 1)
        XCTAssertEqual(v["internal_monitoring_notes"], 0)
        XCTAssertEqual(v["curators_total"], 2)
        XCTAssertEqual(v["mentors_total"], 46)
        XCTAssertEqual(v["mentees_total"], 78)
        XCTAssertEqual(l["curators_total"], "https://s1.ru/k.pdf")
        XCTAssertEqual(l["orgs_regulation_students"], "https://s1.ru/p2.pdf")
        XCTAssertNil(l["internal_monitoring_notes"], "a card without a document has no link")
        // Each value is named where it stands on the sheet: Наставляемые's card is the first of the last row.
        let mentees = d.observations.first { $0.criterion == "mentees_total" }
        XCTAssertEqual(mentees?.source.cell, "A22", "\(String(describing: mentees?.source))")
    }

    func testBlocksOfTwoByTwo() throws {
        let url = try write(
            "СОШ7_блоки_2024.xlsx",
            """
            ws['A1'] = 'МБОУ «СОШ № 7 с УИОП» — мониторинг ЦМН за 2024 год'
            blocks = [
                ('Количество кураторов внедрения ЦМН', 2, 'https://s7.ru/k.pdf'),
                ('Наставники по приказу ОО', 40, 'https://s7.ru/n.pdf'),
                ('Наставляемые по приказу ОО', 52, 'https://s7.ru/n2.pdf'),
                ('Наставники из числа обучающихся 15–19 лет', 3, None),
                ('Молодые специалисты (до 35 лет, стаж до 3 лет)', 6, None),
                ('Молодые специалисты — наставляемые', 5, 'https://s7.ru/ms.pdf'),
                ('Персонализированные программы наставничества, всего', 24, 'https://s7.ru/pp.pdf'),
                ('ППН по форме «ученик – ученик»', 9, None),
            ]
            for i, (title, value, link) in enumerate(blocks):
                r, c = 3 + 3 * (i // 2), 1 + 3 * (i % 2)
                ws.cell(r, c, title); ws.cell(r, c + 1, value)
                ws.cell(r + 1, c, 'Ссылка'); ws.cell(r + 1, c + 1, link or '—')
            """)
        let (d, reports) = read([url])
        let v = values(d), l = links(d)
        XCTAssertEqual(v["curators_total"], 2, "\(v) \(reports.map(\.issues))")
        XCTAssertEqual(v["mentors_total"], 40)
        XCTAssertEqual(v["mentees_total"], 52)
        XCTAssertEqual(v["young_specialists_mentees"], 5)
        XCTAssertEqual(l["mentees_total"], "https://s7.ru/n2.pdf")
        XCTAssertEqual(l["young_specialists_mentees"], "https://s7.ru/ms.pdf")
        XCTAssertNil(l["young_specialists"])
        XCTAssertEqual(v["pp_total"], 24)
        XCTAssertEqual(v["mentors_15_19"], 3)
    }
}
