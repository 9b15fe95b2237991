import CXML2
import Foundation

/// A pull parser (libxml2's xmlTextReader) over one zip entry, configured for hostile input:
/// no entity substitution, no DTD loading, no network, no "huge" mode, bounded depth, and any DOCTYPE
/// rejected outright (OOXML never has one).
final class XMLStream {
    typealias Name = UnsafePointer<xmlChar>

    enum Node: Int32 {
        case element = 1, attribute = 2, text = 3, cdata = 4, entityReference = 5, entity = 6
        case processingInstruction = 7, comment = 8, document = 9, documentType = 10
        case documentFragment = 11, notation = 12, whitespace = 13, significantWhitespace = 14
        case endElement = 15, endEntity = 16, xmlDeclaration = 17, none = 0
    }

    let entry: EntryStream
    private let reader: OpaquePointer
    private let maxDepth: Int32
    private let context: Unmanaged<EntryStream>
    /// The first XML error reported by libxml2: message, line, column.
    fileprivate var xmlError: (String, Int, Int)?

    private(set) var node: Node = .none

    init(entry: EntryStream, limits: ReaderLimits) throws {
        self.entry = entry
        self.maxDepth = Int32(limits.maxXMLDepth)
        context = Unmanaged.passRetained(entry)
        let read: xmlInputReadCallback = { ctx, buffer, len in
            let stream = Unmanaged<EntryStream>.fromOpaque(ctx!).takeUnretainedValue()
            guard let buffer, len > 0 else { return 0 }
            return Int32((try? stream.read(into: buffer, count: Int(len))) ?? -1)
        }
        let options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)
            | Int32(XML_PARSE_COMPACT.rawValue)
        guard let r = xmlReaderForIO(read, nil, context.toOpaque(), entry.name, nil, options) else {
            context.release()
            throw XLSXReadError(.malformedXML, file: entry.archive.path, location: "часть «\(entry.name)»",
                                "не удалось начать разбор XML")
        }
        reader = r
        let handler: xmlStructuredErrorFunc = { arg, error in
            guard let arg, let error else { return }
            let me = Unmanaged<XMLStream>.fromOpaque(arg).takeUnretainedValue()
            guard me.xmlError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let text = error.pointee.message.map { String(cString: $0) } ?? "ошибка XML"
            me.xmlError = (text.trimmingCharacters(in: .whitespacesAndNewlines), Int(error.pointee.line),
                           Int(error.pointee.int2))
        }
        xmlTextReaderSetStructuredErrorHandler(r, handler, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        context.release()
    }

    var path: String { entry.archive.path }
    var partLocation: String { "часть «\(entry.name)»" }

    /// Moves to the next node; false at the end of the document.
    func next() throws -> Bool {
        let status = xmlTextReaderRead(reader)
        if status == 1 {
            node = Node(rawValue: xmlTextReaderNodeType(reader)) ?? .none
            if node == .documentType || node == .entityReference || node == .entity {
                throw XLSXReadError(.forbiddenXML, file: path, location: partLocation,
                                    "XML содержит DOCTYPE или сущности — в XLSX их не бывает; файл отклонён из соображений безопасности")
            }
            if node == .element && xmlTextReaderDepth(reader) > maxDepth {
                throw XLSXReadError(.limitExceeded, file: path, location: partLocation,
                                    "вложенность XML глубже \(maxDepth) уровней")
            }
            return true
        }
        if let failure = entry.failure { throw failure }
        if status == 0 && xmlError == nil { return false }
        let (message, line, column) = xmlError ?? ("ошибка разбора XML", 0, 0)
        var location = partLocation
        if line > 0 { location += ", строка \(line)" + (column > 0 ? ", столбец \(column)" : "") }
        throw XLSXReadError(.malformedXML, file: path, location: location, "XML повреждён: \(message)")
    }

    /// Interns a name in the parser's dictionary, so element names can be compared by pointer.
    func intern(_ name: String) -> Name { xmlTextReaderConstString(reader, name)! }

    var localName: Name? { xmlTextReaderConstLocalName(reader) }
    var namespace: Name? { xmlTextReaderConstNamespaceUri(reader) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    var depth: Int32 { xmlTextReaderDepth(reader) }

    /// The text of the current text node.
    var text: String {
        guard let v = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: v)
    }

    /// The raw text pointer of the current node (valid until the next move).
    var rawValue: Name? { xmlTextReaderConstValue(reader) }

    /// Calls `body` for each attribute of the current element with its interned local name and value.
    @inline(__always)
    func forEachAttribute(_ body: (Name, Name) -> Void) {
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return }
        repeat {
            if let n = xmlTextReaderConstLocalName(reader), let v = xmlTextReaderConstValue(reader) { body(n, v) }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
    }

    /// Reads the text of a string item (`<si>` of the shared strings, `<is>` of an inline string), leaving the
    /// stream on its end tag. Only the text inside `<t>` elements counts (a plain `<t>` or the `<t>` of each
    /// rich-text run `<r>`), never the whitespace a pretty-printer puts between elements; phonetic runs
    /// (`<rPh>`) are left out; `_xHHHH_` escapes are decoded.
    func stringItemText(t: Name, skipping rPh: Name) throws -> String {
        if isEmptyElement { return "" }
        let start = depth
        var out = ""
        var inT: Int32 = -1, skipDepth: Int32 = -1
        while try next() {
            switch node {
            case .element:
                guard skipDepth < 0, !isEmptyElement else { break }
                if localName == rPh { skipDepth = depth } else if inT < 0, localName == t { inT = depth }
            case .endElement:
                if depth == start { return StringEscapes.decode(out) }
                if depth == skipDepth { skipDepth = -1 } else if depth == inT { inT = -1 }
            case .text, .cdata, .significantWhitespace, .whitespace:
                if inT >= 0 && skipDepth < 0 { out += text }
            default: break
            }
        }
        return StringEscapes.decode(out)
    }

    /// Reads the text content of the current element (concatenating text nodes, skipping subtrees
    /// named in `skipping`), leaving the stream on its end tag.
    func elementText(skipping skip: Name? = nil) throws -> String {
        if isEmptyElement { return "" }
        let start = depth
        var out = ""
        var skipDepth: Int32 = -1
        while try next() {
            switch node {
            case .element:
                if skipDepth < 0, let skip, localName == skip, !isEmptyElement { skipDepth = depth }
            case .endElement:
                if depth == start { return out }
                if depth == skipDepth { skipDepth = -1 }
            case .text, .cdata, .significantWhitespace:
                if skipDepth < 0 { out += text }
            default: break
            }
        }
        return out
    }
}

/// Compares an attribute value with an ASCII literal without building a String.
@inline(__always)
func xmlEquals(_ p: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
    let n = literal.utf8CodeUnitCount
    let l = literal.utf8Start
    for i in 0..<n where p[i] != l[i] { return false }
    return p[n] == 0
}
