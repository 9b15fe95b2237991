import Foundation
import XCTest

@testable import XLSXReader

/// The reader against openpyxl, an independent reader, on every XLSX file the project has (reader, normaliser
/// and matching fixtures, the examples): the same files refused, the same sheets, and cell by cell the same
/// values. Where we differ on purpose the difference is listed, with the reason, in
/// Tests/Interop/known_reader_differences.tsv; a listed difference that no longer occurs fails too, so the
/// list stays true.
final class DifferentialTests: XCTestCase {
    static let root = Fixtures.dir.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A value in a form both sides can print: kind (s, n, b, e, d, D) and value.
    enum Value: Equatable, CustomStringConvertible {
        case text(String), number(Double), bool(Bool), error(String), serial(Double), seconds(Double)

        init?(json: [Any]) {
            guard json.count == 2, let kind = json[0] as? String else { return nil }
            switch kind {
            case "s": self = .text(json[1] as? String ?? "")
            case "n": self = .number((json[1] as? NSNumber)?.doubleValue ?? .nan)
            case "b": self = .bool((json[1] as? NSNumber)?.boolValue ?? false)
            case "e": self = .error(json[1] as? String ?? "")
            case "d": self = .serial((json[1] as? NSNumber)?.doubleValue ?? .nan)
            case "D": self = .seconds((json[1] as? NSNumber)?.doubleValue ?? .nan)
            default: return nil
            }
        }

        init(_ v: CellValue) {
            switch v {
            case .text(let s): self = .text(s)
            case .number(let d): self = .number(d)
            case .bool(let b): self = .bool(b)
            case .error(let e): self = .error(e)
            case .date(_, let serial): self = .serial(serial)
            case .duration(let s): self = .seconds(s)
            }
        }

        /// Equal, numbers to 1e-9 relative, serials to a millisecond (openpyxl rounds times to milliseconds).
        func matches(_ o: Value) -> Bool {
            switch (self, o) {
            case (.number(let a), .number(let b)): return a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
            case (.serial(let a), .serial(let b)): return abs(a - b) <= 0.001 / 86_400
            case (.seconds(let a), .seconds(let b)): return abs(a - b) <= 0.001
            default: return self == o
            }
        }

        var description: String {
            switch self {
            case .text(let s): return "text «\(s.debugDescription.dropFirst().dropLast())»"
            case .number(let d): return "number \(d)"
            case .bool(let b): return "bool \(b)"
            case .error(let e): return "error \(e)"
            case .serial(let d): return "date/time serial \(d)"
            case .seconds(let d): return "duration \(d) s"
            }
        }
    }

    /// What one side made of a file: refused, or its sheets (name, state, cells by A1).
    enum Outcome {
        case refused(String)
        case sheets([(name: String, state: String, cells: [String: Value])])
    }

    /// The files whose workbook is Strict Open XML (openpyxl_cells.py says), which openpyxl reads as no sheets.
    nonisolated(unsafe) static var strict: Set<String> = []

    static func files() throws -> [String] {
        var out: [String] = []
        for dir in ["Tests/Fixtures", "Examples"] {
            let base = root.appendingPathComponent(dir)
            let e = FileManager.default.enumerator(atPath: base.path)
            while let rel = e?.nextObject() as? String {
                if rel.hasSuffix(".xlsx") { out.append(dir + "/" + rel) }
            }
        }
        return out.sorted()
    }

