import Foundation

/// A program or module a test needs is missing. The test fails with this error, never skips: `make test`
/// installs everything (Makefile: TEST_DEBS, TEST_PIPS), so a plain `swift test` without them is not green.
public struct MissingTool: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// What the tests share: the repository's root and the tools they run, each required, not optional.
public enum Tools {
    /// The repository root (this file is Tests/TestTools/Tools.swift).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The built command line (`swift build`, which `make test` runs first).
    public static let binary = root.appendingPathComponent(".build/debug/mentoring").path

    /// Fails unless the built `mentoring` is there.
    public static func requireBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw MissingTool("\(binary) is missing: build the product first (swift build; make test does)")
        }
    }

    /// Fails unless `program` (a path, or a name looked up in PATH) can be run; `install` says what gives it.
    public static func require(_ program: String, install: String) throws {
        guard path(of: program) != nil else { throw MissingTool("\(program) is not installed: \(install)") }
    }

    /// Fails unless python3 can import `module`.
    public static func requirePython(module: String, install: String) throws {
        try require("python3", install: "apt-get install -y python3")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import \(module)"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        if p.terminationStatus != 0 { throw MissingTool("the Python module \(module) is not installed: \(install)") }
    }

    /// Runs a program (a path, or a name looked up by /usr/bin/env) from `directory` (the repository root by default),
    /// with `environment` instead of this process's when given: its exit status and its output and errors together.
    public static func run(
        _ executable: String, _ args: [String], in directory: URL? = nil,
        environment: [String: String]? = nil
    ) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
        p.arguments = executable.hasPrefix("/") ? args : [executable] + args
        p.currentDirectoryURL = directory ?? root
        if let environment { p.environment = environment }
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The executable's path: as given when it contains «/», else the first match in PATH.
    public static func path(of program: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return dirs.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The personal data found in `text`: a planted string, its first two words (a name without its tail), a planted
    /// year of birth standing alone (the scans of BasesReportTests and PersonalDataServiceTests).
    public static func leaks(in text: String, strings: [String], years: [Int]) -> [String] {
        var found: [String] = []
        for s in strings {
            let firstTwo = s.split(separator: " ").prefix(2).joined(separator: " ")
            if text.contains(s) {
                found.append(s)
            } else if firstTwo.count > 8 && text.contains(firstTwo) {
                found.append(firstTwo)
            }
        }
        for y in years where text.range(of: "(?<![0-9.,])\(y)(?![0-9])", options: .regularExpression) != nil {
            found.append(String(y))
        }
        return found
    }
}
