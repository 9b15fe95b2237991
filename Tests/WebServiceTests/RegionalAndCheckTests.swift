import Dataset
import Foundation
import HTTPTypes
import HummingbirdTesting
import XCTest

@testable import WebService

/// The page does what the command line does (issue 27): municipalities' consolidated workbooks uploaded give the
/// very regional workbook of `mentoring rollup` on the same files; forms and municipal workbooks of the same year
/// together give a message, not a workbook; and what the page shows before building is `check --json`'s.
final class RegionalAndCheckTests: XCTestCase {
    /// Two municipal workbooks made by `mentoring consolidate` of the example forms split in two (even and odd by
    /// name), with `--municipality`: «Город А.xlsx» (with the municipal form) and «Район Б.xlsx»; their forms too.
    static func municipalWorkbooks() throws -> (workbooks: [(String, Data)], forms: [[(String, Data)]]) {
        try Support.requireBinary()
        let forms = try Support.files(in: "Examples/forms/2024")
        let halves = [
            forms.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
            forms.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        ]
        let dir = try Support.temporaryFolder("municipal")
        defer { try? FileManager.default.removeItem(at: dir) }
        var workbooks: [(String, Data)] = []
        for (k, (name, extra)) in [
            ("Город А", ["--municipal", Support.path("Examples/municipal_2024.xlsx").path]), ("Район Б", [])
        ].enumerated() {
            let folder = dir.appendingPathComponent("forms\(k)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (f, data) in halves[k] { try data.write(to: folder.appendingPathComponent(f)) }
            let out = dir.appendingPathComponent("\(name).xlsx")
            let (status, text) = try Support.run(
                Support.binary,
                ["consolidate", folder.path] + extra + ["--municipality", name, "-o", out.path],
                environment: ["MENTORING_TEMPLATES": Support.templates.path])
            XCTAssertTrue([0, 1, 5].contains(status), text)
            workbooks.append(("\(name).xlsx", try Data(contentsOf: out)))
        }
        return (workbooks, halves)
    }

    /// `mentoring rollup` on `files` (written under their names into a folder, given in this order): the regional
    /// workbook's bytes and what it printed.
    static func rollup(_ files: [(String, Data)]) throws -> (Data, String) {
        let dir = try Support.temporaryFolder("rollup")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, data) in files { try data.write(to: dir.appendingPathComponent(name)) }
        let (status, text) = try Support.run(
            Support.binary, ["rollup"] + files.map(\.0) + ["-o", "region.xlsx"], in: dir,
            environment: ["MENTORING_TEMPLATES": Support.templates.path])
        XCTAssertTrue([0, 1].contains(status) && text.contains("Книга записана"), text)
        return (try Data(contentsOf: dir.appendingPathComponent("region.xlsx")), text)
    }

    func testMunicipalWorkbooksGiveTheRegionalWorkbookOfRollup() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        let (workbooks, _) = try Self.municipalWorkbooks()
        let (cli, printed) = try Self.rollup(workbooks)
        try await server.application().test(.router) { client in
            // Sent in the other order: the page takes them by name, as the command line was given them.
            let id = try await Support.submit(client, workbooks.reversed(), fields: [("afterCheck", "ask")])
            let job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "done", "\(job["error"] ?? "")")
            XCTAssertEqual(job["kind"] as? String, "regional")
            XCTAssertNil(job["mapping"], "a regional job has no mapping file")
            XCTAssertNil(job["cards"], "a regional job has no cards")
            let regional = try XCTUnwrap(job["regional"] as? [String: Any])
            XCTAssertEqual(regional["year"] as? Int, 2024)
            let municipalities = try XCTUnwrap(regional["municipalities"] as? [[String: Any]])
            XCTAssertEqual(municipalities.map { $0["name"] as? String }, ["Город А", "Район Б"])
            // The summary lines are the ones `rollup` printed.
            let lines = try XCTUnwrap(regional["lines"] as? [String])
            XCTAssertFalse(lines.isEmpty)
            for l in lines { XCTAssertTrue(printed.contains(l), "«\(l)» is not in rollup's output:\n\(printed)") }

