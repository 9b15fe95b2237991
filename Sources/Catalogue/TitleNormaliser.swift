import Foundation

/// Normalises criterion titles for matching: case, ё/е, quotes, dashes, whitespace (also no-break and
/// thin spaces), Latin look-alike letters inside Cyrillic words, HTML tags, trailing punctuation and the
/// answer hints the forms add («(1 - да / 0 – нет)», «(формы указать в примечании)», «*»).
package enum TitleNormaliser {
    static let latinToCyrillic: [Character: Character] = [
        "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "k": "к", "m": "м",
        "t": "т", "h": "н", "b": "в"
    ]
    static let quotes: Set<Character> = ["«", "»", "“", "”", "„", "\"", "'", "‘", "’", "`"]
    static let dashes: Set<Character> = ["‐", "‑", "‒", "–", "—", "―", "−", "-"]
    static let hints = [
        "(1 - да / 0 - нет)", "(1 - да/0 - нет)", "(1-да/0-нет)", "(да/нет)",
        "(формы указать в примечании)"
    ]

    /// Parentheses holding nothing but answers (0, 1, да, нет, есть, имеется, отсутствует, +) and separators.
    static let answerHint = try! NSRegularExpression(
        pattern: #"\((?:\s|[-+/,;=–]|\b(?:0|1|да|нет|есть|имеется|отсутствует)\b)+\)"#)

    /// The hints as they look after the steps above (dashes spaced, whitespace single).
    static let normalisedHints: [String] = hints.map {
        $0.lowercased().replacingOccurrences(of: "-", with: " - ").split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
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

    package static func normalise(_ title: String) -> String {
        // Forms repeat the same few hundred titles: remember them.
        memo.value(TextKey(title)) { compute(title) }
    }

    private static let memo = Memo<TextKey, String>(limit: 200_000)

    static func compute(_ title: String) -> String {
        var s = title.lowercased()
        // Invisible characters that word processors leave inside words (a soft hyphen «фор\u{AD}ме», zero-width
        // spaces and joiners, a BOM): not a break between words.
        if s.unicodeScalars.contains(where: isInvisible) {
            s = String(String.UnicodeScalarView(s.unicodeScalars.filter { !isInvisible($0) }))
        }
        if s.includes("ё") { s = s.replacingOccurrences(of: "ё", with: "е") }  // Foundation's replace is slow
        // Strip HTML tags that converted documents keep (<i>…</i>).
        // Foundation's `contains` is slow: it runs only where the bytes hold a «<» (see `includes`).
        if s.includes("<") && s.contains("<") {
            s = s.replacingOccurrences(of: "<[^>]{1,40}>", with: "", options: .regularExpression)
        }
        let spaced = singleScalarCharacters(s) ? spacedByScalars(s) : spacedByCharacters(s)
        return finish(spaced)
    }

    /// A soft hyphen, a zero-width space, joiner or non-joiner, a word joiner or a BOM.
    static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v == 0xAD || (v >= 0x200B && v <= 0x200D) || v == 0x2060 || v == 0xFEFF
    }

    /// Whether every character of `s` is one Unicode scalar that no neighbour can join (Latin, Greek, Cyrillic
    /// without combining marks, general punctuation, «№», «−»): then scalars and characters are the same and
    /// the quick path below gives what the character path gives.
    static func singleScalarCharacters(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { u in
            let v = u.value
            return v < 0x300 || (v >= 0x370 && v <= 0x482) || (v >= 0x48A && v <= 0x52F) || (v >= 0x2010 && v <= 0x2027)
                || (v >= 0x2030 && v <= 0x205E) || v == 0x2116 || v == 0x2212
        }
    }

    static let quoteScalars = Set(quotes.flatMap(\.unicodeScalars))
    static let dashScalars = Set(dashes.flatMap(\.unicodeScalars))
    static let latinToCyrillicScalars = Dictionary(
        uniqueKeysWithValues: latinToCyrillic.map {
            ($0.key.unicodeScalars.first!, $0.value.unicodeScalars.first!)
        })

    /// What the scalar loop does with a scalar.
    enum ScalarRole: UInt8 { case keep, quote, dash }

    /// The role of every scalar up to the largest quote or dash, by its value: the loop looks a scalar up here
    /// instead of hashing it into two sets.
    static let scalarRoles: [ScalarRole] = {
        var roles = [ScalarRole](
            repeating: .keep, count: Int(quoteScalars.union(dashScalars).map(\.value).max() ?? 0) + 1)
        for u in quoteScalars { roles[Int(u.value)] = .quote }
        for u in dashScalars { roles[Int(u.value)] = .dash }
        return roles
    }()

    static func role(_ u: Unicode.Scalar) -> ScalarRole {
        Int(u.value) < scalarRoles.count ? scalarRoles[Int(u.value)] : .keep
    }

    /// `latinToCyrillicScalars` by the Latin scalar's value (the same look-up without hashing).
    static let cyrillicForLatin: [Unicode.Scalar?] = {
        var table = [Unicode.Scalar?](
            repeating: nil, count: Int(latinToCyrillicScalars.keys.map(\.value).max() ?? 0) + 1)
        for (latin, cyrillic) in latinToCyrillicScalars { table[Int(latin.value)] = cyrillic }
        return table
    }()

    static func cyrillic(for u: Unicode.Scalar) -> Unicode.Scalar {
        Int(u.value) < cyrillicForLatin.count ? cyrillicForLatin[Int(u.value)] ?? u : u
    }

    /// Quotes dropped, whitespace runs made one space, dashes spaced, Latin look-alikes inside Cyrillic words
    /// replaced: scalar by scalar (see `singleScalarCharacters`).
    static func spacedByScalars(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        var wordHasCyrillic = false
        func endWord() {
            if wordHasCyrillic {
                out.append(contentsOf: word.map(cyrillic(for:)))
            } else {
                out.append(contentsOf: word)
            }
            word.removeAll(keepingCapacity: true)
            wordHasCyrillic = false
        }
        func space() { if !word.isEmpty { endWord() }; if let l = out.last, l != " " { out.append(" ") } }
        for u in s.unicodeScalars {
            let role = role(u)
            if role == .quote { continue }
            if u.isWhiteSpace { space(); continue }
            if role == .dash { space(); out.append("-"); out.append(" "); continue }
            word.append(u)
            if u.value >= 0x430 && u.value <= 0x44F { wordHasCyrillic = true }
        }
        if !word.isEmpty { endWord() }
        return String(out)
    }

    /// The same, character by character: for text with combining marks or other joined characters.
    static func spacedByCharacters(_ s: String) -> String {
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
        return words.joined(separator: " ")
    }

    /// Answer hints removed, digits spaced from letters, single spaces, no trailing punctuation.
    static func finish(_ spaced: String) -> String {
        var out = spaced
        if out.includes("(") && out.contains("(") {
            for h in normalisedHints where out.contains(h) { out = out.replacingOccurrences(of: h, with: "") }
            // Any other answer hint: parentheses that hold only the answers and their separators («(1/0)»,
            // «(да / нет)», «(1 - есть, 0 - нет)»). They say how to answer, not what is measured.
            let all = NSRange(out.startIndex..., in: out)
            out = answerHint.stringByReplacingMatches(in: out, range: all, withTemplate: "")
        }
        // Digits glued to words ("10до") get a space, so forms that drop it still match.
        out = spacingDigitsFromLetters(out)
        out = out.split(separator: " ").joined(separator: " ")
        while let last = out.last, ".,;:*!? ".contains(last) { out.removeLast() }
        return out
    }
}
