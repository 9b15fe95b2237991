import Foundation

/// The words of a level (Templates/level_words.tsv): what an organisation's criterion's wording has and the same
/// criterion of the municipality's lacks («в ОО», «школьных»). A title in an organisation's form that both wordings
/// explain alike («МО наставников») is the organisation's when the two wordings differ only by these words; when they
/// differ by a word of the subject too («мониторинге» against «реализации»), the title stays asked about.
package struct LevelWords: Sendable {
    /// Meaning stems (stemmed, thesaurus applied).
    package let stems: Set<String>

    package init(stems: Set<String> = []) { self.stems = stems }

    /// Reads `level_words.tsv` (column `word`), each word compared as the resolver compares a title's words. A missing
    /// file gives no level words: every municipal twin keeps the title asked about.
    package static func load(from directory: URL, thesaurus: Thesaurus) throws -> LevelWords {
        let path = directory.appendingPathComponent("level_words.tsv").path
        guard FileManager.default.fileExists(atPath: path) else { return LevelWords() }
        let file = try TSVFile(path: path)
        try file.require(["word"])
        var stems: Set<String> = []
        for (line, f) in file.records {
            let s = thesaurus.apply(TitleTokens.stems(TitleNormaliser.normalise(f["word"]!)))
                .filter { !TitleTokens.stopWords.contains($0) }
            guard s.count == 1 else { throw CatalogueError(file: path, line: line, "нужно одно слово") }
            stems.insert(s[0])
        }
        return LevelWords(stems: stems)
    }
}
