import Catalogue
import Dataset
import Foundation

/// A value as understood from a form cell.
package enum ParsedValue: Equatable, Sendable {
    /// A number: counts as they are, yes/no as 1/0, shares and levels as fractions (0.0728 for 7,28 %).
    case number(Double)
    case text(String)
    case list([String])
    /// Nothing reported (an empty cell, "-", «нет данных»): not the same as 0.
    case empty
    /// A note instead of a value, e.g. «замер показателя не производился».
    case note(String)

    package var number: Double? { if case .number(let d) = self { return d }; return nil }
}

/// Reads the values methodologists type: "1 111", "7,28", "5,39%", "15 %", "Да", "да (1)",
/// "1 - да / 0 - нет" answered as 1 or 0, numbers stored as text, lists "1) … 2) …" or "a; b".
package enum ValueParser {
    static let spaces: Set<Character> = [" ", "\u{00A0}", "\u{2009}", "\u{202F}", "\u{2007}", "\t"]
    static let noData: Set<String> = [
        "-", "–", "—", "нет данных", "н/д", "нд", "x", "х",
        // A web form's placeholders, pasted with the page: a field left unfilled.
        "введите число", "введите текст", "введите значение", "введите ссылку", "выберите значение", "выберите",
        "— выберите —", "-- выберите --", "- выберите -", "не выбрано", "не заполнено",
        // A template's row the organisation does not fill.
        "не заполняется", "не заполняется организацией"
    ]

    /// Parses raw cell content for a criterion of `unit`. `number` is the cell's numeric value when the
    /// file stored one, `isPercent` its percent format.
    package static func parse(raw: String, number: Double? = nil, isPercent: Bool = false, unit: ValueUnit)
        -> ParsedValue
    {
        parse(raw: raw, number: number, isPercent: isPercent, unit: unit, rounded: false)
    }

    static func parse(raw: String, number: Double?, isPercent: Bool, unit: ValueUnit, rounded: Bool) -> ParsedValue {
        // A number stored as a number for a numeric criterion needs no text work (most cells of most forms).
        if let n = number, unit != .text, unit != .list, raw.utf8.allSatisfy({ $0 < 0x80 }) {
            return numeric(n, isPercent: isPercent, unit: unit)
        }
        let trimmed = unblanked(raw.trimmed)
        if number == nil && trimmed.isEmpty { return .empty }
        let text = Text(trimmed)
        let lower = text.lower
        if number == nil, text.saysNoData { return .empty }
        if text.isNote { return .note(trimmed) }
        if !rounded, let n = number, n != n.rounded() {
            // 12 decimals: office software writes 15 significant digits, Swift 17; a re-save must not change a value.
            return parse(raw: raw, number: (n * 1e12).rounded() / 1e12, isPercent: isPercent, unit: unit, rounded: true)
        }
        switch unit {
        case .text:
            return .text(trimmed)
        case .list:
            let items = ListItems.split(trimmed)
            return items.isEmpty ? .empty : .list(items)
        case .yesno:
            if let n = number { return .number(n) }
            if let b = yesNo(lower) { return .number(b) }
            return .text(trimmed)
        case .count:
            if let n = number { return .number(n) }
            if let n = parseNumber(trimmed) { return .number(stable(n.value)) }
            // A drop-down's item with its code («2 – нет», «1 – да»): the answer, never the code as a count.
            if let b = codedAnswer(lower) { return .number(b) }
            if let n = countWithUnit(trimmed) ?? countWithNoun(trimmed) ?? countWithComment(trimmed) {
                return .number(stable(n))
            }
            if let n = numberInWords(trimmed) ?? changeOrPair(trimmed), !n.percent { return .number(stable(n.value)) }
            if let b = yesNo(lower) { return .number(b) }
            return .text(trimmed)
        case .share, .level:
            if let n = number {
                if isPercent { return .number(n) }
                return .number(n > 1 ? fraction(n) : n)
            }
            guard let n = parseNumber(trimmed) ?? changeOrPair(trimmed) ?? numberInWords(trimmed) else {
                return .text(trimmed)
            }
            if n.percent { return .number(fraction(n.value)) }
            return .number(n.value > 1 ? fraction(n.value) : stable(n.value))
        }
    }

    /// A cell's trimmed text as every unit reads it first: lower case with ё as е, and whether it says that nothing
    /// was reported («-», «нет данных») or that nothing was measured.
    struct Text {
        let lower: String
        /// One of `noData`.
        let saysNoData: Bool
        /// «замер показателя не производился».
        let isNote: Bool

        init(_ trimmed: String) {
            var lower = trimmed.lowercased()
            // Foundation's replace is slow
            if lower.includes("ё") { lower = lower.replacingOccurrences(of: "ё", with: "е") }
            self.lower = lower
            // A text longer than every `noData` answer is none of them (and is not hashed to find out).
            saysNoData = lower.utf8.count <= ValueParser.longestNoData && ValueParser.noData.contains(lower)
            isNote = lower.includes("замер") && lower.includes("не производ")
        }
    }

    /// The length of the longest `noData` answer, in bytes.
    static let longestNoData = noData.map(\.utf8.count).max() ?? 0

    /// A stored number for a numeric criterion: rounded to 12 decimals (office software writes 15 significant
    /// digits, Swift 17; a re-save must not change a value); shares and levels as fractions.
    static func numeric(_ stored: Double, isPercent: Bool, unit: ValueUnit) -> ParsedValue {
        let n = stable(stored)
        switch unit {
        case .share, .level: return .number(isPercent || n <= 1 ? n : fraction(n))
        default: return .number(n)
        }
    }

    /// A number rounded to 12 decimals, whether the file stored it as a number or as text («0,1558441558441558»):
    /// office software writes 15 significant digits, Swift 17, and a re-save or a number typed as text must not
    /// change a value.
    static func stable(_ n: Double) -> Double { n == n.rounded() ? n : (n * 1e12).rounded() / 1e12 }

    /// Percent points as a fraction, rounded to 10 decimals so that "5,39" gives exactly 0.0539.
    static func fraction(_ percentPoints: Double) -> Double { (percentPoints * 1e8).rounded() / 1e10 }

    /// 1 for «да», 0 for «нет» and the usual variants; nil otherwise.
    static func yesNo(_ lower: String) -> Double? {
        // "да (1)", "1 - да", "Да." all become "да1"/"1да"/"да". The longest answer is a few words: a longer
        // text (a list, a link) is not one, and filtering it character by character cost a twentieth of reading.
        guard lower.utf8.count <= 48 else { return leadingAnswer(lower) }
        if let chosen = checkedChoice(lower) { return chosen }
        let t = YesNoText.filtered(lower)
        // The answers hold no letter a combining mark could change or join: equal as Swift strings is equal bytes.
        if yesAnswers.contains(t) { return 1 }
        if noAnswers.contains(t) { return 0 }
        if let coded = codedAnswer(lower) { return coded }
        // «Дa», «нeт» typed with a Latin look-alike letter: the answer in Cyrillic letters.
        if lower.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.isASCII }) {
            let cyrillic = TitleNormaliser.normalise(lower)
            if cyrillic != lower { return yesNo(cyrillic) }
        }
        // An answer said twice: «да, имеется», «нет (отсутствует)», «да; есть» — every part the same answer.
        let parts = lower.split(whereSeparator: { ",;/()".contains($0) }).map { YesNoText.filtered(String($0)) }.filter
        { !$0.isEmpty }
        guard parts.count > 1 else { return nil }
        if parts.allSatisfy({ yesAnswers.contains($0) }) { return 1 }
        if parts.allSatisfy({ noAnswers.contains($0) }) { return 0 }
        return leadingAnswer(lower)
    }

    /// A drop-down list's item with its code: «2 – нет», «1. да», «3) имеется» — the answer after the code, whatever
    /// the code is (a template numbers its items as it likes). Nil when the rest is no answer («0 - не применимо»).
    static func codedAnswer(_ lower: String) -> Double? {
        guard lower.utf8.count <= 40, let first = lower.first, first.isASCII, first.isNumber,
            let m = lower.range(of: #"^\d{1,2}\s*[-–—.)]\s*"#, options: .regularExpression)
        else { return nil }
        let rest = YesNoText.filtered(String(lower[m.upperBound...]))
        guard !rest.isEmpty, rest.contains(where: \.isLetter) else { return nil }
        if yesAnswers.contains(rest) { return 1 }
        if noAnswers.contains(rest) { return 0 }
        return nil
    }

    /// A choice of boxes typed in the cell, one ticked: «☒ да ☐ нет» is «да», «☐ да ☑ нет» is «нет» (the marks and boxes
    /// of Templates/answers.tsv). Nil unless exactly one box is ticked, another is empty, and the ticked one's word
    /// answers.
    static func checkedChoice(_ lower: String) -> Double? {
        let answers = YesNoAnswers.shared
        guard lower.contains(where: { answers.boxes.contains($0) }) else { return nil }
        var options: [(ticked: Bool, label: String)] = []
        for c in lower {
            if answers.marks.contains(c) || answers.boxes.contains(c) {
                options.append((answers.marks.contains(c), ""))
            } else if !options.isEmpty {
                options[options.count - 1].label.append(c)
            }
        }
        let ticked = options.filter(\.ticked)
        guard ticked.count == 1, options.count >= 2 else { return nil }
        let word = YesNoText.filtered(ticked[0].label)
        if yesAnswers.contains(word) { return 1 }
        if noAnswers.contains(word) { return 0 }
        return nil
    }

    /// An answer first, then what it rests on: «да, приказ № 112-од от 30.08.2024», «имеется (приказ № 87-од, https://…)»
    /// (a «да» needs a document: `YesNoAnswers.documents`), «нет, в работе» — when no later part answers the other way.
    static func leadingAnswer(_ lower: String) -> Double? {
        let parts = lower.split(whereSeparator: { ",;/():".contains($0) }).map(String.init)
        guard parts.count > 1, parts[0].utf8.count <= 48 else { return nil }
        let first = YesNoText.filtered(parts[0])
        // Most long texts (lists, links) begin with no answer: the rest is looked at only after one.
        guard yesAnswers.contains(first) || noAnswers.contains(first) else { return nil }
        // The rest, part by part and word by word: «да, но нет приказа» answers both ways.
        let rest = parts.dropFirst().flatMap { part in
            [YesNoText.filtered(part)] + part.split(whereSeparator: { !$0.isLetter }).map(String.init)
        }
        // «да» with what it rests on (a document); «нет» with any reason that does not answer «да». (The documents'
        // words are looked for only after a «да»: most long texts are lists and links, and the search is costly.)
        if yesAnswers.contains(first), !rest.contains(where: { noAnswers.contains($0) }),
            YesNoAnswers.shared.documents.contains(where: { word in lower.contains(word) })
        {
            return 1
        }
        if noAnswers.contains(first), !rest.contains(where: { yesAnswers.contains($0) }) { return 0 }
        return nil
    }

    /// The answers of Templates/answers.tsv.
    static var yesAnswers: TextSet { YesNoAnswers.shared.yes }
    static var noAnswers: TextSet { YesNoAnswers.shared.no }

    /// A short answer without the spaces, dots, brackets and dashes around it.
    enum YesNoText {
        static let dropped: Set<Character> = [" ", ".", "(", ")", "-", "–", "—", "\u{00A0}"]
        static let droppedScalars = Set(dropped.flatMap(\.unicodeScalars))

        static func filtered(_ lower: String) -> String {
            // Scalar by scalar when no scalar can join its neighbour into one character (the common case, and
            // then the same as character by character).
            guard lower.unicodeScalars.allSatisfy(isStandalone) else {
                return String(lower.filter { !dropped.contains($0) })
            }
            var out = String.UnicodeScalarView()
            for u in lower.unicodeScalars where !droppedScalars.contains(u) { out.append(u) }
            return String(out)
        }

        /// ASCII but CR (CR LF is one character), Latin-1, Cyrillic letters, the dashes: scalars that stand alone.
        static func isStandalone(_ u: Unicode.Scalar) -> Bool {
            let v = u.value
            return (v < 0x300 && v != 0x0D) || (v >= 0x400 && v <= 0x482) || (v >= 0x48A && v <= 0x4FF) || v == 0x2013
                || v == 0x2014
        }
    }

    /// A number written as text: digit groups separated by spaces, a decimal comma, an optional %,
    /// and an optional tail in brackets ("463 (73%)").
    /// A value typed into a printed form's blank, the underscores kept around it («__4__», «12____»): the value.
    static func unblanked(_ text: String) -> String {
        guard text.hasPrefix("__") || text.hasSuffix("__") else { return text }
        let inner = text.trimmingCharacters(in: CharacterSet(charactersIn: "_ \u{00A0}"))
        return inner.isEmpty || inner.contains("__") ? text : inner
    }

    package static func parseNumber(_ text: String) -> (value: Double, percent: Bool)? {
        let text = unblanked(text.trimmed)
        if case .read(let number) = ASCIINumber.parse(text) { return number }
        var s = Substring(text)
        // A number typed with a leading apostrophe to keep it text («'12»): the apostrophe kept in the text.
        if let f = s.first, f == "'" || f == "’" || f == "`" {
            s = s.dropFirst().drop { ValueParser.spaces.contains($0) }
        }
        // A footnote mark after the number («47*», «12¹»): the number.
        while let l = s.last, footnoteMarks.contains(l) { s = s.dropLast() }
        // («2 (удостоверения: …» — the bracket left open where a link was taken out of the cell — too.)
        // («94 (девяносто четыре) %»: the number doubled in words, its «%» after them; words that say another
        // number, «5 (шесть)», make the cell say two.)
        var inWords: Substring?
        if let open = s.firstIndex(of: "("),
            s.last == ")" || s.hasSuffix(")%") || s.hasSuffix(") %") || !s.contains(")")
        {
            let head = s[..<open].trimmed
            if !head.isEmpty {
                inWords = s[s.index(after: open)...].prefix { $0 != ")" }
                s = Substring(s.hasSuffix("%") && !head.hasSuffix("%") ? head + "%" : head)
            }
        }
        var percent = false
        if s.hasSuffix("%") { percent = true; s = s.dropLast() }
        var digits = ""
        for ch in s where !spaces.contains(ch) {
            if ch == "," {
                digits.append(".")
            } else if ch == "−" || ch == "–" {
                digits.append("-")
            } else {
                digits.append(ch)
            }
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }),
            digits.filter({ $0 == "." }).count <= 1, let v = Double(digits)
        else { return nil }
        if let inWords, bracketDisagrees(v, inWords) || saysDoubt(inWords) { return nil }
        return (v, percent)
    }

    /// Words of a comment that says the number is not sure («12 (уточнить)», «30 (предварительно)», «5 (?)»): the cell
    /// is no value to use (held-out set 97).
    static let doubtWords = [
        "уточн", "предварит", "ориентиров", "примерн", "приблизит", "около", "неточн", "не точн", "?"
    ]

    /// Whether a number's comment says it is not sure.
    static func saysDoubt(_ comment: some StringProtocol) -> Bool {
        let lower = comment.lowercased()
        return doubtWords.contains { lower.contains($0) }
    }

    /// Marks of a footnote written after a number: asterisks and superscript digits.
    static let footnoteMarks: Set<Character> = ["*", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]

    /// The units a count may be written with: «122 чел.», «3 ед.», «12 человек», «2 шт.».
    static let countUnits: Set<String> = [
        "чел", "человек", "человека", "ед", "единиц", "единица", "единицы", "шт", "штук", "штуки", "экз"
    ]

    /// Small counts written in words with their unit: «Один человек», «два человека (Петрова, Сидорова)».
    static let numberWords: [String: Double] = [
        "ноль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
        "восемь": 8, "девять": 9, "десять": 10
    ]

    /// A count in words and its unit, before a comment in brackets or after a comma: «Один человек (Иванова Н.П.)».
    static func countInWords(_ text: String) -> Double? {
        guard let first = text.first(where: { !spaces.contains($0) }), first.isLetter, !first.isASCII else {
            return nil
        }
        let head = text.prefix { $0 != "(" && $0 != "," && $0 != ";" }.lowercased()
        let words = head.split(whereSeparator: { spaces.contains($0) }).map { $0.filter { $0 != "." } }
        guard words.count == 2, let n = numberWords[words[0]], countUnits.contains(words[1]) else { return nil }
        return n
    }

    /// A count, with or without its unit, and then what it rests on after a dash or in brackets: «27 — приказ от
    /// 02.09.2024 № 152-о», «19 чел. (10–11 классы)». The comment may hold numbers; the count is what comes before it.
    static func countWithComment(_ text: String) -> Double? {
        let t = text.trimmed
        var cut: String.Index?
        for sep in [" — ", " – ", " - ", "("] {
            guard let r = t.range(of: sep) else { continue }
            // After a dash, words (a document, a note), not a second number («10 – 19»).
            let after = t[r.upperBound...].first { !spaces.contains($0) }
            if sep != "(", after?.isNumber ?? true { continue }
            if cut == nil || r.lowerBound < cut! { cut = r.lowerBound }
        }
        guard let end = cut else { return nil }
        let head = String(t[..<end]).trimmed
        guard !head.isEmpty else { return nil }
        if let n = parseNumber(head), !n.percent {
            // (Words in brackets that say another number, «5 (шесть) чел.»: the cell says two.)
            if t[end] == "(" {
                let inner = t[t.index(after: end)...].prefix { $0 != ")" }
                if bracketDisagrees(n.value, inner) || saysDoubt(inner) { return nil }
            }
            return n.value
        }
        return countWithUnit(head) ?? countWithNoun(head)
    }

    /// A whole number followed by what it counts, in words without a digit: «6 педагогов», «55 человек прошли».
    /// Nil when a word comes first or another number follows («12 из 40»).
    static func countWithNoun(_ text: String) -> Double? {
        let t = text.trimmed
        guard let space = t.firstIndex(where: { spaces.contains($0) }) else { return nil }
        let head = t[..<space], tail = t[space...]
        guard head.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Double(head),
            let first = tail.first(where: { !spaces.contains($0) }), first.isLetter,
            !tail.contains(where: \.isNumber)
        else { return nil }
        return n
    }

    /// A count followed by its unit, nil when the tail is not one of `countUnits`.
    static func countWithUnit(_ text: String) -> Double? {
        if let n = countInWords(text) { return n }
        guard let lastDigit = text.lastIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
        let head = text[...lastDigit], tail = text[text.index(after: lastDigit)...]
        let unit = tail.lowercased().filter { !spaces.contains($0) && $0 != "." }
        guard countUnits.contains(unit), let n = parseNumber(String(head)), !n.percent else { return nil }
        return n.value
    }

}

