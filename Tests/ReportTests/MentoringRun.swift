@_exported import TestTools
import Foundation
import XCTest
import XLSXReader

/// Running the built `mentoring` as a user does, for the tests of what it prints and how it exits. A missing binary
/// fails the test (it never skips it): `make test` builds it first.
enum MentoringRun {
    static let root = ReportFiguresTests.root
    static let binary = root.appendingPathComponent(".build/debug/mentoring").path

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        var both: String { stdout + stderr }
    }

    /// Runs `mentoring args` from the repository root (or `directory`), with `environment` added to this process's.
    static func run(_ args: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Outcome {
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw MissingTool("\(binary) is missing: build the product first (swift build; make test does)") }
        return try execute(binary, args, in: directory, environment: environment)
    }

    /// Runs a Python snippet (an independent writer of fixtures); fails when python3 is missing.
    static func python(_ code: String, _ args: [String]) throws -> Outcome {
        try execute("/usr/bin/env", ["python3", "-c", code] + args)
    }

    static func execute(_ executable: String, _ args: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Outcome {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.currentDirectoryURL = directory ?? root
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // Standard error to a file and standard output through a pipe: neither can fill while the other is read.
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("mentoring-stderr-\(UUID().uuidString)")
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
        return Outcome(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mentoring-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Every cell of a sheet as text, row by row (for comparing two workbooks' sheets).
    static func dump(_ path: String, _ sheet: String) throws -> [String] {
        let file = try XLSXFile.open(path)
        let table = try file.readSheet(try XCTUnwrap(file.sheet(named: sheet), "\(path) has no sheet «\(sheet)»"))
        return table.rows.map { row in row.cells.map { "\($0.column)=\($0.value)" }.joined(separator: "\t") }
    }

    /// The texts of a sheet's rows, each row's non-empty cells joined by a space.
    static func lines(_ path: String, _ sheet: String) throws -> [String] {
        let file = try XLSXFile.open(path)
        let table = try file.readSheet(try XCTUnwrap(file.sheet(named: sheet), "\(path) has no sheet «\(sheet)»"))
        return table.rows.map { row in row.cells.map { Fixtures.text($0) }.filter { !$0.isEmpty }.joined(separator: " ") }
    }
}
