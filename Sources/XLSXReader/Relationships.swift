import Foundation

/// One relationship of an OOXML part (`_rels/*.rels`).
struct Relationship {
    let id: String
    /// The last path segment of the relationship type (`officeDocument`, `worksheet`, `sharedStrings`,
    /// `styles`, `hyperlink`, …): the same in the transitional and the strict namespace.
    let type: String
    /// For internal targets: the normalised part name; for external ones: the target as written.
    let target: String
    let isExternal: Bool
}

enum PartPaths {
    /// The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relsPath(of part: String) -> String {
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
        let cleaned = target.utf8.contains(UInt8(ascii: "\\")) ? target.replacingOccurrences(of: "\\", with: "/") : target
        var segments: [Substring] = cleaned.hasPrefix("/") ? [] : directory(of: source).split(separator: "/")
        for seg in cleaned.split(separator: "/") {
            if seg == "." || seg.isEmpty { continue }
            if seg == ".." { if !segments.isEmpty { segments.removeLast() }; continue }
            segments.append(seg)
        }
        let joined = segments.joined(separator: "/")
        return joined.utf8.contains(UInt8(ascii: "%")) ? joined.removingPercentEncoding ?? joined : joined
    }

    /// Reads the relationships of `part`; an absent rels part gives none.
    static func relationships(of part: String, in archive: ZipArchive) throws -> [Relationship] {
        let rels = relsPath(of: part)
        guard archive.contains(rels) else { return [] }
        let xml = try XMLStream(entry: archive.open(rels), limits: archive.limits)
        // Names interned by the parser, compared by pointer (a sheet with links has a relationship per link).
        let relName = xml.intern("Relationship")
        let aId = xml.intern("Id"), aType = xml.intern("Type"), aTarget = xml.intern("Target"), aMode = xml.intern("TargetMode")
        var out: [Relationship] = []
        while try xml.next() {
            guard xml.node == .element, xml.localName == relName else { continue }
            var id = "", shortType = "", target = "", external = false
            xml.forEachAttribute { name, value in
                if name == aId { id = String(cString: value) }
                else if name == aTarget { target = String(cString: value) }
                else if name == aMode { external = xmlEquals(value, "External") || String(cString: value).lowercased() == "external" }
                else if name == aType {
                    // The last segment of the type URI («…/relationships/hyperlink» → «hyperlink»).
                    var last = value
                    var p = value
                    while p.pointee != 0 { if p.pointee == UInt8(ascii: "/") { last = p + 1 }; p += 1 }
                    shortType = String(cString: last)
                }
            }
            out.append(Relationship(id: id, type: shortType,
                                    target: external ? target : resolve(target, from: part), isExternal: external))
        }
        return out
    }
}
