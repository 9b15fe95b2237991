import Foundation
import XCTest

@testable import Catalogue

/// Two things a title says besides its words (held-out sets 124 and 126, session 57): a role it gives its people
/// («в роли наставляемых») that a criterion of every role lacks, and the answer's choices («(есть / нет)») that make it a
/// yes/no question.
final class RoleAndChoicesTests: XCTestCase {
    static let resolver = CriterionResolver(catalogue: CatalogueTests.catalogue)

    func testARoleTheCriterionDoesNotNameMakesThePeopleAPart() throws {
        let r = Self.resolver
        let title = "количество обучающихся 15–19 лет, вошедших в программы наставничества в роли наставляемых"
        // `students_15_19_in_programmes` (2023) counts the 15–19-year-olds in programmes in every role.
        let every = try XCTUnwrap(r.catalogue.index(of: "students_15_19_in_programmes"))
        XCTAssertEqual(r.unnamedRole(title, criterion: every), "в роли наставляемых")
        // A criterion that names a role is told apart by its words, not by this rule.
        let mentees = try XCTUnwrap(r.catalogue.index(of: "mentees_10_19"))
        XCTAssertNil(r.unnamedRole(title, criterion: mentees))
        // A title that names no role says nothing here.
        XCTAssertNil(
            r.unnamedRole("количество обучающихся 15–19 лет, вошедших в программы наставничества", criterion: every))
        // Used on its own, the row is no longer that criterion's.
        let e = r.evidence(RowQuery(title: title, year: 2024, scope: .organisation))
        let score = e.candidates.first { $0.id == "students_15_19_in_programmes" }?.score ?? 0
        XCTAssertLessThan(score, 0.6)
    }

    func testTheAnswersChoicesMakeAYesNoQuestion() {
        XCTAssertEqual(WordingKind.ofChoices("База наставников ОО (есть / нет)"), .yesno)
        XCTAssertEqual(WordingKind.ofChoices("Дорожная карта утверждена (да/нет)"), .yesno)
        XCTAssertEqual(WordingKind.ofChoices("Локальный акт (имеется / отсутствует)"), .yesno)
        XCTAssertNil(WordingKind.ofChoices("Наставники, всего"))
        // «нет» inside a word, or a «да» without its «нет», offers no choice.
        XCTAssertNil(WordingKind.ofChoices("Наставники из числа сотрудников предприятий (нетиповые)"))
        XCTAssertNil(WordingKind.ofChoices("Когда да, укажите количество"))
        // A number under such a title is its answer: a count of mentors does not take it.
        let r = Self.resolver
        let e = r.evidence(
            RowQuery(title: "База наставников ОО (есть / нет)", year: 2024, scope: .organisation, value: .number))
        XCTAssertLessThan(e.candidates.first { $0.id == "mentors_total" }?.score ?? 0, 0.6)
    }
}
