import Foundation
import XCTest

/// `mentoring check` as a user runs it: messages, JSON and exit status (0 all mapped, 1 attention, 2 usage).
final class CheckCommandTests: XCTestCase {
    static let binary = Support.root.appendingPathComponent(".build/debug/mentoring").path

    func run(_ args: [String]) throws -> (Int32, String) {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw MissingTool("build the product first: swift build (make test does)")
        }
        return try Support.run(Self.binary, args)
    }

    func testExamplesMapEveryCriterion() throws {
        let (status, out) = try run(["check", "Examples/forms/2024", "Examples/municipal_2024.xlsx", "Examples/history_2022_2023.xlsx"])
        XCTAssertEqual(status, 0, out)
        XCTAssertTrue(out.contains("организаций 93 (школ 80, ДОП 13)"), out)
        XCTAssertTrue(out.contains("не учтено 0"), out)
    }

    func testAttentionGivesExitOneAndJSONNamesTheCell() throws {
        let (status, out) = try run(["check", "--json", "Tests/Fixtures/normaliser/form_2023_labels_below.xlsx"])
        XCTAssertEqual(status, 1)
        let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: Any]
        let files = json["files"] as! [[String: Any]]
        let issues = files[0]["issues"] as! [[String: Any]]
        let unmapped = issues.first { $0["kind"] as? String == "unmapped_title" }
        XCTAssertEqual((unmapped?["source"] as? [String: Any])?["cell"] as? String, "E15")
        XCTAssertEqual((json["summary"] as! [String: Any])["unmapped"] as? Int, 1)
        let findings = json["findings"] as! [[String: Any]]
        XCTAssertTrue(findings.contains { $0["kind"] as? String == "browser_extension" }, "the chrome-extension link of the fixture")
    }

    func testUsageErrorGivesExitTwo() throws {
        let (status, out) = try run(["check"])
        XCTAssertEqual(status, 2, out)
        XCTAssertTrue(out.contains("укажите хотя бы один файл"), out)
    }
}
