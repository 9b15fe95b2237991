import Foundation

/// What a title counts: people (педагоги, наставники, обучающиеся …) or things (программы, соглашения, акты …),
/// by the first noun of Templates/counted_nouns.tsv among its words that no preposition governs. In Russian that is
/// the counted noun: «Количество персонализированных программ по форме учитель — учитель» counts programmes,
/// «Педагоги в персонализированных программах» and «Количество вошедших в программы … обучающихся» count people,
/// whatever else they share. A title and a criterion that count different kinds are not the same figure. A title
/// whose counted noun is followed by another noun of people («учитель — учитель», «педагоги-наставники») names a
/// pair or a role, not what it counts: it says nothing.
package struct CountedNouns: Sendable {
    package enum Kind: String, Sendable {
        case people, things
        /// A noun that counts nothing in a title but ends a preposition's phrase («в ОО», «по форме»).
        case other
    }

    /// Meaning stems (stemmed, thesaurus applied) → kind.
    private let kinds: [String: Kind]

    package init() { kinds = [:] }

    /// Whether stems name a counted thing anywhere (programmes, agreements, acts …), governed or not.
    func namesThings(_ stems: Set<String>) -> Bool { stems.contains { kinds[$0] == .things } }

    init(kinds: [String: Kind]) { self.kinds = kinds }

    /// Reads `counted_nouns.tsv` (columns `word`, `kind`); the words are compared as the resolver compares a title's
    /// words (stems, the thesaurus applied: «учителей» is «педагогов»). A missing file gives no evidence.
    package static func load(from directory: URL, thesaurus: Thesaurus) throws -> CountedNouns {
        let path = directory.appendingPathComponent("counted_nouns.tsv").path
        guard FileManager.default.fileExists(atPath: path) else { return CountedNouns() }
        let file = try TSVFile(path: path)
        try file.require(["word", "kind"])
        var kinds: [String: Kind] = [:]
        for (line, f) in file.records {
            let stems = thesaurus.apply(TitleTokens.stems(TitleNormaliser.normalise(f["word"]!)))
            guard stems.count == 1, let kind = Kind(rawValue: f["kind"]!) else {
                throw CatalogueError(file: path, line: line, "нужно одно слово и вид people, things или other")
            }
            if let other = kinds[stems[0]], other != kind {
                throw CatalogueError(file: path, line: line, "слово уже указано с другим видом")
            }
            kinds[stems[0]] = kind
        }
        return CountedNouns(kinds: kinds)
    }

    /// Prepositions (as stemmed): the noun after one is not what a title counts («в программах», «по форме»).
    static let prepositions: Set<String> = [
        "в", "во", "на", "по", "о", "об", "с", "со", "из", "от", "до", "к", "за", "у", "для", "при", "без", "сред",
        "между"
    ]

    /// What a title counts, from its stems with the thesaurus applied and the stop words kept, when they tell: the
    /// first counted noun that no preposition governs (a preposition met before another noun, looking back: «в
    /// утверждённых программах») and that is not one of a pair of people («учитель — учитель»).
    package func kind(of stems: [String]) -> Kind? { noun(of: stems).map { kinds[$0]! } }

    /// The counted noun itself (its stem: «соглашен», «программ»), as `kind(of:)` finds it: two titles that both count
    /// things count the same only when it is one noun.
    package func noun(of stems: [String]) -> String? {
        func governed(_ i: Int) -> Bool {
            for j in stride(from: i - 1, through: 0, by: -1) {
                if Self.prepositions.contains(stems[j]) { return true }
                if kinds[stems[j]] != nil { return false }
            }
            return false
        }
        func paired(_ i: Int) -> Bool {
            kinds[stems[i]] == .people
                && [i - 1, i + 1].contains { stems.indices.contains($0) && kinds[stems[$0]] == .people }
        }
        return stems.indices.first { i in
            guard let k = kinds[stems[i]], k != .other else { return false }
            return !governed(i) && !paired(i)
        }.map { stems[$0] }
    }
}
