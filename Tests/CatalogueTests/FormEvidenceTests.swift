import Foundation
import XCTest

@testable import Catalogue

/// The evidence of a form besides its wording (issue 25, item 8): the order of its rows and its values.
final class FormEvidenceTests: XCTestCase {
    static let catalogue = CatalogueTests.catalogue
    static let resolver = CriterionResolver(catalogue: catalogue)

    /// A row the wording matches exactly.
    func exact(_ id: String) -> RowEvidence {
        RowEvidence(key: id, fixed: id, how: .exact, ignored: false, candidates: [Candidate(id: id, score: 1)])
    }

    /// A row whose wording only resembles its candidates.
    func similar(_ candidates: [(String, Double)], key: String = "строка") -> RowEvidence {
        RowEvidence(
            key: key, fixed: nil, how: nil, ignored: false,
            candidates: candidates.map { Candidate(id: $0.0, score: $0.1) })
    }

    /// The ids in catalogue order from `from` on.
    func ids(_ from: String, _ n: Int) -> [String] {
        let i = Self.catalogue.index(of: from)!
        return Self.catalogue.criteria[i..<(i + n)].map(\.id)
    }

    func testOrderConfirmsARowBetweenItsNeighbours() {
        let run = ids("students_10_19", 7)  // students_10_19, mentees_10_19, mentees_risk, …
        // mentees_risk at 0.65 is far below the wording threshold; mentors_total (outside the gap) is close; pp_total,
        // farther, is never held, so that elimination (`EliminationEvidence`) settles nothing here.
        let middle = similar([("mentees_risk", 0.65), ("mentors_total", 0.62), ("pp_total", 0.5)])
        let rows = [exact(run[0]), exact(run[1]), middle, exact(run[3]), exact(run[4]), exact(run[5]), exact(run[6])]
        XCTAssertEqual(FormAssignment.assign(rows, resolver: Self.resolver)[2].usedID, "mentees_risk")
        // Alone, or with neighbours out of the catalogue's order, the same row is asked.
        XCTAssertNil(FormAssignment.assign([middle], resolver: Self.resolver)[0].usedID)
        let shuffled = [
            exact(run[6]), exact("mentors_total"), middle, exact("young_specialists"), exact(run[0]), exact(run[4]),
            exact(run[3])
        ]
        XCTAssertNil(FormAssignment.assign(shuffled, resolver: Self.resolver)[2].usedID)
        // A rival between the same neighbours that is nearly as close leaves it to the user.
        let close = similar([("mentees_risk", 0.65), ("mentees_gifted", 0.6)])
        XCTAssertNil(
            FormAssignment.assign(
                [exact(run[0]), exact(run[1]), close, exact(run[4]), exact(run[5]), exact(run[6])],
                resolver: Self.resolver)[2].usedID)
        // Before the first neighbour the order bounds one side only.
        XCTAssertNil(FormAssignment.assign([middle] + run.map(exact), resolver: Self.resolver)[0].usedID)
    }

