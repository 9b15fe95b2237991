import Foundation

/// What a cell's number format says about its value.
enum NumberKind: UInt8 { case general, percent, date, duration, text }

/// The number formats of `styles.xml`, resolved per cell style index (`s` attribute).
struct Styles {
    var kinds: [NumberKind] = []

    func kind(ofStyle index: Int) -> NumberKind { index >= 0 && index < kinds.count ? kinds[index] : .general }

    /// Built-in format ids: 9, 10 percent; 14–22, 45–47 (and 27–36, 50–58 in East Asian locales) dates; 49 text.
    static func builtin(_ id: Int) -> NumberKind {
        switch id {
        case 9, 10: return .percent
        case 14...22, 27...36, 45...47, 50...58: return .date
        case 49: return .text
        default: return .general
        }
    }

    /// Classifies a custom format code, ignoring quoted text, escaped characters and `[…]` sections
    /// (colours, conditions, locales) except the elapsed-time ones (`[h]`, `[mm]`, `[ss]`), which make it a
    /// duration.
    static func classify(_ code: String) -> NumberKind {
        var inQuote = false, inBracket = false, escape = false
        var sawDate = false, sawPercent = false, sawElapsed = false
        var bracket = ""
        let section = code.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? code
        if section.trimmingCharacters(in: .whitespaces) == "@" { return .text }
        for ch in section {
            if escape { escape = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket {
                if ch == "]" {
                    inBracket = false
                    let b = bracket.lowercased()
                    if let first = b.first, "hms".contains(first), b.allSatisfy({ $0 == first }) { sawElapsed = true }
                } else {
                    bracket.append(ch)
                }
                continue
            }
            switch ch {
            case "\\", "_", "*": escape = true
            case "\"": inQuote = true
            case "[": inBracket = true; bracket = ""
            case "%": sawPercent = true
            case "y", "Y", "d", "D", "m", "M", "h", "H", "s", "S", "г", "Г", "д", "Д", "М": sawDate = true
            default: break
            }
        }
        if sawElapsed { return .duration }
        if sawPercent { return .percent }
        if sawDate && !section.lowercased().hasPrefix("general") { return .date }
        return .general
    }

    static func read(part: String?, archive: ZipArchive) throws -> Styles {
        guard let part, archive.contains(part) else { return Styles() }
        let xml = try XMLStream(entry: archive.open(part), limits: archive.limits)
        let numFmt = xml.intern("numFmt"), cellXfs = xml.intern("cellXfs"), xf = xml.intern("xf")
        var custom: [Int: NumberKind] = [:]
        var styles = Styles()
        var inCellXfs = false
        while try xml.next() {
            if xml.node == .endElement, xml.localName == cellXfs { inCellXfs = false; continue }
            guard xml.node == .element, let name = xml.localName else { continue }
            if name == numFmt {
                var id = -1, code = ""
                xml.forEachAttribute { n, v in
                    let key = String(cString: n)
                    if key == "numFmtId" { id = Int(String(cString: v)) ?? -1 } else if key == "formatCode" { code = String(cString: v) }
                }
                if id >= 0 { custom[id] = classify(code) }
            } else if name == cellXfs {
                inCellXfs = !xml.isEmptyElement
            } else if name == xf, inCellXfs {
                var id = 0
                xml.forEachAttribute { n, v in if String(cString: n) == "numFmtId" { id = Int(String(cString: v)) ?? 0 } }
                styles.kinds.append(custom[id] ?? builtin(id))
            }
        }
        return styles
    }
}
