import Foundation
import XCTest

@testable import Catalogue

/// Terse wordings of a form typed by hand (issue 25, item 8): a title the criterion explains whole, and the parts
/// under their wholes. The titles are those of a school's form typed for the held-out check; the criteria are what
/// the seeds' report calls them.
final class TerseWordingTests: XCTestCase {
    static let resolver = CriterionResolver(catalogue: CatalogueTests.catalogue)

    /// What the rows of one form are used for. A part row is given as the reader gives it: its title after its
    /// whole's, its wording «из них … — в строке «whole»».
    func used(_ titles: [String], values: [ValueHint?]? = nil, parts: [Int: String] = [:]) -> [String?] {
        let queries = titles.enumerated().map { i, t in
            RowQuery(
                title: parts[i].map { titles[i - 1] + " " + $0 } ?? t, year: 2024, scope: .organisation,
                value: values?[i] ?? .number, wording: parts[i].map { $0 + " — в строке «" + titles[i - 1] + "»" })
        }
        return FormAssignment.assign(queries.map(Self.resolver.evidence), resolver: Self.resolver).map(\.usedID)
    }

    /// Each title holds only words of its criterion and is far ahead of the next: used. Before, each was asked
    /// (similarity 0.63–0.77, below 0.8).
    func testTitlesTheCriterionExplainsWholeAreUsed() {
        XCTAssertEqual(used(["Персонализированных программ наставничества всего"]), ["pp_total"])
        // «наставники из числа обучающихся 15–19 лет» is no rival: the title names no mentor (the role).
        XCTAssertEqual(used(["Обучающиеся 15–19 лет, всего"]), ["students_15_19"])
        XCTAssertEqual(used(["Стажёры на базе стажёрской площадки"]), ["trainees_internship"])
        XCTAssertEqual(used(["Молодых специалистов в школе"]), ["young_specialists"])
        XCTAssertEqual(used(["Удовлетворённость наставляемых"], values: [.percent]), ["satisfaction_mentees"])
    }

    /// A wider population is not its mentees: the title names no role of the criterion (Templates/role_words.tsv),
    /// however far ahead the criterion is.
    func testATitleWithoutTheCriterionsRoleIsAsked() {
        let e = Self.resolver.evidence(
            RowQuery(title: "Количество обучающихся с ОВЗ и детей-инвалидов в ОО", year: 2024, scope: .organisation))
        XCTAssertEqual(e.candidates.first?.id, "mentees_disabled")
        XCTAssertFalse(Self.resolver.explains("mentees_disabled", title: e.stems))
        XCTAssertNil(used(["Количество обучающихся с ОВЗ и детей-инвалидов в ОО"])[0])
        // Naming the role is enough: the same population «наставляемые» is the criterion's.
        let named = Self.resolver.evidence(
            RowQuery(title: "Наставляемые с ОВЗ и дети-инвалиды (10–19 лет)", year: 2024, scope: .organisation))
        XCTAssertTrue(Self.resolver.explains("mentees_disabled", title: named.stems))
        XCTAssertEqual(used(["Наставляемые с ОВЗ и дети-инвалиды (10–19 лет)"]), ["mentees_disabled"])
    }

    /// «из них» rows: a part is no rival of its whole, and under a used whole it is one of the whole's parts
    /// (`PartEvidence`) — «с наставником» is a mentee, not a mentor.
    func testPartsUnderTheirWholes() {
        let titles = ["Обучающихся 10-19 лет всего", "", "Молодых специалистов в школе", ""]
        let parts = [1: "Из них наставляемых", 3: "Из них с наставником"]
        XCTAssertEqual(
            used(titles, parts: parts),
            ["students_10_19", "mentees_10_19", "young_specialists", "young_specialists_mentees"])
        // Without the part rows' evidence the whole «Обучающихся 10-19 лет всего» had its part as a rival (0.757 against
        // 0.855) and both were asked. Since a title its criterion explains whole needs no lead over candidates that
        // leave out a word it tells them by, both are used even so, each for its own criterion.
        XCTAssertEqual(used(Array(titles[0...1]), parts: [1: parts[1]!]), ["students_10_19", "mentees_10_19"])
        XCTAssertEqual(
            used(["Обучающихся 10-19 лет всего", "Обучающихся 10-19 лет всего Из них наставляемых"]),
            ["students_10_19", "mentees_10_19"])
    }

    /// A document's date and number, and a year, say nothing of the criterion («Наставники, всего (приказ от
    /// 02.09.2024 № 148-од)» was like no criterion: 5 unknown words); ages stay.
    func testADocumentsDetailsAreNotWords() {
        XCTAssertEqual(
            TitleTokens.words(
                TitleTokens.withoutReferences(TitleTokens.key("Наставники, всего (приказ от 02.09.2024 № 148-од)"))),
            ["наставники", "всего", "приказ", "от"])
        XCTAssertEqual(
            TitleTokens.words(TitleTokens.withoutReferences(TitleTokens.key("Обучающиеся 10–19 лет за 2024 г."))),
            ["обучающиеся", "10", "19", "лет", "за", "г"])
        let e = Self.resolver.evidence(
            RowQuery(title: "Наставники, всего (приказ от 02.09.2024 № 148-од)", year: 2024, scope: .organisation))
        XCTAssertEqual(e.candidates.first?.id, "mentors_total")
        XCTAssertNil(e.uncertain)
    }