    /// openpyxl's reading of `files`, in as many processes as there are cores (the corpus of other programs' files
    /// takes openpyxl minutes in one).
    static func openpyxl(_ files: [String]) throws -> [String: Outcome] {
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count))
        let chunks = (0..<parts).map { k in stride(from: k, to: files.count, by: parts).map { files[$0] } }
        let processes = try chunks.map { try start("openpyxl_cells.py", $0) }
        var json: [String: [String: Any]] = [:]
        // Each pipe is drained on its own thread: a process blocked on a full pipe would never finish.
        var outputs = [Data](repeating: Data(), count: processes.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: processes.count) { k in
            let data = processes[k].1.fileHandleForReading.readDataToEndOfFile()
            lock.lock(); outputs[k] = data; lock.unlock()
        }
        for ((p, _), data) in zip(processes, outputs) {
            p.waitUntilExit()
            guard p.terminationStatus == 0,
                let part = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]]
            else {
                // Not a skip: a differential test that quietly does not run would pass with the coverage off.
                throw ScriptFailed(
                    message:
                        "openpyxl_cells.py failed (status \(p.terminationStatus)); is openpyxl installed? make deps-test"
                )
            }
            json.merge(part) { a, _ in a }
        }
        var out: [String: Outcome] = [:]
        for (file, v) in json {
            if let e = v["error"] as? String { out[file] = .refused(e); continue }
            if v["strict"] as? Bool == true { strict.insert(file) }
            let sheets = (v["sheets"] as? [[String: Any]] ?? []).map { s in
                (
                    name: s["name"] as? String ?? "", state: s["state"] as? String ?? "",
                    cells: (s["cells"] as? [String: [Any]] ?? [:]).compactMapValues(Value.init(json:))
                )
            }
            out[file] = .sheets(sheets)
        }
        return out
    }

    /// Starts one of the Tests/Interop scripts on `files`, its output on a pipe.
    static func start(_ script: String, _ files: [String]) throws -> (Process, Pipe) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "Tests/Interop/" + script] + files
        p.currentDirectoryURL = root
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        return (p, pipe)
    }

    /// Which files python-calamine reads (true) or refuses (its error), from Tests/Interop/calamine_reads.py.
    static func calamine(_ files: [String]) throws -> [String: Bool] {
        let (p, pipe) = try start("calamine_reads.py", files)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0, let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ScriptFailed(
                message:
                    "calamine_reads.py failed (status \(p.terminationStatus)); is python-calamine installed? make deps-test"
            )
        }
        return json.mapValues { $0 as? Bool == true }
    }

    struct ScriptFailed: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static func ours(_ file: String) -> Outcome {
        do {
            let f = try XLSXFile.open(root.appendingPathComponent(file).path)
            let (tables, _) = try f.readAllSheets()
            let state = Dictionary(f.sheets.map { ($0.name, $0.state.rawValue) }, uniquingKeysWith: { a, _ in a })
            return .sheets(
                tables.map { t in
                    var cells: [String: Value] = [:]
                    for r in t.rows {
                        for c in r.cells { cells[CellRef(row: r.index, column: c.column).description] = Value(c.value) }
                    }
                    return (t.name, state[t.name] ?? "", cells)
                })
        } catch {
            return .refused("\(error)")
        }
    }

    /// The listed differences: file, sheet («*» for the whole file), cell («*» for the whole sheet), reason.
    /// The row «*, *, escapes» stands for every text cell where we decode `_xHHHH_` and openpyxl does not.
    static func known() throws -> [String: String] {
        let text = try String(
            contentsOf: root.appendingPathComponent("Tests/Interop/known_reader_differences.tsv"), encoding: .utf8)
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("file\t") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4 else { continue }
            out[f[0] + "|" + f[1] + "|" + f[2]] = f[3]
        }
        return out
    }

    func testReaderAgreesWithOpenpyxlOnEveryFixtureExceptListedDifferences() throws {
        let files = try Self.files()
        XCTAssertGreaterThan(files.count, 100, "the fixtures and examples are found")
        let theirs = try Self.openpyxl(files)
        let calamine = try Self.calamine(files)
        let known = try Self.known()
        var differences: [String: String] = [:]  // key → what differs
        var cellsCompared = 0
        for file in files {
            let name = (file as NSString).lastPathComponent
            switch (Self.ours(file), theirs[file]) {
            case (.refused(let e), .refused?):
                // Both refuse; python-calamine must refuse too, or the refusal is a difference to list.
                if calamine[file] == true {
                    differences[name + "|*|*"] = "we and openpyxl refuse, python-calamine reads: \(e)"
                }
            case (.refused(let e), _): differences[name + "|*|*"] = "we refuse, openpyxl reads: \(e)"
            case (_, .refused(let e)?): differences[name + "|*|*"] = "openpyxl refuses (\(e)), we read"
            case (_, nil): XCTFail("openpyxl gave nothing for \(file)")
            case (.sheets(let a), .sheets(let b)?) where b.isEmpty && !a.isEmpty && Self.strict.contains(file):
                // A class of its own: openpyxl reads no sheet of a Strict Open XML workbook.
                differences["*|*|strict", default: ""] += "\(name); "
            case (.sheets(let a), .sheets(let b)?):
                for s in Set(a.map(\.name) + b.map(\.name)) {
                    guard let x = a.first(where: { $0.name == s }), let y = b.first(where: { $0.name == s }) else {
                        differences[name + "|" + s + "|*"] =
                            a.contains { $0.name == s } ? "sheet only we read" : "sheet only openpyxl reads"
                        continue
                    }
                    if x.state != y.state { differences[name + "|" + s + "|*"] = "state \(x.state) vs \(y.state)" }
                    for ref in Set(x.cells.keys).union(y.cells.keys) {
                        cellsCompared += 1
                        switch (x.cells[ref], y.cells[ref]) {
                        case (let u?, let v?) where u.matches(v): continue
                        case (.text(let u)?, .text(let v)?) where u == StringEscapes.decode(v):
                            // A class of its own: openpyxl leaves Excel's _xHHHH_ escapes as written.
                            differences["*|*|escapes", default: ""] += "\(name) \(s)!\(ref); "
                        case (.seconds(let u)?, .number(let v)?) where abs(u - v * 86_400) <= 0.001:
                            // A class of its own: an elapsed-time format written in capitals ([HH], [S]).
                            differences["*|*|elapsed", default: ""] += "\(name) \(s)!\(ref); "
                        case (let u, let v):
                            differences[name + "|" + s + "|" + ref] =
                                "ours \(u.map(String.init(describing:)) ?? "empty"), openpyxl \(v.map(String.init(describing:)) ?? "empty")"
                        }
                    }
                }
                if a.map(\.name) != b.map(\.name).filter({ n in a.contains { $0.name == n } }) {
                    differences[name + "|*|order"] = "sheet order \(a.map(\.name)) vs \(b.map(\.name))"
                }
            }
        }
        XCTAssertGreaterThan(cellsCompared, 10_000, "cells compared")
        for (key, what) in differences.sorted(by: { $0.key < $1.key }) where known[key] == nil {
            XCTFail("unlisted difference \(key.replacingOccurrences(of: "|", with: " / ")): \(what)")
        }
        for key in known.keys.sorted() where differences[key] == nil {
            XCTFail("listed difference no longer occurs (remove it from known_reader_differences.tsv): \(key)")
        }
        print(
            "differential: \(files.count) files, \(cellsCompared) cells compared, \(differences.count) listed differences"
        )
    }
}
