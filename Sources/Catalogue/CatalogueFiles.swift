import Foundation

/// The files of a Templates folder that make the catalogue, one reader each (`Catalogue.load` puts them together).
extension Catalogue {
    /// directions.tsv: the 13 directions, numbered.
    static func directions(_ path: String) throws -> [Direction] {
        let dirFile = try TSVFile(path: path)
        try dirFile.require(["number", "key", "name"])
        var directions: [Direction] = []
        for (line, f) in dirFile.records {
            guard let n = Int(f["number"]!), !f["name"]!.isEmpty else {
                throw CatalogueError(
                    file: dirFile.path, line: line, "номер направления должен быть числом, имя — непустым")
            }
            directions.append(Direction(number: n, key: f["key"]!, name: f["name"]!))
        }
        return directions
    }

    /// criteria.tsv: the criteria with their wordings by year and how they are consolidated; every operand must be a
    /// criterion.
    static func criteria(_ path: String, directions: [Direction]) throws -> (criteria: [Criterion], byId: [String: Int])
    {
        let critFile = try TSVFile(path: path)
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
        return (criteria, byId)
    }

    /// synonyms.tsv: more wordings of known criteria.
    static func addSynonyms(_ path: String, to criteria: inout [Criterion], byId: [String: Int]) throws {
        let synFile = try TSVFile(path: path)
        try synFile.require(["id", "synonym"])
        for (line, f) in synFile.records {
            guard let i = byId[f["id"]!] else {
                throw CatalogueError(file: synFile.path, line: line, "синоним для неизвестного критерия «\(f["id"]!)»")
            }
            criteria[i].synonyms.append(f["synonym"]!)
        }
    }

    /// targets.tsv: a target value per criterion and year, with its source.
    static func targets(_ path: String, byId: [String: Int]) throws -> [Target] {
        let tFile = try TSVFile(path: path)
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
        return targets
    }

    /// heatmap_rows.tsv: the rows of the heat maps by year.
    static func heatmapRows(_ path: String, criteria: [Criterion], byId: [String: Int]) throws -> [Int: [String: Int]] {
        let hFile = try TSVFile(path: path)
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
        return heatmapRows
    }

    /// palette.tsv: a fill and a font colour per dynamics category, each category once at least.
    static func palette(_ path: String) throws -> [PaletteEntry] {
        let pFile = try TSVFile(path: path)
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
        return palette
    }
}
