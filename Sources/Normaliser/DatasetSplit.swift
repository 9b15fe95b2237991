import Foundation
import XLSXReader

/// One municipality's part of a region-wide dataset (`Dataset.splitByMunicipality`).
public struct MunicipalPart: Sendable {
    /// The municipality as first written.
    public var municipality: String
    /// Its organisations with their values and unassigned values, its own history (from a regional workbook's
    /// municipality rows), `municipality` set.
    public var dataset: Dataset
    /// The files' reports with only the issues about its rows (and those about no row, such as a header's).
    public var reports: [FileReport]
}

extension Dataset {
    /// Splits a region-wide dataset (a wide export with a «Муниципальное образование» column, a regional
    /// workbook as history) into one dataset per municipality, sorted by name; names are compared by
    /// `OrganisationKey` (case, quotes and spaces aside). Returns also the organisations that name no
    /// municipality, which belong to no part. History values of the region itself (`municipality` nil) and
    /// dynamics given in a history belong to the region, not to a part.
    public func splitByMunicipality(reports: [FileReport]) -> (parts: [MunicipalPart], unplaced: [Organisation]) {
        var index: [String: Int] = [:]          // municipality key → part
        var parts: [MunicipalPart] = []
        func part(_ name: String) -> Int {
            let key = OrganisationKey.make(name)
            if let i = index[key] { return i }
            var d = Dataset()
            d.municipality = name
            d.resolved = resolved
            index[key] = parts.count
            parts.append(MunicipalPart(municipality: name, dataset: d, reports: []))
            return parts.count - 1
        }
        var unplaced: [Organisation] = []
        var partOfKey: [String: Int] = [:]
        for key in organisations.keys.sorted() {
            let o = organisations[key]!
            guard let m = o.municipality?.trimmed, !m.isEmpty else { unplaced.append(o); continue }
            let p = part(m)
            partOfKey[key] = p
            parts[p].dataset.organisations[key] = o
        }
        // Values by the store's numbers for organisation keys (no text hashed per value).
        var partOfID: [Int32: Int] = [:]
        for (key, p) in partOfKey { if let id = observations.id(of: key) { partOfID[id] = p } }
        // Rows of each file that belong to a municipality, for the reading issues.
        var rowsOf: [String: [Int: Int]] = [:]
        let filesWithRowIssues = Set(reports.filter { r in r.issues.contains { $0.source.map { !$0.cell.isEmpty } ?? false } }.map(\.file))
        for i in observations.indices {
            guard let p = partOfID[observations.organisationID(at: i)] else { continue }
            parts[p].dataset.observations.append(observations[i])
            if !filesWithRowIssues.isEmpty {
                let s = observations.source(at: i)
                if filesWithRowIssues.contains(s.file), let row = CellRef(Substring(s.cell))?.row { rowsOf[s.file, default: [:]][row] = p }
            }
        }
        for u in unassigned {
            guard let p = u.organisation.flatMap({ partOfKey[$0] }) else { continue }
            parts[p].dataset.unassigned.append(u)
        }
        for h in history {
            guard let m = h.municipality, let p = index[OrganisationKey.make(m)] else { continue }
            var own = h
            own.municipality = nil
            parts[p].dataset.history.append(own)
        }
        // An issue about an organisation's row goes to that organisation's municipality; any other (a header's,
        // a file's, a row that names no organisation) to every municipality.
        for r in reports {
            var split = [FileReport](repeating: r, count: parts.count)
            for p in parts.indices { split[p].issues = [] }
            for issue in r.issues {
                if let row = issue.source.flatMap({ CellRef(Substring($0.cell))?.row }), let p = rowsOf[r.file]?[row] {
                    split[p].issues.append(issue)
                } else {
                    for p in parts.indices { split[p].issues.append(issue) }
                }
            }
            for p in parts.indices { parts[p].reports.append(split[p]) }
        }
        let order = parts.indices.sorted { parts[$0].municipality < parts[$1].municipality }
        return (order.map { parts[$0] }, unplaced)
    }
}
