import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation
import XLSXWriter

/// What every sheet of a consolidated workbook is rendered from: the consolidation, the reading reports, the
/// findings and the house styles, with the helpers the renderers share (values, dynamics cells).
struct ReportContext {
    let consolidation: Consolidation
    let reports: [FileReport]
    let findings: [Finding]
    let styles: ReportStyles
    /// Values computed once per workbook (shared by the renderers running on both cores; filled before).
    final class Cache {
        var names: OrganisationNames?
        var targets: [TargetStatus]?
    }
    let cache = Cache()

    var catalogue: Catalogue { consolidation.catalogue }
    var dataset: Dataset { consolidation.dataset }
    var year: Int { consolidation.year }

    /// Writes a municipal value (number with its format, or a note), or «—» when there is none.
    func writeValue(_ ws: Worksheet, _ v: MunicipalValue?, unit: ValueUnit, row: Int, column: Int) throws {
        if let n = v?.number {
            try ws.write(.number(n), row: row, column: column, style: styles.number(unit, n))
        } else if let note = v?.note {
            try ws.write(.text(note), row: row, column: column, style: styles.text)
        } else {
            try ws.write("—", row: row, column: column, style: styles.text)
        }
    }

    func writeDynamics(_ ws: Worksheet, _ c: DynamicsCategory, row: Int, column: Int) throws {
        try ws.write(.text(styles.names[c] ?? c.rawValue), row: row, column: column, style: styles.dynamics[c])
    }

    /// The criteria of a year's heat map that are consolidated, in that year's order (Templates/heatmap_rows.tsv).
    func heatmapCriteria(_ y: Int) -> [Criterion] {
        catalogue.heatmapOrder(year: y).filter { $0.aggregation != .none }
    }

    /// The criteria of the year with a target and the municipality's standing (computed once).
    var targets: [TargetStatus] {
        if let known = cache.targets { return known }
        let t = TargetStatus.evaluate(consolidation)
        cache.targets = t
        return t
    }

    /// This year's organisations sorted by name, with what every per-organisation table asks of each (computed once:
    /// Russian names compare slowly, and every such table sorts by name and looks each organisation up).
    struct OrganisationNames {
        var ordered: [Organisation]
        /// Each one's rank in that order (the first of its key).
        var ranks: [Int]
        /// Each one's number in the dataset's store of values (nil: it has no values).
        var ids: [Int32?]
    }

    var organisationNames: OrganisationNames {
        if let known = cache.names { return known }
        let ordered = consolidation.aggregator.organisations(in: year).compactMap { dataset.organisations[$0] }
            .sorted { $0.name < $1.name }
        let rank = Dictionary(ordered.enumerated().map { (TextKey($1.key), $0) }, uniquingKeysWith: { a, _ in a })
        let names = OrganisationNames(
            ordered: ordered, ranks: ordered.map { rank[TextKey($0.key)] ?? 0 },
            ids: ordered.map { dataset.observations.id(of: $0.key) })
        cache.names = names
        return names
    }
}