/// `ValueParser.parseNumber` for a text of ASCII bytes only (most numbers typed as text), byte by byte: the same
/// steps (trim, a bracketed tail, «%», spaces out, decimal comma) without characters or Foundation.
enum ASCIINumber {
    enum Outcome {
        /// Not all ASCII: the character path decides.
        case notASCII
        /// The number, or nil when the text is none.
        case read((value: Double, percent: Bool)?)
    }

    static func parse(_ text: String) -> Outcome {
        var text = text
        return text.withUTF8 { all in
            guard all.allSatisfy({ $0 < 0x80 }) else { return .notASCII }
            return .read(number(in: trim(all[...])))
        }
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    private static func trim(_ b: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        guard let first = b.firstIndex(where: { !isSpace($0) }) else { return b[b.endIndex...] }
        return b[first...b.lastIndex(where: { !isSpace($0) })!]
    }

    private static func number(in trimmed: Slice<UnsafeBufferPointer<UInt8>>) -> (value: Double, percent: Bool)? {
        var s = trimmed
        // A number typed with a leading apostrophe to keep it text («'12»): the apostrophe kept in the text.
        if s.first == UInt8(ascii: "'") || s.first == UInt8(ascii: "`") { s = trim(s.dropFirst()) }
        // A footnote mark after the number («47*»): the number (`ValueParser.footnoteMarks`).
        while s.last == UInt8(ascii: "*") { s = trim(s.dropLast()) }
        if let open = s.firstIndex(of: UInt8(ascii: "(")),
            s.last == UInt8(ascii: ")") || s.suffix(2).elementsEqual(")%".utf8) || !s.contains(UInt8(ascii: ")"))
        {
            let head = trim(s[..<open])
            // («5 (?)»: a comment that doubts the number, `ValueParser.saysDoubt`.)
            if s[open...].contains(UInt8(ascii: "?")) { return nil }
            if !head.isEmpty { s = head }
        }
        var percent = false
        if s.last == UInt8(ascii: "%") { percent = true; s = s.dropLast() }
        var digits: [UInt8] = []
        digits.reserveCapacity(s.count)
        var dots = 0
        for b in s where b != 0x20 && b != 0x09 {
            let c = b == UInt8(ascii: ",") ? UInt8(ascii: ".") : b
            guard
                (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")
                    || c == UInt8(ascii: "+")
            else {
                return nil
            }
            if c == UInt8(ascii: ".") { dots += 1 }
            digits.append(c)
        }
        guard !digits.isEmpty, dots <= 1, let v = Double(String(decoding: digits, as: UTF8.self)) else { return nil }
        return (v, percent)
    }
}
