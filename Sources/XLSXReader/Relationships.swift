import Foundation

/// One relationship of an OOXML part (`_rels/*.rels`).
package struct Relationship {
    let id: String
    /// The last path segment of the relationship type (`officeDocument`, `worksheet`, `sharedStrings`,
    /// `styles`, `hyperlink`, …): the same in the transitional and the strict namespace.
    package let type: String
    /// For internal targets: the normalised part name; for external ones: the target as written.
    package let target: String
    package let isExternal: Bool
}

package enum PartPaths {
    /// The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    package static func relsPath(of part: String) -> String {
        let dir = directory(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return (dir.isEmpty ? "" : dir + "/") + "_rels/" + name + ".rels"
    }

    static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// Resolves a relationship target against the directory of its source part. Absolute targets
    /// (`/xl/worksheets/sheet1.xml`) and relative ones (`worksheets/sheet1.xml`, `../x.xml`) give the same
    /// normalised name (no leading slash, no `.` or `..` segments).
    static func resolve(_ target: String, from source: String) -> String {
        // The usual target (`worksheets/sheet1.xml`): no slash in front, no `.` segment, no escape, no backslash.
        if isPlainRelative(target) {
            let dir = directory(of: source)
            return dir.isEmpty ? target : dir + "/" + target
        }
        let cleaned =
            target.utf8.contains(UInt8(ascii: "\\")) ? target.replacingOccurrences(of: "\\", with: "/") : target
        var segments: [Substring] = cleaned.hasPrefix("/") ? [] : directory(of: source).split(separator: "/")
        for seg in cleaned.split(separator: "/") {
            if seg == "." || seg.isEmpty { continue }
            if seg == ".." { if !segments.isEmpty { segments.removeLast() }; continue }
            segments.append(seg)
        }
        let joined = segments.joined(separator: "/")
        return joined.utf8.contains(UInt8(ascii: "%")) ? joined.removingPercentEncoding ?? joined : joined
    }

    /// No backslash, no escape, no empty segment (a leading or doubled slash) and no segment starting with a dot
    /// (`.`, `..`): the target joins its source's directory as it is.
    private static func isPlainRelative(_ target: String) -> Bool {
        let slash = UInt8(ascii: "/")
        var previous = slash
        for b in target.utf8 {
            if b == UInt8(ascii: "\\") || b == UInt8(ascii: "%") { return false }
            if previous == slash && (b == slash || b == UInt8(ascii: ".")) { return false }
            previous = b
        }
        return !target.isEmpty && previous != slash
    }

    /// Reads the relationships of `part`; an absent rels part gives none.
    package static func relationships(of part: String, in archive: ZipArchive) throws -> [Relationship] {
        let rels = relsPath(of: part)
        guard archive.contains(rels) else { return [] }
        let sink = RelationshipsSink(source: part)
        try SAXParser.parse(archive.open(rels), into: sink)
        return sink.relationships
    }
}

/// The `<Relationship>` elements of a rels part.
private final class RelationshipsSink: SAXSink {
    let source: String
    var relationships: [Relationship] = []

    init(source: String) { self.source = source }

    override func start(_ name: XMLName, _ attributes: XMLAttributes) {
        guard name.equals("Relationship") else { return }
        var id = "", shortType = "", target = "", external = false
        attributes.forEach { n, v in
            if n.equals("Id") {
                id = v.string
            } else if n.equals("Target") {
                target = v.string
            } else if n.equals("TargetMode") {
                external = v.string.lowercased() == "external"
            } else if n.equals("Type") {
                // The last segment of the type URI («…/relationships/hyperlink» → «hyperlink»).
                var last = v.begin
                var p = v.begin
                while p < v.end { if p.pointee == UInt8(ascii: "/") { last = p + 1 }; p += 1 }
                shortType = XMLValue(begin: last, end: v.end).string
            }
        }
        relationships.append(
            Relationship(
                id: id, type: shortType,
                target: external ? target : PartPaths.resolve(target, from: source),
                isExternal: external))
    }
}
