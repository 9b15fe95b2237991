import Dataset
import Foundation
import Normaliser
import Pipeline
import XCTest

/// The one input classifier of a run (`InputClassifier`), which the page and the command line share: a register and a
/// mapping file among the inputs are known by their content, not by an option.
final class InputClassifierTests: XCTestCase {
    static let binary = Support.root.appendingPathComponent(".build/debug/mentoring").path

    func run(_ args: [String]) throws -> (Int32, String) {
        try Tools.requireBinary()
        return try Support.run(Self.binary, args)
    }

    /// The register given among the forms (no `--organisations`) is the register: the same organisations without a
    /// form as the register's own test finds (Examples/organisations_2024.xlsx lists 96, the forms name 93).
    func testTheCommandLineKnowsARegisterByItsContent() throws {
        let (status, text) = try run(["check", "Examples/forms/2024", "Examples/organisations_2024.xlsx"])
        XCTAssertEqual(status, 0, text)
        XCTAssertTrue(
            text.contains(
                "\nНе представили форму: 3 организации из 96 — " + ExampleRegister.notReported.joined(separator: "; ")
                    + ".\n"), text)
        XCTAssertTrue(text.contains("Реестр организаций: Examples/organisations_2024.xlsx (организаций 96)."), text)
        XCTAssertFalse(text.contains("organisations_2024.xlsx —"), "the register is not reported as a form: \(text)")

        let (_, json) = try run(["check", "--json", "Examples/forms/2024", "Examples/organisations_2024.xlsx"])
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], json)
        let register = try XCTUnwrap(root["register"] as? [String: Any])
        XCTAssertEqual(register["listed"] as? Int, 96)
        let missing = try XCTUnwrap(register["notReported"] as? [[String: Any]])
        XCTAssertEqual(missing.map { $0["name"] as? String }, ExampleRegister.notReported)
        let files = try XCTUnwrap(root["files"] as? [[String: Any]])
        XCTAssertFalse(
            files.contains { ($0["file"] as? String)?.hasSuffix("organisations_2024.xlsx") == true },
            "\(files.count) files")
    }

    /// The classifier and the run's inputs: a mapping file (written by `check --mapping-out`) is known before anything
    /// is read; the register is found among the files no reader recognised, and only then is the data read again (under
    /// its names); forms, the municipal form, a history and a base are data, in the order given.
    func testEachKindOfFileIsClassified() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("classifier-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let mapping = tmp.appendingPathComponent("сопоставление.xlsx").path
        let (status, text) = try run(["check", "Examples/forms/2024", "--mapping-out", mapping])
        XCTAssertTrue(status == 0 || status == 1, text)

        let templates = try Templates(folder: Support.root.appendingPathComponent("Templates"))
        let files =
            [
                "Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx", "Examples/organisations_2024.xlsx",
                "Examples/municipal_2024.xlsx",
                "Examples/history_2022_2023.xlsx", "Examples/bases/2024/01_МБОУ_ИТ-_лицей_№24_базы.xlsx"
            ].map(Support.path) + [mapping]
        var inputs = RunInputs(files, templates: templates)
        XCTAssertEqual(inputs.classification.mappings.keys.sorted(), [mapping])
        XCTAssertNil(inputs.classification.mappings[mapping]?.error)
        XCTAssertEqual(inputs.data, Array(files.prefix(5)))

        func read(_ inputs: inout RunInputs) -> (reports: [FileReport], reads: Int) {
            var reads = 0
            let reports = inputs.read(
                { templates, data -> [FileReport] in
                    reads += 1
                    var dataset = Dataset()
                    return InputReader(context: templates.context).read(data, into: &dataset)
                }, reports: { $0 })
            return (reports, reads)
        }
        let (reports, reads) = read(&inputs)
        XCTAssertEqual(reads, 2, "read again under the register's names")
        let found = inputs.classification
        XCTAssertEqual(found.registers.keys.sorted(), [files[1]])
        XCTAssertEqual(found.registers[files[1]]?.entries.count, 96)
        XCTAssertNil(found.registers[files[1]]?.error)
        XCTAssertEqual(inputs.data, [files[0], files[2], files[3], files[4]])
        XCTAssertEqual(inputs.templates.context.registry.register?.count, 96)
        // The data's kinds come from their reports.
        XCTAssertEqual(
            zip(inputs.data, reports).map { found.kind(of: $0, report: $1) }, [.form, .municipal, .history, .base])
        XCTAssertEqual(found.kind(of: files[1], report: nil), .register)
        XCTAssertEqual(found.kind(of: mapping, report: nil), .mapping)

        // Without a register among them, the data is read once.
        var plain = RunInputs([files[0], files[2]], templates: templates)
        XCTAssertEqual(read(&plain).reads, 1)
        XCTAssertTrue(plain.classification.registers.isEmpty)
    }
}
