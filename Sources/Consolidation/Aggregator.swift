import Catalogue
import Normaliser

/// Computes municipal values from the organisations' values, per the catalogue's aggregation rules.
public struct Aggregator {
    public let catalogue: Catalogue
    public let dataset: Dataset

    public init(catalogue: Catalogue, dataset: Dataset) {
        self.catalogue = catalogue
        self.dataset = dataset
    }

    /// Organisations that sent a form for `year`.
    public func organisations(in year: Int) -> [String] {
        Array(Set(dataset.observations.filter { $0.year == year && $0.organisation != nil }.compactMap(\.organisation))).sorted()
    }

    /// The values of one criterion in one year, by organisation key.
    public func values(_ id: String, year: Int) -> [String: Observation] {
        var out: [String: Observation] = [:]
        for o in dataset.observations where o.criterion == id && o.year == year {
            if let org = o.organisation, out[org] == nil { out[org] = o }
        }
        return out
    }

    /// Municipal values of every criterion for `year` computed from the dataset (nil where nothing was
    /// reported). Ratios and sums of other criteria use the municipal values of their operands.
    public func compute(year: Int) -> [String: MunicipalValue] {
        var result: [String: MunicipalValue] = [:]
        let forms = organisations(in: year).count
        var byCriterion: [String: [Observation]] = [:]
        for o in dataset.observations where o.year == year { byCriterion[o.criterion, default: []].append(o) }

        func numbers(_ id: String) -> [Double] {
            (byCriterion[id] ?? []).filter { $0.organisation != nil }.compactMap { $0.value?.number }
        }
        // Direct aggregations first; ratios and sums of others afterwards, in dependency order.
        for c in catalogue.criteria {
            let obs = byCriterion[c.id] ?? []
            let orgObs = obs.filter { $0.organisation != nil }
            switch c.aggregation {
            case .sum:
                let n = numbers(c.id)
                if !n.isEmpty { result[c.id] = MunicipalValue(number: n.reduce(0, +), origin: .computed, organisations: n.count) }
                else if let note = orgObs.compactMap({ if case .note(let s)? = $0.value { return s } else { return nil } }).first {
                    result[c.id] = MunicipalValue(number: nil, note: note, origin: .computed)
                }
            case .countYes:
                let n = numbers(c.id)
                if !n.isEmpty { result[c.id] = MunicipalValue(number: Double(n.filter { $0 > 0 }.count), origin: .computed, organisations: n.count) }
            case .forms:
                if forms > 0 { result[c.id] = MunicipalValue(number: Double(forms), origin: .computed, organisations: forms) }
            case .mean:
                let n = numbers(c.id)
                if !n.isEmpty {
                    result[c.id] = MunicipalValue(number: displayed(n.reduce(0, +) / Double(n.count), unit: c.unit),
                                                  origin: .computed, organisations: n.count)
                }
            case .distinct:
                var names = Set<String>()
                for o in orgObs {
                    switch o.value {
                    case .list(let items)?: items.forEach { names.insert(OrganisationKey.make($0)) }
                    case .text(let s)?: ValueParser.splitList(s).forEach { names.insert(OrganisationKey.make($0)) }
                    default: break
                    }
                }
                if !orgObs.isEmpty { result[c.id] = MunicipalValue(number: Double(names.count), origin: .computed, organisations: orgObs.count) }
            case .input:
                if let m = obs.first(where: { $0.organisation == nil }) {
                    if let n = m.value?.number { result[c.id] = MunicipalValue(number: n, origin: .municipalForm) }
                    else if case .note(let s)? = m.value { result[c.id] = MunicipalValue(number: nil, note: s, origin: .municipalForm) }
                }
            case .ratio, .sumOf, .none:
                break
            }
        }
        for _ in 0..<3 {   // operands may themselves be derived (ratio of a sum_of)
            for c in catalogue.criteria {
                switch c.aggregation {
                case .sumOf:
                    let n = numbers(c.id)
                    if !n.isEmpty { result[c.id] = MunicipalValue(number: n.reduce(0, +), origin: .computed, organisations: n.count); continue }
                    let parts = c.numerator.map { result[$0]?.number }
                    if parts.allSatisfy({ $0 != nil }) { result[c.id] = MunicipalValue(number: parts.map { $0! }.reduce(0, +), origin: .computed) }
                case .ratio:
                    let num = c.numerator.map { result[$0]?.number }, den = c.denominator.map { result[$0]?.number }
                    guard num.allSatisfy({ $0 != nil }), den.allSatisfy({ $0 != nil }) else { continue }
                    let d = den.map { $0! }.reduce(0, +)
                    guard d > 0 else { continue }
                    // Shares are stored at the precision shown: hundredths of a percent (0.0728 = 7,28 %).
                    result[c.id] = MunicipalValue(number: displayed(num.map { $0! }.reduce(0, +) / d, unit: c.unit), origin: .computed)
                default: break
                }
            }
        }
        return result
    }
}
