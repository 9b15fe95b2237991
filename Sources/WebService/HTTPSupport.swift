import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The request context of the service: Hummingbird's, with the connection (to close it after refusing an
/// upload, so that an oversized body is not read to its end).
package struct ServiceContext: RequestContext {
    package var coreContext: CoreRequestContextStorage
    let channel: any Channel

    package init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// JSON bodies (decisions) are small.
    package var maxUploadSize: Int { 1 << 20 }
}

/// An error answered as JSON with a Russian message: `{"error": "…"}`.
struct APIError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    /// Close the connection after the answer (the client is still sending a body we will not read).
    var closeConnection = false

    init(_ status: HTTPResponse.Status, _ message: String, closeConnection: Bool = false) {
        self.status = status
        self.message = message
        self.closeConnection = closeConnection
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        JSON.response(["error": message], status: status)
    }

    static func notFound(_ what: String = "Не найдено") -> APIError { APIError(.notFound, what) }

    static func tooLarge(_ limit: Int) -> APIError {
        APIError(
            .contentTooLarge,
            "Слишком большая загрузка: больше \(Sizes.text(limit)). Отправьте файлы несколькими заданиями или попросите администратора увеличить предел (--max-upload-mb).",
            closeConnection: true)
    }

    static func tooManyFiles(_ limit: Int) -> APIError {
        APIError(
            .contentTooLarge,
            "Слишком много файлов: в одном задании не больше \(limit). Отправьте их несколькими заданиями или соберите в сводную выгрузку.",
            closeConnection: true)
    }
}

enum Sizes {
    /// «256 МиБ», «1,5 МиБ», «900 КиБ».
    static func text(_ bytes: Int) -> String {
        if bytes >= 1 << 20 {
            let m = Double(bytes) / Double(1 << 20)
            return
                (m == m.rounded() ? String(Int(m)) : String(format: "%.1f", m).replacingOccurrences(of: ".", with: ","))
                + " МиБ"
        }
        return "\(max(1, bytes >> 10)) КиБ"
    }
}

enum JSON {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }()

    /// The value as JSON. Every occurrence of a folder in `hiding` (the job's folder on the server) is cut out,
    /// so that a file is named as the user gave it and no response tells where the server keeps its files.
    static func response(
        _ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:],
        hiding folders: [URL] = []
    ) -> Response {
        var data = (try? encoder.encode(value)) ?? Data("{\"error\":\"ответ не сформирован\"}".utf8)
        if !folders.isEmpty, var text = String(data: data, encoding: .utf8) {
            for f in folders.map({ $0.standardizedFileURL.path }).sorted(by: { $0.count > $1.count }) where !f.isEmpty {
                text = text.replacingOccurrences(of: f + "/", with: "").replacingOccurrences(of: f, with: "")
            }
            data = Data(text.utf8)
        }
        var h = headers
        h[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: h, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension HTTPField.Name {
    static let contentSecurityPolicy = HTTPField.Name("Content-Security-Policy")!
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let openerPolicy = HTTPField.Name("Cross-Origin-Opener-Policy")!
    static let resourcePolicy = HTTPField.Name("Cross-Origin-Resource-Policy")!
    static let mentoringToken = HTTPField.Name("X-Mentoring-Token")!
}

/// Every answer: JSON errors with a Russian message (also for unknown paths and unexpected failures), and the
/// security headers: a CSP without inline script or style, nosniff, no framing, no referrer, and no caching of
/// anything under /api/ (results are private to the job's holder).
struct SecurityMiddleware: RouterMiddleware {
    typealias Context = ServiceContext

    static let csp =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response)
        async throws -> Response
    {
        var response: Response
        var close = false
        do {
            response = try await next(request, context)
        } catch let e as APIError {
            response = try e.response(from: request, context: context)
            close = e.closeConnection
        } catch let e as HTTPError {
            let message: String
            switch e.status {
            case .notFound: message = "Не найдено: \(request.uri.path)"
            case .contentTooLarge: message = "Слишком большой запрос."
            case .badRequest: message = "Неверный запрос."
            case .methodNotAllowed: message = "Этот метод здесь не поддерживается."
            default: message = "Ошибка запроса (\(e.status.code))."
            }
            response = JSON.response(["error": message], status: e.status)
        } catch {
            context.logger.error("ошибка при ответе", metadata: ["error": "\(error)"])
            response = JSON.response(["error": "Внутренняя ошибка сервера."], status: .internalServerError)
        }
        response.headers[.contentSecurityPolicy] = Self.csp
        response.headers[.contentTypeOptions] = "nosniff"
        response.headers[.frameOptions] = "DENY"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.openerPolicy] = "same-origin"
        response.headers[.resourcePolicy] = "same-origin"
        response.headers[.cacheControl] = request.uri.path.hasPrefix("/api/") ? "no-store" : "no-cache"
        if close {
            // The rest of the body is not wanted: answer, then close the connection instead of reading it.
            response.headers[.connection] = "close"
            let channel = context.channel
            let body = response.body
            response.body = ResponseBody(contentLength: body.contentLength) { writer in
                try await body.write(writer)
                channel.eventLoop.scheduleTask(in: .milliseconds(200)) { channel.close(promise: nil) }
            }
        }
        return response
    }
}

