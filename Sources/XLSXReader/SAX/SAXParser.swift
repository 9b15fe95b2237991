import CXML2
import Foundation

/// libxml2's push parser with SAX2 callbacks, fed with the inflated bytes of one zip entry a chunk at a time.
///
/// Hardened for hostile input: no DTD (a DOCTYPE stops the parse as forbidden, before its internal subset is
/// read), no entity but the five predefined ones, no network, bounded element depth; libxml2's own limits
/// (no `XML_PARSE_HUGE`) stay on, and texts the sinks collect are bounded by `maxTextBytes`.
///
/// A parser context is expensive to make (a dictionary, input buffers, node stacks), so contexts are kept in
/// `ParserPool` and reset for each part: a thread that reads thousands of small forms makes one or two.
package final class SAXParser {
    /// Inflated bytes handed to libxml2 per call.
    package static let chunkSize = 256 << 10
    /// Longest text a sink collects for one value (libxml2's own limit for a text node without HUGE).
    static let maxTextBytes = 10_000_000

    private let context: xmlParserCtxtPtr
    private let buffer: UnsafeMutableRawPointer
    private var entry: EntryStream?
    private var ahead: InflateAhead?
    private var sink: SAXSink?
    private var finished = true
    /// Whether the next chunk is the part's first, whose first bytes tell its encoding.
    private var atStart = true

    private init?() {
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = saxStart
        handler.endElementNs = saxEnd
        handler.characters = saxText
        handler.ignorableWhitespace = saxText
        handler.cdataBlock = saxText
        handler.internalSubset = saxForbidden
        handler.externalSubset = saxForbidden
        handler.entityDecl = saxForbiddenEntity
        handler.reference = saxForbiddenReference
        handler.serror = saxError
        guard let c = xmlCreatePushParserCtxt(&handler, nil, nil, 0, nil) else { return nil }
        context = c
        buffer = UnsafeMutableRawPointer.allocate(byteCount: SAXParser.chunkSize, alignment: 16)
    }

    deinit {
        xmlFreeParserCtxt(context)
        buffer.deallocate()
    }

    /// The number of names in the parser's dictionary: `ParserPool` frees a context whose dictionary grew past
    /// its limit (a hostile file full of made-up names) rather than keep it.
    fileprivate var dictionarySize: Int { Int(xmlDictSize(context.pointee.dict)) }

    /// Parses a whole part into `sink`.
    /// The part through libxml2 with empty callbacks: the bare tokeniser under the reader (`inspect --floor`).
    package static func tokenise(_ entry: EntryStream) throws { try parse(entry, into: SAXSink()) }

    static func parse(_ entry: EntryStream, into sink: SAXSink) throws {
        let parser = ParserPool.acquire()
        defer { ParserPool.release(parser) }
        try parser.begin(entry, into: sink)
        while try parser.step() {}
    }

    /// Starts a part; `step()` then feeds it a chunk at a time.
    func begin(_ entry: EntryStream, into sink: SAXSink) throws {
        // A few of libxml2's errors (an encoding it cannot convert) go to the thread's generic handler, which
        // prints to stderr; the parse fails all the same and the error is reported with the file's name.
        xmlSetGenericErrorFunc(nil, unsafeBitCast(silentGenericError, to: xmlGenericErrorFunc.self))
        xmlCtxtResetPush(context, nil, 0, nil, nil)
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        context.pointee.userData = Unmanaged.passUnretained(sink).toOpaque()
        sink.context = context
        sink.depth = 0
        sink.path = entry.archive.path
        sink.part = entry.name
        sink.maxDepth = entry.archive.limits.maxXMLDepth
        self.entry = entry
        self.sink = sink
        ahead =
            entry.compressedSize >= entry.archive.limits.inflateAheadBytes
            ? InflateAhead(entry, chunk: SAXParser.chunkSize) : nil
        finished = false
        atStart = true
    }

    /// Feeds the next chunk (or the end of the part); false once the whole part has been parsed.
    func step() throws -> Bool {
        guard !finished, let entry, let sink else { return false }
        let chunk: UnsafeRawBufferPointer
        do {
            if let ahead {
                chunk = try ahead.next()
            } else {
                chunk = UnsafeRawBufferPointer(
                    start: buffer, count: try entry.read(into: buffer, count: SAXParser.chunkSize))
            }
        } catch {
            end()
            throw error
        }
        var start = chunk.baseAddress
        var n = chunk.count
        if atStart, n > 0 {
            atStart = false
            do {
                let skip = try encodingMark(chunk, entry: entry)
                start = start.map { $0 + skip }
                n -= skip
                if n == 0 { return true }
            } catch {
                end()
                throw error
            }
        }
        if chunk.count == 0 { finished = true }
        let status = xmlParseChunk(context, start?.assumingMemoryBound(to: CChar.self), Int32(n), finished ? 1 : 0)
        if let failure = sink.failure {
            end()
            throw failure
        }
        if status != 0 || sink.xmlError != nil {
            let (message, line, column) = sink.xmlError ?? ("ошибка разбора XML", 0, 0)
            var where_ = sink.partLocation
            if line > 0 { where_ += ", строка \(line)" + (column > 0 ? ", столбец \(column)" : "") }
            end()
            throw XLSXReadError(.malformedXML, file: entry.archive.path, location: where_, "XML повреждён: \(message)")
        }
        if finished { end() }
        return !finished
    }

    /// Reads the encoding from the part's first bytes (XML 1.0, appendix F) before libxml2 sees them, and returns
    /// how many bytes of byte-order mark to skip. A reset push context takes its input for UTF-8 and would read a
    /// byte-order mark as text before the root («Document is empty»), yet `System.IO.Packaging` and the Open XML
    /// SDK (and so government systems built on .NET) start every part with one. UTF-16, with or without a mark,
    /// is read (XML allows it and Excel reads it); UCS-4 and EBCDIC, which no spreadsheet program writes, are refused
    /// with a message that says so.
    private func encodingMark(_ b: UnsafeRawBufferPointer, entry: EntryStream) throws -> Int {
        func starts(_ bytes: UInt8...) -> Bool { b.count >= bytes.count && zip(b, bytes).allSatisfy { $0 == $1 } }
        func refuse(_ name: String) -> XLSXReadError {
            XLSXReadError(
                .malformedXML, file: entry.archive.path, location: "часть «\(entry.name)»",
                "часть записана в кодировке \(name), а читаются только UTF-8 и UTF-16")
        }
        if starts(0xEF, 0xBB, 0xBF) { return 3 }
        if starts(0x00, 0x00, 0xFE, 0xFF) || starts(0xFF, 0xFE, 0x00, 0x00) || starts(0x00, 0x00, 0x00, 0x3C)
            || starts(0x3C, 0x00, 0x00, 0x00)
        {
            throw refuse("UCS-4")
        }
        if starts(0x4C, 0x6F, 0xA7, 0x94) { throw refuse("EBCDIC") }
        if starts(0xFF, 0xFE) { xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF16LE); return 2 }
        if starts(0xFE, 0xFF) { xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF16BE); return 2 }
        if starts(0x3C, 0x00, 0x3F, 0x00) {
            xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF16LE)
        } else if starts(0x00, 0x3C, 0x00, 0x3F) {
            xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF16BE)
        }
        return 0
    }

    /// Lets go of the part and its sink (the context is reset when the next part begins).
    private func end() {
        finished = true
        sink?.context = nil
        context.pointee.userData = nil
        sink = nil
        entry = nil
        ahead = nil
    }

    fileprivate static func make() -> SAXParser {
        guard let parser = SAXParser() else { fatalError("libxml2 could not allocate a parser context") }
        return parser
    }
}

