import Foundation
import XCTest

@testable import Catalogue

/// Short titles whose every meaning word is one criterion's and no other's: used without the user however short beside
/// the catalogue's wording, when what the title announces and the value fit the criterion; asked otherwise.
final class UniqueExplanationTests: XCTestCase {
    static let resolver = FormEvidenceTests.resolver

    func used(_ rows: [(String, ValueHint?)]) -> [String?] {
        FormAssignment.assign(
            queries: rows.map { RowQuery(title: $0.0, year: 2024, scope: .organisation, value: $0.1) },
            resolver: Self.resolver
        ).resolutions.map(\.usedID)
    }

    /// Seen in typed forms (heldout sets 21, 38, 57, 64, 66, 70): each was asked before, with its criterion first.
    func testATitleOnlyOneCriterionExplainsIsUsed() {
        for (title, id) in [
            ("Какие курсы", "kpk_courses"),
            ("Наставляемые с низкой мотивацией и неуспеваемостью", "mentees_low_motivation"),
            ("Наставляемые: трудности с выбором профессии", "mentees_career"),
            ("Кураторы наставничества, чел.", "curators_total")
        ] {
            let value: ValueHint = id == "kpk_courses" ? .text : .number
            XCTAssertTrue(
                Self.resolver.explainsAlone(
                    id,
                    title: Self.resolver.evidence(
                        RowQuery(title: title, year: 2024, scope: .organisation, value: value)
                    ).stems), title)
            XCTAssertEqual(used([(title, value)])[0], id, title)
        }
    }

    /// The same words with a value or an announced kind the criterion does not take: asked. («1 человек» is no course's
    /// name; «Доля …» is no count; a title that announces nothing and has no value says nothing of its kind.)
    func testAKindThatDoesNotFitIsAsked() {
        XCTAssertNil(used([("Какие курсы", .number)])[0])
        XCTAssertNil(used([("Доля педагогов, обучившихся на КПК по вопросам наставничества", nil)])[0])
        XCTAssertNil(used([("Назначение кураторов внедрения целевой модели наставничества в ОО", nil)])[0])
    }

    /// A word several criteria share explains none of them alone.
    func testASharedWordExplainsNothingAlone() {
        let stems = Self.resolver.evidence(RowQuery(title: "Наставники", year: 2024, scope: .organisation)).stems
        XCTAssertFalse(Self.resolver.explainsAlone("mentors_total", title: stems))
        XCTAssertFalse(
            Self.resolver.explainsAlone(
                "students_15_19_in_programmes",
                title: Self.resolver.evidence(
                    RowQuery(title: "Общее число обучающихся в ОО (все возрасты)", year: 2024, scope: .organisation)
                ).stems))
    }

    /// A short title scores below a suggestion against the catalogue's long wording (0,38 for «Кураторы» against
    /// «Количество кураторов по внедрению Целевой модели наставничества в ОО»): still used when one criterion alone
    /// explains it, the value fits, and no other row of the form wants that criterion.
    func testALowScoreOneCriterionExplainsIsUsedOnce() {
        XCTAssertEqual(
            used([("Кураторы, чел.", .number), ("Наставляемые с трудностями выбора профессии", .number)]),
            ["curators_total", "mentees_career"])
        // A name is no count of curators.
        XCTAssertEqual(used([("Куратор", .text)]), [nil])
        // Two rows that both want it: neither is certain.
        XCTAssertEqual(used([("Кураторы", .number), ("Куратор", .number)]), [nil, nil])
    }
}
