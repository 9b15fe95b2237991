import Foundation

/// Words of a criterion title as the resolver compares them: numbering and unit marks removed, words
/// reduced to stems by Snowball's Russian stemmer, so that «наставников», «наставника» and
/// «наставниками» are one word and «наставников» / «наставляемых» stay two.
package enum TitleTokens {
    /// The key of a wording for decisions and grouping: the normalised title without its numbering prefix
    /// («1.2.», «3)», «а)»), so «1.1. Количество …» and «Количество …» are one wording.
    package static func key(_ title: String) -> String {
        // Every row of every form asks for its title's key, often more than once: remembered by the raw title.
        keys.value(TextKey(title)) { stripNumbering(TitleNormaliser.normalise(title)) }
    }

    private static let keys = Memo<TextKey, String>(limit: 200_000)

    /// «1.1. текст» → «текст»; «2) текст», «а) текст», «1 - текст» too. A leading number that belongs to the
    /// text («10 до 19 лет …») is kept: a numbering ends with «.» or «)», or has inner dots («1.1 …»).
    package static func stripNumbering(_ s: String) -> String {
        // «№ 8 текст», «№8. текст».
        if s.hasPrefix("№") {
            let rest = s.dropFirst().drop { $0 == " " }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty {
                let tail = rest.dropFirst(digits.count).drop { $0 == "." || $0 == ")" || $0 == " " }
                if !tail.isEmpty { return String(tail) }
            }
        }
        let scalars = Array(s.unicodeScalars)
        var i = 0
        func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }
        func isLetter(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic }
        var end: Int?
        if i < scalars.count, isDigit(scalars[i]) {
            var dots = 0
            while i < scalars.count, isDigit(scalars[i]) || scalars[i] == "." {
                if scalars[i] == "." { dots += 1 }
                i += 1
            }
            if i < scalars.count, scalars[i] == ")" {
                i += 1; end = i
            } else if dots > 0 && i < scalars.count && scalars[i] == " " {
                end = i
            } else if i + 1 < scalars.count, scalars[i] == " ", scalars[i + 1] == "-" {
                end = i + 2
            }
        } else if scalars.count > 2, isLetter(scalars[0]), scalars[1] == ")" || scalars[1] == ".", scalars[2] == " " {
            end = 2
        } else if scalars.count > 3, isLetter(scalars[0]), scalars[1] == "." || scalars[1] == "-", isDigit(scalars[2]) {
            // A block's letter and the question's number: «А.1.», «Д.10», «Н-1.1» (a region's numbering).
            i = 2
            while i < scalars.count, isDigit(scalars[i]) || scalars[i] == "." { i += 1 }
            if i < scalars.count, scalars[i] == " " || scalars[i] == ")" { end = scalars[i] == ")" ? i + 1 : i }
        }
        guard let e = end else { return s }
        var rest = String(String.UnicodeScalarView(scalars[e...]))
        while rest.first == " " { rest.removeFirst() }
        return rest.isEmpty ? s : rest
    }

    /// Words that never tell one criterion from another.
    package static let stopWords: Set<String> = stopWordList.union(stopWordList.map(stem))

    private static let stopWordList: Set<String> = [
        "в", "и", "с", "со", "по", "из", "от", "до", "на", "за", "о", "об", "для", "к",
        "у", "а", "не", "или", "их", "том", "числе", "чел", "человек", "ед", "шт",
        "единиц", "да", "нет", "г", "год", "года", "ли",
        // A questionnaire's address to the respondent («в вашей ОО», «у вас»): names nothing.
        "ваш", "ваша", "вашей", "вашем", "вашего", "ваши", "вас", "вам", "вами"
    ]

    /// A normalised title without the details of a document it cites: dates («от 02.09.2024»), numbers («№ 148-од»,
    /// «№15/09») and years («в 2024 г.»). They say which order or which year, never which criterion: «Наставники,
    /// всего (приказ от 02.09.2024 № 148-од)» is «Наставники, всего (приказ)». Ages and counts («10–19 лет») stay.
    package static func withoutReferences(_ normalised: String) -> String {
        guard normalised.contains(where: { $0.isNumber }) else { return normalised }
        let all = NSRange(normalised.startIndex..., in: normalised)
        return references.stringByReplacingMatches(in: normalised, range: all, withTemplate: "$1 ")
    }

    /// A date, a document's number, or a year standing alone (the group keeps what comes before a year).
    private static let references = try! NSRegularExpression(
        pattern:
            #"\d{1,2}[./]\d{1,2}[./]\d{2,4}|№\s*\d[\d./]*(?:[\s/-]*\p{L}{1,4}\b)?|(^|[^\d.])(?:19|20)\d\d(?![\d.])"#)

    /// The words of a normalised title, split at anything that is not a letter or a digit.
    package static func words(_ normalised: String) -> [String] {
        normalised.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// The first of `words(normalised)` ("" when there is none), without splitting the rest of the text.
    package static func firstWord(_ normalised: String) -> Substring {
        let start = normalised.firstIndex { $0.isLetter || $0.isNumber } ?? normalised.endIndex
        let rest = normalised[start...]
        return rest.prefix { $0.isLetter || $0.isNumber }
    }

    /// Stems of the words of a (normalised) text, in order, stop words kept (the thesaurus needs them).
    package static func stems(_ normalised: String) -> [String] { words(normalised).map(stem) }

    static let endings: [String] = [
        "иями", "ями", "ами", "ыми", "ими", "его", "ого", "ему", "ому", "ее", "ие", "ые", "ое", "ей", "ий", "ый",
        "ой", "ем", "им", "ым", "ом", "их", "ых", "ую", "юю", "ая", "яя", "ах", "ях", "ов", "ев", "ам", "ям", "ию",
        "ия", "ии", "ь", "а", "я", "о", "е", "и", "ы", "у", "ю", "й"
    ].sorted { $0.count > $1.count }

    /// The stem of a word (Snowball's Russian stemmer, see `RussianStemmer`). Numbers and words of three
    /// letters or fewer («оо», «кпк», «лет») stay as they are: Snowball would cut «оо» to «о».
    package static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isLetter }) else { return word }
        return RussianStemmer.stem(word)
    }

    /// Levenshtein distance, bounded: answers `limit + 1` as soon as the distance exceeds `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        var beforePrevious = previous
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                // Two neighbouring letters swapped («возрсате») is one slip, not two.
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
