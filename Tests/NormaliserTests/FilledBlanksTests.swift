import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Held-out set 94 (session 50), written here by openpyxl: a printed form filled in on the computer, every criterion a
/// sentence merged over the row with the value typed into its blank and the proof's address at its end. Before, the
/// form was skipped whole («ни в одном столбце нет формулировок критериев»).
final class FilledBlanksTests: XCTestCase, TypedForms {
    func testSentencesWithTheirBlanksFilledIn() throws {
        let url = try write(
            "СОШ4_2024.xlsx",
            """
            ws.title = 'Сведения 2024'
            ws['A1'] = 'СВЕДЕНИЯ о реализации целевой модели наставничества за 2024 год'
            ws['A2'] = 'Образовательная организация: МБОУ «СОШ № 4»'
            rows = [
              '1.1. Положение о системе наставничества педагогических работников в ОО: УТВЕРЖДЕНО / не утверждено. Ссылка: https://s4.ru/p1.pdf',
              '1.2. Приказ о проведении мониторинга реализации ЦМН в школе издан / НЕ ИЗДАН.',
              '2.1. Кураторами внедрения ЦМН назначено __2__ чел. Ссылка: https://s4.ru/k.pdf',
              '2.6. В базе наставников по приказу числится ____52____ чел. Ссылка: https://s4.ru/n.pdf',
              '2.7. В базе наставляемых по приказу 89________ чел.',
              '5.1. Из __540__ обучающихся 10–19 лет в программы наставничества вошли __71__ чел.',
              '7.8. КПК по вопросам наставничества в 2024 г. прошли __4__ педагогов.',
            ]
            for i, t in enumerate(rows):
                ws.cell(row=4 + i, column=1, value=t)
                ws.merge_cells(start_row=4 + i, start_column=1, end_row=4 + i, end_column=8)
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.organisations, ["МБОУ «СОШ № 4»"], "\(reports.map(\.issues))")
        let v = values(d)
        XCTAssertEqual(v["curators_total"], 2, "\(v)")
        XCTAssertEqual(v["mentors_total"], 52)
        XCTAssertEqual(v["mentees_total"], 89, "digits typed over the start of the blank")
        XCTAssertEqual(v["orgs_regulation_teachers"], 1, "the choice typed in capitals")
        XCTAssertEqual(v["orgs_monitoring_order"], 0, "«НЕ ИЗДАН» in capitals")
        XCTAssertEqual(v["kpk_trained"], 4)
        XCTAssertEqual(d.observations.first { $0.criterion == "mentors_total" }?.link, "https://s4.ru/n.pdf")
        XCTAssertEqual(d.observations.first { $0.criterion == "mentors_total" }?.source.cell, "A7")
        // Two blanks of one sentence are not cut apart by guessing: named, none used.
        XCTAssertNil(v["students_10_19"])
        XCTAssertNil(v["mentees_10_19"])
        let several = reports.flatMap(\.issues).filter { $0.kind == .severalAnswers }
        XCTAssertEqual(several.map { $0.source?.cell }, ["A9"], "\(reports.map(\.issues))")
    }

    /// The year in the one title line above the sentences (no header of labels): the form's own, not asked.
    func testTheYearOfATitleRightAboveTheSentences() throws {
        let url = try write(
            "сош2_бланк.xlsx",
            """
            ws['A1'] = 'Сведения МБОУ «СОШ № 2» за 2024 год'
            ws.append(['Назначено кураторов: __1__ чел. Ссылка: https://s2.ru/k.pdf'])
            ws.append(['Наставников по приказу ___27___ чел. Ссылка: https://s2.ru/n.pdf'])
            ws.append(['Наставляемых по приказу __64__ чел.'])
            ws.append(['Методических объединений наставников в школе __1__.'])
            ws.append(['КПК по вопросам наставничества в 2024 г. прошли __3__ педагога.'])
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(values(d)["mentors_total"], 27, "\(reports.map(\.issues))")
        XCTAssertEqual(reports.first?.year, 2024)
        XCTAssertFalse(reports.flatMap(\.issues).contains { $0.kind == .missingYear }, "\(reports.map(\.issues))")
    }

    func testTheAnswerOfASentence() {
        XCTAssertEqual(FilledBlanks.answer("Заключено __1__ соглашений с ОО")?.value, "1")
        XCTAssertEqual(FilledBlanks.answer("Доля составляет __13,15__ % от числа")?.value, "13,15 %")
        XCTAssertEqual(FilledBlanks.answer("Положение ИМЕЕТСЯ / отсутствует")?.value, "да")
        XCTAssertEqual(FilledBlanks.answer("Справка составлена / НЕ СОСТАВЛЕНА")?.value, "нет")
        XCTAssertNil(FilledBlanks.answer("Отчёт ЦМН / ОО за 2024 год"), "two abbreviations are no choice")
        XCTAssertNil(FilledBlanks.answer("Директор _____________ /Е.В. Сомова/"), "an empty line for a signature")
        XCTAssertNil(FilledBlanks.answer("Из __540__ обучающихся вошли __71__"))
        XCTAssertEqual(FilledBlanks.answers("Из __540__ обучающихся вошли __71__"), ["540", "71"])
    }
}
