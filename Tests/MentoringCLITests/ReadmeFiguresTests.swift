import Dataset
import Foundation
import Report
import XCTest

/// The README quotes what `make run` prints and writes: those quotes are checked against a run of the built binary
/// with the Makefile's own arguments, and its table of exit codes against `ConsolidateExitCode` (and the Makefile's
/// `WRITTEN_WITH_FINDINGS`). A stale figure in the README fails here.
final class ReadmeFiguresTests: XCTestCase {
    static let root = MentoringRun.root
    static let readme = try! String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    static let makefile = try! String(contentsOf: root.appendingPathComponent("Makefile"), encoding: .utf8)

    /// The arguments of `mentoring` in the recipe of `make run`.
    static func runArguments() throws -> [String] {
        let lines = makefile.components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("run:") }, "Makefile has no target run")
        var recipe = ""
        for line in lines[(start + 1)...] {
            guard line.hasPrefix("\t") else { break }
            recipe += line.hasSuffix("\\") ? String(line.dropLast()) + " " : line + "\n"
        }
        let call = try XCTUnwrap(recipe.range(of: "$(BIN) "), "make run does not call $(BIN): \(recipe)")
        let rest = recipe[call.upperBound...]
        let end = rest.firstIndex { ";|&\n".contains($0) } ?? rest.endIndex
        return rest[..<end].split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// The lines of the first fenced block after `marker` in the README.
    static func block(after marker: String) throws -> [String] {
        let at = try XCTUnwrap(readme.range(of: marker), "README lacks «\(marker)»")
        let open = try XCTUnwrap(readme.range(of: "```", range: at.upperBound..<readme.endIndex))
        let bodyStart = try XCTUnwrap(readme[open.upperBound...].firstIndex(of: "\n"))
        let close = try XCTUnwrap(readme.range(of: "\n```", range: bodyStart..<readme.endIndex))
        return readme[readme.index(after: bodyStart)..<close.lowerBound].components(separatedBy: "\n")
    }

    /// Whether `quoted` says what `actual` says: the same line, where each «…» of the quote stands for any text left
    /// out (the parts between them found in order, the first at the start, the last at the end).
    static func says(_ actual: String, _ quoted: String) -> Bool {
        let parts = quoted.trimmingCharacters(in: .whitespaces).components(separatedBy: "…").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count > 1 else { return actual == parts[0] }
        guard actual.hasPrefix(parts[0]), actual.hasSuffix(parts.last!) else { return false }
        var rest = actual[actual.index(actual.startIndex, offsetBy: parts[0].count)...]
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let r = rest.range(of: part) else { return false }
            rest = rest[r.upperBound...]
        }
        return rest.count >= parts.last!.count
    }

    func testReadmeQuotesWhatMakeRunPrintsAndWrites() throws {
        let tmp = try MentoringRun.temporaryFolder("readme")
        defer { try? FileManager.default.removeItem(at: tmp) }
        // The Makefile's arguments, with the outputs moved to a temporary folder (and the README's quotes with them).
        var args = try Self.runArguments()
        XCTAssertEqual(args.first, "consolidate")
        var moved: [String: String] = [:]
        for flag in ["-o", "--cards"] {
            let i = try XCTUnwrap(args.firstIndex(of: flag), "make run has no \(flag)")
            let to = tmp.appendingPathComponent(
                "\(flag.filter(\.isLetter))-" + (args[i + 1] as NSString).lastPathComponent
            ).path
            moved[args[i + 1]] = to
            args[i + 1] = to
        }
        let run = try MentoringRun.run(args)
        let printed = run.stdout.components(separatedBy: "\n")

        // What make run prints.
        let quoted = try Self.block(after: "`make run` сводит формы")
        XCTAssertFalse(quoted.isEmpty)
        for var q in quoted {
            for (from, to) in moved { q = q.replacingOccurrences(of: from, with: to) }
            XCTAssertTrue(
                printed.contains { Self.says($0, q) }, "README quotes «\(q)», make run printed:\n\(run.stdout)")
        }
        // Its exit code: as the README says, the enum's «written with findings», and what the Makefile accepts.
        let said = try XCTUnwrap(
            Self.readme.firstMatch(of: #/`mentoring consolidate` завершается с кодом (\d+)/#),
            "README does not say make run's exit code")
        XCTAssertEqual(Int32(said.1), run.status, run.both)
        XCTAssertEqual(run.status, ConsolidateExitCode.writtenWithFindings.rawValue, run.both)
        let accepted = try XCTUnwrap(
            Self.makefile.firstMatch(of: #/(?m)^WRITTEN_WITH_FINDINGS\s*:?=\s*(\d+)/#),
            "Makefile lacks WRITTEN_WITH_FINDINGS")
        XCTAssertEqual(Int32(accepted.1), ConsolidateExitCode.writtenWithFindings.rawValue)

        // The «Выводы» sheet, as the README quotes its beginning: every quoted line, in order.
        let workbook = try XCTUnwrap(moved.values.first { $0.hasSuffix(".xlsx") })
        let sheet = try MentoringRun.lines(workbook, "Выводы")
        var at = sheet.startIndex
        for q in try Self.block(after: "**«Выводы».**") where q.trimmingCharacters(in: .whitespaces) != "…" {
            guard let found = sheet[at...].firstIndex(where: { Self.says($0, q) }) else {
                XCTFail(
                    "README quotes «\(q)» from «Выводы», the sheet (from line \(at)) says:\n"
                        + sheet[at...].joined(separator: "\n"))
                break
            }
            at = sheet.index(after: found)
        }

        // The statements about make run's inputs.
        XCTAssertTrue(args.contains("Examples/bases/2024"))
        XCTAssertTrue(Self.readme.contains("`make run` читает их вместе с формами"), "README on the bases and make run")
        let commands = try Self.block(after: "# mentoring").filter { $0.hasPrefix("make ") }.count
        XCTAssertEqual(commands, 3)
        XCTAssertTrue(
            Self.readme.contains("Все три команды сами ставят"), "README names \(commands) commands otherwise")
    }

    func testReadmeExitCodeTableIsTheEnum() throws {
        let section = try XCTUnwrap(Self.readme.range(of: "### Коды выхода `consolidate`"))
        let end =
            Self.readme.range(of: "\n### ", range: section.upperBound..<Self.readme.endIndex)?.lowerBound
            ?? Self.readme.endIndex
        let rows = Self.readme[section.upperBound..<end].components(separatedBy: "\n").compactMap {
            line -> (Int32, String)? in
            guard let m = line.firstMatch(of: #/^\| (\d+) \| (.+) \|$/#) else { return nil }
            return (Int32(m.1)!, String(m.2))
        }
        XCTAssertEqual(rows.map(\.0), ConsolidateExitCode.allCases.map(\.rawValue))
        XCTAssertEqual(rows.map(\.1), ConsolidateExitCode.allCases.map(\.meaning))
    }
}
