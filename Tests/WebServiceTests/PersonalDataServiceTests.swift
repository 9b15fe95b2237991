import Dataset
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import TestTools
import XCTest

@testable import WebService

/// The web service and the bases of mentors and mentees: a job reads them, checks the forms against them, and keeps
/// none of them — their files leave the job's folder as soon as they are read, a run after decisions uses their counts,
/// and no name, year of birth or answer of a base is in any answer, download, file of the data folder or log line.
final class PersonalDataServiceTests: XCTestCase {
    /// Every log line of the server, at every level.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ s: String) { lock.withLock { lines.append(s) } }
        var all: String { lock.withLock { lines.joined(separator: "\n") } }
    }

    struct Collecting: LogHandler {
        let lines: Lines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(
            level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String,
            function: String, line: UInt
        ) {
            lines.add("\(level) \(message) \(self.metadata.merging(metadata ?? [:]) { $1 })")
        }
    }

    static let forms = [
        "46_МБОУ_СОШ_№_16", "55_МБОУ_ИТ-_лицей_№24", "22_МБОУ_СОШ_№19", "82_МБОУ_ДО_ЦТР_Октябрьский",
        "58_МБОУ_СОШ_№_50",
        "76_МБВСОУ_ВСОШ_№_3", "70_МБОУ_СОШ_№_48", "61_МБОУ_СОШ_№_68", "85_МБОУ_ДО_ИТЦ_Форсайт",
        "91_МБОУ_ДО_ДООПЦ_Грация"
    ]

    /// The personal data found in `text` (`Tools.leaks`).
    static func leaks(in text: String, strings: [String], years: [Int]) -> [String] {
        Tools.leaks(in: text, strings: strings, years: years)
    }

    /// Files as text, archives unzipped part by part (Tests/Interop/unzipped_text.py).
    static func unzippedText(_ paths: [String]) throws -> String {
        guard !paths.isEmpty else { return "" }
        let (status, out) = try Support.run("python3", [Support.path("Tests/Interop/unzipped_text.py").path] + paths)
        XCTAssertEqual(status, 0)
        return out
    }

    static func files(under folder: URL) -> [String] {
        (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { !$0.hasDirectoryPath }.map(\.path)
    }

    /// The scan sees a name however the XML spells it: openpyxl with lxml installed writes text as character
    /// references (`&#1048;&#1074;…`), which a scan of the raw bytes alone would miss.
    func testTheScanReadsNamesWrittenAsCharacterReferences() throws {
        let folder = try Support.temporaryFolder("refs")
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("refs.xlsx").path
        let script =
            "import zipfile, sys\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
            + "    z.writestr('xl/sharedStrings.xml', '<sst><si><t>&#1048;&#1074;&#1072;&#1085;&#1086;&#1074;&#32;&#1048;&#1074;&#1072;&#1085;</t></si>"
            + "<si><t>&#50;&#48;&#49;&#49;-05-04</t></si></sst>')\n"
        let (status, out) = try Support.run("python3", ["-c", script, book])
        XCTAssertEqual(status, 0, out)
        let text = try Self.unzippedText([book])
        XCTAssertEqual(Self.leaks(in: text, strings: ["Иванов Иван"], years: [2011]), ["Иванов Иван", "2011"])
    }

    func testAJobKeepsNoBaseAndSaysNothingOfOne() async throws {
        let plant = try Support.temporaryFolder("plant")
        defer { try? FileManager.default.removeItem(at: plant) }
        let examples = try Support.files(in: "Examples/bases/2024")
        XCTAssertEqual(examples.count, 10)
        let (ps, pout) = try Support.run(
            "python3",
            [Support.path("Tests/Interop/plant_bases.py").path, plant.path, "--examples"]
                + examples.map { Support.path("Examples/bases/2024/\($0.0)").path })
        XCTAssertEqual(ps, 0, pout)
        let planted = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(pout.utf8)) as? [String: Any])
        let strings = planted["strings"] as! [String], years = planted["years"] as! [Int]
        let bases =
            try examples
            + ["planted_bases.xlsx", "unattributed.xlsx"].map {
                ($0, try Data(contentsOf: plant.appendingPathComponent($0)))
            }
        let forms = try Self.forms.map { try Support.file("Examples/forms/2024/\($0).xlsx") }

        let lines = Lines()
        let data = try Support.temporaryFolder("serve-data")
        defer { try? FileManager.default.removeItem(at: data) }
        var c = ServeConfiguration(templates: Support.templates, assets: Support.path("Sources/WebService/Public"))
        c.dataDirectory = data
        c.port = 0
        let server = try WebServer(
            configuration: c, logger: Logger(label: "mentoring.serve.test") { _ in Collecting(lines: lines) })

        try await server.application().test(.router) { client in
            var answers = ""
            let id = try await Support.submit(client, forms + bases)
            var job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "done", "\(job["error"] ?? "")")
            answers += String(buffer: try await client.execute(uri: "/api/jobs/\(id)", method: .get).body)
            let s = try XCTUnwrap(job["summary"] as? [String: Any])

            // The bases were read and the forms checked against them.
            let files = try XCTUnwrap(s["files"] as? [[String: Any]])
            let baseEntries = files.filter { $0["kind"] as? String == "base" }
            XCTAssertEqual(baseEntries.count, bases.count)
            let plantedEntry = try XCTUnwrap(baseEntries.first { $0["name"] as? String == "planted_bases.xlsx" })
            XCTAssertEqual(plantedEntry["kindText"] as? String, "база наставников: строк 3; база наставляемых: строк 2")
            XCTAssertEqual(plantedEntry["organisation"] as? String, "МБОУ \"СОШ № 16\"")
            XCTAssertTrue(
                baseEntries.allSatisfy { e in
                    (e["messages"] as? [[String: Any]] ?? []).contains {
                        ($0["text"] as? String ?? "").hasPrefix("персональные данные: файл удалён")
                    }
                })
            let findings = try XCTUnwrap(s["findings"] as? [String: Any])
            let kinds = Dictionary(
                uniqueKeysWithValues: (findings["kinds"] as! [[String: Any]]).map {
                    ($0["kind"] as! String, $0["count"] as! Int)
                })
            XCTAssertEqual(kinds["base_mentors"], 2, "«Грация» and the planted base of «СОШ № 16»")
            XCTAssertEqual(kinds["base_ages"], 3)
            let heatmap = try XCTUnwrap((s["heatmap"] as? [String: Any])?["rows"] as? [[String: Any]])
            XCTAssertTrue(
                (heatmap.first { $0["criterion"] as? String == "mentees_10_19" }?["comment"] as? String ?? "")
                    .contains("с базами наставников и наставляемых не сходится у 2 организаций"))

            // The bases' files are gone from the job's folder; the forms are there.
            let stored = try FileManager.default.contentsOfDirectory(
                atPath: data.appendingPathComponent("\(id)/files").path)
            XCTAssertEqual(Set(stored), Set(forms.map(\.0)))

            let book = try await Support.download(client, "/api/jobs/\(id)/workbook")
            let mapping = try await Support.download(client, "/api/jobs/\(id)/mapping")

            // A run after a decision uses the counts kept: the same findings, the same workbook.
            let r = try await client.execute(
                uri: "/api/jobs/\(id)/mapping", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"decisions":[{"wording":"Прочее","ignore":true}]}"#))
            XCTAssertEqual(r.status, .accepted, String(buffer: r.body))
            job = try await Support.wait(client, id)
            XCTAssertEqual(job["runs"] as? Int, 2)
            answers += String(buffer: try await client.execute(uri: "/api/jobs/\(id)", method: .get).body)
            let s2 = try XCTUnwrap(job["summary"] as? [String: Any])
            XCTAssertEqual((s2["findings"] as? [String: Any])?["total"] as? Int, findings["total"] as? Int)
            XCTAssertEqual(
                (s2["files"] as? [[String: Any]])?.filter { $0["kind"] as? String == "base" }.count, bases.count)
            let book2 = try await Support.download(client, "/api/jobs/\(id)/workbook")
            XCTAssertTrue(book2 == book, "the run again gives the same workbook without the bases' files")
            let mapping2 = try await Support.download(client, "/api/jobs/\(id)/mapping")

            // Nothing of a base anywhere: answers, downloads, every file of the data folder, the log.
            let downloads = try Support.temporaryFolder("downloads")
            defer { try? FileManager.default.removeItem(at: downloads) }
            for (name, bytes) in [
                ("book.xlsx", book), ("mapping.xlsx", mapping), ("book2.xlsx", book2), ("mapping2.xlsx", mapping2)
            ] {
                try bytes.write(to: downloads.appendingPathComponent(name))
            }
            let text =
                answers + (try Self.unzippedText(Self.files(under: downloads) + Self.files(under: data))) + lines.all
            XCTAssertTrue(
                text.contains("planted_bases.xlsx, лист «Наставники»"), "the findings name the base by file and sheet")
            XCTAssertEqual(Self.leaks(in: text, strings: strings, years: years), [])
            let given = try Self.unzippedText(
                [
                    plant.appendingPathComponent("planted_bases.xlsx").path,
                    plant.appendingPathComponent("unattributed.xlsx").path
                ]
                    + examples.map { Support.path("Examples/bases/2024/\($0.0)").path })
            XCTAssertEqual(
                Set(Self.leaks(in: given, strings: strings, years: years)).count, strings.count + years.count,
                "the scan finds what is there")
        }
        XCTAssertFalse(lines.all.isEmpty, "the log was collected")
    }
}
