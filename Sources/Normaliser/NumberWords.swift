/// Numbers as Russian letters and official letters write them (a layout nobody described, issue 25, heldout90): a
/// number in words alone («двадцать два», «двое», «один педагог», «девяносто пять процентов»), a number doubled in
/// words («5 (пять)», whose words must agree with the digits), and a value typed with last year's beside it
/// («увеличилось с 19 до 24», «131 / 118 (2023)»). Before, each was «не является числом» and not used.
extension ValueParser {
    /// Units, tens, hundreds and the collective numerals, by word (lower case, ё as е).
    static let numberWordValues: [String: Double] = [
        "ноль": 0, "нуль": 0, "один": 1, "одна": 1, "одно": 1, "одни": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
        "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11,
        "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
        "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40,
        "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100,
        "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
        "восемьсот": 800, "девятьсот": 900, "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6,
        "семеро": 7, "восьмеро": 8, "девятеро": 9, "десятеро": 10
    ]

    /// The words of a thousand: the number before them is multiplied («одна тысяча сто двадцать четыре»).
    static let thousandWords: Set<String> = ["тысяча", "тысячи", "тысяч"]

    /// A number written in words at the start of `words`, and how many words it took; nil when the first is none.
    /// Each word adds to the number («двадцать два»), each one of a place lower than the one before («двадцать
    /// тридцать» is no number).
    static func leadingNumberWords(_ words: [String]) -> (value: Double, count: Int)? {
        var total = 0.0, current = 0.0, count = 0, lastPlace = Double.infinity
        for w in words {
            if thousandWords.contains(w), count > 0 {
                total += max(current, 1) * 1000
                current = 0
                lastPlace = 1000
                count += 1
                continue
            }
            guard let v = numberWordValues[w] else { break }
            let place: Double = v >= 100 ? 100 : v >= 20 ? 10 : 1
            if place >= lastPlace { return nil }
            current += v
            lastPlace = place
            count += 1
        }
        return count == 0 ? nil : (total + current, count)
    }

    /// The words of a text in lower case, ё as е, punctuation but «-» dropped.
    static func lowerWords(_ text: some StringProtocol) -> [String] {
        text.lowercased().replacingOccurrences(of: "ё", with: "е").split(whereSeparator: {
            spaces.contains($0) || ",.;:".contains($0)
        }).map(String.init)
    }

    /// A count in words, alone or before one word of what it counts and a comment in brackets or after a comma:
    /// «девятнадцать», «двое», «Один педагог», «один (директор)», «одна тысяча сто двадцать четыре». A share in words
    /// before «процентов» is a percent.
    static func numberInWords(_ text: String) -> (value: Double, percent: Bool)? {
        guard let first = text.first(where: { !spaces.contains($0) }), first.isLetter, !first.isASCII else {
            return nil
        }
        // (Most texts are no number: their first word says so before anything else is done.)
        let firstWord = text.drop { spaces.contains($0) }.prefix { !spaces.contains($0) && $0 != "(" && $0 != "," }
        guard firstWord.count <= 14,
            numberWordValues[firstWord.lowercased().replacingOccurrences(of: "ё", with: "е")] != nil
        else { return nil }
        let head = text.prefix { $0 != "(" && $0 != "," && $0 != ";" && $0 != "—" && $0 != "–" }
        let words = lowerWords(head)
        guard let (n, used) = leadingNumberWords(words), words.count - used <= 1 else { return nil }
        let rest = words.dropFirst(used).first
        if let rest, rest.hasPrefix("процент") { return (n, true) }
        // (A word that is a number of its own kind after the number, «два три», is none.)
        if let rest, numberWordValues[rest] != nil { return nil }
        return (n, false)
    }

    /// Whether the words in brackets after a number («5 (пять)») say another number: then the cell says two.
    static func bracketDisagrees(_ head: Double, _ inner: some StringProtocol) -> Bool {
        let words = lowerWords(inner)
        guard let (n, used) = leadingNumberWords(words), used == words.count || used + 1 == words.count else {
            return false
        }
        return n != head
    }

    /// This year's value typed with last year's: «увеличилось с 19 до 24», «уменьшилось с 46 до 41», «увеличился с
    /// 84 % до 88 %» (the number after «до»); «131 / 118 (2023)» (the number that is not another year's).
    static func changeOrPair(_ text: String) -> (value: Double, percent: Bool)? {
        let t = text.trimmed
        guard t.contains(" с ") || t.contains("/") else { return nil }
        let lower = t.lowercased()
        let changes = ["увелич", "уменьш", "вырос", "возрос", "снизил", "сократил", "изменил"]
        if changes.contains(where: { lower.hasPrefix($0) }), let from = lower.range(of: " с "),
            let to = lower.range(of: " до ", range: from.upperBound..<lower.endIndex)
        {
            let before = String(lower[from.upperBound..<to.lowerBound])
            let after = String(lower[to.upperBound...])
            guard parseNumber(before) != nil, let n = parseNumber(after) else { return nil }
            return n
        }
        // «131 / 118 (2023)»: two numbers, the second marked with a year in brackets.
        let parts = t.split(separator: "/", maxSplits: 1).map { $0.trimmed }
        if parts.count == 2, let open = parts[1].firstIndex(of: "("), parts[1].hasSuffix(")"),
            let year = Int(parts[1][parts[1].index(after: open)..<parts[1].index(before: parts[1].endIndex)].trimmed),
            (1990...2100).contains(year), parseNumber(String(parts[1][..<open])) != nil,
            let n = parseNumber(parts[0]), !parts[0].contains("(")
        {
            return n
        }
        return nil
    }
}
