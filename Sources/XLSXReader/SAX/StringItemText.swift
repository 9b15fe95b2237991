/// The text of a string item (`<si>` of the shared strings, `<is>` of an inline string) as its SAX events
/// come: only the text inside `<t>` elements counts (a plain `<t>` or the `<t>` of each rich-text run `<r>`),
/// never the whitespace a pretty-printer puts between elements; phonetic runs (`<rPh>`) are left out;
/// `_xHHHH_` escapes are decoded at the end.
struct StringItemText {
    /// The depth of the item element itself.
    private(set) var itemDepth = -1
    private var tDepth = -1
    private var skipDepth = -1
    private var bytes: [UInt8] = []

    /// Whether text arriving now belongs to the item.
    var collecting: Bool { tDepth >= 0 && skipDepth < 0 }

    mutating func begin(depth: Int) {
        itemDepth = depth
        tDepth = -1
        skipDepth = -1
        bytes.removeAll(keepingCapacity: true)
    }

    /// An element inside the item.
    mutating func start(_ name: XMLName, depth: Int) {
        guard skipDepth < 0 else { return }
        if name.equals("rPh") { skipDepth = depth } else if tDepth < 0, name.equals("t") { tDepth = depth }
    }

    /// The end of an element inside the item.
    mutating func end(depth: Int) {
        if depth == skipDepth { skipDepth = -1 } else if depth == tDepth { tDepth = -1 }
    }

    /// Adds text; false when the item would grow past `SAXParser.maxTextBytes`.
    mutating func append(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard bytes.count + count <= SAXParser.maxTextBytes else { return false }
        bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: count))
        return true
    }

    /// The item's text, escapes decoded.
    func finish() -> String { bytes.withUnsafeBufferPointer { StringEscapes.decode(bytes: $0) } }
}
