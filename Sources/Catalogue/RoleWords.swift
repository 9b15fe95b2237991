import Foundation

/// The words of a role (Templates/role_words.tsv): a criterion whose wording holds one counts people in a role
/// (mentors, mentees, those included in programmes). «Количество обучающихся с ОВЗ» is every such pupil, not the
/// mentees among them: a title that does not name the criterion's role says less than the criterion, whatever the
/// rest shares. Used by `FormAssignment` where a moderate similarity would otherwise suffice.
package struct RoleWords: Sendable {
    /// Meaning stems (stemmed, thesaurus applied).
    package let stems: Set<String>
    /// Words (lowercased, as typed) by which a title says it counts a whole: «всего», «общее» (kind `whole`).
    package let wholes: Set<String>

    package init(stems: Set<String> = [], wholes: Set<String> = []) {
        self.stems = stems
        self.wholes = wholes
    }

    /// Whether a title (its key) says it counts a whole.
    package func namesWhole(_ key: String) -> Bool {
        !Set(key.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)).isDisjoint(with: wholes)
    }

    /// Reads `role_words.tsv` (columns `word`, `kind`: `role` or `whole`); each role word is compared as the resolver compares a title's words. A
    /// missing file gives no role words, so the rule that needs them accepts nothing.
    package static func load(from directory: URL, thesaurus: Thesaurus) throws -> RoleWords {
        let path = directory.appendingPathComponent("role_words.tsv").path
        guard FileManager.default.fileExists(atPath: path) else { return RoleWords() }
        let file = try TSVFile(path: path)
        try file.require(["word"])
        var stems: Set<String> = [], wholes: Set<String> = []
        for (line, f) in file.records {
            if f["kind"] == "whole" {
                wholes.insert(f["word"]!.trimmingCharacters(in: .whitespaces).lowercased())
                continue
            }
            let s = thesaurus.apply(TitleTokens.stems(TitleNormaliser.normalise(f["word"]!)))
                .filter { !TitleTokens.stopWords.contains($0) }
            guard s.count == 1 else { throw CatalogueError(file: path, line: line, "нужно одно слово") }
            stems.insert(s[0])
        }
        return RoleWords(stems: stems, wholes: wholes)
    }
}
