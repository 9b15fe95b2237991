import Catalogue
import Foundation
import Normaliser

/// A criterion of the year with a target (Templates/targets.tsv) and where a municipality stands against it: its
/// value, whether it reaches the target, the gap, and which of its organisations reach it on their own values.
public struct TargetStatus: Sendable {
    /// One organisation's own value of the criterion.
    public struct OrganisationValue: Sendable {
        public var key: String
        public var name: String
        /// The organisation's municipality when the dataset knows it (a region's organisations).
        public var municipality: String?
        public var value: Double
        /// For a share computed from the organisation's counts: «numerator / denominator» as given.
        public var basis: String?
        public var reached: Bool
    }

    public let criterion: Criterion
    public let target: Target
    /// The municipality's value at the precision shown; nil when there is none.
    public let value: Double?
    /// Organisations with an own value of the criterion, sorted by name (none for a municipal criterion).
    public let organisations: [OrganisationValue]

    /// Whether the value reaches the target; nil without a value.
    public var reached: Bool? { value.map { target.isReached(by: $0) } }
    /// The value minus the target (a fraction for shares: −0.6272 is 62,72 percentage points below); nil without a
    /// value.
    public var gap: Double? { value.map { displayed($0 - target.value, unit: criterion.unit) } }
    /// The organisations reaching the target on their own values, highest value first (at most: lowest first).
    /// Equal values stay in name order: `organisations` is in that order, and positions are compared, not names.
    public var reaching: [OrganisationValue] {
        let reached = organisations.filter(\.reached)
        let atLeast = target.kind == .atLeast
        return reached.indices.sorted { i, j in
            let a = reached[i].value, b = reached[j].value
            return a != b ? (atLeast ? a > b : a < b) : i < j
        }.map { reached[$0] }
    }
    /// Whether organisations can be measured against the target on their own (a share or level they report).
    public var perOrganisation: Bool { Self.measuresOrganisations(criterion) }

    static func measuresOrganisations(_ c: Criterion) -> Bool { c.level == .org && [.share, .level].contains(c.unit) }

    /// The standing of a part (a municipality of a region): its own value and its organisations (a subset of
    /// `organisations`, in their order; `byMunicipality` gives them for every part at once).
    public func part(value: Double?, organisations own: [OrganisationValue]) -> TargetStatus {
        TargetStatus(
            criterion: criterion, target: target, value: value.map { displayed($0, unit: criterion.unit) },
            organisations: own)
    }

    /// `organisations` grouped by municipality, each group in the list's order: one pass for all the parts
    /// (filtering the whole list once per municipality took 2 minutes for 2,300 municipalities of 50,000 schools).
    public var byMunicipality: [String: [OrganisationValue]] {
        var groups: [String: [OrganisationValue]] = [:]
        for o in organisations { if let m = o.municipality { groups[m, default: []].append(o) } }
        return groups
    }

    /// The criteria of `year` (in the heat map's order) that have a target, with a consolidation's standing:
    /// the municipality's value, and each organisation's own value — a share from the organisation's own counts as
    /// the municipality's share is computed (the share it reported when its counts are missing), a level as reported.
    /// - Parameter organisations: which organisations to measure (default: every one that sent a form).
    public static func evaluate(
        _ consolidation: Consolidation, year: Int? = nil,
        organisations: ((Organisation) -> Bool)? = nil
    ) -> [TargetStatus] {
        let y = year ?? consolidation.year
        let catalogue = consolidation.catalogue
        let aggregator = consolidation.aggregator
        let store = consolidation.dataset.observations
        // The organisations measured, sorted by name (then key) once for every criterion, with the store's numbers
        // for their keys (their values are looked up by number, no text hashed).
        let measured = aggregator.organisations(in: y).compactMap {
            k -> (key: String, id: Int32?, name: String, municipality: String?)? in
            let org = consolidation.dataset.organisations[k]
            if let organisations, !(org.map(organisations) ?? false) { return nil }
            return (k, store.id(of: k), org?.name ?? k, org?.municipality)
        }.sorted { ($0.name, $0.key) < ($1.name, $1.key) }
        return catalogue.heatmapOrder(year: y).filter { $0.aggregation != .none }.compactMap { c -> TargetStatus? in
            guard let t = catalogue.target(c.id, year: y) else { return nil }
            let value = consolidation.value(c.id, y)?.number.map { displayed($0, unit: c.unit) }
            var own: [OrganisationValue] = []
            if measuresOrganisations(c) {
                let reported = aggregator.values(c.id, year: y)
                let numerators = c.numerator.map { aggregator.values($0, year: y) }
                let denominators = c.denominator.map { aggregator.values($0, year: y) }
                for o in measured {
                    func number(_ values: OrganisationValues) -> Double? {
                        o.id.flatMap { values.number(ofOrganisation: $0) }
                    }
                    var v: Double? = nil, basis: String? = nil
                    if c.aggregation == .ratio {
                        let num = numerators.map(number), den = denominators.map(number)
                        if num.allSatisfy({ $0 != nil }), den.allSatisfy({ $0 != nil }) {
                            let n = num.map { $0! }.reduce(0, +), d = den.map { $0! }.reduce(0, +)
                            if d > 0 {
                                v = n / d
                                basis = "\(ValueFormatting.number(n)) / \(ValueFormatting.number(d))"
                            }
                        }
                    }
                    if v == nil { v = number(reported) }
                    guard let found = v else { continue }
                    let shown = displayed(found, unit: c.unit)
                    own.append(
                        OrganisationValue(
                            key: o.key, name: o.name, municipality: o.municipality,
                            value: shown, basis: basis, reached: t.isReached(by: shown)))
                }
            }
            return TargetStatus(criterion: c, target: t, value: value, organisations: own)
        }
    }
}
