import Foundation
import XLSXReader

/// Running the built `mentoring` as a user does, for the tests of what it prints and how it exits. A missing binary
/// fails the test (it never skips it): `make test` builds it first.
public enum MentoringRun {
    public static let root = Tools.root
    public static let binary = Tools.binary

    public struct Outcome {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var both: String { stdout + stderr }
    }

    /// Runs `mentoring args` from the repository root (or `directory`), with `environment` added to this process's.
    public static func run(_ args: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws
        -> Outcome
    {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw MissingTool("\(binary) is missing: build the product first (swift build; make test does)")
        }
        return try execute(binary, args, in: directory, environment: environment)
    }

    /// Runs a Python snippet (an independent writer of fixtures); fails when python3 is missing.
    public static func python(_ code: String, _ args: [String]) throws -> Outcome {
        try execute("/usr/bin/env", ["python3", "-c", code] + args)
    }

    public static func execute(
        _ executable: String, _ args: [String], in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> Outcome {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.currentDirectoryURL = directory ?? root
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // Standard error to a file and standard output through a pipe: neither can fill while the other is read.
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mentoring-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let out = Pipe(), err = try FileHandle(forWritingTo: errFile)
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try err.close()
        let errData = try Data(contentsOf: errFile)
        return Outcome(
            status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder, removed by the caller.
    public static func temporaryFolder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mentoring-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Every cell of a sheet as text, row by row (for comparing two workbooks' sheets).
    public static func dump(_ path: String, _ sheet: String) throws -> [String] {
        try sheetTable(path, sheet).rows.map { row in
            row.cells.map { "\($0.column)=\($0.value)" }.joined(separator: "\t")
        }
    }

    /// The texts of a sheet's rows, each row's non-empty cells joined by a space.
    public static func lines(_ path: String, _ sheet: String) throws -> [String] {
        try sheetTable(path, sheet).rows.map { row in
            row.cells.map { c -> String in
                if case .text(let s) = c.value { return s }; return ""
            }.filter { !$0.isEmpty }
                .joined(separator: " ")
        }
    }

    /// A sheet read whole with our reader; a missing sheet fails with the file's sheets named.
    static func sheetTable(_ path: String, _ sheet: String) throws -> SheetTable {
        let file = try XLSXFile.open(path)
        guard let info = file.sheet(named: sheet) else {
            throw MissingSheet(description: "\(path) has no sheet «\(sheet)» (sheets: \(file.sheets.map(\.name)))")
        }
        return try file.readSheet(info)
    }

    struct MissingSheet: Error, CustomStringConvertible {
        let description: String
    }
}
