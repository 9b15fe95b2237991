import Catalogue
import Dataset

/// Compares a municipal value with the previous year's at the displayed precision.
package enum DynamicsRule {
    /// higher → positive, lower → negative, equal → stagnation; no previous value or a note → not measured.
    package static func category(current: MunicipalValue?, previous: MunicipalValue?, unit: ValueUnit)
        -> DynamicsCategory
    {
        guard let c = current?.number, let p = previous?.number else { return .notMeasured }
        let a = displayed(c, unit: unit), b = displayed(p, unit: unit)
        if a > b { return .positive }
        if a < b { return .negative }
        return .stagnation
    }
}

/// Municipal values of every criterion for every year, with the dynamics between consecutive years.
package struct Consolidation {
    package let catalogue: Catalogue
    package let dataset: Dataset
    /// The year being consolidated.
    package let year: Int
    /// criterion → year → value.
    package private(set) var values: [String: [Int: MunicipalValue]] = [:]
    /// The dataset grouped for look-ups (shared by the report's tables).
    package let aggregator: Aggregator

    package init(catalogue: Catalogue, dataset: Dataset, year: Int) {
        self.catalogue = catalogue
        self.dataset = dataset
        self.year = year
        let aggregator = Aggregator(catalogue: catalogue, dataset: dataset)
        self.aggregator = aggregator
        // History first, so that values computed from forms win for the same year.
        // A value of one municipality within a region (a regional workbook read as history) is not this level's.
        for h in dataset.history where h.municipality == nil {
            switch h.value {
            case .number(let d)?:
                values[h.criterion, default: [:]][h.year] = MunicipalValue(number: d, origin: .history)
            case .note(let s)?, .text(let s)?:
                values[h.criterion, default: [:]][h.year] = MunicipalValue(number: nil, note: s, origin: .history)
            default: break
            }
        }
        // The consolidated year is computed from the forms. Earlier years keep their municipal history values:
        // organisations' values of earlier years (last year's data sheet) may be partial, so they only fill gaps.
        for y in dataset.years {
            for (id, v) in aggregator.compute(year: y) where y == year || values[id]?[y] == nil {
                values[id, default: [:]][y] = v
            }
        }
    }

    package func value(_ id: String, _ year: Int) -> MunicipalValue? { values[id]?[year] }

    /// The dynamics between `year - 1` and `year`: a category given in the history wins.
    package func dynamics(_ id: String, to year: Int) -> DynamicsCategory {
        if let o = dataset.dynamics.last(where: { $0.criterion == id && $0.toYear == year && $0.fromYear == year - 1 }),
            let c = DynamicsCategory(rawValue: o.category)
        {
            return c
        }
        guard let c = catalogue.criterion(id) else { return .notMeasured }
        return DynamicsRule.category(current: value(id, year), previous: value(id, year - 1), unit: c.unit)
    }

    /// The years that hold any value, ascending.
    package var years: [Int] { Array(Set(values.values.flatMap(\.keys))).sorted() }
}
