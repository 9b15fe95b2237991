import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 87 (session 49), written here by openpyxl: a school's form sent back after the methodologist checked
/// it, with the reviewer's columns beside the school's. Before, the school's figure was used where the reviewer had
/// corrected it (20 mentors where the order says 18), and a figure sent back «на доработке» was used as if accepted.
final class ReviewColumnsTests: XCTestCase, TypedForms {
    func testTheReviewersCorrectionIsTheValueAndAValueSentBackIsAsked() throws {
        let url = try write(
            "СОШ1_проверено.xlsx",
            """
            ws.append(['Мониторинг реализации целевой модели наставничества, 2024 год'])
            ws.append(['Образовательная организация:', None, 'МБОУ «Юськинская СОШ № 1»'])
            ws.append([])
            ws.append(['№', 'Показатель', 'Значение ОО', 'Ссылка', 'Проверено (да/нет)', 'Замечание методиста',
                       'Исправленное значение', 'Статус'])
            ws.append(['2.1', 'Кураторы ЦМН (чел.)', '1', 'https://s1.ru/k.pdf', 'да', 'ок', None, 'принято'])
            ws.append(['2.2', 'Количество наставников по приказу ОО', '20', 'https://s1.ru/n.pdf', 'да',
                       'не совпадает с приказом № 112-од, должно быть 18', '18', 'на доработке'])
            ws.append(['2.3', 'Количество наставляемых по приказу ОО', '131', 'https://s1.ru/n.pdf', 'да',
                       'не совпадает с приказом о закреплении пар', None, 'на доработке'])
            ws.append(['3.1', 'Персонализированные программы наставничества, всего', '10', None, 'нет', None, None, None])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertEqual(v["curators_total"], 1, "\(v) \(reports.map(\.issues))")
        XCTAssertEqual(v["mentors_total"], 18, "the reviewer's correction")
        XCTAssertNil(v["mentees_total"], "sent back with no correction: asked, not used")
        XCTAssertEqual(v["pp_total"], 10, "a row not checked keeps the school's figure")
        XCTAssertTrue(
            reports[0].issues.contains { $0.message.contains("при проверке не принято («на доработке»)") },
            "\(reports[0].issues)")
        // The corrected value is named where it stands.
        XCTAssertEqual(d.observations.first { $0.criterion == "mentors_total" }?.source.cell, "G6")
    }
}
