import Catalogue
import Consolidation
import Dataset
import Normaliser

/// One cell of a table whose rows are organisations or municipalities: the value, and the link given with it.
struct RowCell {
    var value: ObservedValue?
    var link: String?
}

/// One row of such a table: who, and a cell per column of the table.
struct RowValues {
    var name: String
    var cells: [RowCell?]
}

/// Where the rows of a per-row table come from: the organisations of a municipality, or the municipalities of a
/// region. The renderer is the same; only the rows differ.
protocol RowSource {
    /// The header of the name column.
    var nameHeader: String { get }
    /// The rows for a table's columns, in the table's order: by the first column's value, descending, then by
    /// name; the table's options (`school`, `dop`, `nonzero`) applied.
    func rows(_ spec: TableSpec, _ ctx: ReportContext) -> [RowValues]
}

extension RowSource {
    /// The first column's number, for ordering and the `nonzero` option.
    static func key(_ row: RowValues) -> Double { row.cells.first.flatMap { $0?.value?.number } ?? -1 }
}

/// The organisations of the consolidation. Values are read from the observation store in place (by index), as
/// these tables grow with the number of organisations.
struct OrganisationRows: RowSource {
    var nameHeader: String { "Образовательная организация" }

    func rows(_ spec: TableSpec, _ ctx: ReportContext) -> [RowValues] {
        let year = ctx.year
        let agg = ctx.consolidation.aggregator
        let all = ctx.dataset.observations
        let columnValues = spec.columns.map { agg.values($0.criterion, year: year) }
        let names = ctx.organisationNames
        let schools = spec.options.contains("school"), dop = spec.options.contains("dop")
        let shown = names.ordered.indices.filter { k in
            let o = names.ordered[k]
            return !(schools && o.type != .school) && !(dop && o.type != .dop)
        }
        // Where each column's value of each organisation is in the store, a column at a time (a column's values
        // are taken once, not once per organisation).
        let at: [[Int?]] = columnValues.map { v in shown.map { k in names.ids[k].flatMap(v.index(ofOrganisation:)) } }
        var out: [(row: RowValues, rank: Int)] = shown.enumerated().map { n, k in
            let cells = at.map { column -> RowCell? in
                column[n].map { RowCell(value: all.value(at: $0), link: all.link(at: $0)) }
            }
            return (RowValues(name: names.ordered[k].name, cells: cells), names.ranks[k])
        }
        if spec.options.contains("nonzero") { out = out.filter { Self.key($0.row) > 0 } }
        // By the first column's value, descending, then by name (ranks computed once for all tables).
        return out.map { (Self.key($0.row), $0) }.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1.rank < $1.1.rank }.map(
            \.1.row)
    }
}

/// The municipalities of a region: each row is a municipality's own consolidated value of the column's
/// criterion (its link columns stay empty: links belong to organisations).
struct MunicipalityRows: RowSource {
    /// Each municipality with its consolidation, in any order.
    var municipalities: [(name: String, consolidation: Consolidation)]
    var nameHeader: String { "Муниципальное образование" }

    func rows(_ spec: TableSpec, _ ctx: ReportContext) -> [RowValues] {
        var out = municipalities.map { m in
            RowValues(
                name: m.name,
                cells: spec.columns.map { col -> RowCell? in
                    guard !col.isLink, let v = m.consolidation.value(col.criterion, ctx.year) else { return nil }
                    return RowCell(value: v.number.map { .number($0) } ?? v.note.map { .note($0) }, link: nil)
                })
        }
        if spec.options.contains("nonzero") { out = out.filter { Self.key($0) > 0 } }
        return out.sorted { Self.key($0) != Self.key($1) ? Self.key($0) > Self.key($1) : $0.name < $1.name }
    }
}
