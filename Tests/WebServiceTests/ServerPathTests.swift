import Dataset
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import XCTest

@testable import WebService

/// No answer of the API tells where the server keeps its files. A mix of what users send (forms, a register, last
/// year's workbook, a base, a file that is not a workbook, a zip that is not one) used to give the register's
/// rows as `/tmp/mentoring-serve-…/files/organisations_2024.xlsx`; now every file is named as the job stored it.
final class ServerPathTests: XCTestCase {
    func testNoAnswerNamesAServerFolder() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        let forms = try Support.files(in: "Examples/forms/2024").prefix(5)
        let inputs =
            Array(forms) + [
                try Support.file("Examples/organisations_2024.xlsx"), try Support.file("Examples/data_2023.xlsx"),
                try Support.file("Examples/bases/2024/01_МБОУ_ИТ-_лицей_№24_базы.xlsx"),
                ("не_книга.xlsx", Data("это не таблица".utf8)),
                ("обрывок.xlsx", Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]))
            ]
        try await server.application().test(.router) { client in
            let id = try await Support.submit(client, inputs)
            let job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "done", "\(job["error"] ?? "")")
            let answer = try await client.execute(uri: "/api/jobs/\(id)", method: .get)
            let text = String(buffer: answer.body)
            let root = data.standardizedFileURL.path
            XCTAssertFalse(text.contains(root), "the answer names the server's folder \(root)")
            XCTAssertFalse(text.contains("/files/"), "the answer names the job's files folder")
            XCTAssertFalse(
                text.contains(FileManager.default.temporaryDirectory.path + "/"), "the answer names a temporary folder")

            // The register's organisations without a form: named, with the register's file as the user gave it.
            let s = try XCTUnwrap(job["summary"] as? [String: Any])
            let register = try XCTUnwrap(s["register"] as? [String: Any])
            let missing = try XCTUnwrap(register["notReported"] as? [[String: Any]])
            XCTAssertEqual(register["listed"] as? Int, 96)
            XCTAssertEqual(missing.count, 96 - 5, "five forms were sent")
            XCTAssertEqual(Set(missing.compactMap { $0["file"] as? String }), ["organisations_2024.xlsx"])
            XCTAssertTrue(missing.allSatisfy { ($0["name"] as? String).map { !$0.isEmpty } ?? false })
            let files = try XCTUnwrap(s["files"] as? [[String: Any]])
            XCTAssertEqual(files.first { $0["name"] as? String == "не_книга.xlsx" }?["status"] as? String, "skipped")
        }
    }
}
