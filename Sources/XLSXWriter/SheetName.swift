/// Worksheet names as Excel accepts them.
public enum SheetName {
    /// Maximum length of a sheet name, in UTF-16 code units as Excel counts them.
    public static let maxLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Makes `name` acceptable to Excel: forbidden characters `[]:*?/\` become `_`, control characters are
    /// dropped, leading/trailing apostrophes and spaces are trimmed, the result is cut to 31 characters,
    /// and an empty result becomes «Лист».
    public static func sanitise(_ name: String) -> String {
        var out = String(
            name.compactMap { ch -> Character? in
                if forbidden.contains(ch) { return "_" }
                if ch.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { return nil }
                return ch
            })
        out = trimmed(out)
        out = truncated(out, to: maxLength)
        out = trimmed(out)
        return out.isEmpty ? "Лист" : out
    }

    /// Sanitises `name` and makes it unique among `existing` (case-insensitively, as Excel compares names)
    /// by appending « (2)», « (3)», … within the 31-character limit.
    public static func unique(_ name: String, existing: Set<String>) -> String {
        unique(name, taken: Set(existing.map { $0.lowercased() }))
    }

    /// `unique` against names already lower-cased (a workbook keeps them so as it adds its sheets).
    static func unique(_ name: String, taken: Set<String>) -> String {
        let base = sanitise(name)
        if !taken.contains(base.lowercased()) { return base }
        var n = 2
        while true {
            let suffix = " (\(n))"
            let candidate = trimmed(truncated(base, to: maxLength - suffix.utf16.count)) + suffix
            if !taken.contains(candidate.lowercased()) { return candidate }
            n += 1
        }
    }

    static func trimmed(_ s: String) -> String {
        var s = Substring(s)
        while let f = s.first, f == "'" || f == " " { s = s.dropFirst() }
        while let l = s.last, l == "'" || l == " " { s = s.dropLast() }
        return String(s)
    }

    static func truncated(_ s: String, to limit: Int) -> String {
        var out = ""
        var units = 0
        for ch in s {
            let n = String(ch).utf16.count
            if units + n > limit { break }
            out.append(ch)
            units += n
        }
        return out
    }
}
