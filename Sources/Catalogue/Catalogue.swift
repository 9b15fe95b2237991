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

        let dirFile = try TSVFile(path: file("directions.tsv"))
        try dirFile.require(["number", "key", "name"])
        var directions: [Direction] = []
        for (line, f) in dirFile.records {
            guard let n = Int(f["number"]!), !f["name"]!.isEmpty else {
                throw CatalogueError(
                    file: dirFile.path, line: line, "номер направления должен быть числом, имя — непустым")
            }
            directions.append(Direction(number: n, key: f["key"]!, name: f["name"]!))
        }

        let critFile = try TSVFile(path: file("criteria.tsv"))
        try critFile.require([
            "id", "direction", "unit", "level", "aggregation", "operands", "needs_source",
            "report_tables", "not_indicative"
        ])
        let wordingColumns = critFile.header.compactMap { h -> (String, Int)? in
            guard h.hasPrefix("wording_"), let y = Int(h.dropFirst(8)) else { return nil }
            return (h, y)
        }
        guard !wordingColumns.isEmpty else {
            throw CatalogueError(file: critFile.path, line: 1, "нет ни одного столбца wording_ГОД")
        }
        var criteria: [Criterion] = []
        var byId: [String: Int] = [:]
        for (line, f) in critFile.records {
            func fail(_ m: String) -> CatalogueError { CatalogueError(file: critFile.path, line: line, m) }
            let id = f["id"]!
            guard !id.isEmpty, id.range(of: "^[a-z0-9_]+$", options: .regularExpression) != nil else {
                throw fail("идентификатор «\(id)» должен состоять из латинских строчных букв, цифр и _")
            }
            guard byId[id] == nil else { throw fail("идентификатор «\(id)» повторяется") }
            guard let dir = Int(f["direction"]!), directions.contains(where: { $0.number == dir }) else {
                throw fail("неизвестное направление «\(f["direction"]!)»")
            }
            guard let unit = ValueUnit(rawValue: f["unit"]!) else {
                throw fail(
                    "неизвестная единица «\(f["unit"]!)» (допустимы: \(ValueUnit.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            guard let level = Level(rawValue: f["level"]!) else { throw fail("неизвестный уровень «\(f["level"]!)»") }
            guard let agg = Aggregation(rawValue: f["aggregation"]!) else {
                throw fail(
                    "неизвестный способ свода «\(f["aggregation"]!)» (допустимы: \(Aggregation.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            let ops = f["operands"]!
            let parts = ops.split(separator: "/", omittingEmptySubsequences: false).map {
                $0.split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            let numerator = parts.first ?? [], denominator = parts.count > 1 ? parts[1] : []
            if agg == .ratio && (numerator.isEmpty || denominator.isEmpty) {
                throw fail("для ratio нужны операнды вида «числитель/знаменатель»")
            }
            if agg == .sumOf && numerator.isEmpty { throw fail("для sum_of нужны операнды «a+b»") }
            var wordings: [Int: String] = [:]
            for (col, year) in wordingColumns { if let w = f[col], !w.isEmpty { wordings[year] = w } }
            guard !wordings.isEmpty else { throw fail("у критерия «\(id)» нет ни одной формулировки") }
            let note = f["not_indicative"]!
            criteria.append(
                Criterion(
                    id: id, direction: dir, unit: unit, level: level, aggregation: agg,
                    numerator: numerator, denominator: denominator,
                    needsSource: ["yes", "да", "1"].contains(f["needs_source"]!.lowercased()),
                    reportTables: f["report_tables"]!.split(separator: ",").map {
                        $0.trimmingCharacters(in: .whitespaces)
                    },
                    notIndicative: note.isEmpty ? nil : note, wordings: wordings, synonyms: []))
            if let fw = f["form_wording"], !fw.isEmpty { criteria[criteria.count - 1].formWording = fw }
            byId[id] = criteria.count - 1
        }
        for (line, f) in critFile.records {
            for op in (f["operands"] ?? "").split(whereSeparator: { "+/".contains($0) }) {
                let id = op.trimmingCharacters(in: .whitespaces)
                if byId[id] == nil {
                    throw CatalogueError(file: critFile.path, line: line, "операнд «\(id)» не найден среди критериев")
                }
            }
        }

        let synFile = try TSVFile(path: file("synonyms.tsv"))
        try synFile.require(["id", "synonym"])
        for (line, f) in synFile.records {
            guard let i = byId[f["id"]!] else {
                throw CatalogueError(file: synFile.path, line: line, "синоним для неизвестного критерия «\(f["id"]!)»")
            }
            criteria[i].synonyms.append(f["synonym"]!)
        }

        let tFile = try TSVFile(path: file("targets.tsv"))
        try tFile.require(["id", "year", "value", "source"])
        var targets: [Target] = []
        for (line, f) in tFile.records {
            guard byId[f["id"]!] != nil, let y = Int(f["year"]!), let v = Double(f["value"]!) else {
                throw CatalogueError(file: tFile.path, line: line, "неизвестный критерий, год или значение")
            }
            let kindText = f["kind"] ?? ""
            guard let kind = kindText.isEmpty ? .atLeast : TargetKind(rawValue: kindText) else {
                throw CatalogueError(
                    file: tFile.path, line: line,
                    "неизвестный вид цели «\(kindText)» (допустимы: \(TargetKind.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            guard !targets.contains(where: { $0.criterion == f["id"]! && $0.year == y }) else {
                throw CatalogueError(file: tFile.path, line: line, "цель критерия «\(f["id"]!)» на \(y) год уже задана")
            }
            targets.append(Target(criterion: f["id"]!, year: y, value: v, kind: kind, source: f["source"]!))
        }

        let hFile = try TSVFile(path: file("heatmap_rows.tsv"))
        try hFile.require(["year", "position", "id"])
        var heatmapRows: [Int: [String: Int]] = [:]
        for (line, f) in hFile.records {
            func fail(_ m: String) -> CatalogueError { CatalogueError(file: hFile.path, line: line, m) }
            guard let y = Int(f["year"]!), let p = Int(f["position"]!), p >= 1 else {
                throw fail("год и номер строки должны быть числами")
            }
            guard let i = byId[f["id"]!] else { throw fail("неизвестный критерий «\(f["id"]!)»") }
            guard criteria[i].exists(in: y) else {
                throw fail("критерия «\(f["id"]!)» нет в \(y) году (нет формулировки wording_\(y))")
            }
            guard heatmapRows[y]?[f["id"]!] == nil else {
                throw fail("критерий «\(f["id"]!)» уже есть в порядке \(y) года")
            }
            guard heatmapRows[y]?.values.contains(p) != true else { throw fail("строка \(p) \(y) года уже занята") }
            heatmapRows[y, default: [:]][f["id"]!] = p
        }

        let pFile = try TSVFile(path: file("palette.tsv"))
        try pFile.require(["key", "name", "fill", "font", "legend"])
        var palette: [PaletteEntry] = []
        for (line, f) in pFile.records {
            guard let c = DynamicsCategory(rawValue: f["key"]!),
                f["fill"]!.range(of: "^[0-9A-Fa-f]{6}$", options: .regularExpression) != nil,
                f["font"]!.range(of: "^[0-9A-Fa-f]{6}$", options: .regularExpression) != nil
            else {
                throw CatalogueError(file: pFile.path, line: line, "неизвестная категория или цвет не в виде RRGGBB")
            }
            palette.append(
                PaletteEntry(
                    category: c, name: f["name"]!, fill: f["fill"]!.uppercased(),
                    font: f["font"]!.uppercased(), legend: f["legend"]!))
        }
        for c in DynamicsCategory.allCases where !palette.contains(where: { $0.category == c }) {
            throw CatalogueError(file: pFile.path, line: nil, "нет цвета для категории «\(c.rawValue)»")
        }
        let checks = try CheckRules.load(path: file("checks.tsv")) { id in byId[id].map { criteria[$0] } }
        let phrases = try Phrases.load(path: file("conclusions.tsv"))
        let thesaurus = try Thesaurus.load(from: directory)
        return Catalogue(
            directions: directions, criteria: criteria, targets: targets, palette: palette, checks: checks,
            phrases: phrases, thesaurus: thesaurus, qualifiers: try QualifierMarkers.load(from: directory),
            countedNouns: try CountedNouns.load(from: directory, thesaurus: thesaurus), directory: directory, byId: byId,
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
