import Foundation

/// How to fill a row, written by a template into the row's own title (Templates/instruction_words.tsv): «Количество
/// наставников⏎(указывается по приказу о закреплении пар; наставляемые из числа МС не учитываются)», «… Пояснение:
/// считается от общего числа обучающихся 10–19 лет». The instruction names other criteria's words (наставляемые,
/// молодые специалисты, 10–19 лет) as what is left out or as a share's base, and a title read with it resembled them
/// (a layout nobody described, issue 25). The title is compared without it; the words that tell an instruction
/// from a qualifier («(по приказу)», «(за исключением молодых специалистов)») are the template's verbs: «указывается»,
/// «учитываются», «считается», «заполняется».
package struct TemplateInstructions: Sendable {
    /// The starts of the words that make a part of a title an instruction, lower case.
    package let words: [String]
    /// The marks that open an instruction wherever they stand: «Примечание:», «Пояснение:».
    package let openers: [String]
    /// The marks of a footnote («*»): they open an instruction only when what follows them instructs («Кол-во
    /// наставников* *учитываются …»); «Удовлетворённость участием в программах* наставников» is one title.
    package let footnotes: [String]
    /// The starts of words of a reference to a document («(в соответствии с Методическими рекомендациями …)», «(при
    /// наличии)»): they make a part an instruction unless it holds a `keeps` word.
    package let references: [String]
    /// The starts of words that make a reference the criterion's own qualifier: «(в соответствии с распорядительным
    /// актом ОО)», «(согласно приказу)» are «(по приказу)».
    package let keeps: [String]

    package init(
        words: [String] = [], openers: [String] = [], footnotes: [String] = [], references: [String] = [],
        keeps: [String] = []
    ) {
        self.words = words
        self.openers = openers
        self.footnotes = footnotes
        self.references = references
        self.keeps = keeps
    }

    /// Reads `instruction_words.tsv` (columns `word`, `kind`: `word`, `opener` or `footnote`); a missing file gives
    /// none.
    package static func load(from directory: URL) throws -> TemplateInstructions {
        let path = directory.appendingPathComponent("instruction_words.tsv").path
        guard FileManager.default.fileExists(atPath: path) else { return TemplateInstructions() }
        let file = try TSVFile(path: path)
        try file.require(["word", "kind"])
        var words: [String] = [], openers: [String] = [], footnotes: [String] = []
        var references: [String] = [], keeps: [String] = []
        for (line, f) in file.records {
            let w = f["word"]!.lowercased().replacingOccurrences(of: "ё", with: "е")
            guard !w.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CatalogueError(file: path, line: line, "пустое слово")
            }
            switch f["kind"]! {
            case "word": words.append(w)
            case "opener": openers.append(w)
            case "footnote": footnotes.append(w)
            case "reference": references.append(w)
            case "keep": keeps.append(w)
            default:
                throw CatalogueError(
                    file: path, line: line, "kind — word, opener, footnote, reference или keep, а не «\(f["kind"]!)»")
            }
        }
        return TemplateInstructions(
            words: words, openers: openers, footnotes: footnotes, references: references, keeps: keeps)
    }

    /// The text without its parts in brackets.
    static func outsideBrackets(_ s: some StringProtocol) -> String {
        var out = ""
        var depth = 0
        for ch in s {
            if ch == "(" {
                depth += 1
            } else if ch == ")", depth > 0 {
                depth -= 1
            } else if depth == 0 {
                out.append(ch)
            }
        }
        return out
    }

    /// Whether a part of a title says how to fill the row.
    func instructs(_ part: some StringProtocol) -> Bool {
        let t = part.lowercased().replacingOccurrences(of: "ё", with: "е")
        return words.contains { t.contains($0) }
            || (references.contains { t.contains($0) } && !keeps.contains { t.contains($0) })
    }

    /// The title without the template's instructions in it; nil when it has none, or when nothing of a title would
    /// be left (two words with letters at least).
    /// - the lines after the first, when they instruct («Кураторы, чел.⏎(по приказу; наставники не учитываются)»);
    /// - from an opener on («… Пояснение: …», «… Примечание: …»);
    /// - a part in brackets that instructs («(указывается по приказу …)»);
    /// - a later sentence that instructs («… наставляемые. Учитываются только …»).
    package func cut(_ title: String) -> String? {
        guard !words.isEmpty || !openers.isEmpty || !footnotes.isEmpty || !references.isEmpty, title.utf8.count > 24
        else { return nil }
        var t = title
        // Whether a rule took away words (not only a mark or the spaces around them).
        var took = false
        func hasWords(_ s: some StringProtocol) -> Bool { s.contains(where: \.isLetter) }
        // Lines after the first that instruct outside their brackets (a part's own title may follow a line of its
        // whole: «Молодые специалисты, всего⏎(до 35 лет …) из них в роли наставляемых»).
        let lines = t.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
        if lines.count > 1 {
            let kept = lines.dropFirst().filter { !instructs(Self.outsideBrackets($0)) }
            if kept.count < lines.count - 1 {
                took = true
                t = ([lines[0]] + kept).joined(separator: "\n")
            }
        }
        // From an opener on.
        let lower = t.lowercased()
        let opened =
            openers.compactMap { lower.range(of: $0)?.lowerBound }
            + footnotes.compactMap { f in
                lower.range(of: f).map(\.lowerBound).flatMap { instructs(t[$0...]) ? $0 : nil }
            }
        if let at = opened.min(), hasWords(t[at...]) {
            t = String(t[..<at])
            took = true
        }
        // Parts in brackets.
        var out = ""
        var depth = 0
        var group = ""
        for ch in t {
            if ch == "(" {
                if depth == 0 { group = "" }
                depth += 1
            }
            if depth > 0 { group.append(ch) } else { out.append(ch) }
            if ch == ")", depth > 0 {
                depth -= 1
                if depth == 0 {
                    if instructs(group) { took = true } else { out += group }
                }
            }
        }
        if depth > 0 { out += group }
        t = out
        // Later sentences: «. » followed by a capital letter.
        if let r = t.range(of: #"[.;]\s+(?=[А-ЯЁA-Z])"#, options: .regularExpression), instructs(t[r.upperBound...]) {
            t = String(t[..<r.lowerBound])
            took = true
        }
        guard took else { return nil }
        t = t.replacingOccurrences(of: #"[\s*:;,–—-]+$"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"\s{2,}"#, with: " ", options: .regularExpression)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let letterWords = t.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count
        guard letterWords >= 2 else { return nil }
        return t
    }
}
