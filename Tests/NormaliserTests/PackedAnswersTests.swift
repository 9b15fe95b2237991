import XCTest

@testable import Normaliser

/// Answers packed into one cell (`PackedAnswers`, held-out set 50): how a cell is cut into its answers, and a note
/// that corrects its row's value. The whole forms are measured in `MatcherEvaluationTests` (heldout50).
final class PackedAnswersTests: XCTestCase {
    func pairs(_ text: String) -> [String] {
        FormLayoutReader.answers(in: text).map { "\($0.wording) = \($0.value)" }
    }

    func testAnswersAreCutAtSemicolonsAndAtCommasBetweenAnswers() {
        XCTAssertEqual(
            pairs("кураторов — 1; наставников — 25; наставляемых — 71, из них 15–19 лет — 18"),
            ["кураторов = 1", "наставников = 25", "наставляемых = 71", "из них 15–19 лет = 18"])
        XCTAssertEqual(
            pairs("всего ПП — 14: ученик–ученик — 5, учитель–учитель — 4"),
            ["всего ПП = 14", "ученик–ученик = 5", "учитель–учитель = 4"])
        XCTAssertEqual(
            pairs("Положение (педагоги) — да\nПриказ о мониторинге — да"),
            ["Положение (педагоги) = да", "Приказ о мониторинге = да"])
    }

    func testNothingIsCutInsideParenthesesOrQuotes() {
        XCTAssertEqual(
            pairs("молодых специалистов — 3 (план на 2025 г.: наставников — 30); кураторов — 1"),
            ["молодых специалистов = 3 (план на 2025 г.: наставников — 30)", "кураторов = 1"])
        // A list after its colon stays one answer: its commas part no answers.
        XCTAssertEqual(
            pairs("с иными организациями — 0; партнёры: МБОУ «Лицей № 1», АО «Ветлужский леспромхоз»"),
            ["с иными организациями = 0", "партнёры = МБОУ «Лицей № 1», АО «Ветлужский леспромхоз»"])
    }

    func testAnAnswerTakesTheWordsItsListLeavesOut() {
        XCTAssertEqual(
            pairs("соглашений с другими ОО — 1; с предприятиями — 1; с иными организациями — 0"),
            ["соглашений с другими ОО = 1", "соглашений с предприятиями = 1", "соглашений с иными организациями = 0"])
    }

    func testATextWithoutAnswersGivesNone() {
        XCTAssertEqual(pairs("Куратор назначен приказом № 99 от 29.08.2024"), [])
        XCTAssertEqual(pairs("https://school.gosuslugi.ru/docs/prikaz.pdf"), [])
    }

    func testANoteThatCorrectsTheValue() {
        XCTAssertEqual(
            FormLayoutReader.correctedValue(in: "исправлено: верно 134 — 4 чел. добавлены приказом № 77"), 134)
        XCTAssertEqual(FormLayoutReader.correctedValue(in: "Правильно 12,5"), 12.5)
        XCTAssertNil(FormLayoutReader.correctedValue(in: "двадцать три; приказ № 51 от 02.09.2024"))
        XCTAssertNil(FormLayoutReader.correctedValue(in: "в 2023 — 38"))
    }

    /// A typewriter page's dot leaders and blanks stand for the separator between a wording and its value (held-out
    /// set 54); a number's «1.1.» and a link's dots stay.
    func testLeadersSeparateAWordingFromItsValue() {
        XCTAssertEqual(
            FormLayoutReader.leadersAsDash("   2.1. Наставников всего по приказу ........ 58 чел."),
            "2.1. Наставников всего по приказу — 58 чел.")
        XCTAssertEqual(FormLayoutReader.leadersAsDash("Положение утверждено ____ да"), "Положение утверждено — да")
        XCTAssertEqual(
            FormLayoutReader.leadersAsDash("Количество наставников ______24______"), "Количество наставников — 24")
        XCTAssertEqual(FormLayoutReader.leadersAsDash("Кураторы (приказ № 112) … 2"), "Кураторы (приказ № 112) — 2")
        XCTAssertEqual(FormLayoutReader.leadersAsDash("1.1. Положение"), "1.1. Положение")
        XCTAssertEqual(
            FormLayoutReader.leadersAsDash("Ссылка: https://school.ru/docs/prikaz.pdf"),
            "Ссылка: https://school.ru/docs/prikaz.pdf")
    }
}
