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
        // mentees_risk at 0.65 is far below the wording threshold; mentors_total (outside the gap) is close.
        let middle = similar([("mentees_risk", 0.65), ("mentors_total", 0.62)])
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
}
