import Foundation

/// A printed form filled in on the computer: every criterion a sentence with a blank («Кураторами назначено __2__
/// чел.», «В базе наставников числится ____52____ чел.», «43________ чел.») or a choice answered in capitals
/// («Положение … УТВЕРЖДЕНО / не утверждено»), the proof's address at its end («… . Ссылка: https://…»). A layout
/// nobody described (issue 25): such a sheet was skipped whole («ни в одном столбце нет формулировок»). Read through
/// `WordingWithValue`: the sentence without its blank is the wording, what was typed into the blank its value.
enum FilledBlanks {
    /// The sentence without its one answered blank or choice, and the answer («2», «52», «13,15 %», «да», «нет»).
    /// Nil for a sentence with none, and for one with several: two values of one sentence («Из __540__ обучающихся …
    /// вошли __71__») are not cut apart by guessing.
    static func answer(_ text: String) -> (wording: String, value: String)? {
        guard text.includes("__") || text.includes(" / ") else { return nil }
        let ns = text as NSString
        let blanks = filled(text)
        let choices = Self.choices(text)
        guard blanks.count + choices.count == 1 else { return nil }
        if let (range, value) = blanks.first {
            let after = ns.substring(from: range.location + range.length).trimmingCharacters(in: .whitespaces)
            let wording = tidy(ns.replacingCharacters(in: range, with: " "))
            return (wording, after.hasPrefix("%") && !value.hasSuffix("%") ? value + " %" : value)
        }
        let c = choices[0]
        return (tidy(ns.replacingCharacters(in: c.range, with: " ")), c.yes ? "да" : "нет")
    }