            let r = try await client.execute(uri: "/api/jobs/\(id)/workbook", method: .get)
            XCTAssertEqual(r.status, .ok)
            XCTAssertTrue(
                r.headers[.contentDisposition]?.contains("filename=\"svod_regiona_2024.xlsx\"") == true,
                "\(r.headers)")
            let book = Data(buffer: r.body)
            XCTAssertEqual(book.count, cli.count)
            XCTAssertTrue(book == cli, "the page's regional workbook differs from rollup's")
            // And it is a regional workbook to an independent reader: openpyxl finds its sheets.
            let sheets = try Support.openpyxl(book)
            XCTAssertNotNil(sheets["Регион"])
            XCTAssertNotNil(sheets["Муниципалитеты"])
        }
    }

    func testFormsWithAMunicipalWorkbookOfTheirYearGiveAMessageNotAWorkbook() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        let (workbooks, halves) = try Self.municipalWorkbooks()
        try await server.application().test(.router) { client in
            let id = try await Support.submit(client, halves[1] + [workbooks[0]])
            let job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "failed")
            let error = try XCTUnwrap(job["error"] as? String)
            XCTAssertTrue(error.contains("Загружены вместе формы (\(halves[1].count))"), error)
            XCTAssertTrue(error.contains("«Город А.xlsx»"), error)
            XCTAssertNil(job["workbook"])
            let r = try await client.execute(uri: "/api/jobs/\(id)/workbook", method: .get)
            XCTAssertEqual(r.status, .conflict)

            // Last year's workbook beside the forms is history, as with `make run`: a workbook is built.
            let again = try await Support.submit(
                client, halves[1] + [try Support.file("Examples/data_2023.xlsx")])
            let done = try await Support.wait(client, again)
            XCTAssertEqual(done["status"] as? String, "done", "\(done["error"] ?? "")")
            XCTAssertEqual(done["kind"] as? String, "municipal")
        }
    }

    /// `check --json` on `files` (written under their names into a folder): its exit code and its JSON.
    static func checkJSON(_ files: [(String, Data)]) throws -> (Int32, [String: Any]) {
        try Support.requireBinary()
        let dir = try Support.temporaryFolder("check")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, data) in files { try data.write(to: dir.appendingPathComponent(name)) }
        let out = dir.appendingPathComponent("check.json")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Support.binary)
        p.arguments = ["check", "--json"] + files.map(\.0)
        p.currentDirectoryURL = dir
        p.environment = ProcessInfo.processInfo.environment.merging(["MENTORING_TEMPLATES": Support.templates.path]) {
            _, new in new
        }
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        p.standardOutput = handle
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try handle.close()
        let json = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any], "check --json")
        return (p.terminationStatus, json)
    }

    func testTheCheckShownBeforeBuildingIsCheckJSONAndTheBuildWaitsForTheUser() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        // The forms of another region: wordings the catalogue does not know for sure (check exits with 1).
        let inputs = try Support.files(in: "Tests/Fixtures/matching/forms/region")
        let (code, cli) = try Self.checkJSON(inputs)
        XCTAssertEqual(code, 1, "check finds nothing to look at in the region's forms")
        let cliSummary = try XCTUnwrap(cli["summary"] as? [String: Any])
        let cliFindings = try XCTUnwrap(cli["findings"] as? [Any])
        let cliFiles = try XCTUnwrap(cli["files"] as? [[String: Any]])
        try await server.application().test(.router) { client in
            let id = try await Support.submit(client, inputs, fields: [("afterCheck", "ask")])
            let job = try await Support.wait(client, id, settled: ["checked", "done", "failed"])
            XCTAssertEqual(job["status"] as? String, "checked", "\(job["error"] ?? "")")
            XCTAssertNil(job["workbook"])
            XCTAssertEqual(job["build"] as? String, "/api/jobs/\(id)/build")
            let r = try await client.execute(uri: "/api/jobs/\(id)/workbook", method: .get)
            XCTAssertEqual(r.status, .conflict)
            let check = try XCTUnwrap(job["check"] as? [String: Any])
            let summary = try XCTUnwrap(check["summary"] as? [String: Any])
            XCTAssertEqual(summary as NSDictionary, cliSummary as NSDictionary)
            XCTAssertEqual(check["findings"] as? Int, cliFindings.count)
            XCTAssertEqual(check["needsAttention"] as? Bool, true)
            let files = try XCTUnwrap(check["files"] as? [[String: Any]])
            XCTAssertEqual(files.map { $0["file"] as? String }, cliFiles.map { $0["file"] as? String })

            // «Собрать свод как есть»: the workbook of `consolidate` on the same files.
            let b = try await client.execute(uri: "/api/jobs/\(id)/build", method: .post)
            XCTAssertEqual(b.status, .accepted, String(buffer: b.body))
            let done = try await Support.wait(client, id)
            XCTAssertEqual(done["status"] as? String, "done", "\(done["error"] ?? "")")
            XCTAssertNotNil(done["check"], "the check stays with the job")
            let book = try await Support.download(client, "/api/jobs/\(id)/workbook")
            XCTAssertTrue(book == (try Support.consolidate(inputs)), "the built workbook differs from consolidate's")
            let twice = try await client.execute(uri: "/api/jobs/\(id)/build", method: .post)
            XCTAssertEqual(twice.status, .conflict)
        }
    }

    func testTheExamplesCheckEqualsCheckJSON() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        let inputs = try APITests.exampleInputs()
        let (code, cli) = try Self.checkJSON(inputs)
        try await server.application().test(.router) { client in
            // Without «afterCheck»: built at once, as before, with the check beside the summary.
            let id = try await Support.submit(client, inputs)
            let job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "done", "\(job["error"] ?? "")")
            let check = try XCTUnwrap(job["check"] as? [String: Any])
            XCTAssertEqual(
                try XCTUnwrap(check["summary"] as? [String: Any]) as NSDictionary,
                try XCTUnwrap(cli["summary"] as? [String: Any]) as NSDictionary)
            XCTAssertEqual(check["findings"] as? Int, (cli["findings"] as? [Any])?.count)
            XCTAssertEqual(check["needsAttention"] as? Bool, code == 1)
        }
    }
}
