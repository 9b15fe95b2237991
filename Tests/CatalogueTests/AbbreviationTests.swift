import Foundation
import XCTest

@testable import Catalogue

/// Cut words of a methodologist's short template (held-out set 122, session 56): read in full where the catalogue's
/// words allow one reading, left as typed where they allow two.
final class AbbreviationTests: XCTestCase {
    static let resolver = CriterionResolver(catalogue: CatalogueTests.catalogue)

    func testACutWordWithOneReadingIsReadInFull() {
        let r = Self.resolver
        XCTAssertEqual(r.words(of: "Полож. о наст-ве"), r.words(of: "Положение о наставничестве"))
        XCTAssertEqual(r.words(of: "Наст-мые, всего"), r.words(of: "Наставляемые, всего"))
        XCTAssertEqual(r.words(of: "Приказ о монит. ЦМН"), r.words(of: "Приказ о мониторинге ЦМН"))
    }

    func testACutWordWithTwoReadingsStaysAsTyped() {
        let r = Self.resolver
        // «наст.»: наставник, наставничество or наставляемый — no guess.
        XCTAssertEqual(r.words(of: "Наст. всего"), r.words(of: "Наст всего"))
        // A decimal point, a single letter and a word the thesaurus knows («пед.») are no cut words of this kind.
        XCTAssertEqual(r.words(of: "Доля 12.5"), r.words(of: "Доля 12.5"))
        XCTAssertEqual(r.words(of: "в т.ч. пед."), r.words(of: "в т ч пед"))
        XCTAssertFalse(r.words(of: "Наст. всего").contains(TitleTokens.stem("наставников")))
    }
}
