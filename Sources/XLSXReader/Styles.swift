import Foundation

/// What a cell's number format says about its value.
enum NumberKind: UInt8 { case general, percent, date, duration, text }

/// The number formats of `styles.xml`, resolved per cell style index (`s` attribute).
struct Styles {
    var kinds: [NumberKind] = []

    func kind(ofStyle index: Int) -> NumberKind { index >= 0 && index < kinds.count ? kinds[index] : .general }

    /// Built-in format ids: 9, 10 percent; 14–22, 45, 47 (and 27–36, 50–58 in East Asian locales) dates; 46
    /// (`[h]:mm:ss`) elapsed time; 49 text.
    static func builtin(_ id: Int) -> NumberKind {
        switch id {
        case 9, 10: return .percent
        case 46: return .duration
        case 14...22, 27...36, 45, 47, 50...58: return .date
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
        let sink = StylesSink()
        try SAXParser.parse(archive.open(part), into: sink)
        return sink.styles
    }
}

/// Collects the custom number formats and, for each cell style of `<cellXfs>`, the kind of its format.
private final class StylesSink: SAXSink {
    var styles = Styles()
    private var custom: [Int: NumberKind] = [:]
    private var cellXfsDepth = -1

    override func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.equals("numFmt") {
            var id = -1, code = ""
            attributes.forEach { n, v in
                if n.equals("numFmtId") { id = Int(v.string) ?? -1 } else if n.equals("formatCode") { code = v.string }
            }
            if id >= 0 { custom[id] = Styles.classify(code) }
        } else if name.equals("cellXfs") {
            cellXfsDepth = depth
        } else if name.equals("xf"), cellXfsDepth >= 0 {
            var id = 0
            attributes.forEach { n, v in if n.equals("numFmtId") { id = Int(v.string) ?? 0 } }
            styles.kinds.append(custom[id] ?? Styles.builtin(id))
        }
    }

    override func end(_ name: XMLName) {
        if depth == cellXfsDepth { cellXfsDepth = -1 }
    }
}
