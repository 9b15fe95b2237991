import Foundation
import XCTest

/// A folder of forms collected by e-mail, some broken: every good file is consolidated, every bad one is
/// named with its problem, the exit status says something was skipped, and an earlier output survives a kill.
final class HostileInputTests: XCTestCase {
    static let root = ReportFiguresTests.root
    static let binary = root.appendingPathComponent(".build/debug/mentoring").path

    func run(_ args: [String], killWhen: ((String) -> Bool)? = nil, workDir: URL) throws -> (Int32, String) {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else { throw XCTSkip("build the product first") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        p.currentDirectoryURL = Self.root
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        p.standardOutput = handle
        p.standardError = handle
        try p.run()
        if let killWhen {
            let deadline = Date().addingTimeInterval(60)
            while p.isRunning && Date() < deadline {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: workDir.path)) ?? []
                if names.contains(where: killWhen) { kill(p.processIdentifier, SIGKILL); break }
                usleep(1000)
            }
        }
        p.waitUntilExit()
        try handle.close()
        return (p.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "")
    }

    func testBadFilesAreNamedSkippedAndTheRestConsolidated() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let forms = Self.root.appendingPathComponent("Examples/forms/2024")
        for name in try FileManager.default.contentsOfDirectory(atPath: forms.path) {
            try FileManager.default.copyItem(at: forms.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let bad = ["bad_empty.xlsx", "bad_text.xlsx", "bad_truncated.xlsx", "bad_crc.xlsx", "bad_password.xlsx",
                   "bad_entities.xlsx", "bad_xxe.xlsx", "bad_no_sheets.xlsx", "bad_shared_index.xlsx", "bad_cell_ref.xlsx"]
        for name in bad {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Tests/Fixtures/reader/\(name)"),
                                             to: dir.appendingPathComponent("Форма школы \(name)"))
        }
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Tests/Fixtures/reader/bad_old.xls"),
                                         to: dir.appendingPathComponent("старая форма.xlsx"))
        let output = dir.appendingPathComponent("свод.xlsx").path
        let (status, text) = try run(["consolidate", dir.path, "--municipal", "Examples/municipal_2024.xlsx",
                                      "--history", "Examples/history_2022_2023.xlsx", "-o", output], workDir: dir)
        XCTAssertEqual(status, 1, "something was skipped: \(text)")
        for name in bad { XCTAssertTrue(text.contains("Форма школы \(name)"), "\(name) not named:\n\(text)") }
        XCTAssertTrue(text.contains("старая форма.xlsx") && text.contains(".xls"), text)
        XCTAssertTrue(text.contains("организаций 93 (школ 80, ДОП 13)"), "every good form consolidated:\n\(text)")
        XCTAssertTrue(text.contains("пропущено \(bad.count + 1)"), text)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output))
    }

    func testKillDuringWritingLeavesTheEarlierOutputIntact() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("свод.xlsx")
        let earlier = Data("прошлый хороший свод".utf8)
        try earlier.write(to: output)
        // Kill the process as soon as its temporary file appears beside the target.
        let (status, _) = try run(["consolidate", "Examples/forms/2024", "--municipal", "Examples/municipal_2024.xlsx",
                                   "-o", output.path], killWhen: { $0.hasPrefix(".свод.xlsx.") }, workDir: dir)
        XCTAssertEqual(status, SIGKILL, "the process was killed mid-write")
        XCTAssertEqual(try Data(contentsOf: output), earlier, "the earlier output is untouched")
    }

    func testFuzzCorpusAndCrashesReplayWithoutACrash() throws {
        let runner = Self.root.appendingPathComponent(".build/debug/FuzzReader").path
        guard FileManager.default.isExecutableFile(atPath: runner) else { throw XCTSkip("build the products first") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: runner)
        p.arguments = [Self.root.appendingPathComponent("Tests/Fixtures/reader").path, Self.root.appendingPathComponent("fuzz/crashes").path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, out)
        XCTAssertTrue(out.contains("inputs read without a crash"), out)
    }
}
