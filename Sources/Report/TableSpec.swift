import Catalogue
import Foundation

/// One table of the consolidated workbook, as described in Templates/tables.tsv.
package struct TableSpec: Equatable, Sendable {
    package enum Kind: String, Sendable {
        case heatmap, heatmapPrevious = "heatmap_previous", direction, perOrg = "per_org"
        case summary, zeroList = "zero_list", links, practices
    }

    /// A column of a per-organisation table or a row of a summary table.
    package struct Column: Equatable, Sendable {
        package var criterion: String
        /// The link given with the criterion instead of its value.
        package var isLink: Bool
        package var header: String?
    }

    /// "1" … "38", "6.1".
    package var table: String
    package var kind: Kind
    package var title: String
    package var columns: [Column]
    package var direction: Int?
    package var options: Set<String>
    package var headers: [String]

    /// The sheet name: «Таблица N».
    package var sheetName: String { "Таблица \(table)" }

    /// The title with years and the direction's name filled in, and the municipality: in place of `{M}`, or after
    /// the title when it has no `{M}` (`withMunicipality`).
    package func title(year: Int, catalogue: Catalogue, municipality: String? = nil) -> String {
        let name = direction.flatMap { catalogue.direction($0)?.name }
        let t = Self.filledTitles.value(FilledTitle(title: TextKey(title), year: year, direction: name)) {
            var t = title.replacingOccurrences(of: "{Y-2}", with: String(year - 2))
                .replacingOccurrences(of: "{Y-1}", with: String(year - 1)).replacingOccurrences(
                    of: "{Y}", with: String(year))
            if let name { t = t.replacingOccurrences(of: "{D}", with: name) }
            return t
        }
        if t.contains("{M}") {
            return t.replacingOccurrences(of: "{M}", with: municipality ?? "").trimmingCharacters(in: .whitespaces)
        }
        return municipality == nil ? t : Self.withMunicipality(t, municipality)
    }

    /// A title with its years and direction filled in: the same for every workbook of a run (`--by-municipality`
    /// writes thousands), and Foundation's replacing is slow on Cyrillic text.
    struct FilledTitle: Hashable {
        let title: TextKey
        let year: Int
        let direction: String?
    }
    static let filledTitles = Memo<FilledTitle, String>(limit: 4096)

    /// A title with the municipality's name after it («… за 2024 год — г. Ижевск»); the title alone without one.
    package static func withMunicipality(_ title: String, _ municipality: String?) -> String {
        guard let m = municipality?.trimmingCharacters(in: .whitespacesAndNewlines), !m.isEmpty else { return title }
        var t = title
        while let last = t.last, last == "." || last == " " { t.removeLast() }
        return t + " — " + m
    }

    /// Reads Templates/tables.tsv, checking kinds and criterion ids against the catalogue.
    package static func load(from directory: URL, catalogue: Catalogue) throws -> [TableSpec] {
        let file = try TSVFile(path: directory.appendingPathComponent("tables.tsv").path)
        try file.require(["table", "kind", "title", "columns", "direction", "options", "headers"])
        let path = file.path
        var specs: [TableSpec] = []
        for (line, record) in file.records {
            let f = ["table", "kind", "title", "columns", "direction", "options", "headers"].map { record[$0] ?? "" }
            guard let kind = Kind(rawValue: f[1]) else {
                throw CatalogueError(file: path, line: line, "неизвестный вид таблицы «\(f[1])»")
            }
            var columns: [Column] = []
            for part in f[3].split(separator: "|") where !part.isEmpty {
                let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
                var id = kv[0]
                let isLink = id.hasPrefix("link:")
                if isLink { id = String(id.dropFirst(5)) }
                guard catalogue.criterion(id) != nil else {
                    throw CatalogueError(file: path, line: line, "неизвестный критерий «\(id)»")
                }
                columns.append(Column(criterion: id, isLink: isLink, header: kv.count > 1 ? kv[1] : nil))
            }
            specs.append(
                TableSpec(
                    table: f[0], kind: kind, title: f[2], columns: columns, direction: Int(f[4]),
                    options: Set(f[5].split(separator: ",").map(String.init)),
                    headers: f[6].split(separator: "|").map(String.init)))
        }
        return specs
    }
}
