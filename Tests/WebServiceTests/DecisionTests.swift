import Dataset
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import XCTest

@testable import WebService

/// Decisions about wordings, as the page sends them (JSON) and as an edited mapping file: the job runs again, the
/// decided values are used, the mapping file records them, and that file gives `consolidate --mapping` the same
/// workbook.
final class DecisionTests: XCTestCase {
    static let asked = "Число соглашений о сотрудничестве с образовательными организациями, предоставившими наставников"
    /// A row that is no criterion, left to the user («не сопоставлено»), to be silenced.
    static let partners = "Численность молодых специалистов, уволившихся в течение учебного года"

    /// The values a wording has in the region forms, read by openpyxl (column C of the row whose B is the wording;
    /// some forms hold the number as text, «3»).
    static func openpyxlSum(_ wording: String) throws -> Double {
        let script = """
            import openpyxl, sys, glob
            total = 0
            for f in sorted(glob.glob(sys.argv[1] + '/*.xlsx')):
                for row in openpyxl.load_workbook(f).active.iter_rows(values_only=True):
                    if len(row) > 2 and row[1] == sys.argv[2]:
                        total += float(row[2])
            print(total)
            """
        let (status, out) = try Support.run(
            "python3", ["-c", script, Support.path("Tests/Fixtures/matching/forms/region").path, wording])
        XCTAssertEqual(status, 0, out)
        return try XCTUnwrap(Double(out.trimmingCharacters(in: .whitespacesAndNewlines)), out)
    }

    func heatmapRow(_ summary: [String: Any], _ id: String) throws -> [String: Any] {
        let h = try XCTUnwrap(summary["heatmap"] as? [String: Any])
        return try XCTUnwrap((h["rows"] as? [[String: Any]])?.first { $0["criterion"] as? String == id })
    }

    func testDecisionsFromThePageAreUsedAndGoIntoTheMappingFile() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        let forms = try Support.files(in: "Tests/Fixtures/matching/forms/region")
        let expected = try Self.openpyxlSum(Self.asked)
        XCTAssertGreaterThan(expected, 0)
        try await server.application().test(.router) { client in
            let id = try await Support.submit(client, forms)
            var job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "done")
            var s = try XCTUnwrap(job["summary"] as? [String: Any])
            // Values and wordings not used before the decisions (how many depends on the matcher; the decisions
            // below must take exactly theirs away).
            let unusedValues = try XCTUnwrap(s["unusedValues"] as? Int),
                unusedWordings = try XCTUnwrap(s["unusedWordings"] as? Int)
            XCTAssertGreaterThan(unusedWordings, 2)
            let decisions = try XCTUnwrap(s["decisions"] as? [[String: Any]])
            let other = try XCTUnwrap(decisions.first { $0["wording"] as? String == Self.asked })
            XCTAssertEqual(other["status"] as? String, "doubtful")
            XCTAssertEqual(
                (other["candidates"] as? [[String: Any]])?.first?["id"] as? String, "agreements_edu_orgs")
            XCTAssertEqual(other["forms"] as? Int, 3, "region_01 and region_03 have no such row")
            XCTAssertNotNil(decisions.first { $0["wording"] as? String == Self.partners })
            XCTAssertEqual(
                try heatmapRow(s, "agreements_edu_orgs")["current"] as? String, "—",
                "not used before the decision")
            let criteria = try XCTUnwrap(s["criteria"] as? [[String: Any]])
            XCTAssertTrue(
                criteria.contains { $0["id"] as? String == "agreements_edu_orgs" },
                "the drop-down offers every criterion"
            )

            // An unknown criterion is refused with the reason; nothing runs.
            let bad = try await client.execute(
                uri: "/api/jobs/\(id)/mapping", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"decisions":[{"wording":"x","criterion":"no_such"}]}"#))
            XCTAssertEqual(bad.status, .badRequest)
            XCTAssertTrue((try Support.json(bad)["error"] as? String ?? "").contains("не найден в каталоге"))
            XCTAssertEqual(job["runs"] as? Int, 1)

