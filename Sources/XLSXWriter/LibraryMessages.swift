import CXLSXWriter
import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// libxlsxwriter says what went wrong with `fprintf(stderr, "[ERROR] workbook_close(): …")` and
/// `"[WARNING]: …"` — an English line on the user's terminal before our Russian message (`XLSXWriteError`). Those
/// lines go to the log instead (`logger`, label `mentoring.libxlsxwriter`: `[ERROR]` at `.error`, `[WARNING]` at
/// `.warning`); the program decides where its log goes.
///
/// How: C's `stderr` is a `FILE *` variable, and glibc lets a program set it. It is set once, when the first
/// workbook is made, to an unbuffered stdio stream whose writes call `route` (glibc's `fopencookie`). `route`
/// sends libxlsxwriter's lines to the logger and writes every other line unchanged to file descriptor 2, where it
/// would have gone. A log handler that itself writes to C's `stderr` (swift-log's `StreamLogHandler` may) calls
/// `route` again from inside it, on the same thread: that write goes straight to file descriptor 2. (Unbuffered,
/// so that such a nested write never finds the library's line still in the stream's buffer.) This rather than
/// redirecting file descriptor 2 around the library calls: a redirect is
/// process-wide, so while one thread's `workbook_close` runs it would swallow what other threads write to the
/// terminal (our own messages, progress), and serialising the calls against that would serialise the cards, which
/// are written in parallel; here nothing else changes, and each library message is logged by the thread that made
/// it, at once (no pipe to drain, no thread to wait for before the program exits). glibc locks a stream for each
/// `fprintf`, so lines of different threads never mix and `route` runs one call at a time.
public enum LibraryMessages {
    /// Where libxlsxwriter's lines go. Set it (e.g. its level) before the first workbook is made.
    nonisolated(unsafe) public static var logger = Logger(label: "mentoring.libxlsxwriter")

    /// Installs the stream once (see above); called when a workbook is made.
    static let installed: Void = {
        let io = mentoring_cookie_io_functions(
            read: nil,
            write: { _, buffer, size in
                guard let buffer else { return 0 }
                LibraryMessages.route(UnsafeRawBufferPointer(start: buffer, count: size))
                return size
            }, seek: nil, close: nil)
        guard let stream = mentoring_fopencookie(nil, "w", io) else { return }
        setvbuf(stream, nil, _IONBF, 0)
        stderr = stream
    }()

    /// A line begun in one write and not yet ended (under the stream's lock).
    nonisolated(unsafe) private static var pending: [UInt8] = []

    /// Whether `route` is running: the stream's lock is held, so a call while it runs is from the same thread (the
    /// logger writing to C's `stderr`).
    nonisolated(unsafe) private static var routing = false

    /// One write to C's `stderr`: each whole line to the logger (libxlsxwriter's) or to file descriptor 2 (the rest).
    static func route(_ bytes: UnsafeRawBufferPointer) {
        if routing { return writeThrough(Array(bytes)) }
        routing = true
        defer { routing = false }
        pending += bytes
        while let newline = pending.firstIndex(of: 0x0A) {
            let line = Array(pending[...newline])
            pending.removeSubrange(...newline)
            deliver(line)
        }
        // What cannot become a library line is not held back (a prompt without a newline).
        if let first = pending.first, first != UInt8(ascii: "[") {
            deliver(pending)
            pending = []
        }
    }

    private static func deliver(_ line: [UInt8]) {
        let text = String(decoding: line, as: UTF8.self)
        if text.hasPrefix("[ERROR]") {
            logger.error("\(text.trimmingCharacters(in: .whitespacesAndNewlines))")
        } else if text.hasPrefix("[WARNING]") {
            logger.warning("\(text.trimmingCharacters(in: .whitespacesAndNewlines))")
        } else {
            writeThrough(line)
        }
    }

    private static func writeThrough(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = write(2, raw.baseAddress! + done, raw.count - done)
                if n <= 0 { break }
                done += n
            }
        }
    }
}
