import Dataset
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import XCTest

@testable import WebService

/// The HTTP API with Hummingbird's testing module: a job of the example forms gives the very workbook of
/// `mentoring consolidate`, the summary carries the figures of the examples, decisions on the page run the job again,
/// and the answers are what a script expects (202 with an id, 404 for an unknown id, JSON errors in Russian).
final class APITests: XCTestCase {
    /// The example forms of 2024 and the municipal form, in the order `consolidate Examples/forms/2024 --municipal …`
    /// reads them.
    static func exampleInputs() throws -> [(String, Data)] {
        try Support.files(in: "Examples/forms/2024") + [Support.file("Examples/municipal_2024.xlsx")]
    }

    func testExampleFormsGiveTheSameWorkbookAsConsolidate() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        let inputs = try Self.exampleInputs()
        XCTAssertEqual(inputs.count, 94)
        try await server.application().test(.router) { client in
            let id = try await Support.submit(client, inputs)
            XCTAssertTrue(JobStore.isID(id), id)
            XCTAssertEqual(id.count, 32, "128 random bits as hex")
            let job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "done", "\(job["error"] ?? "")")
            XCTAssertEqual(job["workbook"] as? String, "/api/jobs/\(id)/workbook")
            let s = try XCTUnwrap(job["summary"] as? [String: Any])
            // The figures of the examples (README: 93 organisations, 80 schools and 13 ДОП; 227 findings with the bases,
            // 216 without).
            XCTAssertEqual(s["year"] as? Int, 2024)
            XCTAssertEqual(s["municipality"] as? String, "г. Ижевск")
            XCTAssertEqual(s["organisations"] as? Int, 93)
            XCTAssertEqual(s["schools"] as? Int, 80)
            XCTAssertEqual(s["dop"] as? Int, 13)
            XCTAssertEqual(s["filesRead"] as? Int, 94)
            XCTAssertEqual(s["filesSkipped"] as? Int, 0)
            let files = try XCTUnwrap(s["files"] as? [[String: Any]])
            XCTAssertEqual(files.filter { $0["kind"] as? String == "form" }.count, 93)
            XCTAssertEqual(files.last?["kind"] as? String, "municipal")
            XCTAssertEqual(files.first?["organisation"] as? String, "МБОУ \"СОШ № 5\"")
            let findings = try XCTUnwrap(s["findings"] as? [String: Any])
            XCTAssertEqual(findings["total"] as? Int, 216)
            let kinds = try XCTUnwrap(findings["kinds"] as? [[String: Any]])
            XCTAssertEqual(kinds.reduce(0) { $0 + ($1["count"] as! Int) }, 216)
            XCTAssertEqual(kinds.first { $0["kind"] as? String == "no_mentors_15_19" }?["count"] as? Int, 57)

            let book = try await Support.download(client, "/api/jobs/\(id)/workbook")
            // Byte for byte the workbook of `consolidate` on the same files: the workbook's creation time is fixed,
            // and the service names the files as the command line does.
            let cli = try Support.consolidate(inputs)
            XCTAssertEqual(book.count, cli.count)
            XCTAssertTrue(book == cli, "the API's workbook differs from consolidate's")

            // Table 38 of the page is Table 38 of the workbook: 1 111 personalised programmes, as in the report.
            let heatmap = try XCTUnwrap(s["heatmap"] as? [String: Any])
            let rows = try XCTUnwrap(heatmap["rows"] as? [[String: Any]])
            let pp = try XCTUnwrap(rows.first { $0["criterion"] as? String == "pp_total" })
            XCTAssertEqual(pp["current"] as? String, "1\u{00A0}111")
            let table38 = Support.rows(try XCTUnwrap(try Support.openpyxl(book)["Таблица 38"]))
            let sheetRow = try XCTUnwrap(table38.values.first { $0["B"] == pp["wording"] as? String })
            XCTAssertEqual(sheetRow["D"], "1111.0")
            XCTAssertEqual(
                rows.count,
                table38.values.filter {
                    $0["E"] != nil && $0["B"] != nil && $0["B"] != "Наименование критерия" && $0["B"] != "Динамика"
                }.count)
        }
    }

    func testWithHistoryAndRegisterTheKindsAreFoundAndTheWorkbookIsConsolidates() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        let forms = try Support.files(in: "Examples/forms/2024")
        let others = try [
            Support.file("Examples/municipal_2024.xlsx"), Support.file("Examples/history_2022_2023.xlsx"),
            Support.file("Examples/data_2023.xlsx"), Support.file("Examples/organisations_2024.xlsx")
        ]
        try await server.application().test(.router) { client in
            // The register is sent first, among the forms: its kind comes from its content, not from its place.
            let id = try await Support.submit(client, [others[3]] + forms + others.prefix(3))
            let job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "done", "\(job["error"] ?? "")")
            let s = try XCTUnwrap(job["summary"] as? [String: Any])
            let files = try XCTUnwrap(s["files"] as? [[String: Any]])
            func kind(_ name: String) -> String? { files.first { $0["name"] as? String == name }?["kind"] as? String }
            XCTAssertEqual(kind("organisations_2024.xlsx"), "register")
            XCTAssertEqual(kind("history_2022_2023.xlsx"), "history")
            XCTAssertEqual(kind("data_2023.xlsx"), "data")
            XCTAssertEqual(kind("municipal_2024.xlsx"), "municipal")
            let register = try XCTUnwrap(s["register"] as? [String: Any])
            XCTAssertEqual(register["listed"] as? Int, 96)
            XCTAssertEqual((register["notReported"] as? [[String: Any]])?.count, 3)
            let heatmap = try XCTUnwrap(s["heatmap"] as? [String: Any])
            XCTAssertEqual(heatmap["counts"] as? [String: Int], ["positive": 24, "negative": 30, "stagnation": 9])

            // The same bytes as `consolidate` given the data files in the order of their names and the register as
            // --organisations.
            let book = try await Support.download(client, "/api/jobs/\(id)/workbook")
            let cli = try Support.consolidate(
                forms + others.prefix(3).sorted { $0.0 < $1.0 }, aside: [others[3]],
                extra: ["--organisations", "organisations_2024.xlsx"])
            XCTAssertTrue(book == cli, "the API's workbook differs from consolidate's")
            let sheets = try Support.openpyxl(book)
            XCTAssertNotNil(sheets["Не представили форму"])
        }
    }
}
