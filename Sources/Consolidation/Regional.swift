import Catalogue
import Dataset
import Foundation

/// One municipality of a region: its organisations' values and its own municipal values, as its workbook
/// holds them.
package struct Municipality: Sendable {
    package var name: String
    /// The workbook it came from (or was written to).
    package var file: String
    /// Its organisations' values.
    package var dataset: Dataset
    /// Its own municipal values by criterion and year, as its workbook shows them; empty once `slim(year:)` has
    /// kept them compactly (read them with `value(_:_:)` and `years`).
    package var values: [String: [Int: MunicipalValue]]
    /// The values as `slim(year:)` keeps them: their criteria and years sorted (an array that municipalities of the
    /// same criteria share, `share(keysOf:)`) and the values in that order (a country's 2,300 municipalities × 150
    /// criteria held in dictionaries of dictionaries took about 50 MiB).
    private var keptKeys: [(criterion: String, year: Int)] = []
    private var kept: [MunicipalValue] = []
    /// What its «Замечания» sheet lists, counted by kind (the sheet's «Вид»).
    package var findings: [String: Int]
    /// How many organisations have values of the year, kept when `dataset` was let go (`slim(year:)`).
    package private(set) var organisationsOfYear: (year: Int, count: Int)?

    package init(
        name: String, file: String, dataset: Dataset, values: [String: [Int: MunicipalValue]], findings: [String: Int]
    ) {
        self.name = name
        self.file = file
        self.dataset = dataset
        self.values = values
        self.findings = findings
    }

    /// A municipality consolidated in this run (`consolidate --by-municipality`): its values are the ones its
    /// workbook was written with.
    package init(name: String, file: String, consolidation: Consolidation, findings: [String: Int]) {
        self.init(
            name: name, file: file, dataset: consolidation.dataset, values: consolidation.values, findings: findings)
    }

    /// Lets go of the organisations' values, keeping the count of those of `year`: for a regional consolidation
    /// given the whole dataset (`RegionalConsolidation(whole:)`), which reads no municipality's values.
    package mutating func slim(year: Int) {
        organisationsOfYear = (year, organisations(in: year))
        dataset = Dataset()
        var all = zip(keptKeys, kept).map { ($0.criterion, $0.year, $1) }
        for (id, byYear) in values { for (y, v) in byYear { all.append((id, y, v)) } }
        all.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        keptKeys = all.map { ($0.0, $0.1) }
        kept = all.map(\.2)
        values = [:]
    }

    /// Takes `other`'s array of criteria and years when it is equal to this one's (after `slim(year:)` of both):
    /// one array for the many municipalities that have values of the same criteria.
    package mutating func share(keysOf other: Municipality) {
        guard keptKeys.count == other.keptKeys.count,
            zip(keptKeys, other.keptKeys).allSatisfy({ $0.criterion == $1.criterion && $0.year == $1.year })
        else { return }
        keptKeys = other.keptKeys
    }

    /// Its own value of a criterion in a year (`values`, or what `slim(year:)` kept of them).
    package func value(_ id: String, _ year: Int) -> MunicipalValue? {
        if let v = values[id]?[year] { return v }
        guard !kept.isEmpty else { return nil }
        var low = 0, high = keptKeys.count
        while low < high {
            let mid = (low + high) / 2
            if (keptKeys[mid].criterion, keptKeys[mid].year) < (id, year) { low = mid + 1 } else { high = mid }
        }
        return low < keptKeys.count && keptKeys[low].criterion == id && keptKeys[low].year == year ? kept[low] : nil
    }

    /// The years it has an own value for.
    package var years: Set<Int> { Set(values.values.flatMap(\.keys)).union(keptKeys.map(\.year)) }

    /// How many organisations have values of `year`.
    package func organisations(in year: Int) -> Int {
        if let known = organisationsOfYear, known.year == year { return known.count }
        let store = dataset.observations
        return Set(
            store.indices.lazy.filter { store.year(at: $0) == year }.map { store.organisationID(at: $0) }.filter {
                $0 >= 0
            }
        ).count
    }

    /// The key names are compared by (case, quotes and spaces aside).
    package var key: String { OrganisationKey.make(name) }
}

extension MunicipalValue {
    /// A value of a history or a «Данные» sheet: a number or a note.
    package init?(history h: HistoryValue) {
        switch h.value {
        case .number(let d)?: self.init(number: d, origin: .history)
        case .note(let s)?, .text(let s)?: self.init(number: nil, note: s, origin: .history)
        default: return nil
        }
    }
}