    /// What was typed into each blank and choice of a sentence, in order; nil for a sentence with none.
    static func answers(_ text: String) -> [String]? {
        guard text.includes("__") || text.includes(" / ") else { return nil }
        let all =
            filled(text).map { ($0.0.location, $0.1) }
            + choices(text).map { ($0.range.location, $0.yes ? "да" : "нет") }
        return all.isEmpty ? nil : all.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The blanks of a text with something typed in them: where each stands, and what was typed.
    static func filled(_ text: String) -> [(NSRange, String)] {
        let ns = text as NSString
        return blankPattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap {
            m -> (NSRange, String)? in
            let g = (1...3).map { m.range(at: $0) }.first { $0.location != NSNotFound }
            guard let g else { return nil }
            let value = ns.substring(with: g).trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : (m.range, value)
        }
    }

    /// A blank with what was typed into it: between two runs of underscores, or a number before or after one run.
    static let blankPattern = try! NSRegularExpression(
        pattern:
            #"_{2,}[ \t]*([^_\n]+?)[ \t]*_{2,}|(?<![\p{L}\p{N}])(\d[\d\u00A0 ]*(?:[.,]\d+)?)[ \t]*_{2,}|_{2,}[ \t]*(\d[\d\u00A0 ]*(?:[.,]\d+)?)(?![\p{N}])"#
    )

    /// The choices of a sentence answered by typing one alternative in capitals («УТВЕРЖДЕНО / не утверждено», «да /
    /// НЕТ», «ИМЕЕТСЯ / отсутствует»): where each stands in the text, and whether the answer is yes. Alternatives
    /// only: a word and the same word with «не», or a yes and a no of answers.tsv; never two abbreviations («ЦМН / ОО»).
    static func choices(_ text: String) -> [(range: NSRange, yes: Bool)] {
        let ns = text as NSString
        var out: [(NSRange, Bool)] = []
        var at = 0
        while at < ns.length {
            let slash = ns.range(of: "/", range: NSRange(location: at, length: ns.length - at))
            guard slash.location != NSNotFound else { break }
            at = slash.location + 1
            let left = ns.substring(to: slash.location), right = ns.substring(from: slash.location + 1)
            let leftWords = words(left, fromEnd: true), rightWords = words(right, fromEnd: false)
            search: for k in [2, 1] where k <= leftWords.count {
                for m in [2, 1] where m <= rightWords.count {
                    let l = leftWords.suffix(k).joined(separator: " "), r = rightWords.prefix(m).joined(separator: " ")
                    guard isCapitals(l) != isCapitals(r), alternatives(l.lowercased(), r.lowercased()) else { continue }
                    let answer = (isCapitals(l) ? l : r).lowercased()
                    let yes = !(answer.hasPrefix("не ") || Self.answer(word: answer) == false)
                    // The choice's span: from its first word to its last, the slash between.
                    let start = (left as NSString).range(of: l, options: .backwards).location
                    let end = slash.location + 1 + (right as NSString).range(of: r).location + (r as NSString).length
                    guard start != NSNotFound else { continue }
                    out.append((NSRange(location: start, length: end - start), yes))
                    break search
                }
            }
        }
        return out
    }

    /// Whether a word (or two) answers yes or no in Templates/answers.tsv («есть», «имеется» against «нет»,
    /// «отсутствует»): letters only, never a mark or a digit.
    static func answer(word: String) -> Bool? {
        guard word.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
        let key = ValueParser.YesNoText.filtered(word.replacingOccurrences(of: "ё", with: "е"))
        if ValueParser.yesAnswers.contains(key) { return true }
        if ValueParser.noAnswers.contains(key) { return false }
        return nil
    }

    static func alternatives(_ a: String, _ b: String) -> Bool {
        if a == "не " + b || b == "не " + a { return true }
        guard let x = answer(word: a), let y = answer(word: b) else { return false }
        return x != y
    }

    /// Up to two words of letters next to a slash: the last of `text` (`fromEnd`) or its first.
    static func words(_ text: String, fromEnd: Bool) -> [String] {
        let all = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        let near = fromEnd ? Array(all.suffix(2)) : Array(all.prefix(2))
        // Only letters, from the slash outward: «(нужное» and «утверждено.» end the choice.
        var out: [String] = []
        for w in (fromEnd ? near.reversed() : near) {
            let letters = w.trimmingCharacters(in: .punctuationCharacters)
            guard !letters.isEmpty, letters.allSatisfy(\.isLetter) else { break }
            out.append(letters)
            if letters != w { break }
        }
        return fromEnd ? out.reversed() : out
    }

    /// Whether a word or two are typed in capitals (two letters at least, every one upper-case).
    static func isCapitals(_ s: String) -> Bool {
        let letters = s.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// Spaces collapsed, «( )» and an empty «(нужное подчеркнуть)» left by the answer gone.
    static func tidy(_ s: String) -> String {
        s.replacingOccurrences(of: #"\((?:нужное [^)]*)\)"#, with: " ", options: [.regularExpression, .caseInsensitive])
            .replacingOccurrences(of: #"[ \t\u00A0]{2,}"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: " .", with: ".").replacingOccurrences(of: " ,", with: ",")
            .trimmingCharacters(in: .whitespaces)
    }

    /// A sentence's text without the proof's address at its end («… чел. Ссылка: https://…»), and that address.
    static func withoutTrailingAddress(_ text: String) -> (String, String?) {
        guard text.includes("http") || text.includes("www.") else { return (text, nil) }
        let ns = text as NSString
        guard
            let m = trailingAddress.firstMatch(in: text, range: NSRange(location: 0, length: ns.length))
        else { return (text, nil) }
        return (
            ns.substring(to: m.range.location).trimmingCharacters(in: .whitespaces), ns.substring(with: m.range(at: 1))
        )
    }
    static let trailingAddress = try! NSRegularExpression(
        pattern: #"[ .;,]*(?:ссылка|подтверждение|документ)\s*[:\-—–]\s*((?:https?://|www\.)\S+?)[.;,]?\s*$"#,
        options: .caseInsensitive)
}
