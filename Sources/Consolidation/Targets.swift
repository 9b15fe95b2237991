import Catalogue
import Dataset
import Foundation

/// A criterion of the year with a target (Templates/targets.tsv) and where a municipality stands against it: its
/// value, whether it reaches the target, the gap, and which of its organisations reach it on their own values.
package struct TargetStatus: Sendable {
    /// One organisation's own value of the criterion.
    package struct OrganisationValue: Sendable {
        package var key: String
        package var name: String
        /// The organisation's municipality when the dataset knows it (a region's organisations).
        package var municipality: String?
        package var value: Double
        /// For a share computed from the organisation's counts: «numerator / denominator» as given.
        package var basis: String?
        package var reached: Bool
    }

    package let criterion: Criterion
    package let target: Target
    /// The municipality's value at the precision shown; nil when there is none.
    package let value: Double?
    /// Organisations with an own value of the criterion, sorted by name (none for a municipal criterion).
    package let organisations: [OrganisationValue]

    /// Whether the value reaches the target; nil without a value.
    package var reached: Bool? { value.map { target.isReached(by: $0) } }
    /// The value minus the target (a fraction for shares: −0.6272 is 62,72 percentage points below); nil without a
    /// value.
    package var gap: Double? { value.map { displayed($0 - target.value, unit: criterion.unit) } }
    /// The organisations reaching the target on their own values, highest value first (at most: lowest first).
    /// Equal values stay in name order: `organisations` is in that order, and positions are compared, not names.
    package var reaching: [OrganisationValue] {
        let reached = organisations.filter(\.reached)
        let atLeast = target.kind == .atLeast
        return reached.indices.sorted { i, j in
            let a = reached[i].value, b = reached[j].value
            return a != b ? (atLeast ? a > b : a < b) : i < j
        }.map { reached[$0] }
    }
    /// Whether organisations can be measured against the target on their own (a share or level they report).
    package var perOrganisation: Bool { Self.measuresOrganisations(criterion) }

    static func measuresOrganisations(_ c: Criterion) -> Bool { c.level == .org && [.share, .level].contains(c.unit) }

    /// How many organisations have an own value of the criterion and how many of them reach the target: the
    /// counts of `organisations`, or those a tally gave without listing them (`tally`).
    package var measuredCount: Int { counts?.measured ?? organisations.count }
    package var reachingCount: Int { counts?.reaching ?? organisations.lazy.filter(\.reached).count }
    /// The counts when no list is kept (`tally`).
    let counts: (measured: Int, reaching: Int)?

    init(
        criterion: Criterion, target: Target, value: Double?, organisations: [OrganisationValue],
        counts: (measured: Int, reaching: Int)? = nil
    ) {
        self.criterion = criterion
        self.target = target
        self.value = value
        self.organisations = organisations
        self.counts = counts
    }

    /// The standing of a part (a municipality of a region): its own value and how many of its organisations have
    /// an own value and reach the target (a `Tally`'s counts of it); no list of organisations.
    package func part(value: Double?, counts: (measured: Int, reaching: Int)) -> TargetStatus {
        TargetStatus(
            criterion: criterion, target: target, value: value.map { displayed($0, unit: criterion.unit) },
            organisations: [], counts: counts)
    }

    /// A target's standing over a region, with its organisations counted per group (municipality) instead of
    /// listed: what the regional workbook shows, without holding a value per school and target.
    package struct Tally: Sendable {
        /// The region's standing (`counts` over every organisation measured, no list).
        package let status: TargetStatus
        /// Per group: organisations with an own value, and those reaching the target.
        package let groups: [String: (measured: Int, reaching: Int)]
    }

    /// `evaluate` with the organisations counted per group (`group` of each organisation: its municipality)
    /// instead of listed: the same organisations, values and reaching, for a country's 50,000 schools.
    package static func tally(
        _ consolidation: Consolidation, group: (Organisation?) -> String?
    ) -> [Tally] {
        var groupOf: [String?] = []
        return standings(consolidation, year: nil, organisations: nil) { measured in
            groupOf = measured.map { group(consolidation.dataset.organisations[$0.key]) }
        } each: { c, t, value, own in
            var groups: [String: (measured: Int, reaching: Int)] = [:]
            var measured = 0, reaching = 0
            own { k, shown, _ in
                let reached = t.isReached(by: shown)
                measured += 1
                if reached { reaching += 1 }
                if let g = groupOf[k] {
                    groups[g, default: (0, 0)].measured += 1
                    if reached { groups[g]!.reaching += 1 }
                }
            }
            let status = TargetStatus(
                criterion: c, target: t, value: value, organisations: [], counts: (measured, reaching))
            return Tally(status: status, groups: groups)
        }
    }

    /// The criteria of `year` (in the heat map's order) that have a target, with a consolidation's standing:
    /// the municipality's value, and each organisation's own value — a share from the organisation's own counts as
    /// the municipality's share is computed (the share it reported when its counts are missing), a level as reported.
    /// - Parameter organisations: which organisations to measure (default: every one that sent a form).
    package static func evaluate(
        _ consolidation: Consolidation, year: Int? = nil,
        organisations: ((Organisation) -> Bool)? = nil
    ) -> [TargetStatus] {
        var list: [Measured] = []
        return standings(consolidation, year: year, organisations: organisations) {
            list = $0
        } each: {
            c, t, value, own in
            var values: [OrganisationValue] = []
            own { k, shown, basis in
                let o = list[k]
                values.append(
                    OrganisationValue(
                        key: o.key, name: o.name, municipality: o.municipality,
                        value: shown, basis: basis(), reached: t.isReached(by: shown)))
            }
            return TargetStatus(criterion: c, target: t, value: value, organisations: values)
        }
    }

    /// An organisation measured: its key, the store's number for it, its name and municipality.
    typealias Measured = (key: String, id: Int32?, name: String, municipality: String?)

    /// The walk `evaluate` and `tally` share: the organisations measured, sorted by name (then key) once for every
    /// criterion (`measured` is given them), then per criterion with a target `each` with the consolidation's value
    /// and a function that calls its body with each measured organisation's place in that list, its own value at
    /// the precision shown and its basis (built only when asked for).
    private static func standings<R>(
        _ consolidation: Consolidation, year: Int?, organisations: ((Organisation) -> Bool)?,
        measured take: ([Measured]) -> Void,
        each: (Criterion, Target, Double?, (_ body: (Int, Double, () -> String?) -> Void) -> Void) -> R
    ) -> [R] {
        let y = year ?? consolidation.year
        let catalogue = consolidation.catalogue
        let aggregator = consolidation.aggregator
        let store = consolidation.dataset.observations
        // The store's numbers for the keys: values are looked up by number, no text hashed.
        let measured = aggregator.organisations(in: y).compactMap { k -> Measured? in
            let org = consolidation.dataset.organisations[k]
            if let organisations, !(org.map(organisations) ?? false) { return nil }
            return (k, store.id(of: k), org?.name ?? k, org?.municipality)
        }.sorted { ($0.name, $0.key) < ($1.name, $1.key) }
        take(measured)
        return catalogue.heatmapOrder(year: y).filter { $0.aggregation != .none }.compactMap { c -> R? in
            guard let t = catalogue.target(c.id, year: y) else { return nil }
            let value = consolidation.value(c.id, y)?.number.map { displayed($0, unit: c.unit) }
            return each(c, t, value) { body in
                guard measuresOrganisations(c) else { return }
                let reported = aggregator.values(c.id, year: y)
                let numerators = c.numerator.map { aggregator.values($0, year: y) }
                let denominators = c.denominator.map { aggregator.values($0, year: y) }
                for (k, o) in measured.enumerated() {
                    func number(_ values: OrganisationValues) -> Double? {
                        o.id.flatMap { values.number(ofOrganisation: $0) }
                    }
                    var v: Double? = nil
                    var ratio: (Double, Double)? = nil
                    if c.aggregation == .ratio {
                        let num = numerators.map(number), den = denominators.map(number)
                        if num.allSatisfy({ $0 != nil }), den.allSatisfy({ $0 != nil }) {
                            let n = num.map { $0! }.reduce(0, +), d = den.map { $0! }.reduce(0, +)
                            if d > 0 {
                                v = n / d
                                ratio = (n, d)
                            }
                        }
                    }
                    if v == nil { v = number(reported) }
                    guard let found = v else { continue }
                    body(k, displayed(found, unit: c.unit)) {
                        ratio.map { "\(ValueFormatting.number($0.0)) / \(ValueFormatting.number($0.1))" }
                    }
                }
            }
        }
    }
}
