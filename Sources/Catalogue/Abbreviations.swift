/// Words a typist cut short, read in full where the catalogue's own words allow one reading only: «Полож.» is
/// «положение», «монит.» is «мониторинга», «наст-мые» is «наставляемые», «наст-ва» is «наставничества» (the part after
/// the hyphen is the word's ending, its first letter in its place). A cut word whose full forms in the catalogue have
/// two stems stays as typed («наст.»: наставник, наставничество, наставляемый), and so does one the resolver already
/// knows (the thesaurus's «пед», «мол», «кол-во», «обуч-ся»): a guess is never made for the typist.
struct Abbreviations: Sendable {
    /// The catalogue's words (lower case, «ё» as «е»), by their first two letters.
    private let words: [String: [String]]
    /// Stems the resolver knows (the catalogue's and the thesaurus's): a cut word among them is theirs.
    private let known: Set<String>

    init(texts: [String], known: Set<String>) {
        var words: [String: Set<String>] = [:]
        for text in texts {
            for w in Self.letterRuns(Self.lowered(text)) where w.count >= 4 {
                words[String(w.prefix(2)), default: []].insert(w)
            }
        }
        self.words = words.mapValues { $0.sorted() }
        self.known = known
    }

    /// The title with each cut word that has one reading spelled in full; the title itself when none has.
    func expand(_ title: String) -> String {
        // (A criterion's title is a sentence or two: a longer text, a pasted page or a hostile cell, is left as it is.)
        guard title.utf8.count <= 600, title.contains(where: { $0 == "." || $0 == "-" }) else { return title }
        let chars = Array(title)
        var out = ""
        var i = 0
        while i < chars.count {
            guard Self.isCyrillic(chars[i]), i == 0 || !chars[i - 1].isLetter else {
                out.append(chars[i])
                i += 1
                continue
            }
            var j = i
            while j < chars.count, Self.isCyrillic(chars[j]) { j += 1 }
            let head = Self.lowered(String(chars[i..<j]))
            // «X.»: a cut word before a full stop (not a decimal point, not one letter).
            if j < chars.count, chars[j] == ".", (2...8).contains(head.count),
                j + 1 == chars.count || !chars[j + 1].isNumber,
                let full = reading(head, ending: nil)
            {
                out += full
                i = j + 1
                continue
            }
            // «X-Y»: the word's head and its ending, joined by a hyphen with no spaces.
            if j + 1 < chars.count, chars[j] == "-", Self.isCyrillic(chars[j + 1]), head.count >= 2 {
                var k = j + 1
                while k < chars.count, Self.isCyrillic(chars[k]) { k += 1 }
                let tail = Self.lowered(String(chars[(j + 1)..<k]))
                if k == chars.count || !chars[k].isLetter, (1...4).contains(tail.count),
                    let full = reading(head, ending: tail)
                {
                    out += full
                    i = k
                    continue
                }
            }
            out += String(chars[i..<j])
            i = j
        }
        return out
    }

    /// The one full word the catalogue has for a head (and an ending), if its forms share one stem.
    private func reading(_ head: String, ending: String?) -> String? {
        let stem = TitleTokens.stem(head)
        guard !known.contains(head), !known.contains(stem), let list = words[String(head.prefix(2))] else { return nil }
        let fits = list.filter { w in
            guard w.hasPrefix(head) else { return false }
            guard let ending else { return w.count >= head.count + 2 }
            guard w.count >= head.count + ending.count + 1 else { return false }
            return Array(w)[w.count - ending.count] == ending.first
        }
        guard let first = fits.first, Set(fits.map(TitleTokens.stem)).count == 1 else { return nil }
        return first
    }

    private static func isCyrillic(_ c: Character) -> Bool {
        guard let u = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return (0x410...0x44F).contains(u.value) || u.value == 0x401 || u.value == 0x451
    }

    private static func lowered(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "ё", with: "е")
    }

    /// The runs of Cyrillic letters of a text.
    private static func letterRuns(_ s: String) -> [String] {
        s.split(whereSeparator: { !isCyrillic($0) }).map(String.init)
    }
}
