import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 123 (session 56), written here by openpyxl: paper blanks filled in a spreadsheet, each field's value
/// on a line and its caption in brackets in small print under it («подстрочная подпись»), the organisation, the year
/// and the head's signature the same way, two or three fields on a row, the document's link a field of its own. Before,
/// the reader took each caption for a question and the next field's value for its answer: no year, no organisation,
/// and every caption one field off.
final class CaptionedFieldsTests: XCTestCase, TypedForms {
    /// The blank of `fields` (a row of value/caption pairs per item, or a heading), with captions under the values or,
    /// when `above`, over them.
    func blank(_ name: String, above: Bool) throws -> URL {
        try write(
            name,
            """
            from openpyxl.styles import Font, Border, Side
            ws.title = 'Сведения'
            small = Font(size=8, italic=True)
            line = Border(bottom=Side(style='thin'))
            above = \(above ? "True" : "False")
            ws['A1'] = 'СВЕДЕНИЯ'
            ws['A2'] = 'о реализации целевой модели наставничества'
            rows = [
                [('МБОУ «СОШ № 3 г. Синегорска»', '(полное наименование образовательной организации)')],
                [(2024, '(отчётный год)')],
                [('Кравченко О. Н.', '(Ф.И.О. руководителя)'), ('__________', '(подпись)')],
                'I. Нормативная база',
                [('да', '(положение о наставничестве педагогических работников школы утверждено: да / нет)'),
                 ('https://s3.ru/pp.pdf', '(ссылка на документ)')],
                [('V', '(приказ о мониторинге реализации целевой модели наставничества в школе)'),
                 ('https://s3.ru/mon.pdf', '(ссылка на документ)')],
                'II. Наставники',
                [(35, '(количество наставников, утверждённых приказом)'), ('https://s3.ru/n.pdf', '(ссылка на документ)')],
                [('__2__', '(наставников из сторонних образовательных организаций)'),
                 ('https://s3.ru/n.pdf', '(ссылка на документ)')],
                [(126, '(учащихся 15–19 лет всего)'), (14, '(из них закреплены приказом как наставники)')],
                [(41, '(количество наставнических пар)'), ('https://s3.ru/n.pdf', '(ссылка на документ)')],
                'III. Наставляемые',
                [(64, '(количество наставляемых, закреплённых приказом, всего)'),
                 ('https://s3.ru/n.pdf', '(ссылка на документ)')],
                [('Лаптева И. С., 8 (34563) 2-17-40', '(исполнитель, контактный телефон)')],
            ]
            r = 4
            for item in rows:
                if isinstance(item, str):
                    ws.cell(r, 1, item); r += 2; continue
                for k, (value, caption) in enumerate(item):
                    v, c = (r + 1, r) if above else (r, r + 1)
                    ws.cell(v, 1 + 2 * k, value).border = line
                    ws.cell(c, 1 + 2 * k, caption).font = small
                r += 3
            """)
    }

    func check(_ url: URL, mentors cell: String) {
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.organisations, ["МБОУ «СОШ № 3 г. Синегорска»"], "\(reports.map(\.issues))")
        XCTAssertEqual(Set(d.observations.map(\.year)), [2024])
        let v = values(d), l = links(d)
        XCTAssertEqual(v["orgs_regulation_teachers"], 1, "\(v)")
        XCTAssertEqual(l["orgs_regulation_teachers"], "https://s3.ru/pp.pdf")
        XCTAssertEqual(v["orgs_monitoring_order"], 1, "«V» marks a yes")
        XCTAssertEqual(v["mentors_total"], 35)
        XCTAssertEqual(l["mentors_total"], "https://s3.ru/n.pdf")
        XCTAssertEqual(v["external_edu_mentors"], 2, "«__2__»: the line's underscores are no part of the value")
        XCTAssertEqual(v["students_15_19"], 126)
        XCTAssertEqual(v["mentors_15_19"], 14, "the field beside a whole is its part")
        XCTAssertEqual(v["mentees_total"], 64)
        // The pairs are no criterion: named, never used; and no caption took the next field's value.
        XCTAssertFalse(d.observations.contains { $0.raw == "41" }, "\(d.observations.map { ($0.criterion, $0.raw) })")
        XCTAssertTrue(d.unassigned.contains { $0.raw == "41" && $0.wording.contains("пар") })
        for o in d.observations where o.criterion == "mentors_total" { XCTAssertEqual(o.source.cell, cell) }
    }

    func testCaptionsUnderTheLine() throws {
        check(try blank("СОШ3_сведения_подстрочник.xlsx", above: false), mentors: "A23")
    }

    func testCaptionsOverTheLine() throws {
        check(try blank("СОШ3_сведения_надстрочник.xlsx", above: true), mentors: "A24")
    }
}