            let body = try JSONSerialization.data(withJSONObject: [
                "decisions": [
                    ["wording": Self.asked, "criterion": "agreements_edu_orgs"],
                    ["wording": Self.partners, "ignore": true]
                ]
            ])
            let r = try await client.execute(
                uri: "/api/jobs/\(id)/mapping", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: body))
            XCTAssertEqual(r.status, .accepted, String(buffer: r.body))
            job = try await Support.wait(client, id)
            XCTAssertEqual(job["runs"] as? Int, 2)
            s = try XCTUnwrap(job["summary"] as? [String: Any])
            // The two wordings (3 and 4 forms) are settled: 7 values fewer not used, 2 wordings fewer to decide.
            XCTAssertEqual(s["unusedValues"] as? Int, unusedValues - 7)
            XCTAssertEqual(s["unusedWordings"] as? Int, unusedWordings - 2)
            let left = try XCTUnwrap(s["decisions"] as? [[String: Any]])
            XCTAssertFalse(left.contains { [Self.asked, Self.partners].contains($0["wording"] as? String) })
            XCTAssertEqual((s["decided"] as? [[String: Any]])?.count, 2)
            let text = try XCTUnwrap(try heatmapRow(s, "agreements_edu_orgs")["current"] as? String)
            XCTAssertEqual(Double(text.replacingOccurrences(of: "\u{00A0}", with: "")), expected)

            // The workbook uses the value: Table 38's row of the criterion holds the forms' sum.
            let book = try await Support.download(client, "/api/jobs/\(id)/workbook")
            let sheets = try Support.openpyxl(book)
            let wording = try heatmapRow(s, "agreements_edu_orgs")["wording"] as? String
            let row = try XCTUnwrap(
                Support.rows(try XCTUnwrap(sheets["Таблица 38"])).values.first { $0["B"] == wording })
            XCTAssertEqual(Double(row["D"] ?? ""), expected)

            // The mapping file records both decisions.
            let mapping = try await Support.download(client, "/api/jobs/\(id)/mapping")
            let m = Support.rows(try XCTUnwrap(try Support.openpyxl(mapping)["Сопоставление"]))
            let decided = try XCTUnwrap(m.values.first { $0["A"] == Self.asked })
            XCTAssertEqual(decided["C"], "принято")
            XCTAssertEqual(decided["D"], "решение пользователя")
            XCTAssertEqual(decided["B"], wording)
            XCTAssertEqual(m.values.first { $0["A"] == Self.partners }?["C"], "не учитывать")

            // Given to `consolidate --mapping` with the same forms, that file gives the same tables. (Not the same
            // bytes: the file also confirms, as «принято», every wording the tool matched by itself, which changes the
            // severity of some findings on «Замечания» and the candidates kept with unused values on «Данные».)
            let cli = try Support.openpyxl(
                try Support.consolidate(
                    forms, aside: [("сопоставление.xlsx", mapping)],
                    extra: ["--mapping", "сопоставление.xlsx"]))
            XCTAssertEqual(Set(cli.keys), Set(sheets.keys))
            var compared = 0
            for (name, cells) in sheets where name.hasPrefix("Таблица") {
                XCTAssertEqual(Support.rows(cells), Support.rows(cli[name] ?? [:]), name)
                compared += 1
            }
            XCTAssertGreaterThan(compared, 30)
        }
    }

    func testAnEditedMappingFileSentLaterOrWithTheFormsIsUsed() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        let forms = try Support.files(in: "Tests/Fixtures/matching/forms/region")
        try await server.application().test(.router) { client in
            let id = try await Support.submit(client, forms)
            _ = try await Support.wait(client, id)
            let mapping = try await Support.download(client, "/api/jobs/\(id)/mapping")
            // The user confirms every «проверьте» in Excel (here openpyxl, an independent writer).
            let dir = try Support.temporaryFolder("edit")
            defer { try? FileManager.default.removeItem(at: dir) }
            let file = dir.appendingPathComponent("m.xlsx")
            try mapping.write(to: file)
            let edit = """
                import openpyxl, sys
                wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["Сопоставление"]
                for row in ws.iter_rows(min_row=2):
                    if row[2].value == "проверьте":
                        row[2].value = "принято"
                wb.save(sys.argv[1])
                """
            let (py, out) = try Support.run("python3", ["-c", edit, file.path])
            XCTAssertEqual(py, 0, out)
            let edited = try Data(contentsOf: file)

            // Sent later to the job…
            let (body, headers) = Support.multipart([("моё сопоставление.xlsx", edited)], field: "mapping")
            let r = try await client.execute(
                uri: "/api/jobs/\(id)/mapping", method: .post, headers: headers, body: body)
            XCTAssertEqual(r.status, .accepted, String(buffer: r.body))
            let again = try await Support.wait(client, id)
            let s = try XCTUnwrap(again["summary"] as? [String: Any])
            let unused = try XCTUnwrap(s["unusedValues"] as? Int)
            XCTAssertLessThan(unused, 156)
            let decisions = try XCTUnwrap(s["decisions"] as? [[String: Any]])
            XCTAssertFalse(decisions.contains { $0["status"] as? String == "doubtful" }, "every guess was confirmed")

            // …or with the forms in a new job: known as a mapping file by its content, same outcome.
            let id2 = try await Support.submit(client, forms + [("решения.xlsx", edited)])
            let job2 = try await Support.wait(client, id2)
            let s2 = try XCTUnwrap(job2["summary"] as? [String: Any])
            XCTAssertEqual(s2["unusedValues"] as? Int, unused)
            let files = try XCTUnwrap(s2["files"] as? [[String: Any]])
            XCTAssertEqual(files.last?["kind"] as? String, "mapping")
            XCTAssertEqual(files.last?["status"] as? String, "read")
            let b1 = try await Support.download(client, "/api/jobs/\(id)/workbook")
            let b2 = try await Support.download(client, "/api/jobs/\(id2)/workbook")
            XCTAssertTrue(b1 == b2)

            // A workbook that is not a mapping file is refused as one, naming what is missing.
            let (notMapping, h2) = Support.multipart([forms[0]], field: "mapping")
            let refused = try await client.execute(
                uri: "/api/jobs/\(id)/mapping", method: .post, headers: h2, body: notMapping)
            XCTAssertEqual(refused.status, .badRequest)
            XCTAssertTrue((try Support.json(refused)["error"] as? String ?? "").contains("«Сопоставление»"))
        }
    }

    /// A form that names no organisation: the job writes no workbook of «организаций 0», the summary lists the form,
    /// the organisation typed on the page makes it that organisation's form, and the mapping file's sheet «Формы»
    /// keeps the decision.
    func testAFormWithoutANameIsNamedOnThePage() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        let dir = try Support.temporaryFolder("page-forms")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (status, out) = try Support.run(
            "python3", [Support.path("Tests/Fixtures/normaliser/make_header_forms.py").path, dir.path])
        XCTAssertEqual(status, 0, out)
        let form = try Data(contentsOf: dir.appendingPathComponent("no_name/анкета.xlsx"))
        try await server.application().test(.router) { client in
            let id = try await Support.submit(client, [("анкета.xlsx", form)])
            var job = try await Support.wait(client, id)
            XCTAssertTrue((job["error"] as? String ?? "").contains("«организаций 0» не пишется"), "\(job)")
            var s = try XCTUnwrap(job["summary"] as? [String: Any])
            let forms = try XCTUnwrap(s["forms"] as? [[String: Any]])
            XCTAssertEqual(forms.count, 1)
            XCTAssertEqual(forms.first?["sheet"] as? String, "Форма")
            XCTAssertNil(forms.first?["guess"] as? String)
            let file = try XCTUnwrap(forms.first?["file"] as? String)

            let body = try JSONSerialization.data(withJSONObject: [
                "forms": [["file": file, "sheet": "Форма", "organisation": "МБОУ \"СОШ № 70\""]]
            ])
            let r = try await client.execute(
                uri: "/api/jobs/\(id)/mapping", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: body))
            XCTAssertEqual(r.status, .accepted, String(buffer: r.body))
            job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "done", "\(job)")
            s = try XCTUnwrap(job["summary"] as? [String: Any])
            XCTAssertEqual(s["organisations"] as? Int, 1)
            XCTAssertEqual((s["forms"] as? [[String: Any]])?.count, 0)
            XCTAssertEqual(
                (s["formsDecided"] as? [[String: Any]])?.first?["organisation"] as? String, "МБОУ \"СОШ № 70\"")
            let files = try XCTUnwrap(s["files"] as? [[String: Any]])
            XCTAssertEqual(files.first?["organisation"] as? String, "МБОУ \"СОШ № 70\"")

            // An unknown file is refused.
            let bad = try JSONSerialization.data(withJSONObject: ["forms": [["file": "нет.xlsx", "organisation": "x"]]])
            let b = try await client.execute(
                uri: "/api/jobs/\(id)/mapping", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: bad))
            XCTAssertEqual(b.status, .badRequest)
        }
    }
}
