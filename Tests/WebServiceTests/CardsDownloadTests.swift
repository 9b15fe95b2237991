import Dataset
import Foundation
import HummingbirdTesting
import XCTest

@testable import WebService

/// The page gives the organisations' cards as one zip (issue 27: the page does what the command line does): the
/// archive, unpacked by Python's zipfile (an independent reader), holds the very files `consolidate --cards` writes.
final class CardsDownloadTests: XCTestCase {
    func testTheCardsZipHoldsTheCardsOfConsolidate() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        let inputs = try APITests.exampleInputs()
        try await server.application().test(.router) { client in
            let id = try await Support.submit(client, inputs)
            let job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "done", "\(job["error"] ?? "")")
            XCTAssertEqual(job["cards"] as? String, "/api/jobs/\(id)/cards")
            let zip = try await Support.download(client, "/api/jobs/\(id)/cards")

            let dir = try Support.temporaryFolder("cards")
            defer { try? FileManager.default.removeItem(at: dir) }
            try zip.write(to: dir.appendingPathComponent("cards.zip"))
            let (unzipped, text) = try Support.run(
                "python3",
                [
                    "-c", "import zipfile, sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])",
                    dir.appendingPathComponent("cards.zip").path, dir.appendingPathComponent("page").path
                ])
            XCTAssertEqual(unzipped, 0, text)

            try Support.requireBinary()
            let cli = dir.appendingPathComponent("cli")
            try FileManager.default.createDirectory(at: cli, withIntermediateDirectories: true)
            for (name, data) in inputs { try data.write(to: cli.appendingPathComponent(name)) }
            let (status, printed) = try Support.run(
                Support.binary, ["consolidate"] + inputs.map(\.0) + ["-o", "out.xlsx", "--cards", "cards"], in: cli,
                environment: ["MENTORING_TEMPLATES": Support.templates.path])
            XCTAssertTrue([0, 1, 5].contains(status), printed)

            let fm = FileManager.default
            let page = try fm.contentsOfDirectory(atPath: dir.appendingPathComponent("page").path).sorted()
            let expected = try fm.contentsOfDirectory(atPath: cli.appendingPathComponent("cards").path).sorted()
            XCTAssertEqual(page.count, 93)
            XCTAssertEqual(page, expected)
            for name in expected {
                let a = fm.contents(atPath: dir.appendingPathComponent("page/\(name)").path)
                let b = fm.contents(atPath: cli.appendingPathComponent("cards/\(name)").path)
                XCTAssertTrue(a != nil && a == b, "card \(name) differs from consolidate's")
            }
        }
    }
}
