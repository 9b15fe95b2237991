import Foundation

/// The items of a list typed in one cell: one per line, after «;», or numbered «1) … 2) …».
package enum ListItems {
    /// Whether a decimal digit (what `\d` of a regular expression matches: Unicode category Nd) stands right
    /// before `mark` somewhere in `text`.
    static func digit(before mark: Unicode.Scalar, in text: String) -> Bool {
        var previous: Unicode.Scalar?
        for u in text.unicodeScalars {
            if u == mark, let p = previous, p.properties.generalCategory == .decimalNumber { return true }
            previous = u
        }
        return false
    }

    /// Splits a list written one per line, with ";" or as "1) … 2) …" into trimmed items.
    package static func split(_ text: String) -> [String] {
        var s = text
        if s.utf8.contains(13) { s = s.replacingOccurrences(of: "\r", with: "\n") }
        // "1) A 2) B" anywhere; "1. A" only at the start of a line, so that dates ("19.08.2023") stay whole.
        // (The regular expressions run only when the text has a digit right before the mark they need.)
        if digit(before: ")", in: s) {
            s = s.replacingOccurrences(of: "(^|\\s)\\d{1,2}\\)\\s*", with: "\n", options: .regularExpression)
        }
        if digit(before: ".", in: s) {
            s = s.replacingOccurrences(of: "(^|\n)\\s*\\d{1,2}\\.\\s+", with: "\n", options: .regularExpression)
        }
        // Names in quotes one after another with commas: «АО «Завод», ООО «Сервис»» (a comma right after a closing
        // quote, before a capital letter, is between two names; one inside a name's quotes is not).
        if s.unicodeScalars.contains("»") || s.contains("\""),
            s.range(of: #"[»"]\s*,\s*\p{Lu}"#, options: .regularExpression) != nil
        {
            s = s.replacingOccurrences(of: #"([»"])\s*,\s*(?=\p{Lu})"#, with: "$1\n", options: .regularExpression)
        }
        func trimmable(_ u: Unicode.Scalar) -> Bool { u.properties.isWhitespace || u == "," || u == "." }
        return s.unicodeScalars.split(whereSeparator: { $0 == "\n" || $0 == ";" }).compactMap { item in
            guard let first = item.firstIndex(where: { !trimmable($0) }) else { return nil }
            return String(item[first...item.lastIndex(where: { !trimmable($0) })!])
        }
    }
}
