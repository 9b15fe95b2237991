import Dataset
import Foundation
import Normaliser
import XCTest
import XLSXReader

/// A folder of forms collected by e-mail, some broken: every good file is consolidated, every bad one is
/// named with its problem, the exit status says something was skipped, and an earlier output survives a kill.
final class HostileInputTests: XCTestCase {
    static let root = ReportFiguresTests.root
    static let binary = root.appendingPathComponent(".build/debug/mentoring").path

    func run(_ args: [String], killWhen: ((String) -> Bool)? = nil, workDir: URL) throws -> (Int32, String) {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw MissingTool("build the product first")
        }
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
            try FileManager.default.copyItem(
                at: forms.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let bad = [
            "bad_empty.xlsx", "bad_text.xlsx", "bad_truncated.xlsx", "bad_crc.xlsx", "bad_password.xlsx",
            "bad_entities.xlsx", "bad_xxe.xlsx", "real_empty_sheets.xlsx", "bad_shared_index.xlsx", "bad_cell_ref.xlsx"
        ]
        for name in bad {
            try FileManager.default.copyItem(
                at: Self.root.appendingPathComponent("Tests/Fixtures/reader/\(name)"),
                to: dir.appendingPathComponent("Форма школы \(name)"))
        }
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("Tests/Fixtures/reader/bad_old.xls"),
            to: dir.appendingPathComponent("старая форма.xlsx"))
        let output = dir.appendingPathComponent("свод.xlsx").path
        let (status, text) = try run(
            [
                "consolidate", dir.path, "--municipal", "Examples/municipal_2024.xlsx",
                "--history", "Examples/history_2022_2023.xlsx", "-o", output
            ], workDir: dir)
        XCTAssertEqual(status, 1, "something was skipped: \(text)")
        for name in bad { XCTAssertTrue(text.contains("Форма школы \(name)"), "\(name) not named:\n\(text)") }
        XCTAssertTrue(text.contains("старая форма.xlsx") && text.contains(".xls"), text)
        XCTAssertTrue(text.contains("организаций 93 (школ 80, ДОП 13)"), "every good form consolidated:\n\(text)")
        XCTAssertTrue(text.contains("пропущено \(bad.count + 1)"), text)
        // The two files whose only sheet is spoiled (a shared-string index, a cell reference) come first.
        let unused = try XCTUnwrap(text.range(of: "НЕ УЧТЕНО 2 листа"), text)
        XCTAssertLessThan(unused.lowerBound, try XCTUnwrap(text.range(of: "Свод за")).lowerBound, text)
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
        let (status, _) = try run(
            [
                "consolidate", "Examples/forms/2024", "--municipal", "Examples/municipal_2024.xlsx",
                "-o", output.path
            ], killWhen: { $0.hasPrefix(".свод.xlsx.") }, workDir: dir)
        XCTAssertEqual(status, SIGKILL, "the process was killed mid-write")
        XCTAssertEqual(try Data(contentsOf: output), earlier, "the earlier output is untouched")
    }

    func testFuzzCorpusAndCrashesReplayWithoutACrash() throws {
        let runner = Self.root.appendingPathComponent(".build/debug/FuzzReader").path
        guard FileManager.default.isExecutableFile(atPath: runner) else {
            throw MissingTool("build the products first")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: runner)
        p.arguments = [
            Self.root.appendingPathComponent("Tests/Fixtures/reader").path,
            Self.root.appendingPathComponent("fuzz/crashes").path
        ]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, out)
        XCTAssertTrue(out.contains("inputs read without a crash"), out)
    }
}

