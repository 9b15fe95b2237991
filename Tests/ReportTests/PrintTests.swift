import Foundation
import XCTest

/// Every workbook the program writes prints cleanly through LibreOffice: `make run`'s workbook, a card, the regional
/// workbook (`rollup`), the mapping file (`check --mapping-out`) and the three templates are converted to PDF in
/// one `soffice` call, and Tests/Interop/print_check.py reads the PDFs with `pdftotext -bbox`: no word printed over
/// another, and every word of every text cell of the visible sheets printed.
final class PrintTests: XCTestCase {
    static let root = ReportFiguresTests.root

    func testEveryWorkbookPrintsWithoutWordsOverWordsOrCutText() throws {
        for tool in ["/usr/bin/soffice", "/usr/bin/pdftotext"] {
            XCTAssertTrue(
                FileManager.default.isExecutableFile(atPath: tool), "\(tool) is needed (make deps-test installs it)")
        }
        let binary = RegionalRollupTests.binary
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary), "build the product first (swift build)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

        // `make run`'s inputs (see the Makefile).
        let commands: [[String]] = [
            [
                "consolidate", "Examples/forms/2024", "Examples/bases/2024", "--municipal",
                "Examples/municipal_2024.xlsx",
                "--history", "Examples/history_2022_2023.xlsx", "--history", "Examples/data_2023.xlsx",
                "--organisations", "Examples/organisations_2024.xlsx", "-o", path("svod_2024.xlsx"), "--cards",
                path("cards")
            ],
            [
                "rollup", path("svod_2024.xlsx"), "--organisations", "Examples/organisations_2024.xlsx", "-o",
                path("region.xlsx")
            ],
            ["check", "Examples/forms/2024", "--mapping-out", path("mapping.xlsx")],
            ["template", "--year", "2024", "-o", path("form.xlsx")],
            ["template", "--organisations", "-o", path("register.xlsx")],
            ["template", "--bases", "--year", "2024", "-o", path("bases.xlsx")]
        ]
        for c in commands {
            let (status, out) = try RegionalRollupTests.run([binary] + c)
            let written = c[(c.firstIndex(of: "-o") ?? c.firstIndex(of: "--mapping-out")!) + 1]
            XCTAssertTrue(
                FileManager.default.fileExists(atPath: written), "\(c.joined(separator: " ")) → \(status): \(out)")
        }
        let card = try XCTUnwrap(
            try FileManager.default.contentsOfDirectory(atPath: path("cards")).filter { $0.hasSuffix(".xlsx") }.sorted()
                .first)
        try FileManager.default.copyItem(atPath: path("cards/\(card)"), toPath: path("card.xlsx"))
        let books = ["svod_2024", "card", "region", "mapping", "form", "register", "bases"]

        let (so, soOut) = try RegionalRollupTests.run(
            [
                "soffice", "-env:UserInstallation=file://\(dir.path)/profile", "--headless",
                "--convert-to", "pdf", "--outdir", path("pdf")
            ] + books.map { path("\($0).xlsx") })
        XCTAssertEqual(so, 0, soOut)
        let (py, json) = try RegionalRollupTests.run(
            ["python3", Self.root.appendingPathComponent("Tests/Interop/print_check.py").path]
                + books.map { "\(path("\($0).xlsx"))=\(path("pdf/\($0).pdf"))" })
        XCTAssertEqual(py, 0, json)
        let line = try XCTUnwrap(json.split(separator: "\n").last.map(String.init), json)
        let result = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: [String: Any]], json)
        for book in books {
            let r = try XCTUnwrap(result["\(book).xlsx"], "\(book): not checked")
            XCTAssertGreaterThan(r["pages"] as? Int ?? 0, 0, "\(book): no pages printed")
            XCTAssertGreaterThan(r["words"] as? Int ?? 0, 0, "\(book): no words read")
            XCTAssertEqual(
                r["overlaps"] as? Int, 0,
                "\(book): words over words on \(r["pages_with_overlaps"] ?? "?") of \(r["pages"] ?? "?") pages: \(r["pairs"] ?? "")"
            )
            XCTAssertEqual((r["missing"] as? [String])?.count, 0, "\(book): words not printed: \(r["missing"] ?? "")")
        }
    }
}
