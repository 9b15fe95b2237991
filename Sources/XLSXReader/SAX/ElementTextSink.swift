/// Collects the text of some elements of a small part (a sheet's notes, a drawing, the document properties): each
/// text is what the listed elements hold inside one "group" element (a note, a shape), or inside each listed element
/// when there is no group. A paragraph element ends a line. Attributes of the group named in `keys` are kept (a
/// note's cell). Text is bounded: at most `maxBytes` per item and `maxItems` items.
final class ElementTextSink: SAXSink {
    struct Item {
        /// The element the text was found in (the group's name, or the text element's when there is no group).
        var element: String
        var attributes: [String: String]
        var text: String
    }

    private let group: Set<String>
    private let texts: Set<String>
    private let paragraph: Set<String>
    private let keys: Set<String>
    private(set) var items: [Item] = []

    static let maxBytes = 64 * 1024
    static let maxItems = 10_000

    private var groupDepth = -1
    private var textDepth = -1
    private var element = ""
    private var attributes: [String: String] = [:]
    private var bytes: [UInt8] = []

    /// - Parameters:
    ///   - group: elements of which each gives one item (empty: each text element gives one).
    ///   - texts: elements whose character data is the text.
    ///   - paragraph: elements whose end starts a new line.
    ///   - keys: attributes of the group element kept with its text.
    init(group: Set<String> = [], texts: Set<String>, paragraph: Set<String> = [], keys: Set<String> = []) {
        self.group = group
        self.texts = texts
        self.paragraph = paragraph
        self.keys = keys
    }

    override func start(_ name: XMLName, _ attributes: XMLAttributes) {
        let local = name.string
        if groupDepth < 0, group.isEmpty ? texts.contains(local) : group.contains(local) {
            groupDepth = depth
            element = local
            bytes.removeAll(keepingCapacity: true)
            self.attributes = [:]
            attributes.forEach { n, v in
                let key = n.string
                if keys.contains(key) { self.attributes[key] = v.string }
            }
        }
        if groupDepth >= 0, textDepth < 0, texts.contains(local) { textDepth = depth }
    }

    override func end(_ name: XMLName) {
        guard groupDepth >= 0 else { return }
        if depth == textDepth { textDepth = -1 }
        if depth == groupDepth {
            groupDepth = -1
            textDepth = -1
            guard items.count < Self.maxItems else { return }
            while bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
            let text = bytes.withUnsafeBufferPointer { StringEscapes.decode(bytes: $0) }
            items.append(Item(element: element, attributes: attributes, text: text))
        } else if paragraph.contains(name.string), !bytes.isEmpty, bytes.last != UInt8(ascii: "\n") {
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    override func text(_ p: UnsafePointer<UInt8>, _ count: Int) {
        guard textDepth >= 0, bytes.count + count <= Self.maxBytes else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: count))
    }
}
