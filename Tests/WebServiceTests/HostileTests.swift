import Dataset
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import XCTest

@testable import WebService

/// What a careless or hostile client may send: file names that try to become paths, a zip bomb, a text file, an
/// oversized upload, too many files, no token or a wrong one, a request from a foreign page.
final class HostileTests: XCTestCase {
    func testAClientsFileNameNeverBecomesAPath() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        let form = try Support.file("Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx").1
        let other = try Support.file("Examples/forms/2024/02_МБОУ_СОШ_№42.xlsx").1
        // Names no other test or program uses, so that finding one outside the job folder means it escaped.
        let tag = UUID().uuidString.prefix(8)
        let names = [
            "../../x-\(tag).xlsx", "..\\..\\..\\win-\(tag).xlsx", "/etc/cron.d/job-\(tag).xlsx", ".bashrc", "../.."
        ]
        let stored = ["x-\(tag).xlsx", "win-\(tag).xlsx", "job-\(tag).xlsx", "bashrc", "файл.xlsx"]
        try await server.application().test(.router) { client in
            let id = try await Support.submit(
                client, [(names[0], form), (names[1], other)] + names.dropFirst(2).map { ($0, Data("x".utf8)) })
            let job = try await Support.wait(client, id)
            let s = try XCTUnwrap(job["summary"] as? [String: Any])
            let files = try XCTUnwrap(s["files"] as? [[String: Any]])
            XCTAssertEqual(files.map { $0["name"] as? String }, names, "the page shows the names the client gave")
            XCTAssertEqual(files.map { $0["storedName"] as? String }, stored)
            XCTAssertEqual(files[0]["organisation"] as? String, "МБОУ \"СОШ № 5\"", "the form itself was read")
            XCTAssertEqual(files[1]["kind"] as? String, "form")
            // Everything the upload wrote is inside the job's own folder.
            let folder = data.appendingPathComponent(id)
            XCTAssertEqual(
                Set(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("files").path)),
                Set(stored))
            XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: data.path)), [id])
            for escaped in [
                data.deletingLastPathComponent().appendingPathComponent(stored[0]).path,
                data.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(stored[0]).path,
                "/" + stored[1], "/etc/cron.d/" + stored[2]
            ] {
                XCTAssertFalse(FileManager.default.fileExists(atPath: escaped), escaped)
            }
        }
    }

    func testFileNamesAreSanitisedBoundedAndUnique() {
        var taken = Set<String>()
        XCTAssertEqual(FileNames.safe("Форма.xlsx", taken: &taken), "Форма.xlsx")
        XCTAssertEqual(
            FileNames.safe("форма.XLSX", taken: &taken), "форма (2).XLSX", "names differing only in case are one name")
        XCTAssertEqual(FileNames.safe("a/b/../Форма.xlsx", taken: &taken), "Форма (3).xlsx")
        XCTAssertEqual(FileNames.sanitise("..\\..\\evil.xlsx"), "evil.xlsx")
        XCTAssertEqual(FileNames.sanitise("~$lock.xlsx"), "lock.xlsx")
        XCTAssertEqual(FileNames.sanitise("a\u{0}b\u{1F}c.xlsx"), "a_b_c.xlsx")
        XCTAssertEqual(FileNames.sanitise("rm -rf *;$(x).xlsx"), "rm -rf ___(x).xlsx")
        XCTAssertEqual(FileNames.sanitise("..."), "файл.xlsx")
        let long = FileNames.sanitise(String(repeating: "я", count: 300) + ".xlsx")
        XCTAssertLessThanOrEqual(long.utf8.count, FileNames.maxBytes)
        XCTAssertTrue(long.hasSuffix("я.xlsx"))
    }

    func testAZipBombIsStoppedByTheReadersLimitsAndTheOtherFormsAreRead() async throws {
        let (server, data) = try Support.server { $0.readerLimits.maxPartBytes = 1 << 20 }
        defer { try? FileManager.default.removeItem(at: data) }
        let forms = try Support.files(in: "Examples/forms/2024").prefix(3)
        try await server.application().test(.router) { client in
            let id = try await Support.submit(
                client, Array(forms) + [Support.file("Tests/Fixtures/reader/bad_bomb.xlsx", as: "форма школы.xlsx")])
            let job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "done")
            let s = try XCTUnwrap(job["summary"] as? [String: Any])
            XCTAssertEqual(s["organisations"] as? Int, 3)
            XCTAssertEqual(s["filesSkipped"] as? Int, 1)
            let bomb = try XCTUnwrap((s["files"] as? [[String: Any]])?.last)
            XCTAssertEqual(bomb["status"] as? String, "skipped")
            let message = ((bomb["messages"] as? [[String: Any]])?.first?["text"] as? String) ?? ""
            XCTAssertTrue(message.contains("zip-бомба") && message.contains("1 МиБ"), message)
            XCTAssertFalse(message.contains(data.path), "the server's folders are not shown: \(message)")
        }
    }

    func testATextFileIsNamedAndSkippedAndWithoutFormsThereIsNoWorkbook() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        try await server.application().test(.router) { client in
            let id = try await Support.submit(client, [("заметки.xlsx", Data("это не таблица, а текст".utf8))])
            let job = try await Support.wait(client, id)
            XCTAssertEqual(job["status"] as? String, "failed")
            XCTAssertTrue((job["error"] as? String ?? "").contains("Ни один файл не прочитан"), "\(job)")
            let s = try XCTUnwrap(job["summary"] as? [String: Any])
            let file = try XCTUnwrap((s["files"] as? [[String: Any]])?.first)
            XCTAssertEqual(file["status"] as? String, "skipped")
            let message = ((file["messages"] as? [[String: Any]])?.first?["text"] as? String) ?? ""
            XCTAssertTrue(message.contains("не файл XLSX"), message)
            let r = try await client.execute(uri: "/api/jobs/\(id)/workbook", method: .get)
            XCTAssertEqual(r.status, .conflict)
            XCTAssertTrue((try Support.json(r)["error"] as? String ?? "").contains("без свода"))
        }
    }

    func testAnOversizedUploadOrTooManyFilesIs413AndLeavesNothing() async throws {
        let (server, data) = try Support.server {
            $0.maxUploadBytes = 64 << 10
            $0.maxFilesPerJob = 3
        }
        defer { try? FileManager.default.removeItem(at: data) }
        let forms = try Support.files(in: "Examples/forms/2024")
        try await server.application().test(.router) { client in
            let (big, h1) = Support.multipart(Array(forms.prefix(3)) + [("большой.xlsx", Data(count: 70 << 10))])
            let r1 = try await client.execute(uri: "/api/jobs", method: .post, headers: h1, body: big)
            XCTAssertEqual(r1.status, .contentTooLarge)
            XCTAssertEqual(
                try Support.json(r1)["error"] as? String,
                "Слишком большая загрузка: больше 64 КиБ. Отправьте файлы несколькими заданиями или попросите администратора увеличить предел (--max-upload-mb)."
            )
            XCTAssertEqual(r1.headers[.connection], "close")
            let (many, h2) = Support.multipart(Array(forms.prefix(4)))
            let r2 = try await client.execute(uri: "/api/jobs", method: .post, headers: h2, body: many)
            XCTAssertEqual(r2.status, .contentTooLarge)
            XCTAssertTrue(
                (try Support.json(r2)["error"] as? String ?? "").hasPrefix(
                    "Слишком много файлов: в одном задании не больше 3"))
            XCTAssertEqual(
                try FileManager.default.contentsOfDirectory(atPath: data.path), [], "refused uploads leave no folder")
            // Within the limits the same server takes the job.
            _ = try await Support.submit(client, Array(forms.prefix(3)))
        }
    }

    func testTheReceiverCountsTheBytesItReceivesWhateverTheHeadersSay() throws {
        let dir = try Support.temporaryFolder("receiver")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (body, headers) = Support.multipart(
            [("a.xlsx", Data(count: 5000)), ("b.xlsx", Data(repeating: 7, count: 3000))], fields: [("year", "2024")])
        let boundary = try XCTUnwrap(MultipartReceiver.boundary(contentType: headers[.contentType]))
        let bytes = Array(body.readableBytesView)
        // In chunks of every size the parts come out whole (a boundary split across chunks included).
        for chunk in [1, 7, 64, 1000, bytes.count] {
            let sub = dir.appendingPathComponent("c\(chunk)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let r = MultipartReceiver(
                boundary: boundary, folder: sub, fileFields: ["files"], limits: .init(maxBytes: 1 << 20, maxFiles: 5))
            var i = 0
            while i < bytes.count { try r.feed(bytes[i..<min(i + chunk, bytes.count)]); i += chunk }
            try r.finish()
            XCTAssertEqual(r.files.map(\.size), [5000, 3000], "chunk \(chunk)")
            XCTAssertEqual(r.fields["year"], "2024")
            XCTAssertEqual(try Data(contentsOf: sub.appendingPathComponent("b.xlsx")), Data(repeating: 7, count: 3000))
        }
        // Past the limit it stops, however the body was announced.
        let small = MultipartReceiver(
            boundary: boundary, folder: dir, fileFields: ["files"], limits: .init(maxBytes: 6000, maxFiles: 5))
        XCTAssertThrowsError(try small.feed(bytes)) { XCTAssertEqual($0 as? UploadError, .tooLarge(limit: 6000)) }
        // A body cut short is not taken for a whole one.
        let cut = MultipartReceiver(
            boundary: boundary, folder: dir.appendingPathComponent("c1"), fileFields: ["other"],
            limits: .init(maxBytes: 1 << 20, maxFiles: 5))
        try cut.feed(bytes.prefix(bytes.count - 10))
        XCTAssertThrowsError(try cut.finish())
    }

    func testOffLoopbackATokenIsRequiredAndComparedInConstantTime() async throws {
        let token = "верный-ключ-2024"
        let (server, data) = try Support.server {
            $0.host = "0.0.0.0"
            $0.token = token
        }
        defer { try? FileManager.default.removeItem(at: data) }
        let forms = Array(try Support.files(in: "Examples/forms/2024").prefix(2))
        try await server.application().test(.router) { client in
            let (body, headers) = Support.multipart(forms)
            func post(_ extra: HTTPFields) async throws -> TestResponse {
                var h = headers
                h.append(contentsOf: extra)
                return try await client.execute(uri: "/api/jobs", method: .post, headers: h, body: body)
            }
            let none = try await post([:])
            XCTAssertEqual(none.status, .unauthorized)
            XCTAssertTrue((try Support.json(none)["error"] as? String ?? "").contains("Нужен ключ доступа"))
            for wrong in ["неверный-ключ-2024", String(token.dropLast()), token + "x", ""] {
                let r = try await post([.authorization: "Bearer \(wrong)"])
                XCTAssertEqual(r.status, wrong.isEmpty ? .unauthorized : .forbidden, wrong)
            }
            let bearer = try await post([.authorization: "Bearer \(token)"])
            XCTAssertEqual(bearer.status, .accepted)
            let header = try await post([HTTPField.Name("X-Mentoring-Token")!: token])
            XCTAssertEqual(header.status, .accepted)
            // Every job route needs it too, the page and /api/config do not.
            let status = try await client.execute(uri: "/api/jobs/\(JobStore.newID())", method: .get)
            XCTAssertEqual(status.status, .unauthorized)
            let page = try await client.execute(uri: "/", method: .get)
            XCTAssertEqual(page.status, .ok)
            let config = try Support.json(try await client.execute(uri: "/api/config", method: .get))
            XCTAssertEqual(config["tokenRequired"] as? Bool, true)
            XCTAssertEqual(config["authorised"] as? Bool, false)
            // The page logs in once; the cookie it gets is HttpOnly and SameSite=Strict, and it opens the API.
            let badLogin = try await client.execute(
                uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"token":"нет"}"#))
            XCTAssertEqual(badLogin.status, .forbidden)
            let login = try await client.execute(
                uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: ["token": token])))
            XCTAssertEqual(login.status, .noContent)
            let cookie = try XCTUnwrap(login.headers[.setCookie])
            XCTAssertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie)
            let withCookie = try await post([.cookie: String(cookie.prefix { $0 != ";" })])
            XCTAssertEqual(withCookie.status, .accepted)
        }
        XCTAssertTrue(AccessMiddleware.constantTimeEquals("abc", "abc"))
        XCTAssertFalse(AccessMiddleware.constantTimeEquals("abd", "abc"))
        XCTAssertFalse(AccessMiddleware.constantTimeEquals("ab", "abc"))
        XCTAssertFalse(AccessMiddleware.constantTimeEquals("abcd", "abc"))
        XCTAssertFalse(AccessMiddleware.constantTimeEquals("", "abc"))
    }

    func testARequestFromAnotherPageOrHostIsRefused() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        let forms = Array(try Support.files(in: "Examples/forms/2024").prefix(1))
        try await server.application().test(.router) { client in
            var (body, headers) = Support.multipart(forms)
            headers[.origin] = "http://evil.example"
            let r = try await client.execute(uri: "/api/jobs", method: .post, headers: headers, body: body)
            XCTAssertEqual(r.status, .forbidden)
            XCTAssertEqual(try Support.json(r)["error"] as? String, "Запрос с другой страницы отклонён.")
            headers[.origin] = "http://localhost"
            let same = try await client.execute(uri: "/api/jobs", method: .post, headers: headers, body: body)
            XCTAssertEqual(same.status, .accepted)
        }
        // Over a real connection: a Host that is not this computer's (DNS rebinding) is refused.
        try await server.application().test(.live) { client in
            let port = try XCTUnwrap(client.port)
            let foreign = try RawHTTP.exchange(
                port: port, "GET /api/config HTTP/1.1\r\nHost: rebind.evil.example\r\nConnection: close\r\n\r\n")
            XCTAssertTrue(foreign.hasPrefix("HTTP/1.1 403"), foreign)
            let local = try RawHTTP.exchange(
                port: port, "GET /api/config HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
            XCTAssertTrue(local.hasPrefix("HTTP/1.1 200"), local)
        }
    }

    func testAnAnnouncedHugeUploadIsAnswered413AndTheConnectionClosedUnread() async throws {
        let (server, data) = try Support.server { $0.maxUploadBytes = 1 << 20 }
        defer { try? FileManager.default.removeItem(at: data) }
        try await server.application().test(.live) { client in
            let port = try XCTUnwrap(client.port)
            // 10 GiB announced, a few bytes sent: the answer comes at once and the server closes the connection.
            let head =
                "POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + "Content-Length: \(10 << 30)\r\n\r\n--b\r\n"
            let started = Date()
            let answer = try RawHTTP.exchange(port: port, head)
            XCTAssertTrue(answer.hasPrefix("HTTP/1.1 413"), answer)
            XCTAssertTrue(answer.contains("Слишком большая загрузка"), answer)
            XCTAssertLessThan(Date().timeIntervalSince(started), 20, "the connection was closed, not drained")
        }
    }

    func testUnknownIdsAndPathsAre404WithARussianMessage() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        try await server.application().test(.router) { client in
            for uri in [
                "/api/jobs/\(JobStore.newID())", "/api/jobs/\(JobStore.newID())/workbook",
                "/api/jobs/\(JobStore.newID())/mapping",
                "/api/jobs/..%2F..%2Fetc", "/api/jobs/ZZZ", "/api/nothing", "/etc/passwd", "/../Package.swift"
            ] {
                let r = try await client.execute(uri: uri, method: .get)
                XCTAssertEqual(r.status, .notFound, uri)
                XCTAssertEqual(r.headers[.contentType], "application/json; charset=utf-8", uri)
                let message = try XCTUnwrap(try Support.json(r)["error"] as? String, uri)
                XCTAssertTrue(message.hasPrefix("Задание не найдено") || message.hasPrefix("Не найдено"), message)
            }
            let json = try await client.execute(
                uri: "/api/jobs", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: "{}"))
            XCTAssertEqual(json.status, .unsupportedMediaType)
            XCTAssertTrue((try Support.json(json)["error"] as? String ?? "").contains("multipart/form-data"))
            let (empty, h) = Support.multipart([], fields: [("year", "2024")])
            let none = try await client.execute(uri: "/api/jobs", method: .post, headers: h, body: empty)
            XCTAssertEqual(none.status, .badRequest)
            XCTAssertTrue((try Support.json(none)["error"] as? String ?? "").hasPrefix("Не выбрано ни одного файла"))
            let (one, h1) = Support.multipart([("a.xlsx", Data("x".utf8))], fields: [("year", "двадцать")])
            let year = try await client.execute(uri: "/api/jobs", method: .post, headers: h1, body: one)
            XCTAssertEqual(year.status, .badRequest)
            XCTAssertTrue((try Support.json(year)["error"] as? String ?? "").contains("Отчётный год"))
        }
    }

    func testEveryAnswerCarriesTheSecurityHeadersAndThePageHasNoInlineCodeOrExternalResources() async throws {
        let (server, data) = try Support.server()
        defer { try? FileManager.default.removeItem(at: data) }
        try await server.application().test(.router) { client in
            var page = ""
            for uri in ["/", "/app.js", "/style.css", "/palette.css", "/api/config", "/api/nothing"] {
                let r = try await client.execute(uri: uri, method: .get)
                let csp = try XCTUnwrap(r.headers[HTTPField.Name("Content-Security-Policy")!], uri)
                XCTAssertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), csp)
                XCTAssertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp)
                XCTAssertEqual(r.headers[HTTPField.Name("X-Content-Type-Options")!], "nosniff", uri)
                XCTAssertEqual(r.headers[HTTPField.Name("X-Frame-Options")!], "DENY", uri)
                XCTAssertEqual(r.headers[.cacheControl], uri.hasPrefix("/api/") ? "no-store" : "no-cache", uri)
                if r.status == .ok && !uri.hasPrefix("/api/") { page += String(buffer: r.body) }
            }
            // No script or style inline (the CSP would block it), nothing from another site.
            XCTAssertNil(page.range(of: #"<script(?![^>]*\ssrc=)[^>]*>"#, options: .regularExpression), "inline script")
            XCTAssertNil(page.range(of: #"\sstyle\s*=\s*["']"#, options: .regularExpression), "inline style attribute")
            XCTAssertNil(page.range(of: "<style"), "style element")
            XCTAssertNil(page.range(of: #"\son[a-z]+\s*=\s*["']"#, options: .regularExpression), "inline event handler")
            XCTAssertNil(
                page.range(of: #"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}"#, options: [.regularExpression, .caseInsensitive]),
                "external resource")
            XCTAssertNil(page.range(of: "innerHTML"), "texts from the server go in as text only")
            // The palette of the heat map is Templates/palette.tsv's.
            let palette = String(buffer: try await client.execute(uri: "/palette.css", method: .get).body)
            XCTAssertTrue(palette.contains(".dyn-positive { background: #C6EFCE; color: #006100; }"), palette)
            XCTAssertTrue(
                palette.contains(".dyn-conditionally_positive { background: #E2EFDA; color: #375623; }"), palette)
        }
    }
}

/// One HTTP exchange over a plain socket: sends `request` (as it is), reads until the server closes or 10 s pass.
enum RawHTTP {
    static func exchange(port: Int, _ request: String) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard ok == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var out = [UInt8]()
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buf, buf.count, 0)
            if n <= 0 { break }
            out += buf[0..<n]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
