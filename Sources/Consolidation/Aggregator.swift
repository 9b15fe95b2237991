import Catalogue
import Dataset
import Foundation

/// Computes municipal values from the organisations' values, per the catalogue's aggregation rules.
///
/// Built once per dataset: it groups the observations by criterion and year (indices, not copies), so that
/// the report's per-organisation tables and the aggregation look values up without scanning the dataset.
package final class Aggregator {
    package let catalogue: Catalogue
    package let dataset: Dataset
    /// criterion → year → indices of its observations, in dataset order.
    private let index: [String: [Int: [Int32]]]
    /// year → organisations that sent a form, sorted.
    private var organisationsByYear: [Int: [String]] = [:]
    private let lock = NSLock()  // the report writes sheets on several threads

    package init(catalogue: Catalogue, dataset: Dataset) {
        self.catalogue = catalogue
        self.dataset = dataset
        // Grouped by the store's numbers for criterion ids (no text hashed per value), then named.
        let all = dataset.observations
        // Counted first, so that each list is allocated once at its size (a country's 3.5 million values: grown
        // by doubling, the lists held up to twice their size, and both old and new buffers while growing).
        var counts: [Int32: [Int: Int]] = [:]
        for i in all.indices { counts[all.criterionID(at: i), default: [:]][all.year(at: i), default: 0] += 1 }
        var byID: [Int32: [Int: [Int32]]] = [:]
        for (id, years) in counts {
            byID[id] = years.mapValues { n in
                var list: [Int32] = []
                list.reserveCapacity(n)
                return list
            }
        }
        for i in all.indices { byID[all.criterionID(at: i)]![all.year(at: i)]!.append(Int32(i)) }
        var index: [String: [Int: [Int32]]] = [:]
        for (id, years) in byID { index[all.text(ofID: id)] = years }
        self.index = index
    }

    /// Organisations that sent a form for `year`.
    package func organisations(in year: Int) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        if let known = organisationsByYear[year] { return known }
        let all = dataset.observations
        var ids = Set<Int32>()
        for i in all.indices where all.year(at: i) == year && all.organisationID(at: i) >= 0 {
            ids.insert(all.organisationID(at: i))
        }
        let sorted = ids.map { all.text(ofID: $0) }.sorted()
        organisationsByYear[year] = sorted
        return sorted
    }

    /// The values of one criterion in one year, by organisation (the first value of each organisation).
    package func values(_ id: String, year: Int) -> OrganisationValues {
        let all = dataset.observations
        var out = OrganisationValues(store: all)
        for i in index[id]?[year] ?? [] {
            let org = all.organisationID(at: Int(i))
            if org >= 0 { out.insertIfAbsent(org, Int(i)) }
        }
        return out
    }

    /// Municipal values of every criterion for `year` computed from the dataset (nil where nothing was
    /// reported). Ratios and sums of other criteria use the municipal values of their operands.
    /// `MunicipalValue.organisations` counts the distinct organisations whose values were aggregated; for a
    /// ratio or a sum of other criteria, the smallest count of its computed operands (`forms` and `distinct`
    /// count every form: an empty list means none; a municipal input or a history value counts none and does
    /// not lower it).
    package func compute(year: Int) -> [String: MunicipalValue] {
        var result: [String: MunicipalValue] = [:]
        let forms = organisations(in: year).count
        // Fields are read in place (`all.number(at: i)`): no observation is built.
        let all = dataset.observations
        func indices(_ id: String) -> [Int] { (index[id]?[year] ?? []).map { Int($0) } }
        func organisationIndices(_ id: String) -> [Int] { indices(id).filter { all.organisationID(at: $0) >= 0 } }
        /// The organisations' numbers, and how many distinct organisations gave them.
        func numbers(_ id: String) -> (values: [Double], organisations: Int) {
            var values: [Double] = [], orgs = Set<Int32>()
            for i in organisationIndices(id) {
                if let n = all.number(at: i) { values.append(n); orgs.insert(all.organisationID(at: i)) }
            }
            return (values, orgs.count)
        }
        /// The smallest coverage of the computed operands (0 when none is computed from organisations).
        func coverage(_ ids: [String]) -> Int {
            ids.compactMap { result[$0] }.filter { $0.origin == .computed && $0.organisations > 0 }.map(\.organisations)
                .min() ?? 0
        }
        // Direct aggregations first; ratios and sums of others afterwards, in dependency order.
        for c in catalogue.criteria {
            let orgObs = organisationIndices(c.id)
            switch c.aggregation {
            case .sum:
                let (n, orgs) = numbers(c.id)
                if !n.isEmpty {
                    result[c.id] = MunicipalValue(number: n.reduce(0, +), origin: .computed, organisations: orgs)
                } else if let note = orgObs.lazy.compactMap({
                    if case .note(let s)? = all.value(at: $0) { return s } else { return nil }
                }).first {
                    result[c.id] = MunicipalValue(number: nil, note: note, origin: .computed)
                }
            case .countYes:
                let (n, orgs) = numbers(c.id)
                if !n.isEmpty {
                    result[c.id] = MunicipalValue(
                        number: Double(n.filter { $0 > 0 }.count), origin: .computed, organisations: orgs)
                }
            case .forms:
                if forms > 0 {
                    result[c.id] = MunicipalValue(number: Double(forms), origin: .computed, organisations: forms)
                }
            case .mean:
                let (n, orgs) = numbers(c.id)
                if !n.isEmpty {
                    result[c.id] = MunicipalValue(
                        number: displayed(n.reduce(0, +) / Double(n.count), unit: c.unit),
                        origin: .computed, organisations: orgs)
                }
            case .distinct:
                var names = Set<String>()
                for i in orgObs {
                    switch all.value(at: i) {
                    case .list(let items)?: items.forEach { names.insert(OrganisationKey.make($0)) }
                    case .text(let s)?: ListItems.split(s).forEach { names.insert(OrganisationKey.make($0)) }
                    default: break
                    }
                }
                // A list left empty says there are none (the forms leave the partners' list empty where they have
                // no agreements), not that it was not reported: every form counts.
                if !orgObs.isEmpty {
                    result[c.id] = MunicipalValue(number: Double(names.count), origin: .computed, organisations: forms)
                }
            case .input:
                if let i = indices(c.id).first(where: { all.organisationID(at: $0) < 0 }) {
                    let m = all[i]
                    if let n = m.value?.number {
                        result[c.id] = MunicipalValue(number: n, origin: .municipalForm)
                    } else if case .note(let s)? = m.value {
                        result[c.id] = MunicipalValue(number: nil, note: s, origin: .municipalForm)
                    }
                }
            case .ratio, .sumOf, .none:
                break
            }
        }
        for _ in 0..<3 {  // operands may themselves be derived (ratio of a sum_of)
            for c in catalogue.criteria {
                switch c.aggregation {
                case .sumOf:
                    let (n, orgs) = numbers(c.id)
                    if !n.isEmpty {
                        result[c.id] = MunicipalValue(number: n.reduce(0, +), origin: .computed, organisations: orgs);
                        continue
                    }
                    let parts = c.numerator.map { result[$0]?.number }
                    if parts.allSatisfy({ $0 != nil }) {
                        result[c.id] = MunicipalValue(
                            number: parts.map { $0! }.reduce(0, +), origin: .computed,
                            organisations: coverage(c.numerator))
                    }
                case .ratio:
                    let num = c.numerator.map { result[$0]?.number }, den = c.denominator.map { result[$0]?.number }
                    guard num.allSatisfy({ $0 != nil }), den.allSatisfy({ $0 != nil }) else { continue }
                    let d = den.map { $0! }.reduce(0, +)
                    guard d > 0 else { continue }
                    // Shares are stored at the precision shown: hundredths of a percent (0.0728 = 7,28 %).
                    result[c.id] = MunicipalValue(
                        number: displayed(num.map { $0! }.reduce(0, +) / d, unit: c.unit), origin: .computed,
                        organisations: coverage(c.numerator + c.denominator))
                default: break
                }
            }
        }
        return result
    }
}

/// One criterion's values by organisation: indices into the dataset's store, by the store's number for the
/// organisation key (see `ObservationStore.organisationID(at:)`), so that looking a value up hashes no text.
package struct OrganisationValues {
    package let store: ObservationStore
    private var indexOf: [Int32: Int] = [:]

    init(store: ObservationStore) { self.store = store }

    /// The value of the organisation with this key.
    package subscript(key: String) -> Observation? { store.id(of: key).flatMap { indexOf[$0] }.map { store[$0] } }

    /// The store index of the value of the organisation that the store numbers `id`.
    package func index(ofOrganisation id: Int32) -> Int? { indexOf[id] }

    /// The number of the organisation that the store numbers `id`; nil without a value or for another kind.
    package func number(ofOrganisation id: Int32) -> Double? { indexOf[id].flatMap { store.number(at: $0) } }

    /// Every organisation key with its value, in no particular order.
    package var all: [(key: String, observation: Observation)] {
        indexOf.map { (store.text(ofID: $0.key), store[$0.value]) }
    }

    mutating func insertIfAbsent(_ org: Int32, _ i: Int) {
        if indexOf[org] == nil { indexOf[org] = i }
    }
}
