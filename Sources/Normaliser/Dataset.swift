import Foundation

/// Where a value came from: file, sheet and cell.
public struct SourceRef: Codable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var sheet: String
    public var cell: String

    public init(file: String, sheet: String, cell: String) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
    }

    public var description: String { "\(file), лист «\(sheet)», ячейка \(cell)" }
}

/// An organisation met in the inputs.
public struct Organisation: Codable, Hashable, Sendable {
    /// The canonical key (`OrganisationKey.make`), the same across files and years.
    public var key: String
    /// The name as first written (or as in the registry).
    public var name: String
    public var type: OrganisationType

    public init(key: String, name: String, type: OrganisationType) {
        self.key = key
        self.name = name
        self.type = type
    }
}

/// The value of a criterion as read from a form, normalised.
public enum ObservedValue: Codable, Hashable, Sendable {
    case number(Double)
    case text(String)
    case list([String])
    case note(String)

    public var number: Double? { if case .number(let d) = self { return d }; return nil }
}

/// How the title of a value was matched to the catalogue.
public enum MatchKind: String, Codable, Sendable { case exact, synonym, fuzzy, history }

/// One value of one criterion, for one organisation (or the municipality) and year.
public struct Observation: Codable, Equatable, Sendable {
    public var criterion: String
    public var year: Int
    /// Organisation key; nil for a value of the municipality.
    public var organisation: String?
    /// nil when the form leaves the value empty (not reported, which is not 0).
    public var value: ObservedValue?
    /// The raw text of the cell, kept for findings.
    public var raw: String
    /// The link given as the value's source: a hyperlink's URL or the link cell's text.
    public var link: String?
    /// The link cell's text when it differs from the hyperlink (e.g. «ссылка»).
    public var linkText: String?
    public var note: String?
    public var source: SourceRef
    public var match: MatchKind

    public init(criterion: String, year: Int, organisation: String?, value: ObservedValue?, raw: String, link: String?,
                linkText: String?, note: String?, source: SourceRef, match: MatchKind) {
        self.criterion = criterion
        self.year = year
        self.organisation = organisation
        self.value = value
        self.raw = raw
        self.link = link
        self.linkText = linkText
        self.note = note
        self.source = source
        self.match = match
    }
}

/// Kinds of things the normaliser reports about a file.
public enum IssueKind: String, Codable, Sendable {
    case error, unmappedTitle = "unmapped_title", fuzzyMatch = "fuzzy_match", ambiguousTitle = "ambiguous_title"
    case ignoredColumn = "ignored_column", unparsedValue = "unparsed_value", duplicateForm = "duplicate_form"
    case yearMismatch = "year_mismatch", missingYear = "missing_year", missingOrganisation = "missing_organisation"
    case duplicateCriterion = "duplicate_criterion", unknownLayout = "unknown_layout"
}

/// One thing to report about an input, with its place.
public struct FileIssue: Codable, Equatable, Sendable, CustomStringConvertible {
    public var kind: IssueKind
    public var source: SourceRef?
    public var message: String

    public init(_ kind: IssueKind, _ source: SourceRef?, _ message: String) {
        self.kind = kind
        self.source = source
        self.message = message
    }

    /// Whether the issue needs a person's attention (exit status 1 of `check`).
    public var needsAttention: Bool { kind != .fuzzyMatch && kind != .ignoredColumn }

    public var description: String { (source.map { "\($0): " } ?? "") + message }
}

/// The layouts the normaliser reads.
public enum InputLayout: String, Codable, Sendable {
    /// One organisation's form: a criterion column, a value column, a link column.
    case form
    /// The municipality's own form (layout A without an organisation).
    case municipalForm = "municipal_form"
    /// A wide export: one row per organisation, one column per criterion.
    case wide
    /// Earlier years' municipal values: a criterion column and one column per year.
    case history
    /// The hidden «Данные» sheet of a workbook written by `mentoring consolidate`.
    case dataSheet = "data_sheet"
}

/// What was read from one file.
public struct FileReport: Codable, Sendable {
    public var file: String
    public var layout: InputLayout?
    /// Organisations read (one for a form, many for a wide export).
    public var organisations: [String] = []
    public var year: Int?
    public var mapped = 0
    public var values = 0
    public var issues: [FileIssue] = []

    public init(file: String) { self.file = file }

    public var failed: Bool { issues.contains { $0.kind == .error || $0.kind == .unknownLayout } }
}

/// A municipal value of an earlier year, from a history workbook.
public struct HistoryValue: Codable, Equatable, Sendable {
    public var criterion: String
    public var year: Int
    public var value: ObservedValue?
    public var raw: String
    public var source: SourceRef
}

/// A dynamics category given in a history workbook for a pair of years; it overrides the computed one.
public struct DynamicsOverride: Codable, Equatable, Sendable {
    public var criterion: String
    public var fromYear: Int
    public var toYear: Int
    public var category: String
    public var source: SourceRef
}

/// Everything read from the inputs: organisations × criteria × years, with history.
public struct Dataset: Codable, Sendable {
    public var organisations: [String: Organisation] = [:]
    public var observations = ObservationStore()
    public var history: [HistoryValue] = []
    public var dynamics: [DynamicsOverride] = []
    /// Best practices (Table 35): topic, organisation, nomination.
    public var bestPractices: [[String]] = []

    public init() {}

    /// Appends another dataset read from a later file (organisations already known keep their first record).
    public mutating func merge(_ other: Dataset) {
        // Into an empty dataset (the first file read, often the only one: a wide export) nothing is copied.
        if organisations.isEmpty { organisations = other.organisations } else {
            for (k, o) in other.organisations where organisations[k] == nil { organisations[k] = o }
        }
        if observations.isEmpty { observations = other.observations } else { observations += other.observations }
        history += other.history
        dynamics += other.dynamics
        bestPractices += other.bestPractices
    }

    /// The years that hold observations.
    public var years: [Int] { Array(Set(observations.indices.map { observations.year(at: $0) })).sorted() }
}
