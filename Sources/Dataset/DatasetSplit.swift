import Foundation
import XLSXReader

/// One municipality's part of a region-wide dataset (`Dataset.splitByMunicipality`).
package struct MunicipalPart: Sendable {
    /// The municipality as first written.
    package var municipality: String
    /// Its organisations with their values and unassigned values, its own history (from a regional workbook's
    /// municipality rows), `municipality` set.
    package var dataset: Dataset
    /// The files' reports with only the issues about its rows (and those about no row, such as a header's).
    package var reports: [FileReport]
}

/// A region-wide dataset (a wide export with a «Муниципальное образование» column, a regional workbook as
/// history) split into municipalities: which organisation, value, unassigned value, history value and reading
/// issue goes to which municipality is decided once, and each part is built when asked for (`part(_:)`), so that
/// a country's 2,300 municipalities need not all be held at once beside the whole.
///
/// Municipalities are sorted by name; names are compared by `OrganisationKey` (case, quotes and spaces aside).
/// Organisations that name no municipality belong to no part (`unplaced`). History values of the region itself
/// (`municipality` nil) and dynamics given in a history belong to the region, not to a part.
package struct MunicipalSplit: Sendable {
    /// The municipalities as first written, sorted by name.
    package let municipalities: [String]
    /// The organisations that name no municipality.
    package let unplaced: [Organisation]
    private let whole: Dataset
    private let reports: [FileReport]
    private let organisationKeys: [[String]]
    private let observations: [[Int32]]
    private let unassigned: [[Int]]
    private let history: [[Int]]
    /// The part of each row of a file that has issues about rows.
    private let rowsOf: [String: [Int: Int]]

    package init(_ whole: Dataset, reports: [FileReport]) {
        var index: [String: Int] = [:]  // municipality key → part, in order of creation
        var names: [String] = []
        func part(_ name: String) -> Int {
            let key = OrganisationKey.make(name)
            if let i = index[key] { return i }
            index[key] = names.count
            names.append(name)
            return names.count - 1
        }
        var unplaced: [Organisation] = []
        var partOfKey: [String: Int] = [:]
        var keys: [[String]] = []
        for key in whole.organisations.keys.sorted() {
            let o = whole.organisations[key]!
            guard let m = o.municipality?.trimmed, !m.isEmpty else { unplaced.append(o); continue }
            let p = part(m)
            if p == keys.count { keys.append([]) }
            partOfKey[key] = p
            keys[p].append(key)
        }
        // Parts by name; `rank[p]` is the place of the part created `p`-th.
        let order = names.indices.sorted { names[$0] < names[$1] }
        var rank = [Int](repeating: 0, count: names.count)
        for (place, p) in order.enumerated() { rank[p] = place }
        let n = names.count
        // Values by the store's numbers for organisation keys (no text hashed per value).
        let store = whole.observations
        var partOfID: [Int32: Int] = [:]
        for (key, p) in partOfKey { if let id = store.id(of: key) { partOfID[id] = rank[p] } }
        var rowsOf: [String: [Int: Int]] = [:]
        let filesWithRowIssues = Set(
            reports.filter { r in r.issues.contains { $0.source.map { !$0.cell.isEmpty } ?? false } }.map(\.file))
        var observations = [[Int32]](repeating: [], count: n)
        for i in store.indices {
            guard let p = partOfID[store.organisationID(at: i)] else { continue }
            observations[p].append(Int32(i))
            if !filesWithRowIssues.isEmpty {
                let s = store.source(at: i)
                if filesWithRowIssues.contains(s.file), let row = CellRef(Substring(s.cell))?.row {
                    rowsOf[s.file, default: [:]][row] = p
                }
            }
        }
        var unassigned = [[Int]](repeating: [], count: n)
        for (i, u) in whole.unassigned.enumerated() {
            guard let p = u.organisation.flatMap({ partOfKey[$0] }) else { continue }
            unassigned[rank[p]].append(i)
        }
        var history = [[Int]](repeating: [], count: n)
        for (i, h) in whole.history.enumerated() {
            guard let m = h.municipality, let p = index[OrganisationKey.make(m)] else { continue }
            history[rank[p]].append(i)
        }
        municipalities = order.map { names[$0] }
        organisationKeys = order.map { keys[$0] }
        self.unplaced = unplaced
        self.whole = whole
        self.reports = reports
        self.observations = observations
        self.unassigned = unassigned
        self.history = history
        self.rowsOf = rowsOf
    }

    /// Whether the `p`-th municipality has values of `year`.
    package func hasValues(_ p: Int, year: Int) -> Bool {
        observations[p].contains { whole.observations.year(at: Int($0)) == year }
    }

    /// The `p`-th municipality's part.
    package func part(_ p: Int) -> MunicipalPart {
        var d = Dataset()
        d.municipality = municipalities[p]
        d.resolved = whole.resolved
        for key in organisationKeys[p] { d.organisations[key] = whole.organisations[key] }
        d.observations.append(whole.observations, at: observations[p])
        for i in unassigned[p] { d.unassigned.append(whole.unassigned[i]) }
        for i in history[p] {
            var own = whole.history[i]
            own.municipality = nil
            d.history.append(own)
        }
        // An issue about an organisation's row goes to that organisation's municipality; any other (a header's,
        // a file's, a row that names no organisation) to every municipality.
        let own = reports.map { r in
            var split = r
            split.issues = r.issues.filter { issue in
                guard let row = issue.source.flatMap({ CellRef(Substring($0.cell))?.row }), let q = rowsOf[r.file]?[row]
                else { return true }
                return q == p
            }
            return split
        }
        return MunicipalPart(municipality: municipalities[p], dataset: d, reports: own)
    }
}

extension Dataset {
    /// Splits a region-wide dataset into one dataset per municipality, sorted by name (`MunicipalSplit`, every
    /// part built); returns also the organisations that name no municipality, which belong to no part.
    package func splitByMunicipality(reports: [FileReport]) -> (parts: [MunicipalPart], unplaced: [Organisation]) {
        let split = MunicipalSplit(self, reports: reports)
        return (split.municipalities.indices.map(split.part), split.unplaced)
    }
}
