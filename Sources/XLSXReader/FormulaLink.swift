/// The target of a `HYPERLINK(link_location; [friendly_name])` formula, as Excel, LibreOffice and the AIS write
/// a link whose cell shows other text («документ», a document's title). Only a literal first argument is read:
/// a link computed from other cells (`HYPERLINK(A1)`, `"http://…"&B2`) would need a formula engine, and the cell
/// then keeps its shown text alone.
enum FormulaLink {
    /// A formula longer than this is not a plain HYPERLINK call (URLs are far shorter).
    static let maxFormulaBytes = 8192

    /// The link of a formula's text (without «=»), nil when it is not a HYPERLINK call with a literal target.
    static func parse(_ formula: [UInt8], shown: CellValue?) -> Hyperlink? {
        var i = formula.startIndex
        func skipSpaces() {
            while i < formula.endIndex,
                formula[i] == 0x20 || formula[i] == 0x0A || formula[i] == 0x0D || formula[i] == 0x09
            { i += 1 }
        }
        skipSpaces()
        if i < formula.endIndex, formula[i] == UInt8(ascii: "=") { i += 1; skipSpaces() }
        for prefix in ["_xlfn.", "of:"] where matches(formula, at: i, prefix) { i += prefix.utf8.count }
        guard matches(formula, at: i, "hyperlink") else { return nil }
        i += "hyperlink".utf8.count
        skipSpaces()
        guard i < formula.endIndex, formula[i] == UInt8(ascii: "(") else { return nil }
        i += 1
        skipSpaces()
        guard i < formula.endIndex, formula[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        // A string literal: "" stands for one quote.
        var target: [UInt8] = []
        while i < formula.endIndex {
            if formula[i] == UInt8(ascii: "\"") {
                if i + 1 < formula.endIndex, formula[i + 1] == UInt8(ascii: "\"") {
                    target.append(formula[i]); i += 2; continue
                }
                break
            }
            target.append(formula[i])
            i += 1
        }
        guard i < formula.endIndex else { return nil }  // an unterminated literal
        i += 1
        skipSpaces()
        // The literal must be the whole first argument (not the start of a concatenation).
        guard i < formula.endIndex, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ")")].contains(formula[i])
        else { return nil }
        let text = String(decoding: target, as: UTF8.self)
        guard !text.isEmpty else { return nil }
        var display: String?
        if case .text(let s)? = shown { display = s }
        // «#Лист!A1» is a place in the workbook, as a <hyperlink location="…"> is.
        if text.hasPrefix("#") { return Hyperlink(url: nil, location: String(text.dropFirst()), display: display) }
        return Hyperlink(url: text, location: nil, display: display)
    }

    /// Whether `formula` holds `word` (ASCII, any case) at `i`.
    private static func matches(_ formula: [UInt8], at i: Int, _ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= formula.endIndex else { return false }
        for k in 0..<w.count where formula[i + k] | 0x20 != w[k] | 0x20 { return false }
        return true
    }

    /// The sheets a formula's references name («=СОШ2!C13+'ООШ д.Ключи'!C13» → «СОШ2», «ООШ д.Ключи»).
    static func sheetNames(_ formula: [UInt8]) -> Set<String> {
        var names: Set<String> = []
        let quote = UInt8(ascii: "'")
        let stops = Set(" (),;=+-*/&<>:^{}\"".utf8)
        for (i, byte) in formula.enumerated() where byte == UInt8(ascii: "!") && i > 0 {
            var start = i
            if formula[i - 1] == quote {
                // A quoted name: back to its opening quote (a quote inside it is doubled).
                var j = i - 2
                while j >= 0 {
                    if formula[j] == quote {
                        if j > 0, formula[j - 1] == quote { j -= 2; continue }
                        break
                    }
                    j -= 1
                }
                guard j >= 0 else { continue }
                let name = String(decoding: formula[(j + 1)..<(i - 1)], as: UTF8.self)
                names.insert(name.replacingOccurrences(of: "''", with: "'"))
                continue
            }
            while start > 0, !stops.contains(formula[start - 1]) { start -= 1 }
            if start < i { names.insert(String(decoding: formula[start..<i], as: UTF8.self)) }
        }
        return names
    }
}
