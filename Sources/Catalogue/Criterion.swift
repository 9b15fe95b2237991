/// One of the 13 directions (показатели) of the monitoring, in the order of Table 38.
public struct Direction: Equatable, Sendable {
    public let number: Int
    public let key: String
    public let name: String
}

/// What a criterion's value is.
public enum ValueUnit: String, Sendable, CaseIterable {
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
public enum Level: String, Sendable, CaseIterable {
    /// Each organisation, in its own form.
    case org
    /// The municipality, once, in the municipal form.
    case municipal
}

/// How the municipal value is obtained.
public enum Aggregation: String, Sendable, CaseIterable {
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
public struct Criterion: Equatable, Sendable {
    /// Stable id (snake_case English), used in the data sheet and in history.
    public let id: String
    public let direction: Int
    public let unit: ValueUnit
    public let level: Level
    public let aggregation: Aggregation
    /// For `.ratio`: numerator ids and denominator ids; for `.sumOf`: the ids summed (in `numerator`).
    public let numerator: [String]
    public let denominator: [String]
    /// The organisation must give a link to a document proving the value.
    public let needsSource: Bool
    /// Report tables the criterion appears in ("1", "6.1", "38", …).
    public let reportTables: [String]
    /// The report's «не показательно» comment, when it has one.
    public let notIndicative: String?
    /// The wording of the criterion per monitoring year.
    public let wordings: [Int: String]
    /// Other wordings met in forms and report tables.
    public internal(set) var synonyms: [String]
    /// How an organisation's own form asks for the criterion, when it differs from the municipal wording
    /// («Наличие приказа …» for «Количество образовательных организаций, в которых …»); nil when it does not.
    public internal(set) var formWording: String? = nil

    /// The wording an organisation's form uses in `year`.
    public func formWording(for year: Int) -> String { formWording ?? wording(for: year) }

    /// Whether the criterion was collected in `year` (has a wording for it, or for no year at all).
    public func exists(in year: Int) -> Bool { wordings[year].map { !$0.isEmpty } ?? false }

    /// The wording of `year`, or the latest wording when no year is known.
    public func wording(for year: Int?) -> String {
        wording(for: year ?? wordings.keys.max() ?? 0)
    }

    /// The wording for a year, falling back to the nearest earlier, then later, year.
    public func wording(for year: Int) -> String {
        if let w = wordings[year], !w.isEmpty { return w }
        let years = wordings.keys.sorted()
        if let y = years.last(where: { $0 < year && !(wordings[$0] ?? "").isEmpty }) { return wordings[y]! }
        if let y = years.first(where: { !(wordings[$0] ?? "").isEmpty }) { return wordings[y]! }
        return id
    }
}

/// A target value for a criterion in a year.
public struct Target: Equatable, Sendable {
    public let criterion: String
    public let year: Int
    /// As a fraction for shares and levels.
    public let value: Double
    public var kind: TargetKind = .atLeast
    public let source: String

    public init(criterion: String, year: Int, value: Double, kind: TargetKind = .atLeast, source: String) {
        self.criterion = criterion
        self.year = year
        self.value = value
        self.kind = kind
        self.source = source
    }

    /// Whether a value (at the precision shown) reaches the target.
    public func isReached(by value: Double) -> Bool {
        switch kind {
        case .atLeast: return value >= self.value
        case .atMost: return value <= self.value
        }
    }
}

/// Which side of the target value reaches it.
public enum TargetKind: String, Sendable, CaseIterable {
    case atLeast = "at_least", atMost = "at_most"

    /// «не менее», «не более».
    public var russian: String { self == .atLeast ? "не менее" : "не более" }
}
