import Foundation

/// Web addresses as a recogniser (OCR) or a hurried typist left them, put back together where only one reading is
/// possible: «https: //site.ru», «site .ru», «files/\ndoc.pdf» (a line broken where the paper wrapped it), and
/// Cyrillic letters that look Latin inside a Latin word of the address («sсhool», «.рdf»). An address with a space
/// inside a word, a Cyrillic word or a Cyrillic domain («школа.рф») is left as typed: a space or a Cyrillic letter
/// there may be the address's own.
///
/// A repaired address is used and said (`IssueKind.repairedLink`): the methodologist sees both spellings.
enum LinkRepair {
    /// Cyrillic letters drawn like Latin ones, and the Latin letter each is read as.
    static let lookAlikes: [Character: Character] = [
        "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y",
        "х": "x", "і": "i", "ј": "j", "ѕ": "s", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
        "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "І": "I"
    ]

    /// The address put back together, or nil when `link` needs no repair or cannot be repaired for sure.
    static func repair(_ link: String) -> String? {
        // Most links are plain ASCII without spaces: nothing to repair.
        if link.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return nil }
        let text = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let (scheme, rest) = scheme(of: text) else { return nil }
        // Two addresses in one cell are two, not one broken.
        let folded = String(rest.map { latin($0) ?? $0 }).lowercased()
        guard !folded.contains(":/"), !folded.contains("www."), !folded.contains("http") else { return nil }
        // The host ends at the first «/» (or «?», «#»); spaces around its dots and at its end are the recogniser's.
        let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        // (A space between two letters of a host is no recogniser's slip we can undo: «https://a ru», «a.ru (приказ)».)
        let hostText = joinedAroundSeparators(String(rest[..<hostEnd]), separators: [".", "-", ":"])
            .trimmingCharacters(in: .whitespaces)
        guard !hostText.isEmpty, !hostText.contains(where: \.isWhitespace),
            let host = foldedWords(hostText, host: true),
            host.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "." || $0 == "-" || $0 == ":" })
                || !host.contains(where: { $0.isASCII && $0.isLetter })
        else { return nil }
        var path = String(rest[hostEnd...])
        // A line break never belongs to an address; a space next to «/», «.», «_», «-», «=», «?», «&» is the
        // recogniser's. A space between two letters or digits may be the file's own name: left as typed.
        path = path.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")
        path = joinedAroundSeparators(path)
        guard let folded = foldedWords(path, host: false) else { return nil }
        let repaired = scheme + "://" + host + folded
        guard repaired != link, !repaired.contains(where: { $0.isWhitespace }) else { return nil }
        return repaired
    }

    /// «http», «https» (letters that look Latin read so) before «:» and «//» with any spaces between them, and the text
    /// after them.
    static func scheme(of text: String) -> (String, Substring)? {
        let chars = Array(text.prefix(14))
        var i = 0, letters = ""
        while i < chars.count, let l = latin(chars[i]), l.isLetter {
            letters.append(l)
            i += 1
        }
        let scheme = letters.lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        func skipSpaces() { while i < chars.count, chars[i] == " " { i += 1 } }
        skipSpaces()
        guard i < chars.count, chars[i] == ":" else { return nil }
        i += 1
        for _ in 0..<2 {
            skipSpaces()
            guard i < chars.count, chars[i] == "/" else { return nil }
            i += 1
        }
        skipSpaces()
        return (scheme, text.dropFirst(i))
    }

    /// A Latin letter or digit as itself, a Cyrillic look-alike as its Latin letter; nil otherwise.
    static func latin(_ c: Character) -> Character? {
        if c.isASCII { return c }
        return lookAlikes[c]
    }

    /// The text with each word that mixes Latin and Cyrillic letters spelled in Latin, when all its Cyrillic letters
    /// look Latin; nil when such a word has another Cyrillic letter. In a host (`host`), a word of Cyrillic look-alikes
    /// alone beside Latin words is Latin too («сom»); a host of Cyrillic words («школа.рф») is left as it is.
    static func foldedWords(_ text: String, host: Bool) -> String? {
        var out = "", word: [Character] = []
        let hostIsLatin = text.contains { $0.isASCII && $0.isLetter }
        func flush() -> Bool {
            defer { word = [] }
            let hasLatin = word.contains { $0.isASCII && $0.isLetter }
            let cyrillic = word.filter { !$0.isASCII && $0.isLetter }
            guard !cyrillic.isEmpty, hasLatin || (host && hostIsLatin) else {
                out.append(contentsOf: word)
                return true
            }
            guard cyrillic.allSatisfy({ lookAlikes[$0] != nil }) else {
                // A Cyrillic word in a Latin host cannot be read for sure; in a path it is the file's own name.
                if hasLatin { return false }
                out.append(contentsOf: word)
                return true
            }
            out.append(contentsOf: word.map { lookAlikes[$0] ?? $0 })
            return true
        }
        for c in text {
            if c.isLetter || c.isNumber {
                word.append(c)
            } else {
                guard flush() else { return nil }
                out.append(c)
            }
        }
        guard flush() else { return nil }
        return out
    }

    /// The path with the spaces next to its separators left out.
    static func joinedAroundSeparators(
        _ path: String, separators: Set<Character> = ["/", ".", "_", "-", "=", "?", "&", "#", ":", "%", "~"]
    ) -> String {
        let chars = Array(path)
        var out = ""
        for (i, c) in chars.enumerated() {
            if c == " " || c == "\t" {
                var before = i - 1, after = i + 1
                while before >= 0, chars[before] == " " || chars[before] == "\t" { before -= 1 }
                while after < chars.count, chars[after] == " " || chars[after] == "\t" { after += 1 }
                let prev = before >= 0 ? chars[before] : "/"
                let next = after < chars.count ? chars[after] : "/"
                if separators.contains(prev) || separators.contains(next) { continue }
            }
            out.append(c)
        }
        return out
    }
}