/// Who may use the API. With a token (`--token`, required off loopback) every /api/ request but /api/config and
/// /api/login carries it — `Authorization: Bearer …`, `X-Mentoring-Token` or the page's cookie — compared in
/// constant time. Without one (loopback only) the Host must be a loopback name, so that a foreign site cannot reach
/// the service through DNS rebinding. A request that changes something and comes from another page (its Origin is
/// not this service) is refused either way.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = ServiceContext
    static let cookieName = "mentoring_token"
    let token: String?

    func handle(_ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response)
        async throws -> Response
    {
        let path = request.uri.path
        if token == nil, let host = request.head.authority, !Self.isLoopbackAuthority(host) {
            throw APIError(
                .forbidden,
                "Доступ по адресу «\(host)» закрыт: служба запущена только для этого компьютера (127.0.0.1).")
        }
        if request.method != .get && request.method != .head, let origin = request.headers[.origin],
            !Self.sameOrigin(origin, request.head.authority)
        {
            throw APIError(.forbidden, "Запрос с другой страницы отклонён.")
        }
        if let token, path.hasPrefix("/api/"), path != "/api/config", path != "/api/login" {
            guard let given = Self.presentedToken(request) else {
                throw APIError(
                    .unauthorized,
                    "Нужен ключ доступа: введите его на странице или передайте в заголовке Authorization: Bearer …")
            }
            guard Self.constantTimeEquals(given, token) else { throw APIError(.forbidden, "Неверный ключ доступа.") }
        }
        return try await next(request, context)
    }

    /// The token a request carries, if any.
    static func presentedToken(_ request: Request) -> String? {
        if let auth = request.headers[.authorization], auth.lowercased().hasPrefix("bearer ") {
            return String(auth.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        }
        if let t = request.headers[.mentoringToken] { return t }
        if let c = request.cookies[cookieName]?.value, let t = Hex.decode(c) { return t }
        return nil
    }

    /// Compares in time that depends only on the expected token's length, never on where they differ.
    static func constantTimeEquals(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        var diff: UInt8 = a.count == b.count ? 0 : 1
        for i in 0..<b.count { diff |= b[i] ^ (i < a.count ? a[i] : 0) }
        return diff == 0
    }

    static func isLoopbackAuthority(_ authority: String) -> Bool {
        var host = authority.lowercased()
        if host.hasPrefix("[") {
            host = String(host.dropFirst().prefix { $0 != "]" })
        } else if let colon = host.lastIndex(of: ":") {
            host = String(host[..<colon])
        }
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    static func sameOrigin(_ origin: String, _ authority: String?) -> Bool {
        guard let authority, let url = URL(string: origin), let host = url.host else { return false }
        let port = url.port.map { ":\($0)" } ?? ""
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return (hostPart + port).lowercased() == authority.lowercased()
    }
}

enum Hex {
    static func encode(_ s: String) -> String { s.utf8.map { String(format: "%02x", $0) }.joined() }

    static func decode(_ hex: String) -> String? {
        guard hex.count % 2 == 0, hex.count <= 2048 else { return nil }
        var bytes: [UInt8] = []
        var i = hex.startIndex
        while i < hex.endIndex {
            let j = hex.index(i, offsetBy: 2)
            guard let b = UInt8(hex[i..<j], radix: 16) else { return nil }
            bytes.append(b)
            i = j
        }
        return String(bytes: bytes, encoding: .utf8)
    }
}
