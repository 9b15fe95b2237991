import Foundation

/// File names made from names the tool did not choose (organisations, municipalities, uploaded files), one rule
/// for every folder it writes: nothing Windows refuses (`<>:"/\|?*`, control characters), spaces collapsed, no
/// leading or trailing dots and spaces, no device name (CON, PRN, AUX, NUL, COM1…, LPT1…), a bounded length, and
/// unique in the folder compared as Windows compares (case-insensitively), with « (2)», « (3)»… for repeats.
package enum SafeFileName {
    /// The longest stem, in characters (Cyrillic takes two bytes a character: 100 characters stay well within the
    /// 255 bytes of Linux file names and leave room in Windows' 260-character paths).
    package static let maxStem = 100
    /// Names Windows reserves for devices, with or without an extension.
    static let reserved: Set<String> = Set(
        ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
            + (0...9).flatMap { ["COM\($0)", "LPT\($0)"] } + ["¹", "²", "³"].flatMap { ["COM\($0)", "LPT\($0)"] })

    /// A stem safe on every file system; `fallback` when nothing is left of `name`. Quotes are dropped
    /// (МБОУ "СОШ № 5" → МБОУ СОШ № 5), the other refused characters become «_».
    package static func stem(_ name: String, fallback: String, maxLength: Int = maxStem) -> String {
        var s = ""
        for ch in name {
            if ch == "\"" { continue }
            if ch.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) || ch.isNewline {
                s.append(" "); continue
            }
            s.append("<>:/\\|?*".contains(ch) ? "_" : ch)
        }
        s = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let edges = CharacterSet(charactersIn: " .")
        s = s.trimmingCharacters(in: edges)
        if s.count > maxLength { s = String(s.prefix(maxLength)).trimmingCharacters(in: edges) }
        if s.isEmpty { s = fallback }
        // A device name stays one with an extension after it: «CON.xlsx», «con .txt.xlsx».
        let base =
            s.split(separator: ".", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
            ?? ""
        if reserved.contains(base) { s = "_" + s }
        return s
    }

    /// `stem + ext`, or `stem (2) + ext`, `stem (3) + ext`… — the first not in `taken` (compared case-insensitively),
    /// which then records it.
    package static func unique(_ stem: String, ext: String, taken: inout Set<String>, maxLength: Int = maxStem)
        -> String
    {
        var candidate = stem, n = 2
        while taken.contains((candidate + ext).lowercased()) {
            let suffix = " (\(n))"
            candidate =
                String(stem.prefix(maxLength - suffix.count)).trimmingCharacters(in: CharacterSet(charactersIn: " ."))
                + suffix
            n += 1
        }
        taken.insert((candidate + ext).lowercased())
        return candidate + ext
    }

    /// A safe, unique «….xlsx» per name, in order.
    package static func workbooks(_ names: [String], fallback: String, taken: Set<String> = []) -> [String] {
        var taken = Set(taken.map { $0.lowercased() })
        return names.map { unique(stem($0, fallback: fallback), ext: ".xlsx", taken: &taken) }
    }
}
