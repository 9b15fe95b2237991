import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Why an upload was refused.
enum UploadError: Error, Equatable {
    /// More bytes than the limit (HTTP 413).
    case tooLarge(limit: Int)
    /// More files than the limit (HTTP 413).
    case tooManyFiles(limit: Int)
    /// Not a well-formed `multipart/form-data` body (HTTP 400), with what is wrong.
    case malformed(String)
    /// A file could not be stored (HTTP 500).
    case storage(String)
}

/// A `multipart/form-data` body received as it streams in: the parts of the file fields go straight to files in
/// one folder (under names from `FileNames`, never the client's), the short text fields stay in memory. The
/// limits are counted on the bytes actually received, whatever `Content-Length` said.
final class MultipartReceiver {
    struct Limits {
        /// Largest body in bytes.
        var maxBytes: Int
        /// Most files in one body.
        var maxFiles: Int
        /// Longest text field and longest block of part headers.
        var maxFieldBytes = 4096
        var maxHeaderBytes = 16384
    }

    /// A file stored from the body: the name the client gave and the name on disk.
    struct StoredFile: Equatable {
        var clientName: String
        var storedName: String
        var size: Int
    }

    private(set) var files: [StoredFile] = []
    private(set) var fields: [String: String] = [:]

    private let delimiter: [UInt8]
    private let folder: URL
    private let fileFields: Set<String>
    private let limits: Limits
    private var taken: Set<String>

    private enum State { case preamble, afterBoundary, headers, body, epilogue }
    private enum Sink { case file(Int32, Int), field(String, [UInt8]), discard }
    private var state = State.preamble
    private var sink = Sink.discard
    private var buffer: [UInt8] = Array("\r\n".utf8)  // so that the first boundary looks like every other one
    private var received = 0

    /// - Parameters:
    ///   - boundary: the boundary of the body's `Content-Type`.
    ///   - folder: where the files go (it exists).
    ///   - fileFields: the names of the fields whose parts are files (`files`).
    ///   - taken: names already used in the folder.
    init(boundary: String, folder: URL, fileFields: Set<String>, limits: Limits, taken: Set<String> = []) {
        delimiter = Array("\r\n--\(boundary)".utf8)
        self.folder = folder
        self.fileFields = fileFields
        self.limits = limits
        self.taken = taken
    }

    deinit { closeSink() }

    /// The boundary of a `multipart/form-data` content type, or nil when the type is another one.
    static func boundary(contentType: String?) -> String? {
        guard let contentType else { return nil }
        let params = HeaderParameters(contentType)
        guard params.value.lowercased() == "multipart/form-data", let b = params["boundary"], !b.isEmpty,
            b.utf8.count <= 200
        else { return nil }
        return b
    }

    /// Takes the next bytes of the body.
    func feed<Bytes: Collection>(_ bytes: Bytes) throws where Bytes.Element == UInt8 {
        received += bytes.count
        if received > limits.maxBytes { throw UploadError.tooLarge(limit: limits.maxBytes) }
        if state == .epilogue { return }
        buffer.append(contentsOf: bytes)
        try process()
    }

    /// The body has ended: it must have ended with the closing boundary.
    func finish() throws {
        closeSink()
        guard state == .epilogue else {
            throw UploadError.malformed(
                received == 0 ? "пустой запрос" : "запрос оборвался: нет завершающей границы multipart")
        }
    }

    private func process() throws {
        var start = 0
        defer { buffer.removeFirst(start) }
        while true {
            switch state {
            case .preamble:
                guard let i = find(delimiter, from: start) else {
                    start = max(start, buffer.count - delimiter.count + 1)
                    return
                }
                start = i + delimiter.count
                state = .afterBoundary
            case .afterBoundary:
                guard buffer.count - start >= 2 else { return }
                if buffer[start] == UInt8(ascii: "-") && buffer[start + 1] == UInt8(ascii: "-") {
                    state = .epilogue
                    start = buffer.count
                    return
                }
                // Transport padding (spaces, tabs) may stand between the boundary and its line end.
                var j = start
                while j < buffer.count, buffer[j] == 0x20 || buffer[j] == 0x09 { j += 1 }
                guard buffer.count - j >= 2 else { return }
                guard buffer[j] == 0x0D && buffer[j + 1] == 0x0A else {
                    throw UploadError.malformed("после границы multipart нет перевода строки")
                }
                start = j + 2
                state = .headers
            case .headers:
                guard buffer.count - start >= 2 else { return }
                // A part without any header line: its headers end at once.
                if buffer[start] == 0x0D && buffer[start + 1] == 0x0A {
                    try beginPart(headers: [:])
                    start += 2
                    state = .body
                    continue
                }
                guard let end = find(Array("\r\n\r\n".utf8), from: start) else {
                    if buffer.count - start > limits.maxHeaderBytes {
                        throw UploadError.malformed("слишком длинные заголовки части")
                    }
                    return
                }
                if end - start > limits.maxHeaderBytes {
                    throw UploadError.malformed("слишком длинные заголовки части")
                }
                try beginPart(headers: Self.parseHeaders(buffer[start..<end]))
                start = end + 4
                state = .body
            case .body:
                if let i = find(delimiter, from: start) {
                    try write(buffer[start..<i])
                    closeSink()
                    start = i + delimiter.count
                    state = .afterBoundary
                } else {
                    let keep = max(start, buffer.count - delimiter.count + 1)
                    try write(buffer[start..<keep])
                    start = keep
                    return
                }
            case .epilogue:
                start = buffer.count
                return
            }
        }
    }

