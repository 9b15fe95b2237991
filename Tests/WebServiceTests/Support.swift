import Dataset
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Report
@_exported import TestTools
import XCTest

@testable import WebService

/// Shared helpers of the web service tests: a server on a fresh data folder, multipart bodies, waiting for a job,
/// the workbook as openpyxl reads it, and the `mentoring` binary for the same inputs.
enum Support {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates")
    static let binary = root.appendingPathComponent(".build/debug/mentoring").path

    static func path(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static func temporaryFolder(_ prefix: String) throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    /// A server whose jobs go to a new folder (returned), with the configuration changed by `change`.
    static func server(_ change: (inout ServeConfiguration) -> Void = { _ in }) throws -> (WebServer, URL) {
        let data = try temporaryFolder("serve-data")
        var c = ServeConfiguration(templates: templates, assets: path("Sources/WebService/Public"))
        c.dataDirectory = data
        c.port = 0
        change(&c)
        var logger = Logger(label: "mentoring.serve.test")
        logger.logLevel = .warning
        return (try WebServer(configuration: c, logger: logger), data)
    }

    /// Files of a folder (sorted by name) with their bytes.
    static func files(in relative: String) throws -> [(String, Data)] {
        let folder = path(relative)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xlsx") }
            .sorted()
            .map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    static func file(_ relative: String, as name: String? = nil) throws -> (String, Data) {
        (name ?? (relative as NSString).lastPathComponent, try Data(contentsOf: path(relative)))
    }

    /// A multipart/form-data body: each file as a part of `field`, then the text fields.
    static func multipart(_ files: [(String, Data)], field: String = "files", fields: [(String, String)] = [])
        -> (body: ByteBuffer, headers: HTTPFields)
    {
        let boundary = "----mentoring-test-\(UUID().uuidString)"
        var data = Data()
        for (name, bytes) in files {
            let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            data += Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(quoted)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8)
            data += bytes
            data += Data("\r\n".utf8)
        }
        for (name, value) in fields {
            data += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        data += Data("--\(boundary)--\r\n".utf8)
        return (ByteBuffer(bytes: data), [.contentType: "multipart/form-data; boundary=\(boundary)"])
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        let data = Data(buffer: response.body)
        return try XCTUnwrap(
            try JSONSerialization.jsonObject(with: data) as? [String: Any], String(decoding: data, as: UTF8.self))
    }

    /// Posts files as a job; returns its id.
    static func submit(
        _ client: some TestClientProtocol, _ files: [(String, Data)], fields: [(String, String)] = [],
        headers extra: HTTPFields = [:]
    ) async throws -> String {
        var (body, headers) = multipart(files, fields: fields)
        headers.append(contentsOf: extra)
        let response = try await client.execute(uri: "/api/jobs", method: .post, headers: headers, body: body)
        XCTAssertEqual(response.status, .accepted, String(buffer: response.body))
        let id = try XCTUnwrap(try json(response)["id"] as? String)
        XCTAssertEqual(response.headers[.location], "/api/jobs/\(id)")
        return id
    }

    /// Polls a job until it is done or failed (or another of `settled`; at most `seconds`); its last answer.
    static func wait(
        _ client: some TestClientProtocol, _ id: String, headers: HTTPFields = [:], seconds: Double = 180,
        settled: Set<String> = ["done", "failed"]
    ) async throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let r = try await client.execute(uri: "/api/jobs/\(id)", method: .get, headers: headers)
            XCTAssertEqual(r.status, .ok)
            let j = try json(r)
            if let s = j["status"] as? String, settled.contains(s) { return j }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        XCTFail("job \(id) did not finish in \(seconds) s")
        return [:]
    }

    static func download(_ client: some TestClientProtocol, _ uri: String, headers: HTTPFields = [:]) async throws
        -> Data
    {
        let r = try await client.execute(uri: uri, method: .get, headers: headers)
        XCTAssertEqual(r.status, .ok, String(buffer: r.body))
        return Data(buffer: r.body)
    }

    /// Runs a program; its status and its output and errors together.
    static func run(
        _ executable: String, _ args: [String], in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
        p.arguments = executable.hasPrefix("/") ? args : [executable] + args
        p.currentDirectoryURL = directory ?? root
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        p.standardOutput = handle
        p.standardError = handle
        try p.run()
        p.waitUntilExit()
        try handle.close()
        return (p.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "")
    }

    static func requireBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw MissingTool("build the product first (swift build)")
        }
    }

    /// `mentoring consolidate` on `files` (copied under their names into a folder, given by name in this order):
    /// the workbook's bytes.
    /// `aside` are written beside them but not given as inputs (a register named in `extra`).
    static func consolidate(_ files: [(String, Data)], aside: [(String, Data)] = [], extra: [String] = []) throws
        -> Data
    {
        try requireBinary()
        let dir = try temporaryFolder("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, data) in files + aside { try data.write(to: dir.appendingPathComponent(name)) }
        let out = dir.appendingPathComponent("out.xlsx").path
        let (status, text) = try run(
            binary, ["consolidate"] + files.map(\.0) + extra + ["-o", out], in: dir,
            environment: ["MENTORING_TEMPLATES": templates.path])
        XCTAssertTrue(ConsolidateExitCode(rawValue: status)?.wroteWorkbook == true, text)
        return try Data(contentsOf: URL(fileURLWithPath: out))
    }

    /// Every cell of every sheet as openpyxl reads it: sheet → cell → value (texts and numbers as JSON gives them).
    static func openpyxl(_ data: Data) throws -> [String: [String: Any]] {
        let dir = try temporaryFolder("openpyxl")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("book.xlsx")
        try data.write(to: file)
        let (status, out) = try run("python3", [path("Tests/Interop/openpyxl_cells.py").path, file.path])
        XCTAssertEqual(status, 0, out)
        let all = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let book = try XCTUnwrap(all[file.path] as? [String: Any], out)
        let sheets = try XCTUnwrap(book["sheets"] as? [[String: Any]], "\(book)")
        var result: [String: [String: Any]] = [:]
        for s in sheets {
            let cells = (s["cells"] as? [String: [Any]]) ?? [:]
            result[s["name"] as! String] = cells.mapValues { $0[1] }
        }
        return result
    }

    /// The rows of a sheet as texts by column letter: row number → column → text.
    static func rows(_ sheet: [String: Any]) -> [Int: [String: String]] {
        var out: [Int: [String: String]] = [:]
        for (ref, v) in sheet {
            let letters = String(ref.prefix { $0.isLetter }), digits = Int(ref.drop { $0.isLetter })!
            out[digits, default: [:]][letters] = v is String ? v as! String : "\(v)"
        }
        return out
    }
}