    /// A shuffled form does not pass for one in the catalogue's order: over 1,000 shuffles of 8 and of 25 used
    /// rows (a fixed linear congruential sequence), the longest run in order is almost never enough.
    func testShuffledFormsDoNotKeepOrder() {
        var seed: UInt64 = 25
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(n))
        }
        for n in [8, 25] {
            var passed = 0
            for _ in 0..<1000 {
                var p = Array(0..<n)
                for i in stride(from: n - 1, to: 0, by: -1) { p.swapAt(i, next(i + 1)) }
                let lis = OrderEvidence.longestIncreasing(p.enumerated().map { (row: $0.offset, pos: $0.element) })
                    .count
                if OrderEvidence.keepsOrder(lis, of: n) { passed += 1 }
            }
            XCTAssertLessThanOrEqual(passed, 10, "shuffles of \(n) taken for ordered forms")
        }
        XCTAssertTrue(OrderEvidence.keepsOrder(15, of: 26), "seed 001's own order keeps blocks of the catalogue's")
        XCTAssertTrue(OrderEvidence.keepsOrder(9, of: 10))
        XCTAssertFalse(OrderEvidence.keepsOrder(7, of: 10))
    }

    func testAPartLargerThanItsWholeIsNotUsed() {
        // mentees_10_19 ≤ students_10_19 (share_mentees_10_19 = mentees_10_19 / students_10_19).
        let part = similar([("mentees_10_19", 0.95)])
        let rows = [exact("students_10_19"), part]
        XCTAssertEqual(
            FormAssignment.assign(rows, resolver: Self.resolver, numbers: [650, 95])[1].usedID, "mentees_10_19")
        let r = FormAssignment.assign(rows, resolver: Self.resolver, numbers: [650, 700])
        XCTAssertNil(r[1].usedID)
        XCTAssertEqual(r[1].candidates.first?.id, "mentees_10_19", "still offered, for the user to confirm")
        XCTAssertEqual(r[0].usedID, "students_10_19", "a wording match stays: there the data is wrong, not the match")
        XCTAssertTrue(
            ValueEvidence.partsAndWholes(Self.catalogue).contains {
                $0.parts == ["young_specialists_mentors"] && $0.wholes == ["young_specialists"]
            },
            "a denominator that adds one criterion up stands for it")
    }

    func testAValueOutsideTheUnitsRangeIsNotUsed() {
        let count = similar([("mentors_total", 0.95)])
        XCTAssertEqual(
            FormAssignment.assign([count], resolver: Self.resolver, numbers: [34])[0].usedID, "mentors_total")
        XCTAssertNil(
            FormAssignment.assign([count], resolver: Self.resolver, numbers: [3.5])[0].usedID, "a count is whole")
        XCTAssertNil(FormAssignment.assign([count], resolver: Self.resolver, numbers: [-1])[0].usedID)
    }

    func testAnFromThemRowIsAtMostItsWhole() {
        let whole = exact("mentees_total")
        let part = similar([("mentees_10_19", 0.95)], key: "из них обучающихся 10 - 19 лет")
        XCTAssertEqual(
            FormAssignment.assign([whole, part], resolver: Self.resolver, numbers: [120, 95])[1].usedID, "mentees_10_19"
        )
        XCTAssertNil(FormAssignment.assign([whole, part], resolver: Self.resolver, numbers: [120, 130])[1].usedID)
    }

    /// A row whose title's words only some criteria explain, with those words.
    func explained(_ candidates: [(String, Double, [String])], key: String) -> RowEvidence {
        RowEvidence(
            key: key, fixed: nil, how: nil, ignored: false,
            candidates: candidates.map { c in
                Candidate(id: c.0, score: c.1, words: Dictionary(uniqueKeysWithValues: c.2.map { ($0, 2.5) }))
            })
    }

    func testEliminationTakesTheOneCriterionLeft() {
        // Too weak alone (0.55), but the two closer criteria are held by rows matched by wording.
        let row = similar([("mentors_total", 0.7), ("young_specialists", 0.66), ("kpk_trained", 0.55)])
        let form = [row, exact("mentors_total"), exact("young_specialists")]
        XCTAssertEqual(FormAssignment.assign(form, resolver: Self.resolver)[0].usedID, "kpk_trained")
        // Nothing eliminated: alone, or a title that resembles one criterion only.
        XCTAssertNil(FormAssignment.assign([row], resolver: Self.resolver)[0].usedID)
        XCTAssertNil(
            FormAssignment.assign([similar([("kpk_trained", 0.55)]), exact("mentors_total")], resolver: Self.resolver)[
                0
            ]
            .usedID)
    }

    /// Elimination never decides when another criterion is left, the one left is too far from the title, two rows
    /// would take it, the holder is the user's decision, or the values refuse it.
    func testEliminationRefusesWhenTheEvidenceContradicts() {
        let held = [exact("mentors_total"), exact("young_specialists")]
        func first(_ rows: [RowEvidence], _ numbers: [Double?]? = nil) -> String? {
            FormAssignment.assign(rows, resolver: Self.resolver, numbers: numbers)[0].usedID
        }
        // Another criterion the title resembles (0.35) is free.
        XCTAssertNil(
            first(
                [
                    similar([
                        ("mentors_total", 0.7), ("young_specialists", 0.66), ("kpk_trained", 0.55), ("pp_total", 0.35)
                    ])
                ]
                    + held))
        // The one left is below what is offered at all.
        XCTAssertNil(
            first([similar([("mentors_total", 0.7), ("young_specialists", 0.66), ("kpk_trained", 0.4)])] + held))
        // Two rows are left with the same criterion.
        let twice = similar([("mentors_total", 0.7), ("kpk_trained", 0.55)])
        let both = FormAssignment.assign([twice, twice, exact("mentors_total")], resolver: Self.resolver)
        XCTAssertNil(both[0].usedID)
        XCTAssertNil(both[1].usedID)
        // A criterion held by the user's decision eliminates nothing: a decision never changes what the tool uses.
        let decided = RowEvidence(
            key: "решено", fixed: "mentors_total", how: .decided, ignored: false,
            candidates: [Candidate(id: "mentors_total", score: 1)])
        XCTAssertNil(first([similar([("mentors_total", 0.7), ("kpk_trained", 0.55)]), decided]))
        // A held criterion explains more of the title than the one left: the row repeats it (or is its part).
        let repeats = explained(
            [("teachers_mentors", 0.7, ["педагог", "наставник"]), ("teachers_other", 0.55, ["педагог"])],
            key: "педагоги")
        XCTAssertNil(first([repeats, exact("teachers_mentors")]))
        let fits = explained(
            [("teachers_mentors", 0.7, ["педагог", "наставник"]), ("teachers_other", 0.55, ["педагог", "наставник"])],
            key: "педагоги")
        XCTAssertEqual(first([fits, exact("teachers_mentors")]), "teachers_other")
        // young_specialists_mentors ≤ young_specialists: a part larger than its whole is not taken by elimination.
        let part = similar([("young_specialists", 0.7), ("young_specialists_mentors", 0.55)])
        XCTAssertEqual(first([part, exact("young_specialists")], [2, 3]), "young_specialists_mentors")
        XCTAssertNil(first([part, exact("young_specialists")], [9, 3]))
    }

    func testEliminationRulesOutAnUnannouncedShareAndADominatedCriterion() {
        let key = "молодые специалисты наставляемые"
        let row = explained(
            [
                ("teachers_other_mentees", 0.64, ["молод", "специалист", "наставля"]),
                ("share_young_specialists_mentees", 0.62, ["молод", "специалист", "наставля"]),
                ("young_specialists_mentees", 0.6, ["молод", "специалист", "наставля"]),
                ("young_specialists", 0.58, ["молод", "специалист"])
            ], key: key)
        let form = [row, exact("teachers_other_mentees")]
        // The share: the title does not say «доля» or «%»; young_specialists: the title says «наставляемые» too.
        XCTAssertEqual(FormAssignment.assign(form, resolver: Self.resolver)[0].usedID, "young_specialists_mentees")
        // A value shown in percent keeps the share in: two are left, the user decides.
        var percent = row
        percent.value = .percent
        XCTAssertNil(
            FormAssignment.assign([percent, exact("teachers_other_mentees")], resolver: Self.resolver)[0].usedID)
        // Without the word that tells them apart, young_specialists stays in too.
        let vague = explained(
            [
                ("teachers_other_mentees", 0.64, ["молод", "специалист"]),
                ("young_specialists_mentees", 0.6, ["молод", "специалист"]),
                ("young_specialists", 0.58, ["молод", "специалист"])
            ], key: key)
        XCTAssertNil(FormAssignment.assign([vague, exact("teachers_other_mentees")], resolver: Self.resolver)[0].usedID)
        // A title that announces a share («Доля …», «%») is not a count: young_specialists_mentors (explaining the
        // same words) is out, and the share is left. Without the announcement the share is out instead, and the count
        // left is too far from the title to be taken.
        let share = explained(
            [
                ("share_young_specialists_mentees", 0.6, ["молод", "специалист"]),
                ("share_young_specialists_mentors", 0.58, ["молод", "специалист", "наставник"]),
                ("young_specialists_mentors", 0.3, ["молод", "специалист", "наставник"])
            ], key: "доля молодых педагогов выступающих наставниками %")
        XCTAssertEqual(
            FormAssignment.assign([share, exact("share_young_specialists_mentees")], resolver: Self.resolver)[0].usedID,
            "share_young_specialists_mentors")
        let unannounced = explained(
            share.candidates.map { ($0.id, $0.score, Array($0.words.keys)) }, key: "молодые педагоги наставники")
        XCTAssertNil(
            FormAssignment.assign([unannounced, exact("share_young_specialists_mentees")], resolver: Self.resolver)[0]
                .usedID)
        XCTAssertTrue(
            EliminationEvidence.dominates(row.candidates[2], row.candidates[3]))
        XCTAssertFalse(EliminationEvidence.dominates(row.candidates[3], row.candidates[2]))
        XCTAssertFalse(EliminationEvidence.dominates(row.candidates[1], row.candidates[2]), "the same words")
    }
}
