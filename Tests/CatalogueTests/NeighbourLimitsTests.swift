import Foundation
import XCTest

@testable import Catalogue

/// What the neighbours of a row may not make of it (heldout111, at first sight): a title that counts a whole and names
/// no role is not the role's criterion, and a number is not a criterion's list of names.
final class NeighbourLimitsTests: XCTestCase {
    static let resolver = FormEvidenceTests.resolver

    func evidence(_ title: String, _ value: ValueHint) -> RowEvidence {
        Self.resolver.evidence(RowQuery(title: title, year: 2024, scope: .organisation, value: value))
    }

    /// «(всего)» without «наставляемые»: every gifted pupil of the registry, not the gifted mentees.
    func testAWholeWithoutTheRoleIsNotTheRolesCriterion() {
        for (id, title, whole) in [
            ("mentees_gifted", "Одарённые обучающиеся в реестре лицея (всего)", true),
            ("mentees_gifted", "Одарённые наставляемые, всего", false),
            ("mentees_gifted", "одарённые (из реестра)", false),
            // A criterion of no role keeps its wholes: «Общее количество обучающихся 10–19 лет».
            ("students_10_19", "Обучающиеся 10–19 лет, всего", false)
        ] {
            XCTAssertEqual(
                NeighbourEvidence.namesAWholeWithoutTheRole(id, evidence(title, .number), resolver: Self.resolver),
                whole, title)
        }
    }

    /// «КПК по наставничеству (чел.) | 2» is a count, not «Наименование курсов»; the courses' names are.
    func testANumberIsNoListOfNames() {
        let r = Self.resolver
        XCTAssertTrue(
            NeighbourEvidence.numberForNames(
                "kpk_courses", evidence("КПК по наставничеству (чел.)", .number), resolver: r)
        )
        XCTAssertFalse(
            NeighbourEvidence.numberForNames("kpk_courses", evidence("Какие курсы", .text), resolver: r))
        XCTAssertFalse(
            NeighbourEvidence.numberForNames(
                "kpk_trained", evidence("КПК по наставничеству (чел.)", .number), resolver: r)
        )
    }
}