    /// The first place of `needle` in the buffer at or after `from` (memchr for its first byte, then memcmp).
    private func find(_ needle: [UInt8], from: Int) -> Int? {
        let n = needle.count
        guard n > 0, buffer.count - from >= n else { return nil }
        return buffer.withUnsafeBufferPointer { hay -> Int? in
            let base = hay.baseAddress!
            let last = hay.count - n
            var i = from
            while i <= last {
                guard let p = memchr(base + i, Int32(needle[0]), last - i + 1) else { return nil }
                let j = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                if needle.withUnsafeBufferPointer({ memcmp(base + j, $0.baseAddress!, n) }) == 0 { return j }
                i = j + 1
            }
            return nil
        }
    }

    private func beginPart(headers: [String: String]) throws {
        let disposition = HeaderParameters(headers["content-disposition"] ?? "")
        let name = disposition["name"] ?? ""
        if fileFields.contains(name) {
            let clientName = disposition["filename*"].flatMap(Self.decodeExtended) ?? disposition["filename"] ?? ""
            // A file input with nothing chosen sends one part with an empty name and no bytes.
            if clientName.isEmpty && disposition["filename"] != nil { sink = .discard; return }
            if files.count >= limits.maxFiles { throw UploadError.tooManyFiles(limit: limits.maxFiles) }
            let stored = FileNames.safe(clientName, taken: &taken)
            let path = folder.appendingPathComponent(stored).path
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw UploadError.storage("файл не сохранён (ошибка \(errno))") }
            files.append(StoredFile(clientName: clientName.isEmpty ? stored : clientName, storedName: stored, size: 0))
            sink = .file(fd, files.count - 1)
        } else if !name.isEmpty && disposition["filename"] == nil && fields[name] == nil {
            sink = .field(name, [])
        } else {
            sink = .discard
        }
    }

    private func write(_ bytes: ArraySlice<UInt8>) throws {
        guard !bytes.isEmpty else { return }
        switch sink {
        case .file(let fd, let index):
            try bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw UploadError.storage("файл не сохранён (ошибка \(errno))")
                    }
                    offset += n
                }
            }
            files[index].size += bytes.count
        case .field(let name, var value):
            value += bytes
            if value.count > limits.maxFieldBytes { throw UploadError.malformed("поле «\(name)» слишком длинное") }
            sink = .field(name, value)
        case .discard:
            break
        }
    }

    private func closeSink() {
        switch sink {
        case .file(let fd, _): close(fd)
        case .field(let name, let value): fields[name] = String(decoding: value, as: UTF8.self)
        case .discard: break
        }
        sink = .discard
    }

    /// Header lines of a part, names in lower case.
    static func parseHeaders(_ bytes: ArraySlice<UInt8>) -> [String: String] {
        var out: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            out[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] = line[line.index(after: colon)...]
                .trimmingCharacters(in: .whitespaces)
        }
        return out
    }

    /// RFC 5987 `UTF-8''%D0%B0.xlsx`.
    static func decodeExtended(_ value: String) -> String? {
        let parts = value.components(separatedBy: "'")
        guard parts.count == 3, parts[0].lowercased() == "utf-8" else { return nil }
        return parts[2].removingPercentEncoding
    }
}

/// `value; a=1; b="x \"y\""`: the value before the first «;» and the parameters, names in lower case.
struct HeaderParameters {
    let value: String
    private var params: [String: String] = [:]

    subscript(name: String) -> String? { params[name] }

    init(_ header: String) {
        var chars = Substring(header)
        func skipSpaces() { while let c = chars.first, c == " " || c == "\t" { chars.removeFirst() } }
        var v = ""
        while let c = chars.first, c != ";" { v.append(c); chars.removeFirst() }
        value = v.trimmingCharacters(in: .whitespaces)
        while chars.first == ";" {
            chars.removeFirst()
            skipSpaces()
            var name = ""
            while let c = chars.first, c != "=", c != ";" { name.append(c); chars.removeFirst() }
            guard chars.first == "=" else { continue }
            chars.removeFirst()
            skipSpaces()
            var val = ""
            if chars.first == "\"" {
                chars.removeFirst()
                while let c = chars.first {
                    chars.removeFirst()
                    if c == "\\", let next = chars.first { val.append(next); chars.removeFirst(); continue }
                    if c == "\"" { break }
                    val.append(c)
                }
                while let c = chars.first, c != ";" { chars.removeFirst() }
            } else {
                while let c = chars.first, c != ";" { val.append(c); chars.removeFirst() }
                val = val.trimmingCharacters(in: .whitespaces)
            }
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if params[key] == nil { params[key] = val }
        }
    }
}
