import CZip
import Foundation

/// A read-only zip archive over libzip. Entry names are only used as keys, never as paths on disk.
package final class ZipArchive {
    let path: String
    let limits: ReaderLimits
    private let handle: OpaquePointer
    /// The file's bytes when it was read into memory (libzip reads the entries from them).
    private let memory: UnsafeMutableRawPointer?
    /// Entry name as a key (`key(_:)`) → entry index; OOXML part names are case-insensitive. Two entries with
    /// one key are refused: which of them a reader takes would be a guess.
    private(set) var entries: [String: UInt64] = [:]
    /// Bytes inflated so far from all entries, against `ReaderLimits.maxTotalBytes` (under `lock`).
    var totalInflated: Int64 = 0
    /// libzip's archive is not safe for two threads at once (its entries share one file source): every call
    /// into it holds this lock, so a large sheet inflated ahead on a second thread (`InflateAhead`) and a part
    /// opened meanwhile (the shared strings, when the first cell needs them) take turns.
    let lock = NSLock()

    package init(path: String, limits: ReaderLimits) throws {
        self.path = path
        self.limits = limits
        var code: Int32 = 0
        let opened: (OpaquePointer, UnsafeMutableRawPointer?)?
        if let bytes = ZipArchive.readSmallFile(path, limit: limits.inMemoryBytes) {
            // A small file (a form) is read with one system call and unzipped from memory: libzip would seek and
            // read the file part by part.
            var err = zip_error_t()
            zip_error_init(&err)
            defer { zip_error_fini(&err) }
            if let source = zip_source_buffer_create(bytes.base, zip_uint64_t(bytes.count), 0, &err) {
                if let za = zip_open_from_source(source, ZIP_RDONLY, &err) {
                    opened = (za, bytes.base)
                } else {
                    zip_source_free(source)
                    bytes.base?.deallocate()
                    opened = nil
                }
            } else {
                bytes.base?.deallocate()
                opened = nil
            }
            code = zip_error_code_zip(&err)
        } else {
            opened = zip_open(path, ZIP_RDONLY, &code).map { ($0, nil) }
        }
        guard let (za, memory) = opened else {
            var err = zip_error_t()
            zip_error_init_with_code(&err, code)
            defer { zip_error_fini(&err) }
            let reason = String(cString: zip_error_strerror(&err))
            let detail: String
            switch code {
            case ZIP_ER_NOZIP: detail = "нет оглавления архива — файл обрезан (не докачан) или повреждён"
            case ZIP_ER_INCONS: detail = "оглавление архива противоречит его содержимому"
            case ZIP_ER_OPEN, ZIP_ER_READ: detail = "файл не удалось прочитать (\(reason))"
            default: detail = reason
            }
            throw XLSXReadError(.corruptZip, file: path, "архив ZIP повреждён или обрезан: \(detail)")
        }
        self.memory = memory
        handle = za
        let count = zip_get_num_entries(za, 0)
        // From here on `deinit` releases the archive, also when the initialiser throws.
        guard count <= Int64(limits.maxEntries) else {
            throw XLSXReadError(
                .limitExceeded, file: path,
                "в архиве \(count) частей — больше допустимых \(limits.maxEntries)")
        }
        for i in 0..<UInt64(max(count, 0)) {
            guard let raw = zip_get_name(za, i, ZIP_FL_ENC_GUESS) else { continue }
            let key = ZipArchive.key(String(cString: raw))
            if entries[key] != nil {
                throw XLSXReadError(.corruptZip, file: path, "в архиве дважды встречается часть «\(key)»")
            }
            entries[key] = i
        }
    }

    deinit {
        zip_discard(handle)
        memory?.deallocate()
    }

    /// The bytes of a regular file of at most `limit` bytes (`ReaderLimits.inMemoryBytes`) (nil otherwise, or when it
    /// cannot be read:
    /// libzip then opens it and reports why).
    private static func readSmallFile(_ path: String, limit: Int) -> (base: UnsafeMutableRawPointer?, count: Int)? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { Glibc.close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size <= limit else { return nil }
        let size = Int(st.st_size)
        let base = UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: 16)
        var done = 0
        while done < size {
            let n = Glibc.read(fd, base + done, size - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { base.deallocate(); return nil }
            done += n
        }
        return (base, size)
    }

    /// The lookup key of an entry name: lower case, no leading "/", and "\\" read as "/" (some Windows
    /// programs write `xl\\workbook.xml`, which Excel and other readers accept).
    static func key(_ name: String) -> String {
        // Most names are already keys: lower-case ASCII without a leading slash or a backslash.
        if name.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) && $0 != 0x5C }), name.utf8.first != 0x2F {
            return name
        }
        let name = name.utf8.contains(UInt8(ascii: "\\")) ? name.replacingOccurrences(of: "\\", with: "/") : name
        var s = Substring(name)
        while s.hasPrefix("/") { s = s.dropFirst() }
        return s.lowercased()
    }

    package func contains(_ name: String) -> Bool { entries[ZipArchive.key(name)] != nil }

    /// Opens an entry for streaming; throws `.missingPart` when absent.
    package func open(_ name: String) throws -> EntryStream {
        guard let index = entries[ZipArchive.key(name)] else {
            throw XLSXReadError(.missingPart, file: path, "нет обязательной части «\(name)»")
        }
        lock.lock()
        defer { lock.unlock() }
        var st = zip_stat_t()
        zip_stat_init(&st)
        zip_stat_index(handle, index, 0, &st)
        let compressed = (st.valid & UInt64(ZIP_STAT_COMP_SIZE)) != 0 ? Int64(st.comp_size) : 0
        guard let zf = zip_fopen_index(handle, index, 0) else {
            let err = zip_get_error(handle)
            let code = zip_error_code_zip(err)
            let reason = String(cString: zip_error_strerror(err))
            if code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP {
                throw XLSXReadError(.encrypted, file: path, location: "часть «\(name)»", "часть зашифрована паролем")
            }
            throw XLSXReadError(.corruptZip, file: path, location: "часть «\(name)»", "не удалось открыть (\(reason))")
        }
        return EntryStream(archive: self, file: zf, name: name, compressedSize: compressed)
    }

    /// Reads a whole (small) entry into memory, within the limits.
    func readAll(_ name: String) throws -> Data {
        let stream = try open(name)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = try buffer.withUnsafeMutableBytes { try stream.read(into: $0.baseAddress!, count: $0.count) }
            if n == 0 { break }
            data.append(buffer, count: n)
        }
        return data
    }
}

