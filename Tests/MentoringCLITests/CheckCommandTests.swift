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
        let (status, out) = try run([
            "check", "Examples/forms/2024", "Examples/municipal_2024.xlsx", "Examples/history_2022_2023.xlsx"
        ])
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
        XCTAssertTrue(
            findings.contains { $0["kind"] as? String == "browser_extension" },
            "the chrome-extension link of the fixture")
    }

    /// A workbook with a wide table of organisations and a sheet read as a form (heldout15's information-system export,
    /// written by a helper with openpyxl: «Данные» of 7 organisations, «Свод» of totals): its line names the form and
    /// the table's count, not the count as an organisation «7».
    func testAWorkbookOfATableAndAFormNamesBoth() throws {
        let file = "Tests/Fixtures/matching/heldout15/typed/export_monitoring_CMN_Privolzhsky_2024.xlsx"
        let (_, out) = try run(["check", file])
        let line = try XCTUnwrap(out.split(separator: "\n").first { $0.hasPrefix(file + " — ") }, out)
        XCTAssertTrue(line.contains("сводная таблица: организаций 7"), String(line))
        XCTAssertFalse(line.contains("«7»"), String(line))
    }

    /// A list of file names is handed to ArgumentParser as a placeholder (`ArgumentRuns`): the names must come back in
    /// their order, the option's value before them must stay the option's, and the outcome must be the folder's.
    func testAListOfFileNamesReadsAsTheFolderHoldingThem() throws {
        let folder = "Examples/forms/2024"
        let names = try FileManager.default.contentsOfDirectory(atPath: Support.path(folder)).filter {
            $0.hasSuffix(".xlsx")
        }.sorted()
            .map { folder + "/" + $0 }
        XCTAssertGreaterThan(names.count, 20)
        let register = ["--organisations", "Examples/organisations_2024.xlsx"]
        let (s1, byFolder) = try run(["check", "--json"] + register + [folder])
        let (s2, byNames) = try run(["check", "--json"] + register + names)
        XCTAssertEqual(s1, s2)
        XCTAssertEqual(byFolder, byNames)
        let json = try JSONSerialization.jsonObject(with: Data(byNames.utf8)) as! [String: Any]
        XCTAssertEqual((json["files"] as! [[String: Any]]).map { $0["file"] as? String }, names)
        // Names in two runs around an option: each run in its place.
        let (s3, split) = try run(
            ["check", "--json"] + names.prefix(10) + ["--year", "2024"] + names.dropFirst(10) + register)
        XCTAssertEqual(s3, s1)
        XCTAssertEqual(split, byFolder)
    }

    func testUsageErrorGivesExitTwo() throws {
        let (status, out) = try run(["check"])
        XCTAssertEqual(status, 2, out)
        XCTAssertTrue(out.contains("укажите хотя бы один файл"), out)
    }
}
