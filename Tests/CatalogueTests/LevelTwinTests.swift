import Foundation
import XCTest

@testable import Catalogue

/// An organisation's criterion whose twin the municipality fills: «МО наставников» in a school's form was asked about
/// in 40 held-out sets («подходит и к критерию, который заполняет муниципалитет») though nothing in it speaks of the
/// municipality. Titles that do, or that fit a criterion of another subject, are still asked about.
final class LevelTwinTests: XCTestCase {
    static let resolver = FormEvidenceTests.resolver

    func evidence(_ title: String) -> RowEvidence {
        Self.resolver.evidence(RowQuery(title: title, year: 2024, scope: .organisation, value: .number))
    }

    /// The two wordings differ by «в ОО» only: the school's association, the school's note.
    func testATitleOfTheOrganisationsTwinIsTheOrganisations() {
        for (title, id) in [
            ("МО наставников", "school_methodical_associations"),
            ("Методическое объединение наставников", "school_methodical_associations"),
            ("Справка по итогам мониторинга", "internal_monitoring_notes")
        ] {
            let e = evidence(title)
            XCTAssertEqual(e.candidates.first?.id, id, title)
            XCTAssertNotEqual(e.uncertain, "подходит и к критерию, который заполняет муниципалитет", title)
        }
    }

    /// «Городское МО» names the municipality's; «Приказ о ЦМН» is not the order on monitoring (the two criteria differ
    /// by their subject, not by level only).
    func testATitleOfTheMunicipalityOrOfAnotherSubjectIsStillAsked() {
        for title in ["Городское МО наставников", "Районное методическое объединение наставников", "приказ о ЦМН"] {
            XCTAssertNotNil(evidence(title).uncertain, title)
        }
    }
}
