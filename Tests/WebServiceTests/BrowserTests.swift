import Foundation
import XCTest

/// The page in a real browser: headless Chromium driven by Selenium (Tests/Interop/browser_serve.py) opens
/// `mentoring serve`, puts the example forms into the file input, presses «Собрать свод», waits for «Скачать свод»,
/// downloads the workbook and checks it with openpyxl against `consolidate`; with another region's forms sees the
/// check before building and builds on «Собрать свод как есть», settles a wording in its drop-down and sees the
/// value used; uploads two municipal workbooks and downloads the regional workbook of `rollup`. `make test` installs Chromium, chromium-driver and Selenium, so this runs in CI; it is
/// skipped only where they are absent.
final class BrowserTests: XCTestCase {
    func testThePageBuildsTheExampleWorkbookInARealBrowser() throws {
        try Support.requireBinary()
        for tool in ["/usr/bin/chromium", "/usr/bin/chromedriver"] {
            try Tools.require(tool, install: "apt-get install -y chromium chromium-driver (make test does)")
        }
        try Tools.requirePython(module: "selenium", install: "pip install selenium (make test does)")

        let work = try Support.temporaryFolder("browser")
        defer { try? FileManager.default.removeItem(at: work) }
        var args = [Support.path("Tests/Interop/browser_serve.py").path, Support.binary, work.path]
        // `make screenshot` keeps the picture for the README.
        if let keep = ProcessInfo.processInfo.environment["SERVE_SCREENSHOT"], !keep.isEmpty {
            args += ["--screenshot", keep]
        }
        let (status, out) = try Support.run("python3", args)
        XCTAssertEqual(status, 0, out)
        let last = try XCTUnwrap(out.split(separator: "\n").last.map(String.init), out)
        let seen = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any], out)
        XCTAssertEqual(seen["downloaded"] as? String, "свод_2024.xlsx")
        XCTAssertEqual(
            seen["sheets_compared"] as? Int, 48,
            "«Содержание», 39 tables, the charts of Tables 1 and 38, «Целевые показатели», «Достигшие целей», «Не представили форму», «Выводы», «Замечания», «Данные»"
        )
        XCTAssertEqual(seen["dynamics"] as? [String: Int], ["Положительная": 24, "Отрицательная": 30, "Стагнация": 9])
        XCTAssertEqual(seen["decision_value"] as? String, "3")
        // The check of the region's forms was on the page before their workbook was built, with check --json's counts.
        XCTAssertTrue((seen["check_before_build"] as? String)?.hasPrefix("файлов ") == true, "\(seen)")
        // The regional workbook downloaded in the browser is rollup's (compared byte for byte by the script).
        XCTAssertEqual(seen["regional_downloaded"] as? String, "свод_региона_2024.xlsx")
        XCTAssertTrue((seen["mixed"] as? String)?.contains("Загружены вместе формы") == true, "\(seen)")

        // The screenshot is a PNG of the window's width.
        let png = try Data(contentsOf: work.appendingPathComponent("serve.png"))
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(width, 1366)
    }
}
