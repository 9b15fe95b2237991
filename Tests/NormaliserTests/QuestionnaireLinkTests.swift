import Dataset
import Foundation
import XCTest

@testable import Catalogue
@testable import Normaliser

/// Questionnaires of held-out set 79 (session 48), written here by openpyxl (an independent writer): a question on
/// its row, its answer on the row below, and the document beside the answer or beside the question — a hyperlink
/// whose shown text is the document's title, in a column headed «Подтверждающий документ (ссылка)». The whole set is
/// measured in `MatcherEvaluationTests`.
final class QuestionnaireLinkTests: XCTestCase, TypedForms {
    /// The document beside the answer («☒ да ☐ нет | Приказ … »), the school under the title after «Школа:». Before,
    /// the title took the line «Школа: МБОУ …» for its answer (the form had no organisation) and no question was paired.
    func testTheDocumentBesideTheAnswerIsItsLink() throws {
        let url = try write(
            "анкета_большесельская.xlsx",
            """
            ws.append(['Анкета по реализации ЦМН (наставничество) — 2024 год'])
            ws.append(['Школа: МБОУ «Большесельская СОШ»'])
            ws.append(['Заполнил: Байтерякова Л.Р., заместитель директора по УВР'])
            ws.append([])
            ws.append(['№', 'Вопрос / ответ', 'Подтверждающий документ (ссылка)'])
            ws.append(['Раздел 1. Нормативное обеспечение'])
            rows = [
              ('1.1.', 'Положение о наставничестве педагогов утверждено?', '☑ да ☐ нет',
               'Приказ № 98-од «Об утверждении Положения»', 'https://bolsh.edu.ru/docs/pol_ped.pdf'),
              ('1.2.', 'Положение о наставничестве обучающихся утверждено?', '☐ да ☑ нет', None, None),
              ('2.1.', 'Наставников по приказу – сколько?', '35', 'Приказ № 109-од «О закреплении пар»',
               'https://bolsh.edu.ru/docs/prikaz_109.pdf'),
              ('2.2.', 'Молодых специалистов (до 35 лет, стаж до 3 лет) в школе – сколько?', '4 чел.', None, None),
            ]
            for n, q, a, doc, url in rows:
                ws.append([n, q]); ws.append(['Ответ:', a, doc])
                if url: ws.cell(ws.max_row, 3).hyperlink = url
                ws.append([])
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.organisations, ["МБОУ «Большесельская СОШ»"], "\(reports.map(\.issues))")
        let v = values(d)
        XCTAssertEqual(v["orgs_regulation_teachers"], 1, "\(v)")
        XCTAssertEqual(v["orgs_regulation_students"], 0)
        XCTAssertEqual(v["mentors_total"], 35)
        XCTAssertEqual(v["young_specialists"], 4)
        let links = Dictionary(d.observations.compactMap { o in o.link.map { (o.criterion, $0) } }) { a, _ in a }
        XCTAssertEqual(links["orgs_regulation_teachers"], "https://bolsh.edu.ru/docs/pol_ped.pdf", "\(links)")
        XCTAssertEqual(links["mentors_total"], "https://bolsh.edu.ru/docs/prikaz_109.pdf")
        XCTAssertNil(links["young_specialists"], "\(links)")
        // The mentors' value is named where it stands on the sheet: the answer's row, not the question's.
        let mentors = try XCTUnwrap(d.observations.first { $0.criterion == "mentors_total" })
        XCTAssertEqual(mentors.source.cell, "B14")
    }

    /// The document beside the question, the answer alone under it; the school named only by the file.
    func testTheDocumentBesideTheQuestionIsItsLink() throws {
        let url = try write(
            "Ключевская ООШ_анкета.xlsx",
            """
            ws.append(['Анкета по наставничеству (ЦМН) — 2024 год'])
            ws.append(['Заполнила: зам. директора по УВР Гурьева Н.А.'])
            ws.append([])
            ws.append(['№', 'Вопрос / ответ', 'Подтверждающий документ (ссылка)'])
            rows = [
              ('1.1', 'Положение о наставничестве педагогов утверждено?', '☑ да ☐ нет',
               'https://kl.edu.ru/docs/pol_ped.pdf'),
              ('1.3', 'Есть ли приказ о мониторинге ЦМН в школе?', '☑ да ☐ нет', 'https://kl.edu.ru/docs/monitoring.pdf'),
              ('2.1', 'Кураторов ЦМН – сколько человек?', 1, 'https://kl.edu.ru/docs/kurator.pdf'),
              ('2.2', 'Наставников по приказу – сколько?', '12 чел.', 'https://kl.edu.ru/docs/baza.pdf'),
            ]
            for n, q, a, url in rows:
                ws.append([n, q, 'документ']); ws.cell(ws.max_row, 3).hyperlink = url
                ws.append([None, a])
            """)
        let (d, _) = read([url])
        let v = values(d)
        XCTAssertEqual(v["orgs_regulation_teachers"], 1, "\(v)")
        XCTAssertEqual(v["curators_total"], 1)
        XCTAssertEqual(v["mentors_total"], 12)
        let links = Dictionary(d.observations.compactMap { o in o.link.map { (o.criterion, $0) } }) { a, _ in a }
        XCTAssertEqual(links["curators_total"], "https://kl.edu.ru/docs/kurator.pdf", "\(links)")
        XCTAssertEqual(links["mentors_total"], "https://kl.edu.ru/docs/baza.pdf")
    }
}
