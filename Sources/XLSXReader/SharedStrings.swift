import Foundation

/// The shared-strings table: the text of each item's `<t>` elements (rich-text runs concatenated, phonetic
/// runs `rPh` ignored, `_xHHHH_` escapes decoded).
enum SharedStrings {
    static func read(part: String?, archive: ZipArchive) throws -> [String] {
        guard let part, archive.contains(part) else { return [] }
        let xml = try XMLStream(entry: archive.open(part), limits: archive.limits)
        let si = xml.intern("si"), t = xml.intern("t"), rPh = xml.intern("rPh")
        var strings: [String] = []
        while try xml.next() {
            if xml.node == .element, xml.localName == si {
                strings.append(try xml.stringItemText(t: t, skipping: rPh))
            }
        }
        return strings
    }
}