/// The inflated bytes of one zip entry, counted against the limits as they come.
package final class EntryStream {
    let archive: ZipArchive
    let name: String
    private var file: OpaquePointer?
    /// The entry's size in the archive (0 when libzip does not know it).
    let compressedSize: Int64
    private(set) var inflated: Int64 = 0
    /// The error that stopped the stream, for the XML layer to report instead of its own.
    private(set) var failure: XLSXReadError?

    init(archive: ZipArchive, file: OpaquePointer, name: String, compressedSize: Int64) {
        self.archive = archive
        self.file = file
        self.name = name
        self.compressedSize = compressedSize
    }

    deinit { close() }

    func close() {
        guard let f = file else { return }
        archive.lock.lock()
        zip_fclose(f)
        archive.lock.unlock()
        file = nil
    }

    /// Reads up to `count` bytes; 0 at the end. Throws on a damaged entry or a broken limit.
    package func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        if let failure { throw failure }
        guard let f = file else { return 0 }
        archive.lock.lock()
        let n = zip_fread(f, buffer, zip_uint64_t(count))
        if n > 0 { archive.totalInflated += Int64(n) }
        let total = archive.totalInflated
        archive.lock.unlock()
        if n < 0 {
            let reason = String(cString: zip_error_strerror(zip_file_get_error(f)))
            let code = zip_error_code_zip(zip_file_get_error(f))
            let what =
                code == ZIP_ER_CRC
                ? "контрольная сумма (CRC) не сходится — файл повреждён" : "ошибка распаковки (\(reason))"
            return try fail(XLSXReadError(.corruptZip, file: archive.path, location: "часть «\(name)»", what))
        }
        inflated += Int64(n)
        let limits = archive.limits
        if inflated > limits.maxPartBytes {
            return try fail(
                XLSXReadError(
                    .limitExceeded, file: archive.path, location: "часть «\(name)»",
                    "распакованный размер превысил предел \(limits.maxPartBytes >> 20) МиБ (возможна «zip-бомба»)"))
        }
        if total > limits.maxTotalBytes {
            return try fail(
                XLSXReadError(
                    .limitExceeded, file: archive.path, location: "часть «\(name)»",
                    "общий распакованный размер превысил предел \(limits.maxTotalBytes >> 20) МиБ"))
        }
        if inflated > limits.ratioFloorBytes, compressedSize > 0,
            inflated / compressedSize > limits.maxCompressionRatio
        {
            return try fail(
                XLSXReadError(
                    .limitExceeded, file: archive.path, location: "часть «\(name)»",
                    "степень сжатия больше \(limits.maxCompressionRatio):1 (возможна «zip-бомба»)"))
        }
        return Int(n)
    }

    private func fail(_ error: XLSXReadError) throws -> Int {
        failure = error
        close()
        throw error
    }
}
