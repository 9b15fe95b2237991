import Foundation
import XCTest

/// The layout `make install` makes — PREFIX/bin/mentoring, PREFIX/share/mentoring/Templates and …/web — works from
/// any folder: the program finds its Templates and its page beside itself, not in the current folder.
final class InstallLayoutTests: XCTestCase {
    func testTheInstalledProgramFindsItsTemplatesAndPageFromAnotherFolder() throws {
        try Support.requireBinary()
        let makefile = try String(contentsOf: Support.path("Makefile"), encoding: .utf8)
        XCTAssertTrue(
            makefile.contains("cp -R Templates $(DESTDIR)$(PREFIX)/share/mentoring/Templates"),
            "the Makefile installs what this test lays out")
        XCTAssertTrue(makefile.contains("cp -R Sources/WebService/Public $(DESTDIR)$(PREFIX)/share/mentoring/web"))

        let prefix = try Support.temporaryFolder("prefix")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let fm = FileManager.default
        try fm.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try fm.createDirectory(at: prefix.appendingPathComponent("share/mentoring"), withIntermediateDirectories: true)
        try fm.copyItem(atPath: Support.binary, toPath: prefix.appendingPathComponent("bin/mentoring").path)
        try fm.copyItem(at: Support.templates, to: prefix.appendingPathComponent("share/mentoring/Templates"))
        try fm.copyItem(
            at: Support.path("Sources/WebService/Public"), to: prefix.appendingPathComponent("share/mentoring/web"))
        let installed = prefix.appendingPathComponent("bin/mentoring").path
        let elsewhere = try Support.temporaryFolder("elsewhere")
        defer { try? fm.removeItem(at: elsewhere) }
        var env = ProcessInfo.processInfo.environment
        env["MENTORING_TEMPLATES"] = nil
        env["MENTORING_WEB"] = nil

        let out = elsewhere.appendingPathComponent("свод.xlsx").path
        let (status, text) = try run(
            installed,
            [
                "consolidate", Support.path("Examples/forms/2024").path,
                "--municipal", Support.path("Examples/municipal_2024.xlsx").path, "-o", out
            ],
            in: elsewhere, environment: env)
        XCTAssertEqual(status, 5, text)  // ConsolidateExitCode.writtenWithFindings: the examples have findings
        XCTAssertTrue(text.contains("организаций 93 (школ 80, ДОП 13)"), text)
        let cli = try Support.consolidate(try APITests.exampleInputs())
        XCTAssertTrue(
            try Data(contentsOf: URL(fileURLWithPath: out)) == cli, "the installed program makes the same workbook")

        // Its page comes from share/mentoring/web.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: installed)
        p.arguments = ["serve", "--port", "0"]
        p.currentDirectoryURL = elsewhere
        p.environment = env
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        defer { if p.isRunning { p.interrupt(); p.waitUntilExit() } }
        var said = ""
        let deadline = Date().addingTimeInterval(30)
        while !said.contains("Страница:") && Date() < deadline {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        let port = try XCTUnwrap(
            said.range(of: #"127\.0\.0\.1:(\d+)"#, options: .regularExpression)
                .flatMap { Int(said[$0].split(separator: ":").last!) }, said)
        let page = try RawHTTP.exchange(
            port: port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        XCTAssertTrue(page.hasPrefix("HTTP/1.1 200"), page)
        XCTAssertTrue(
            page.contains("<button id=\"build\" type=\"button\" class=\"primary\" disabled>Собрать свод</button>"), page
        )
        p.interrupt()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "SIGINT stops the service cleanly")
    }

    func run(_ exe: String, _ args: [String], in dir: URL, environment: [String: String]) throws -> (Int32, String) {
        try Tools.run(exe, args, in: dir, environment: environment)
    }
}
