/// One of the 13 directions (показатели) of the monitoring, in the order of Table 38.
package struct Direction: Equatable, Sendable {
    package let number: Int
    package let key: String
    package let name: String
}

/// What a criterion's value is.
package enum ValueUnit: String, Sendable, CaseIterable {
    /// A number of things or people.
    case count
    /// 1 = да, 0 = нет.
    case yesno
    /// A share, stored as a fraction (0.0728 shown as 7,28 %).
    case share
    /// A satisfaction level in percent points reported by an organisation (0…100), stored as a fraction.
    case level
    /// Free text.
    case text
    /// A list of names.
    case list
}

/// Who fills a criterion.
package enum Level: String, Sendable, CaseIterable {
    /// Each organisation, in its own form.
    case org
    /// The municipality, once, in the municipal form.
    case municipal
}

/// How the municipal value is obtained.
package enum Aggregation: String, Sendable, CaseIterable {
    /// Sum of the organisations' values.
    case sum
    /// Number of organisations answering «да» (1).
    case countYes = "count_yes"
    /// Number of forms (organisations) read.
    case forms
    /// Ratio of two municipal values (`operands`: numerator ids / denominator ids, each a `+`-sum).
    case ratio
    /// Sum of other criteria's municipal values (`operands`), unless organisations report this one.
    case sumOf = "sum_of"
    /// Mean of the values reported by organisations.
    case mean
    /// Number of distinct names in the organisations' lists.
    case distinct
    /// Filled once by the municipality.
    case input
    /// Not aggregated (texts shown in per-organisation tables).
    case none
}

/// One criterion of the monitoring.
package struct Criterion: Equatable, Sendable {
    /// Stable id (snake_case English), used in the data sheet and in history.
    package let id: String
    package let direction: Int
    package let unit: ValueUnit
    package let level: Level
    package let aggregation: Aggregation
    /// For `.ratio`: numerator ids and denominator ids; for `.sumOf`: the ids summed (in `numerator`).
    package let numerator: [String]
    package let denominator: [String]
    /// The organisation must give a link to a document proving the value.
    package let needsSource: Bool
    /// Report tables the criterion appears in ("1", "6.1", "38", …).
    package let reportTables: [String]
    /// The report's «не показательно» comment, when it has one.
    package let notIndicative: String?
    /// The wording of the criterion per monitoring year.
    package let wordings: [Int: String]
    /// Other wordings met in forms and report tables.
    package internal(set) var synonyms: [String]
    /// How an organisation's own form asks for the criterion, when it differs from the municipal wording
    /// («Наличие приказа …» for «Количество образовательных организаций, в которых …»); nil when it does not.
    package internal(set) var formWording: String? = nil

    /// The wording an organisation's form uses in `year`.
    package func formWording(for year: Int) -> String { formWording ?? wording(for: year) }

    /// Whether the criterion was collected in `year` (has a wording for it, or for no year at all).
    package func exists(in year: Int) -> Bool { wordings[year].map { !$0.isEmpty } ?? false }

    /// The wording of `year`, or the latest wording when no year is known.
    package func wording(for year: Int?) -> String {
        wording(for: year ?? wordings.keys.max() ?? 0)
    }

    /// The wording for a year, falling back to the nearest earlier, then later, year.
    package func wording(for year: Int) -> String {
        if let w = wordings[year], !w.isEmpty { return w }
        let years = wordings.keys.sorted()
        if let y = years.last(where: { $0 < year && !(wordings[$0] ?? "").isEmpty }) { return wordings[y]! }
        if let y = years.first(where: { !(wordings[$0] ?? "").isEmpty }) { return wordings[y]! }
        return id
    }
}

/// A target value for a criterion in a year.
package struct Target: Equatable, Sendable {
    package let criterion: String
    package let year: Int
    /// As a fraction for shares and levels.
    package let value: Double
    package var kind: TargetKind = .atLeast
    package let source: String

    package init(criterion: String, year: Int, value: Double, kind: TargetKind = .atLeast, source: String) {
        self.criterion = criterion
        self.year = year
        self.value = value
        self.kind = kind
        self.source = source
    }

    /// Whether a value (at the precision shown) reaches the target.
    package func isReached(by value: Double) -> Bool {
        switch kind {
        case .atLeast: return value >= self.value
        case .atMost: return value <= self.value
        }
    }
}

/// Which side of the target value reaches it.
package enum TargetKind: String, Sendable, CaseIterable {
    case atLeast = "at_least", atMost = "at_most"

    /// «не менее», «не более».
    package var russian: String { self == .atLeast ? "не менее" : "не более" }
}
