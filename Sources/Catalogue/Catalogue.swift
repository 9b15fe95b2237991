import Foundation

/// The criteria catalogue loaded from Templates/: directions, criteria with wordings per year, synonyms,
/// targets and the heat-map palette. See Templates/README.md for the files' columns.
package struct Catalogue: Sendable {
    package let directions: [Direction]
    /// Criteria in file order (the heat maps' order is `heatmapOrder(year:)`).
    package let criteria: [Criterion]
    package let targets: [Target]
    package let palette: [PaletteEntry]
    /// The parameters of the data checks (checks.tsv).
    package let checks: CheckRules
    /// The phrases of the sheet «Выводы» (conclusions.tsv).
    package let phrases: Phrases
    /// The equivalences of the field's wording (thesaurus.tsv).
    package let thesaurus: Thesaurus
    /// The marks of the qualifiers that narrow a criterion's wording (qualifiers.tsv).
    package let qualifiers: QualifierMarkers
    /// What titles count, people or things (counted_nouns.tsv).
    package let countedNouns: CountedNouns
    /// The words of a role: mentors, mentees, included in programmes (role_words.tsv).
    package let roleWords: RoleWords
    /// The words that tell an organisation's criterion from the municipality's same one (level_words.tsv).
    package let levelWords: LevelWords
    /// The words of a template's instructions inside a row's title (instruction_words.tsv).
    package let instructions: TemplateInstructions
    /// The folder the catalogue was read from.
    package let directory: URL
    private let byId: [String: Int]
    /// Heat-map row positions per year (heatmap_rows.tsv): year → criterion id → position.
    private let heatmapRows: [Int: [String: Int]]

    /// The criterion with an id.
    package func criterion(_ id: String) -> Criterion? { byId[id].map { criteria[$0] } }

    /// The position of a criterion in `criteria`.
    package func index(of id: String) -> Int? { byId[id] }

    /// The years that have wordings, ascending.
    package var years: [Int] { Array(Set(criteria.flatMap { $0.wordings.keys })).sorted() }

    /// The criteria collected in a year.
    package func criteria(in year: Int) -> [Criterion] { criteria.filter { $0.exists(in: year) } }

    package func direction(_ number: Int) -> Direction? { directions.first { $0.number == number } }

    /// The year whose heat-map order applies to `year`: that year, or the latest earlier year that has one.
    private func heatmapYear(_ year: Int) -> Int? { heatmapRows.keys.filter { $0 <= year }.max() }

    /// The criterion's row in the heat map of `year` (Table 38 of that year's report; Table 1 of the next
    /// year's), 1-based; nil when the year's order does not list it.
    package func heatmapPosition(_ id: String, year: Int) -> Int? { heatmapYear(year).flatMap { heatmapRows[$0]?[id] } }

    /// The criteria collected in `year` in the order of that year's heat map; criteria the order does not
    /// list follow in file order.
    package func heatmapOrder(year: Int) -> [Criterion] {
        heatmapOrders.value(year) {
            let positions = heatmapYear(year).flatMap { heatmapRows[$0] } ?? [:]
            return criteria(in: year).enumerated()
                .sorted {
                    (positions[$0.element.id] ?? Int.max, $0.offset) < (positions[$1.element.id] ?? Int.max, $1.offset)
                }
                .map(\.element)
        }
    }
    /// `heatmapOrder` per year, sorted once (every workbook of a run asks for it, each table of some kinds again).
    private let heatmapOrders = Memo<Int, [Criterion]>(limit: 64)

    package func palette(_ c: DynamicsCategory) -> PaletteEntry? { palette.first { $0.category == c } }

    /// The target of a criterion for `year` (targets.tsv): the target of that year, else of the nearest earlier
    /// year, else of the nearest later one.
    package func target(_ id: String, year: Int) -> Target? {
        let all = targets.filter { $0.criterion == id }
        return all.filter { $0.year <= year }.max { $0.year < $1.year } ?? all.min { $0.year < $1.year }
    }

    /// Reads every catalogue file of a Templates folder and checks their consistency.
    package static func load(from directory: URL) throws -> Catalogue {
        func file(_ name: String) -> String { directory.appendingPathComponent(name).path }

        let directions = try directions(file("directions.tsv"))
        var (criteria, byId) = try criteria(file("criteria.tsv"), directions: directions)
        try addSynonyms(file("synonyms.tsv"), to: &criteria, byId: byId)
        let targets = try targets(file("targets.tsv"), byId: byId)
        let heatmapRows = try heatmapRows(file("heatmap_rows.tsv"), criteria: criteria, byId: byId)
        let palette = try palette(file("palette.tsv"))
        let checks = try CheckRules.load(path: file("checks.tsv")) { id in byId[id].map { criteria[$0] } }
        let phrases = try Phrases.load(path: file("conclusions.tsv"))
        let thesaurus = try Thesaurus.load(from: directory)
        return Catalogue(
            directions: directions, criteria: criteria, targets: targets, palette: palette, checks: checks,
            phrases: phrases, thesaurus: thesaurus, qualifiers: try QualifierMarkers.load(from: directory),
            countedNouns: try CountedNouns.load(from: directory, thesaurus: thesaurus),
            roleWords: try RoleWords.load(from: directory, thesaurus: thesaurus),
            levelWords: try LevelWords.load(from: directory, thesaurus: thesaurus),
            instructions: try TemplateInstructions.load(from: directory), directory: directory,
            byId: byId,
            heatmapRows: heatmapRows)
    }

    /// Finds the Templates folder: `MENTORING_TEMPLATES`, then `Templates/` in the current directory or a
    /// parent, then beside or above the executable, where `make install` puts it as `share/mentoring/Templates`
    /// (`PREFIX/bin/mentoring` finds `PREFIX/share/mentoring/Templates`).
    package static func locateTemplates() throws -> URL {
        let fm = FileManager.default
        func ok(_ u: URL) -> Bool { fm.fileExists(atPath: u.appendingPathComponent("criteria.tsv").path) }
        if let env = ProcessInfo.processInfo.environment["MENTORING_TEMPLATES"], !env.isEmpty {
            let u = URL(fileURLWithPath: env)
            if ok(u) { return u }
            throw CatalogueError(file: env, line: nil, "в каталоге из MENTORING_TEMPLATES нет criteria.tsv")
        }
        var starts = [URL(fileURLWithPath: fm.currentDirectoryPath)]
        if let exe = Bundle.main.executableURL {
            starts.append(exe.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                let t = dir.appendingPathComponent("Templates")
                if ok(t) { return t }
                let installed = dir.appendingPathComponent("share/mentoring/Templates")
                if ok(installed) { return installed }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        throw CatalogueError(
            file: "Templates", line: nil,
            "каталог шаблонов не найден; укажите его в переменной MENTORING_TEMPLATES")
    }
}
