import Foundation

/// The shared-strings table: the text of each item's `<t>` elements (rich-text runs concatenated, phonetic
/// runs `rPh` ignored, `_xHHHH_` escapes decoded).
enum SharedStrings {
    static func read(part: String?, archive: ZipArchive) throws -> [String] {
        guard let part, archive.contains(part) else { return [] }
        let sink = SharedStringsSink()
        try SAXParser.parse(archive.open(part), into: sink)
        return sink.strings
    }
}

/// Collects the `<si>` items of the shared-strings part.
private final class SharedStringsSink: SAXSink {
    var strings: [String] = []
    private var item = StringItemText()
    private var inItem = false

    override func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if inItem {
            item.start(name, depth: depth)
        } else if name.equals("si") {
            inItem = true
            item.begin(depth: depth)
        }
    }

    override func end(_ name: XMLName) {
        guard inItem else { return }
        if depth == item.itemDepth {
            strings.append(item.finish())
            inItem = false
        } else {
            item.end(depth: depth)
        }
    }

    override func text(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        guard inItem, item.collecting else { return }
        if !item.append(bytes, count) {
            fail(
                XLSXReadError(
                    .limitExceeded, file: path, location: partLocation,
                    "общая строка № \(strings.count + 1) длиннее \(SAXParser.maxTextBytes / 1_000_000) МБ"))
        }
    }
}