    /// «ППН» is «персонализированные программы наставничества», and the programmes by form are parts of their total
    /// (the `total_mismatch` check of Templates/checks.tsv): under «ППН, всего» the row «в т.ч. «педагог – обучающийся»»
    /// is the form «учитель – ученик».
    func testPersonalisedProgrammesByFormUnderTheirTotal() {
        XCTAssertEqual(Self.resolver.parts["pp_total"]?.contains("pp_teacher_pupil"), true)
        let got = used(["ППН, всего", ""], parts: [1: "в т.ч. «педагог – обучающийся»"])
        XCTAssertEqual(got, ["pp_total", "pp_teacher_pupil"])
    }

    /// A form of mentoring named by its pair of roles (`RolePairs`): as sets of words «педагог – педагог» is inside
    /// «педагог – ученик» and «ученик – ученик» inside «студент – ученик»; the pair as one word tells them apart.
    /// Before, each of these was asked (the next form 0.11–0.13 behind).
    func testAFormOfMentoringIsToldByItsPairOfRoles() {
        XCTAssertEqual(used(["Персонализированные программы по форме «педагог – педагог»"]), ["pp_teacher_teacher"])
        XCTAssertEqual(used(["ППН «педагог – обучающийся», ед."]), ["pp_teacher_pupil"])
        XCTAssertEqual(used(["ППН «студент – ученик»"]), ["pp_student_pupil"])
        XCTAssertEqual(used(["Персонализированные программы по форме «ученик – ученик»"]), ["pp_pupil_pupil"])
        // A title that names no pair is as ambiguous as before.
        XCTAssertNil(used(["Количество персонализированных программ по форме"])[0])
        // A pair the catalogue does not know adds nothing: «наставник – наставляемый» is no form of the catalogue.
        XCTAssertTrue(
            Self.resolver.rolePairs.named(in: TitleTokens.key("Пары «наставник – наставляемый»")).isEmpty)
    }

    /// Parentheses that only say how to answer («(1/0)», «(да / нет)») are no words of the criterion: before,
    /// «1» and «0» were words the catalogue did not know, and the row was asked.
    func testAnAnswerHintInParenthesesIsNoWordOfTheTitle() {
        XCTAssertEqual(
            TitleNormaliser.normalise("Приказ о внутреннем мониторинге ЦМН (1/0)"),
            "приказ о внутреннем мониторинге цмн")
        XCTAssertEqual(TitleNormaliser.normalise("Положение утверждено (да / нет)"), "положение утверждено")
        XCTAssertEqual(TitleNormaliser.normalise("Обучающиеся (10 - 19 лет)"), "обучающиеся (10 - 19 лет)")
        XCTAssertEqual(used(["Приказ о внутреннем мониторинге ЦМН (1/0)"], values: [.yesno]), ["orgs_monitoring_order"])
    }

    /// A yes/no answer is no count: «Работает «Школа молодого педагога»: Да» resembles «Общее количество молодых
    /// специалистов … (первые три года работы) в ОО» word for word (0.79), and was used for it.
    func testAYesNoAnswerIsNoCount() {
        XCTAssertNil(used(["Работает «Школа молодого педагога»"], values: [.yesno])[0])
        XCTAssertEqual(used(["Молодые специалисты в школе"], values: [.number]), ["young_specialists"])
    }

    /// A candidate that explains every word of the title goes first when those a little ahead each leave out one of
    /// its words that tells criteria apart (`putWholeFirst`); a criterion of another level that leaves out such a word is
    /// no rival (`covers`). The similarities are those of «Педагоги — наставники».
    func testACandidateThatExplainsTheWholeTitleGoesFirst() {
        let title: Set<String> = ["педагог", "наставник"]
        var scored = [
            Candidate(id: "mentors_total", score: 0.562, words: ["наставник": 2.5]),
            Candidate(id: "teachers_other", score: 0.562, words: ["педагог": 2.5]),
            Candidate(id: "teachers_mentors", score: 0.542, words: ["наставник": 2.5, "педагог": 2.5])
        ]
        CriterionResolver.putWholeFirst(&scored) { Self.resolver.explains($0, title: title) }
        XCTAssertEqual(scored.map(\.id), ["teachers_mentors", "mentors_total", "teachers_other"])
        XCTAssertEqual(scored[0].score, 0.563, accuracy: 1e-9)
        // Too far behind (more than `wholeReach`): the order stays.
        var far = [scored[1], scored[2], Candidate(id: "teachers_mentors", score: 0.5, words: scored[0].words)]
        CriterionResolver.putWholeFirst(&far) { Self.resolver.explains($0, title: title) }
        XCTAssertEqual(far.map(\.id), ["mentors_total", "teachers_other", "teachers_mentors"])
        let municipal = Candidate(id: "teachers_municipal", score: 0.563, words: ["педагог": 2.5])
        XCTAssertFalse(CriterionResolver.covers(municipal, scored[0]))
        XCTAssertTrue(CriterionResolver.covers(scored[0], municipal))
    }
}
