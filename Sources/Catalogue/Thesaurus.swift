import Foundation

/// The equivalences of this field's wording (Templates/thesaurus.tsv): «численность» = «количество»,
/// «в качестве» = «в роли», «согласно приказу» = «по приказу», «образовательная организация» = «ОО» …
/// A methodologist adds a row when a region words things its own way. Both sides are compared as stems,
/// so one row covers every case form of its words.
package struct Thesaurus: Sendable {
    /// A phrase (stems) and what it stands for (stems; empty: the phrase carries no meaning).
    struct Rule: Sendable {
        let phrase: [String]
        let meaning: [String]
    }

    /// Rules by their first stem, longest phrase first.
    private var rules: [String: [Rule]] = [:]
    package private(set) var count = 0
    /// Every stem of the thesaurus's phrases (words a title may be spelled toward).
    package private(set) var words: Set<String> = []

    package init() {}

    /// Reads `thesaurus.tsv` (columns `term`, `same_as`); a missing file gives an empty thesaurus.
    package static func load(from directory: URL) throws -> Thesaurus {
        let path = directory.appendingPathComponent("thesaurus.tsv").path
        var t = Thesaurus()
        guard FileManager.default.fileExists(atPath: path) else { return t }
        let file = try TSVFile(path: path)
        try file.require(["term", "same_as"])
        for (line, f) in file.records {
            let phrase = TitleTokens.stems(TitleNormaliser.normalise(f["term"]!))
            guard !phrase.isEmpty else {
                throw CatalogueError(file: path, line: line, "пустой термин")
            }
            t.add(Rule(phrase: phrase, meaning: TitleTokens.stems(TitleNormaliser.normalise(f["same_as"]!))))
        }
        return t
    }

    mutating func add(_ rule: Rule) {
        rules[rule.phrase[0], default: []].append(rule)
        words.formUnion(rule.phrase)
        rules[rule.phrase[0]]!.sort { $0.phrase.count > $1.phrase.count }
        count += 1
    }

    /// The stems with every phrase of the thesaurus replaced by its meaning (longest phrase first, one pass).
    package func apply(_ stems: [String]) -> [String] {
        guard count > 0 else { return stems }
        var out: [String] = []
        out.reserveCapacity(stems.count)
        var i = 0
        outer: while i < stems.count {
            if let candidates = rules[stems[i]] {
                for r in candidates
                where i + r.phrase.count <= stems.count
                    && Array(stems[i..<(i + r.phrase.count)]) == r.phrase
                {
                    out += r.meaning
                    i += r.phrase.count
                    continue outer
                }
            }
            out.append(stems[i])
            i += 1
        }
        return out
    }
}