/// The corpus of hostile inputs (Tests/Fixtures/hostile/make_corpus.py): each gives its expected outcome,
/// within 1 GiB of memory and 120 s of processor time (enforced with `ulimit -v` and `ulimit -t`).
final class HostileCorpusTests: XCTestCase {
    func testEveryInputGivesItsExpectedOutcomeWithinLimits() throws {
        let root = ReportFiguresTests.root
        let binary = root.appendingPathComponent(".build/debug/mentoring").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw MissingTool("build the product first") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        func sh(_ command: String) throws -> (Int32, String) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = ["-c", command]
            p.currentDirectoryURL = root
            let out = dir.appendingPathExtension("out")
            FileManager.default.createFile(atPath: out.path, contents: nil)
            let h = try FileHandle(forWritingTo: out)
            p.standardOutput = h
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            try h.close()
            defer { try? FileManager.default.removeItem(at: out) }
            return (p.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "")
        }
        let (made, log) = try sh("python3 Tests/Fixtures/hostile/make_corpus.py '\(dir.path)'")
        XCTAssertEqual(made, 0, log)
        // Bounded in memory and in processor time (not wall time, which the machine's load decides): a bomb that
        // makes the reader spin or swell is killed by the limit, and the status says so (SIGXCPU: 152, SIGKILL: 137).
        let (status, json) = try sh("ulimit -v 1048576; ulimit -t 120; '\(binary)' check --json '\(dir.path)'")
        XCTAssertEqual(status, 1, "bad inputs need attention (status 152: over 120 s of processor time)")
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], json)
        let files = parsed["files"] as! [[String: Any]]
        let expected = try String(contentsOf: dir.appendingPathComponent("expected.tsv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        XCTAssertEqual(files.count, expected.count)
        for e in expected {
            guard let f = files.first(where: { ($0["file"] as? String)?.hasSuffix("/" + e[0]) == true }) else {
                XCTFail("\(e[0]) not reported"); continue
            }
            let issues = f["issues"] as? [[String: Any]] ?? []
            let messages = issues.compactMap { $0["message"] as? String }.joined(separator: " | ")
            let kinds = Set(issues.compactMap { $0["kind"] as? String })
            let outcome = e[1]
            if outcome == "ok" {
                XCTAssertTrue(kinds.isDisjoint(with: ["error", "unknown_layout"]), "\(e[0]): \(messages)")
            } else if outcome.hasPrefix("error:") {
                XCTAssertTrue(kinds.contains("error"), "\(e[0]) must be skipped: \(messages)")
                XCTAssertTrue(
                    messages.contains(String(outcome.dropFirst(6))), "\(e[0]): «\(outcome)» not in \(messages)")
                if !messages.contains("расходится") {
                    XCTAssertTrue(messages.contains(e[0]) || messages.contains("Файл"), "\(e[0]): the file is named")
                }
            } else if outcome.hasPrefix("issue:") {
                XCTAssertTrue(kinds.contains(String(outcome.dropFirst(6))), "\(e[0]): \(kinds)")
            }
        }
    }

    /// Every row of a form is accounted for: mapped with a value, mapped but empty, or reported unmapped.
    func testEveryInputRowIsAccountedFor() throws {
        let context = try NormaliserContext.load(templates: ReportFiguresTests.templates)
        var d = Dataset()
        let path = ReportFiguresTests.root.appendingPathComponent(
            "Tests/Fixtures/normaliser/form_2023_labels_below.xlsx"
        ).path
        let report = InputReader(context: context).read(path, into: &d)
        let file = try XLSXFile.open(path)
        let table = try file.readSheet(file.sheets[0])
        // criterion column E
        let titled = table.rows.filter { $0.index > 3 && $0.cells.contains { $0.column == 4 } }.count
        let unmapped = report.issues.filter { $0.kind == .unmappedTitle || $0.kind == .doubtfulMatch }.count
        XCTAssertEqual(titled, report.mapped + unmapped)
        let empty = table.rows.filter { r in
            r.index > 3 && r.cells.contains { $0.column == 4 }
                && ["-", "нет данных"].contains(r.cells.first { $0.column == 1 }.map { Fixtures.text($0) } ?? "")
        }.count
        XCTAssertEqual(report.mapped, d.observations.count + empty, "values kept + values not reported")
    }
}