/// Parser contexts ready for reuse. Each thread keeps one of its own (no lock taken for the parts of the files it
/// reads one after another); a second context wanted at the same time (the shared strings read while a sheet
/// is parsed) comes from a small pool shared by all threads. A context is not tied to a thread: a sheet started on
/// one thread may be read on to the end on another, and its context then stays with that thread.
enum ParserPool {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var free: [SAXParser] = []
    private static let kept = ProcessInfo.processInfo.activeProcessorCount + 2
    private static let maxDictionary = 4096
    private static let initialised: Void = { xmlInitParser() }()
    /// The thread's own context, retained, or nil while it is in use.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { p in
            if let p { Unmanaged<SAXParser>.fromOpaque(p).release() }
        }
        return key
    }()

    static func acquire() -> SAXParser {
        _ = initialised
        if let own = pthread_getspecific(threadKey) {
            pthread_setspecific(threadKey, nil)
            return Unmanaged<SAXParser>.fromOpaque(own).takeRetainedValue()
        }
        lock.lock()
        let parser = free.popLast()
        lock.unlock()
        return parser ?? SAXParser.make()
    }

    static func release(_ parser: SAXParser) {
        guard parser.dictionarySize <= maxDictionary else { return }
        if pthread_getspecific(threadKey) == nil {
            pthread_setspecific(threadKey, Unmanaged.passRetained(parser).toOpaque())
            return
        }
        lock.lock()
        if free.count < kept { free.append(parser) }
        lock.unlock()
    }
}