/// The region's values computed from the organisations of all its municipalities, by the catalogue's rules
/// (`Consolidation` over one dataset of every organisation: sums of sums, shares as ratios of the summed
/// numerators and denominators, means over organisations, distinct partners across municipalities), and what
/// the regional workbook shows per municipality: its own values, dynamics, ranking against the targets, lags.
package struct RegionalConsolidation {
    package let catalogue: Catalogue
    package let year: Int
    /// Sorted by name.
    package let municipalities: [Municipality]
    /// The region as one consolidation of all the organisations of `year`, with the region's history.
    package let region: Consolidation
    /// Earlier values of each municipality from the region's history (last year's regional workbook), by
    /// municipality key, criterion and year.
    let history: [String: [String: [Int: MunicipalValue]]]
    /// Municipal-level criteria (`input`) as the region sums them: value and how many municipalities gave one.
    package let inputs: [String: (value: Double, municipalities: Int)]

    /// - Parameters:
    ///   - municipalities: one entry per municipality (names compared by `OrganisationKey`; keep them unique).
    ///   - history: the region's history: its values of earlier years (`HistoryValue.municipality` nil) and
    ///     each municipality's (`municipality` set), dynamics given in the history.
    ///   - whole: the region's own dataset when the caller read it as one (a region-wide export, keys already
    ///     carrying the municipality): used as it is instead of gathering every municipality's values again,
    ///     which for a country's export costs a quarter of the run and a copy of every value.
    package init(
        catalogue: Catalogue, year: Int, municipalities: [Municipality], history: Dataset = Dataset(),
        whole: Dataset? = nil
    ) {
        self.catalogue = catalogue
        self.year = year
        let sorted = municipalities.sorted { ($0.name, $0.file) < ($1.name, $1.file) }
        self.municipalities = sorted

        // One dataset of every organisation's values of the year. Keys carry the municipality: schools of one
        // name in two municipalities are two organisations.
        var d = Dataset()
        if var w = whole {
            w.history = []
            w.dynamics = []
            d = w
        }
        let separator = OrganisationKey.municipalitySeparator
        for m in sorted where whole == nil {
            let prefix = m.key + separator
            func qualified(_ key: String) -> String { key.hasPrefix(prefix) ? key : prefix + key }
            let store = m.dataset.observations
            var used = Set<Int32>()
            for i in store.indices where store.year(at: i) == year && store.organisationID(at: i) >= 0 {
                var o = store[i]
                used.insert(store.organisationID(at: i))
                o.organisation = qualified(o.organisation!)
                d.observations.append(o)
            }
            for id in used {
                let key = store.text(ofID: id)
                var org = m.dataset.organisations[key] ?? Organisation(key: key, name: key, type: .unknown)
                org.key = qualified(key)
                org.municipality = m.name
                d.organisations[org.key] = org
            }
        }
        // Municipal-level criteria: a «да» counts the municipalities that answer it, a count is summed; a share
        // given without its numerator and denominator is not summed up.
        var inputs: [String: (Double, Int)] = [:]
        for c in catalogue.criteria(in: year) where c.aggregation == .input {
            let numbers = sorted.compactMap { $0.value(c.id, year)?.number }
            guard !numbers.isEmpty else { continue }
            let value: Double
            switch c.unit {
            case .yesno: value = Double(numbers.filter { $0 > 0 }.count)
            case .count: value = numbers.reduce(0, +)
            default: continue
            }
            inputs[c.id] = (value, numbers.count)
            d.observations.append(
                Observation(
                    criterion: c.id, year: year, organisation: nil, value: .number(value), raw: "",
                    link: nil, linkText: nil, note: nil,
                    source: SourceRef(file: "", sheet: "", cell: ""), match: .history))
        }
        self.inputs = inputs
        var byMunicipality: [String: [String: [Int: MunicipalValue]]] = [:]
        for h in history.history {
            if let name = h.municipality {
                if let v = MunicipalValue(history: h) {
                    byMunicipality[OrganisationKey.make(name), default: [:]][h.criterion, default: [:]][h.year] = v
                }
            } else {
                d.history.append(h)
            }
        }
        d.dynamics = history.dynamics
        self.history = byMunicipality
        region = Consolidation(catalogue: catalogue, dataset: d, year: year)
    }

    /// The criteria of the year, in the order of that year's heat map (Templates/heatmap_rows.tsv).
    package var criteria: [Criterion] {
        catalogue.heatmapOrder(year: year).filter { $0.aggregation != .none }
    }

    /// Organisations of the year across the region.
    package var organisations: Int { region.aggregator.organisations(in: year).count }

    /// A municipality's value: its workbook's own, otherwise the region's history's.
    package func value(_ m: Municipality, _ id: String, _ year: Int) -> MunicipalValue? {
        m.value(id, year) ?? history[m.key]?[id]?[year]
    }

    /// The years a municipality has a value for (its workbook's or the region's history's), ascending.
    package func years(of m: Municipality) -> [Int] {
        Array(m.years.union((history[m.key] ?? [:]).values.flatMap(\.keys))).sorted()
    }

    /// A municipality's dynamics from `year - 1` to `year`, by the rule of the municipal workbook.
    package func dynamics(_ m: Municipality, _ id: String) -> DynamicsCategory {
        guard let c = catalogue.criterion(id) else { return .notMeasured }
        return DynamicsRule.category(current: value(m, id, year), previous: value(m, id, year - 1), unit: c.unit)
    }

    /// What the regional value of a criterion is, where it is not the rule of the municipal workbook: the
    /// municipal-level criteria, and the organisations it was computed from when not all gave it.
    package func note(_ c: Criterion) -> String {
        var parts: [String] = []
        if c.aggregation == .input {
            let n = municipalities.count
            if let (_, answered) = inputs[c.id] {
                let of = "\(answered) из \(n) \(Self.municipalitiesGenitive(n))"
                parts.append(
                    c.unit == .yesno ? "число муниципалитетов с ответом «да» (ответили \(of))" : "сумма по \(of)")
            } else if c.unit != .yesno && c.unit != .count {
                parts.append("по региону не суммируется")
            }
        }
        if let ni = c.notIndicative { parts.append(ni) }
        let coverage = region.coverageNote(c.id, years: [year - 1, year])
        if !coverage.isEmpty { parts.append(coverage) }
        return parts.joined(separator: "; ")
    }

    /// «муниципалитета» or «муниципалитетов» after «из N».
    package static func municipalitiesGenitive(_ n: Int) -> String {
        Plural.genitive(n, singular: "муниципалитета", plural: "муниципалитетов")
    }

    // MARK: targets

    /// The key shares with a target (Templates/targets.tsv) among the year's criteria: the target of the year,
    /// or of the nearest earlier year, or of the nearest later one.
    package var targets: [(criterion: Criterion, target: Target)] {
        criteria.compactMap { c in
            target(c.id, year).map { (c, $0) }
        }
    }

    func target(_ id: String, _ y: Int) -> Target? { catalogue.target(id, year: y) }

    /// One municipality's place among the others on the key shares.
    package struct Ranking: Sendable {
        package var municipality: String
        /// Per target (in the order of `targets`): the value, its place among the municipalities (1 = highest;
        /// equal values share a place), whether it reaches the target.
        package var values: [Double?]
        package var places: [Int?]
        package var reached: [Bool]
        /// Place overall: by targets reached, then by the sum of places.
        package var place: Int
        package var reachedCount: Int { reached.filter { $0 }.count }
    }

    /// The municipalities ranked on the key shares against their targets.
    package var ranking: [Ranking] {
        let targets = self.targets
        var rows: [Ranking] = municipalities.map { m in
            let values = targets.map { t in
                value(m, t.criterion.id, year)?.number.map { displayed($0, unit: t.criterion.unit) }
            }
            return Ranking(
                municipality: m.name, values: values, places: [],
                reached: zip(values, targets).map { v, t in v.map { t.target.isReached(by: $0) } ?? false },
                place: 0)
        }
        for k in targets.indices {
            let all = rows.compactMap { $0.values[k] }
            for i in rows.indices {
                let place = rows[i].values[k].map { v in 1 + all.filter { $0 > v }.count }
                rows[i].places.append(place)
            }
        }
        let missing = rows.count + 1  // the place of a municipality without the value
        func score(_ r: Ranking) -> (Int, Int) { (-r.reachedCount, r.places.map { $0 ?? missing }.reduce(0, +)) }
        rows.sort { score($0) != score($1) ? score($0) < score($1) : $0.municipality < $1.municipality }
        for i in rows.indices {
            let place = i > 0 && score(rows[i]) == score(rows[i - 1]) ? rows[i - 1].place : i + 1
            rows[i].place = place
        }
        return rows
    }

    /// A municipality below a target two years running.
    package struct Lag: Sendable {
        package var municipality: String
        package var criterion: Criterion
        package var previous: Double
        package var current: Double
        package var target: Double
    }

    /// Municipalities below a key share's target in `year - 1` and `year`; empty also when no value of
    /// `year - 1` is known (see `laggingKnown`).
    package var lagging: [Lag] {
        var out: [Lag] = []
        for m in municipalities {
            for (c, t) in targets {
                guard let now = value(m, c.id, year)?.number, let before = value(m, c.id, year - 1)?.number else {
                    continue
                }
                let earlier = target(c.id, year - 1) ?? t
                if !t.isReached(by: displayed(now, unit: c.unit))
                    && !earlier.isReached(by: displayed(before, unit: c.unit))
                {
                    out.append(Lag(municipality: m.name, criterion: c, previous: before, current: now, target: t.value))
                }
            }
        }
        return out
    }

    /// Whether any municipality has a value of `year - 1` for a key share (the lags can be told).
    package var laggingKnown: Bool {
        municipalities.contains { m in targets.contains { value(m, $0.criterion.id, year - 1)?.number != nil } }
    }

    // MARK: checks

    /// A municipality's value that differs from what its organisations' values give.
    package struct Mismatch: Sendable {
        package var municipality: String
        package var criterion: String
        package var stated: Double?
        package var computed: Double?
    }

    /// Each municipality's values of organisation-level criteria checked against what its organisations'
    /// values of the year give by the same rules (a workbook edited by hand, or written by another version).
    package var mismatches: [Mismatch] {
        var out: [Mismatch] = []
        for m in municipalities {
            let computed = Aggregator(catalogue: catalogue, dataset: m.dataset).compute(year: year)
            for c in criteria where c.level == .org {
                let a = m.value(c.id, year)?.number.map { displayed($0, unit: c.unit) }
                let b = computed[c.id]?.number.map { displayed($0, unit: c.unit) }
                if a != b { out.append(Mismatch(municipality: m.name, criterion: c.id, stated: a, computed: b)) }
            }
        }
        return out
    }
}
