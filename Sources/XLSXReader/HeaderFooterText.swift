import Foundation

/// The text a page header or footer prints (`<oddHeader>`, `<evenFooter>` …): its sections («&L», «&C», «&R») without
/// the formatting codes (a font «&"Arial,Bold"», a size «&12», a colour «&KFF0000», bold «&B» …) and the fields Excel
/// fills in when printing (page «&P», pages «&N», date «&D», time «&T», file «&F», sheet «&A», path «&Z», picture
/// «&G»), which print no text of the sheet's own. «&&» is one «&».
public enum HeaderFooterText {
    static let maxBytes = 16 * 1024
    static let maxParts = 6

    /// The header and footer elements of `<headerFooter>`.
    static func isPart(_ name: XMLName) -> Bool {
        guard name.first == UInt8(ascii: "o") || name.first == UInt8(ascii: "e") || name.first == UInt8(ascii: "f")
        else { return false }
        return name.equals("oddHeader") || name.equals("oddFooter") || name.equals("evenHeader")
            || name.equals("evenFooter") || name.equals("firstHeader") || name.equals("firstFooter")
    }

    /// The printed texts of one header or footer, a section each (empty sections left out).
    public static func sections(_ raw: String) -> [String] {
        var sections: [String] = []
        var current = ""
        let chars = Array(raw)
        var i = 0
        func flush() {
            let t = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !t.isEmpty { sections.append(t) }
            current = ""
        }
        while i < chars.count {
            let c = chars[i]
            guard c == "&", i + 1 < chars.count else {
                current.append(c)
                i += 1
                continue
            }
            let code = chars[i + 1]
            i += 2
            switch code {
            case "&": current.append("&")
            case "L", "C", "R": flush()
            case "\"":  // a font: «&"Arial,Bold"»
                while i < chars.count && chars[i] != "\"" { i += 1 }
                i += 1
            case "K":  // a colour: six hex digits, or a theme colour «&K01+000»
                i = min(chars.count, i + 6)
            case let d where d.isASCII && d.isNumber:  // a font size
                while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
            case "P", "N":  // page numbers, maybe «&P+1»
                if i < chars.count, chars[i] == "+" || chars[i] == "-" {
                    i += 1
                    while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
                }
            default: break  // «&B», «&I», «&U», «&E», «&S», «&X», «&Y», «&O», «&H», «&D», «&T», «&F», «&A», «&Z», «&G»
            }
        }
        flush()
        return sections
    }
}
