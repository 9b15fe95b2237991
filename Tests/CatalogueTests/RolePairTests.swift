import Foundation
import XCTest

@testable import Catalogue

/// The forms of mentoring named by a pair of roles («педагог – педагог») against titles that name roles without a
/// pair: a small municipal summary had «Педагоги» over «Педагоги-наставники», and the teachers who mentor were taken
/// for the programmes «учитель – учитель / педагог – педагог» of three schools (heldout73, at first sight).
final class RolePairTests: XCTestCase {
    static let resolver = FormEvidenceTests.resolver

    func query(_ title: String, _ value: ValueHint = .number) -> RowQuery {
        RowQuery(title: title, year: 2024, scope: .organisation, value: value)
    }

    func used(_ titles: [String]) -> [String?] {
        FormAssignment.assign(queries: titles.map { query($0) }, resolver: Self.resolver).resolutions.map(\.usedID)
    }

    /// A group's heading joined to its column by a dash is no pair with the column's first word; the column's own pair
    /// still is one.
    func testOnlyTheLastTwoWordsOfAChainArePaired() {
        let pairs = Self.resolver.rolePairs
        XCTAssertEqual(pairs.named(in: TitleTokens.key("Педагоги — Педагоги-наставники")), [])
        XCTAssertFalse(pairs.named(in: TitleTokens.key("ученик-ученик")).isEmpty)
        XCTAssertEqual(
            pairs.named(in: TitleTokens.key("ПП — ученик-ученик")), pairs.named(in: TitleTokens.key("ученик-ученик")))
        XCTAssertFalse(pairs.named(in: TitleTokens.key("учитель – учитель")).isEmpty)
        XCTAssertEqual(
            pairs.named(in: TitleTokens.key("Персонализированные программы — учитель – учитель")),
            pairs.named(in: TitleTokens.key("учитель – учитель")))
    }

    /// «Педагоги-наставники» shares only the role «педагог» with «… по форме: педагог – педагог»: never used for it.
    func testATitleOfTeachersIsNoFormOfMentoring() {
        for title in ["Педагоги — Педагоги-наставники", "Педагоги-наставники"] {
            XCTAssertNotEqual(used([title])[0], "pp_teacher_teacher", title)
            XCTAssertNotEqual(used(["Наставники, чел.", title, "Молодые специалисты"])[1], "pp_teacher_teacher", title)
        }
        // The form's own rows of pairs are still read.
        XCTAssertEqual(used(["учитель – учитель"])[0], "pp_teacher_teacher")
        XCTAssertEqual(used(["ПП — ученик-ученик"])[0], "pp_pupil_pupil")
        // With the programmes «учитель – учитель» held by their row, the teachers who mentor are what is left: used.
        let form = used(["Наставники всего", "учитель – учитель", "Педагоги-наставники", "Педагоги без МС"])
        XCTAssertEqual(form[1], "pp_teacher_teacher")
        XCTAssertNotEqual(form[2], "pp_teacher_teacher")
    }

    /// A figure of two forms of mentoring is no criterion's: with «педагог – педагог» held by its own row, elimination
    /// had given «ППН «педагог – педагог» и «руководитель – педагог» (вместе)» to «руководитель – педагог» in seven
    /// schools' columns (heldout78, at first sight).
    func testATitleOfTwoFormsIsAsked() {
        let title = "ППН «педагог – педагог» и «руководитель – педагог» (вместе)"
        XCTAssertEqual(
            Self.resolver.evidence(query(title)).uncertain, "в названии две формы наставничества, а критерий — одна")
        let form = used(["Утверждённые ППН, всего", "в т.ч. по форме «учитель – учитель»", title])
        XCTAssertEqual(form[1], "pp_teacher_teacher")
        XCTAssertNil(form[2])
        XCTAssertNotNil(Self.resolver.evidence(query("студент-ученик / студент-студент")).uncertain)
        // One form named twice («учитель – учитель / педагог – педагог») is one criterion's.
        XCTAssertNil(
            Self.resolver.evidence(query("Количество ПП по форме: учитель - учитель / педагог - педагог")).uncertain)
    }
}
