import Foundation

/// Normalises criterion titles for matching: case, ё/е, quotes, dashes, whitespace (also no-break and
/// thin spaces), Latin look-alike letters inside Cyrillic words, HTML tags, trailing punctuation and the
/// answer hints the forms add («(1 - да / 0 – нет)», «(формы указать в примечании)», «*»).
public enum TitleNormaliser {
    static let latinToCyrillic: [Character: Character] = [
        "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "k": "к", "m": "м",
        "t": "т", "h": "н", "b": "в",
    ]
    static let quotes: Set<Character> = ["«", "»", "“", "”", "„", "\"", "'", "‘", "’", "`"]
    static let dashes: Set<Character> = ["‐", "‑", "‒", "–", "—", "―", "−", "-"]
    static let hints = ["(1 - да / 0 - нет)", "(1 - да/0 - нет)", "(1-да/0-нет)", "(да/нет)",
                        "(формы указать в примечании)"]

    /// The hints as they look after the steps above (dashes spaced, whitespace single).
    static let normalisedHints: [String] = hints.map {
        $0.lowercased().replacingOccurrences(of: "-", with: " - ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "10до" → "10 до": a space between a digit and a following Cyrillic letter а–я.
    static func spacingDigitsFromLetters(_ s: String) -> String {
        var out = "", previousDigit = false
        out.reserveCapacity(s.utf8.count + 4)
        for u in s.unicodeScalars {
            if previousDigit && u.value >= 0x430 && u.value <= 0x44F { out.unicodeScalars.append(" ") }
            out.unicodeScalars.append(u)
            previousDigit = u.value >= 0x30 && u.value <= 0x39
        }
        return out
    }

    public static func normalise(_ title: String) -> String {
        // Forms repeat the same few hundred titles: remember them.
        memo.value(TextKey(title)) { compute(title) }
    }

    private static let memo = Memo<TextKey, String>(limit: 200_000)

    static func compute(_ title: String) -> String {
        var s = title.lowercased()
        if s.includes("ё") { s = s.replacingOccurrences(of: "ё", with: "е") }   // Foundation's replace is slow
        // Strip HTML tags that converted documents keep (<i>…</i>).
        if s.contains("<") { s = s.replacingOccurrences(of: "<[^>]{1,40}>", with: "", options: .regularExpression) }
        var out = ""
        out.reserveCapacity(s.count)
        var lastSpace = true
        for ch in s {
            if quotes.contains(ch) { continue }
            if ch.isWhitespace {
                if !lastSpace { out.append(" "); lastSpace = true }
                continue
            }
            if dashes.contains(ch) {
                // "10до 19", "учитель-ученик" and "учитель - ученик" compare equal.
                if !lastSpace { out.append(" ") }
                out.append("-"); out.append(" "); lastSpace = true
                continue
            }
            out.append(ch)
            lastSpace = false
        }
        // Latin look-alikes inside words that also hold Cyrillic letters.
        let words = out.split(separator: " ").map { word -> String in
            guard word.contains(where: { $0 >= "а" && $0 <= "я" }) else { return String(word) }
            return String(word.map { latinToCyrillic[$0] ?? $0 })
        }
        out = words.joined(separator: " ")
        if out.contains("(") {
            for h in normalisedHints where out.contains(h) { out = out.replacingOccurrences(of: h, with: "") }
        }
        // Digits glued to words ("10до") get a space, so forms that drop it still match.
        out = spacingDigitsFromLetters(out)
        out = out.split(separator: " ").joined(separator: " ")
        while let last = out.last, ".,;:*!? ".contains(last) { out.removeLast() }
        return out
    }
}
