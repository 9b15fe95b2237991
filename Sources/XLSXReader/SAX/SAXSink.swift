import CXML2

/// What a part's parse does with the document: the element and text callbacks of libxml2's SAX2 interface,
/// one subclass per kind of part (a sheet, the shared strings, the styles, the workbook, relationships).
///
/// No node objects are made: names and texts are pointers into the parser's buffers, valid during the call.
/// A sink that finds the part unusable calls `fail`, which stops the parser; the parse then throws that error.
class SAXSink {
    /// The first error the sink (or the hardening around it) raised.
    final var failure: XLSXReadError?
    /// The depth of the current element (1 for the root).
    final var depth = 0
    /// Set by `SAXParser` for the duration of a parse.
    final var context: xmlParserCtxtPtr?
    /// The first XML error libxml2 reported: message, line, column.
    final var xmlError: (message: String, line: Int, column: Int)?
    /// The file and the part being parsed, and the deepest element allowed (set by `SAXParser.begin`).
    final var path = ""
    final var part = ""
    final var maxDepth = 64

    /// «часть «xl/worksheets/sheet1.xml»», for messages about the part as a whole.
    final var partLocation: String { "часть «\(part)»" }

    func start(_ name: XMLName, _ attributes: XMLAttributes) {}
    func end(_ name: XMLName) {}
    /// A piece of character data (a text node can come in several pieces).
    func text(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {}

    /// Records the error (the first one wins) and stops the parser: no callback follows.
    final func fail(_ error: XLSXReadError) {
        if failure == nil { failure = error }
        if let context { xmlStopParser(context) }
    }
}
