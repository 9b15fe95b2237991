import Foundation
import XCTest

@testable import Catalogue

/// Templates/checks.tsv: the findings rules' parameters, checked against criteria.tsv when the catalogue loads.
final class CheckRulesTests: XCTestCase {
    static let root = CatalogueTests.root

    /// A copy of Templates/ whose checks.tsv is `edit` of the original.
    func templates(_ edit: (String) -> String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("checks-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Templates"), to: dir)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("checks.tsv")
        try edit(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        return dir
    }

    /// The 1-based line of checks.tsv that starts with `prefix`.
    func line(_ prefix: String) throws -> Int {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Templates/checks.tsv"), encoding: .utf8)
        return try XCTUnwrap(text.components(separatedBy: "\n").firstIndex { $0.hasPrefix(prefix) }) + 1
    }

    func testTheRulesOfTheFindingsEngineAreInTheFile() throws {
        let checks = CatalogueTests.catalogue.checks
        XCTAssertEqual(
            checks.rules("part_exceeds_whole").map { "\($0.criterion!)<=\($0.others[0])" },
            [
                "mentees_10_19<=students_10_19", "mentors_15_19<=students_15_19",
                "young_specialists_mentees<=young_specialists",
                "young_specialists_mentors<=young_specialists", "teachers_other_mentees<=teachers_other",
                "mentees_risk<=mentees_10_19",
                "mentees_disabled<=mentees_10_19", "mentees_low_motivation<=mentees_10_19",
                "mentees_career<=mentees_10_19",
                "mentees_other_params<=mentees_10_19"
            ])
        XCTAssertEqual(checks.rule("too_many_mentees")?.threshold, 20)
        XCTAssertEqual(checks.rule("share_mismatch")?.threshold, 0.005)
        XCTAssertEqual(checks.rule("total_mismatch")?.criterion, "pp_total")
        XCTAssertEqual(checks.rule("total_mismatch")?.others.count, 7)
        XCTAssertEqual(
            Set(checks.rule("reused_link")!.others),
            Set(CatalogueTests.catalogue.criteria.map(\.id).filter { $0.hasPrefix("pp_") }))
        XCTAssertEqual(checks.rule("site_section")?.severity, "warning")
        XCTAssertEqual(checks.rule("broken_link")?.severity, "error")
        // Every check the program knows has its row.
        XCTAssertEqual(Set(checks.rules.map(\.check)), Set(CheckRules.shapes.keys))
    }

    func testAWrongCriterionIdIsAnErrorNamingFileAndLine() throws {
        let n = try line("part_exceeds_whole\terror\tmentors_15_19\t")
        let dir = try templates {
            $0.replacingOccurrences(
                of: "part_exceeds_whole\terror\tmentors_15_19\tstudents_15_19",
                with: "part_exceeds_whole\terror\tmentors_15_19\tpupils_15_19")
        }
        XCTAssertThrowsError(try Catalogue.load(from: dir)) { e in
            let text = "\(e)"
            XCTAssertEqual((e as? CatalogueError)?.line, n, text)
            XCTAssertTrue(
                text.contains("checks.tsv") && text.contains("строка \(n)") && text.contains("«pupils_15_19»"), text)
        }
        // A renamed criterion in the criterion column, in a list of parts, and in the threshold's check.
        let total = try templates { $0.replacingOccurrences(of: "+pp_teacher_pupil+", with: "+pp_teacher_pupils+") }
        XCTAssertThrowsError(try Catalogue.load(from: total)) { e in
            XCTAssertTrue(
                "\(e)".contains("«pp_teacher_pupils»") && "\(e)".contains("строка \(try! self.line("reused_link"))"),
                "\(e)")
        }
        let mentors = try templates {
            $0.replacingOccurrences(
                of: "too_many_mentees\twarning\tmentees_total\tmentors_total",
                with: "too_many_mentees\twarning\tmentees\tmentors_total")
        }
        XCTAssertThrowsError(try Catalogue.load(from: mentors)) { e in
            XCTAssertEqual((e as? CatalogueError)?.line, try! self.line("too_many_mentees"), "\(e)")
        }
    }

    func testMalformedRowsAreErrors() throws {
        let cases: [(String, String, String)] = [
            (
                "too_many_mentees\twarning\tmentees_total\tmentors_total\t20\t",
                "too_many_mentees\twarning\tmentees_total\tmentors_total\t\t", "нужен порог"
            ),
            ("share_mismatch\twarning\t\t\t0.005\t", "share_mismatch\twarning\t\tstudents_10_19\t0.005\t", "ratio"),
            ("no_mentors\tinfo\t", "no_mentors\tсредняя\t", "важность «средняя»"),
            ("no_mentors\tinfo\t", "no_mentor\tinfo\t", "неизвестная проверка «no_mentor»"),
            ("share_mismatch\twarning\t\t\t0.005\t", "share_mismatch\twarning\t\t\tпять\t", "порог «пять»"),
            (
                "no_mentors\tinfo\tmentors_total\t\t\tзакрепите наставников приказом",
                "no_mentors\tinfo\tmentors_total\t\t\t", "нет совета"
            )
        ]
        for (from, to, says) in cases {
            let dir = try templates { $0.replacingOccurrences(of: from, with: to) }
            XCTAssertThrowsError(try Catalogue.load(from: dir), to) { e in
                XCTAssertTrue(
                    "\(e)".contains(says) && "\(e)".contains("checks.tsv") && (e as? CatalogueError)?.line != nil,
                    "\(e)")
            }
        }
        // A check of one row given twice.
        let twice = try templates { $0 + "no_mentors\tinfo\tmentors_total\t\t\tещё раз\n" }
        XCTAssertThrowsError(try Catalogue.load(from: twice)) { e in
            XCTAssertTrue("\(e)".contains("уже задана"), "\(e)")
        }
    }
}