// The C callbacks: each finds its sink in the context's user data.

@inline(__always)
private func sink(_ ctx: UnsafeMutableRawPointer?) -> SAXSink? {
    ctx.map { Unmanaged<SAXSink>.fromOpaque($0).takeUnretainedValue() }
}

/// Calls `body` with the sink without retaining it (the parser holds it for the whole parse): the element and
/// text callbacks run millions of times on a large sheet.
@inline(__always)
private func withSink(_ ctx: UnsafeMutableRawPointer?, _ body: (SAXSink) -> Void) {
    guard let ctx else { return }
    Unmanaged<SAXSink>.fromOpaque(ctx)._withUnsafeGuaranteedRef(body)
}

private let saxStart: startElementNsSAX2Func = { ctx, localname, _, _, _, _, nbAttributes, _, attributes in
    guard let localname else { return }
    withSink(ctx) { s in start(s, XMLName(bytes: localname), XMLAttributes(base: attributes, count: Int(nbAttributes)))
    }
}

@inline(__always)
private func start(_ s: SAXSink, _ name: XMLName, _ attributes: XMLAttributes) {
    s.depth += 1
    // The root is at depth 0 in the limit's terms (as libxml2 counts).
    if s.depth > s.maxDepth + 1 {
        s.fail(
            XLSXReadError(
                .limitExceeded, file: s.path, location: s.partLocation,
                "вложенность XML глубже \(s.maxDepth) уровней"))
        return
    }
    s.start(name, attributes)
}

private let saxEnd: endElementNsSAX2Func = { ctx, localname, _, _ in
    guard let localname else { return }
    withSink(ctx) { s in
        s.end(XMLName(bytes: localname))
        s.depth -= 1
    }
}

private let saxText: charactersSAXFunc = { ctx, bytes, count in
    guard let bytes, count > 0 else { return }
    withSink(ctx) { s in s.text(bytes, Int(count)) }
}

private let forbiddenMessage =
    "XML содержит DOCTYPE или сущности — в XLSX их не бывает; файл отклонён из соображений безопасности"

private func forbid(_ s: SAXSink) {
    s.fail(XLSXReadError(.forbiddenXML, file: s.path, location: s.partLocation, forbiddenMessage))
}

private let saxForbidden: internalSubsetSAXFunc = { ctx, _, _, _ in
    if let s = sink(ctx) { forbid(s) }
}

private let saxForbiddenEntity: entityDeclSAXFunc = { ctx, _, _, _, _, _ in
    if let s = sink(ctx) { forbid(s) }
}

private let saxForbiddenReference: referenceSAXFunc = { ctx, _ in
    if let s = sink(ctx) { forbid(s) }
}

/// Swallows the messages of libxml2's generic error handler (C varargs: the message is not read).
private let silentGenericError: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void = { _, _ in }

private let saxError: xmlStructuredErrorFunc = { ctx, error in
    guard let s = sink(ctx), let error, s.xmlError == nil,
        error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue
    else { return }
    let text = error.pointee.message.map { String(cString: $0) } ?? "ошибка XML"
    s.xmlError = (
        text.trimmingCharacters(in: .whitespacesAndNewlines), Int(error.pointee.line), Int(error.pointee.int2)
    )
}
