import Foundation

/// The shared-strings table: rich-text runs are concatenated, phonetic runs (`rPh`) ignored.
enum SharedStrings {
    static func read(part: String?, archive: ZipArchive) throws -> [String] {
        guard let part, archive.contains(part) else { return [] }
        let xml = try XMLStream(entry: archive.open(part), limits: archive.limits)
        let si = xml.intern("si"), rPh = xml.intern("rPh")
        var strings: [String] = []
        while try xml.next() {
            if xml.node == .element, xml.localName == si {
                strings.append(try xml.elementText(skipping: rPh))
            }
        }
        return strings
    }
}
