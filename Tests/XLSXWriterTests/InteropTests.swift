import Foundation
import XCTest

@testable import XLSXWriter

/// The writer's output judged by independent software: openpyxl and LibreOffice.
final class InteropTests: XCTestCase {
    func testEveryFeatureReadsBackWithOpenpyxl() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("features.xlsx").path
        let expectations = try FeatureWorkbook.write(to: file)
        let json = dir.appendingPathComponent("expect.json")
        try JSONSerialization.data(withJSONObject: expectations).write(to: json)
        let checker = TestSupport.repoRoot.appendingPathComponent("Tests/Interop/check_writer.py").path
        let (status, output) = try TestSupport.run("python3", [checker, file, json.path])
        XCTAssertEqual(status, 0, "openpyxl checker failed:\n\(output)")
        XCTAssertTrue(output.hasPrefix("ok:"), output)
    }

    func testLibreOfficeConvertsToPDF() throws {
        try Tools.require("soffice", install: "apt-get install -y libreoffice-calc-nogui (make test does)")
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("features.xlsx").path
        try FeatureWorkbook.write(to: file)
        let profile = "file://" + dir.appendingPathComponent("lo-profile").path
        let (status, output) = try TestSupport.run(
            "soffice",
            [
                "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf",
                "--outdir", dir.path, file
            ], timeout: 180)
        let pdf = dir.appendingPathComponent("features.pdf").path
        XCTAssertEqual(status, 0, output)
        let size = (try? FileManager.default.attributesOfItem(atPath: pdf)[.size] as? Int) ?? 0
        XCTAssertGreaterThan(size, 1000, "LibreOffice produced no PDF:\n\(output)")
    }
}
