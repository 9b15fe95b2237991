import Catalogue
import Foundation

/// Where a value came from: file, sheet and cell.
package struct SourceRef: Codable, Hashable, Sendable, CustomStringConvertible {
    package var file: String
    package var sheet: String
    package var cell: String

    package init(file: String, sheet: String, cell: String) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
    }

    package var description: String { "\(file), лист «\(sheet)»" + (cell.isEmpty ? "" : ", ячейка \(cell)") }
}

/// An organisation met in the inputs.
package struct Organisation: Codable, Hashable, Sendable {
    /// The canonical key (`OrganisationKey.make`), the same across files and years.
    package var key: String
    /// The name as first written (or as in the registry).
    package var name: String
    package var type: OrganisationType
    /// The municipality the organisation belongs to, when an input says so (a region-wide export's column, the
    /// register, the «Данные» sheet of a municipal workbook); nil when unknown.
    package var municipality: String?

    package init(key: String, name: String, type: OrganisationType, municipality: String? = nil) {
        self.key = key
        self.name = name
        self.type = type
        self.municipality = municipality
    }
}

/// The value of a criterion as read from a form, normalised.
package enum ObservedValue: Codable, Hashable, Sendable {
    case number(Double)
    case text(String)
    case list([String])
    case note(String)

    package var number: Double? { if case .number(let d) = self { return d }; return nil }
}

/// How the title of a value was matched to the catalogue.
package enum MatchKind: String, Codable, Sendable {
    case exact, synonym, thesaurus, history
    /// By the user's decision in the mapping file.
    case decided
    /// By similarity, certain enough to be used (always reported).
    case fuzzy

    package init(_ how: MatchHow) {
        switch how {
        case .decided: self = .decided
        case .exact: self = .exact
        case .synonym: self = .synonym
        case .thesaurus: self = .thesaurus
        case .similar: self = .fuzzy
        }
    }
}

/// One value of one criterion, for one organisation (or the municipality) and year.
package struct Observation: Codable, Equatable, Sendable {
    package var criterion: String
    package var year: Int
    /// Organisation key; nil for a value of the municipality.
    package var organisation: String?
    /// nil when the form leaves the value empty (not reported, which is not 0).
    package var value: ObservedValue?
    /// The raw text of the cell, kept for findings.
    package var raw: String
    /// The link given as the value's source: a hyperlink's URL or the link cell's text.
    package var link: String?
    /// The link cell's text when it differs from the hyperlink (e.g. «ссылка»).
    package var linkText: String?
    package var note: String?
    package var source: SourceRef
    package var match: MatchKind

    package init(
        criterion: String, year: Int, organisation: String?, value: ObservedValue?, raw: String, link: String?,
        linkText: String?, note: String?, source: SourceRef, match: MatchKind
    ) {
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
package enum IssueKind: String, Codable, Sendable {
    case error, unmappedTitle = "unmapped_title", fuzzyMatch = "fuzzy_match", doubtfulMatch = "doubtful_match"
    case ignoredColumn = "ignored_column", unparsedValue = "unparsed_value", duplicateForm = "duplicate_form"
    case yearMismatch = "year_mismatch", missingYear = "missing_year", missingOrganisation = "missing_organisation"
    case duplicateCriterion = "duplicate_criterion", unknownLayout = "unknown_layout"
    /// A sheet the reader had to leave out (an impossible row number, no part behind its `r:id`); the rest of
    /// the file was read.
    case skippedSheet = "skipped_sheet"
    /// A form of an organisation that the register (`--organisations`) does not list; its values are used.
    case notInRegister = "not_in_register"
    /// A base of mentors or mentees whose organisation neither a label above it nor a form beside it tells.
    case unattributedBase = "unattributed_base"
    /// A table with a column of ФИО that is not a base the reader knows: not read (personal data), named only.
    case unreadBase = "unread_base"
    /// A form that names no organisation, taken as the organisation its file or sheet name names: «проверьте».
    case organisationGuessed = "organisation_guessed"
    /// A form with numbers in several columns whose headers do not tell which are the values: asked, not used.
    case unknownValueColumn = "unknown_value_column"
    /// A file named again among the inputs (by the same path or another spelling of it): read once.
    case repeatedFile = "repeated_file"
    /// A value cell holding a formula whose result the file does not store: not used, the cell is named.
    case uncomputedFormula = "uncomputed_formula"
    /// A hidden row that repeats a criterion a visible row gives (last year's copy, a helper): not used, and
    /// nothing to decide — the visible row's value is the form's.
    case hiddenRow = "hidden_row"
    /// A row of the signature block under a form («Дата заполнения», «Исполнитель: …, телефон»), like no criterion:
    /// not a value, nothing to decide.
    case footerRow = "footer_row"
    /// A wide table's row of totals («Итого по району»): no organisation, its figures not used (the workbook sums
    /// the organisations' own).
    case totalRow = "total_row"
    /// A wide table's sample row («Образец: МБОУ «СОШ № 0»»): no organisation, its figures not used.
    case sampleRow = "sample_row"
    /// A wide table's row of a branch («филиал МБОУ «…» в с. …») that the register does not list on its own: part of
    /// its organisation, its figures not used (the organisation's row gives them).
    case branchRow = "branch_row"
    /// A sheet of reference lists for drop-downs («Справочник»): no form, not read.
    case referenceSheet = "reference_sheet"
    /// A share typed as a bare number («0,87») that its own parts show to be percent points (5 of 578 is 0,87 %):
    /// used as 0,87 %, and said.
    case shareAsPoints = "share_as_points"
    /// A consolidated workbook of the forms' own year among the forms (a result left in the forms' folder, the
    /// output of an earlier run): not read, since its values are the forms' own.
    case ownResult = "own_result"
    /// A sentence of a printed form with several blanks filled in («Из __540__ обучающихся … вошли __71__»): its
    /// answers are not cut apart by guessing; none is used, the cell is named.
    case severalAnswers = "several_answers"
    /// A web address broken by a recogniser or a typist («https: //», a Cyrillic «с» in «sсhool.ru»), put back together
    /// where only one reading is possible: used repaired, and said with both spellings.
    case repairedLink = "repaired_link"

    /// The kinds of a value read but not used: it is in no figure, and the summaries count it as «не учтено».
    package static let unreadValue: Set<IssueKind> = [.unparsedValue, .uncomputedFormula, .severalAnswers]
}

extension IssueKind {
    /// A short Russian name, as `check` and the web page show an issue.
    package var russian: String {
        switch self {
        case .error: return "ошибка"
        case .unmappedTitle: return "не найден в каталоге"
        case .fuzzyMatch: return "нечёткое сопоставление"
        case .doubtfulMatch: return "не учтено, проверьте"
        case .ignoredColumn: return "пропущен столбец"
        case .unparsedValue: return "значение не распознано"
        case .duplicateForm: return "повтор формы"
        case .yearMismatch: return "другой год"
        case .missingYear: return "нет года"
        case .missingOrganisation: return "нет организации"
        case .duplicateCriterion: return "критерий повторяется"
        case .unknownLayout: return "форма не распознана"
        case .skippedSheet: return "лист пропущен"
        case .notInRegister: return "нет в реестре"
        case .unattributedBase: return "база без организации"
        case .unreadBase: return "база не прочитана"
        case .hiddenRow: return "скрытая строка — не учтена"
        case .footerRow: return "подпись под формой — не критерий"
        case .totalRow: return "строка итогов — не организация"
        case .sampleRow: return "строка-образец — не организация"
        case .branchRow: return "строка филиала — не отдельная организация"
        case .referenceSheet: return "справочник — не форма"
        case .shareAsPoints: return "доля прочитана в процентах по её числам"
        case .ownResult: return "свод этого же года — не форма"
        case .organisationGuessed: return "организация не по подписи — проверьте"
        case .unknownValueColumn: return "не ясен столбец значений"
        case .repeatedFile: return "повтор файла"
        case .uncomputedFormula: return "формула без значения"
        case .severalAnswers: return "несколько значений в одном предложении"
        case .repairedLink: return "ссылка исправлена — проверьте"
        }
    }
}

/// One thing to report about an input, with its place.
package struct FileIssue: Codable, Equatable, Sendable, CustomStringConvertible {
    package var kind: IssueKind
    package var source: SourceRef?
    package var message: String

    package init(_ kind: IssueKind, _ source: SourceRef?, _ message: String) {
        self.kind = kind
        self.source = source
        self.message = message
    }

    /// Whether the issue needs a person's attention (exit status 1 of `check`).
    package var needsAttention: Bool {
        kind != .fuzzyMatch && kind != .ignoredColumn && kind != .hiddenRow && kind != .footerRow
            && kind != .totalRow && kind != .sampleRow && kind != .referenceSheet && kind != .shareAsPoints
            && kind != .repairedLink
    }

    package var description: String { (source.map { "\($0): " } ?? "") + message }
}

/// The layouts the normaliser reads.
package enum InputLayout: String, Codable, Sendable {
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
    /// A base of mentors or mentees (personal data: only counted, never copied).
    case base
}

/// A sheet of a base as a file's report names it: counts only.
package struct BaseSheetSummary: Codable, Equatable, Sendable {
    package var sheet: String
    package var kind: BaseKind
    /// Rows that name someone.
    package var rows: Int

    package init(sheet: String, kind: BaseKind, rows: Int) {
        self.sheet = sheet
        self.kind = kind
        self.rows = rows
    }
}

/// What was read from one file.
package struct FileReport: Codable, Sendable {
    package var file: String
    package var layout: InputLayout?
    /// The organisations named by the file's forms (one a form; a workbook may hold several).
    package var organisations: [String] = []
    /// How many organisations the file's wide tables (a row or a column each) gave values of; nil when it holds none.
    package var wideOrganisations: Int?
    package var year: Int?
    package var mapped = 0
    package var values = 0
    package var issues: [FileIssue] = []
    /// The sheets read as bases of mentors or mentees.
    package var bases: [BaseSheetSummary] = []
    /// Whether the file holds personal data (a base, or a table with a column of ФИО): the web service does not
    /// keep such a file after its job.
    package var personalData = false
    /// How many of the form's values answer criteria of the organisations' level and of the municipality's level
    /// (`Criterion.level`): what tells an organisation's form from the municipality's. nil for other layouts.
    package var organisationAnswers: Int?
    package var municipalAnswers: Int?
    /// The values of a form that states no year when nothing else gives one: none of them is used (nil: none).
    package var yearlessValues: Int?

    package init(file: String) { self.file = file }

    package var failed: Bool {
        issues.contains { $0.kind == .error || $0.kind == .unknownLayout || $0.kind == .ownResult }
    }

    /// Why the file was not read, in Russian (the messages of the issues that make it `failed`).
    package var whyFailed: String {
        issues.filter { $0.kind == .error || $0.kind == .unknownLayout || $0.kind == .ownResult }.map(\.message)
            .joined(separator: "; ")
    }

    /// Whether the report is of our own consolidated workbook of the forms' year, left among the forms: not read.
    package var ownResult: Bool { issues.contains { $0.kind == .ownResult } }

    /// Whether the report is of a file named again among the inputs (read once, under its first naming).
    package var repeated: Bool { issues.contains { $0.kind == .repeatedFile } }
}

/// Why a value read was not used.
package enum UnassignedStatus: String, Codable, Sendable {
    /// A guess that is not certain («проверьте»): used once the user confirms it in the mapping file.
    case doubtful
    /// No criterion is close enough («не сопоставлено»).
    case unmatched
    /// The user said it is not a criterion («не учитывать»).
    case ignored
    /// Its criterion was already filled by another row of the same form.
    case repeated

    /// The status as the mapping file writes it.
    package var russian: String {
        switch self {
        case .doubtful: return "проверьте"
        case .unmatched, .repeated: return "не сопоставлено"
        case .ignored: return "не учитывать"
        }
    }
}

/// A form whose columns hold numbers under several headers that do not tell which are the reporting year's
/// values («План 2024 | Факт 2024», «2023 | 2024» without a year above): its values were not used.
package struct ValueColumnQuestion: Codable, Equatable, Sendable {
    /// The candidate columns' titles, nearest the criterion column first.
    package var columns: [String]
    /// The header row's first candidate cell.
    package var source: SourceRef
    package var organisation: String?
    /// How many values the form holds (none of them used).
    package var values: Int

    package init(columns: [String], source: SourceRef, organisation: String?, values: Int) {
        self.columns = columns
        self.source = source
        self.organisation = organisation
        self.values = values
    }
}

/// A value read from an input that no criterion took: kept with its wording and candidates, so that
/// nothing read is lost, the summary can say what was not used, and the mapping file can offer it.
package struct UnassignedValue: Codable, Equatable, Sendable {
    /// The row title or column header as written.
    package var wording: String
    /// `TitleTokens.key` of the wording: rows with one key are one wording.
    package var key: String
    package var status: UnassignedStatus
    /// Candidate criteria, best first, with their similarity.
    package var candidates: [String]
    package var scores: [Double]
    /// The value as written, and the link given with it.
    package var raw: String
    package var link: String?
    /// Organisation key; nil for the municipality's form or history.
    package var organisation: String?
    package var year: Int?
    package var layout: InputLayout?
    package var source: SourceRef

    package init(
        wording: String, key: String, status: UnassignedStatus, candidates: [Candidate], raw: String,
        link: String?, organisation: String?, year: Int?, layout: InputLayout?, source: SourceRef
    ) {
        self.wording = wording
        self.key = key
        self.status = status
        self.candidates = candidates.map(\.id)
        self.scores = candidates.map(\.score)
        self.raw = raw
        self.link = link
        self.organisation = organisation
        self.year = year
        self.layout = layout
        self.source = source
    }

    /// Whether the user still has to decide (everything but «не учитывать»).
    package var needsDecision: Bool { status != .ignored }
}

/// A sheet holding an organisation's answers whose organisation the sheet does not name (no label the tool knows,
/// no name it recognises): a row of the mapping file's sheet «Формы» for the user to decide.
package struct UnnamedForm: Codable, Equatable, Sendable {
    package var file: String
    package var sheet: String
    package var year: Int?
    /// The values the form holds (not used until its organisation is known, unless `guess` gave it).
    package var values: Int
    /// The organisation taken from the file's or the sheet's name (used, marked «проверьте»); nil: asked.
    package var guess: String?
    /// Whether `guess` came from the file's name (not the sheet's).
    package var byFileName = false

    package init(file: String, sheet: String, year: Int?, values: Int, guess: String?) {
        self.file = file
        self.sheet = sheet
        self.year = year
        self.values = values
        self.guess = guess
    }
}

/// A share typed as a bare number below 1 (no «%», no percent format), read as a fraction (0,87 → 87 %), to be
/// weighed against its parts: the form's own numerator and denominator (5 of 578 says 0,87 %).
package struct BareShare: Sendable {
    package var criterion: String
    /// The organisation's key; nil for the municipality.
    package var organisation: String?
    package var year: Int
    package var source: SourceRef
    /// The number as typed (0.87) and the digits after its decimal comma.
    package var typed: Double
    package var decimals: Int
    /// Why the number cannot be read without its parts (the form writes its other shares in percent points, the
    /// row's title says «%»), when it cannot: without parts it is then named and not used.
    package var unsure: String?

    package init(
        criterion: String, organisation: String?, year: Int, source: SourceRef, typed: Double, decimals: Int,
        unsure: String?
    ) {
        self.criterion = criterion
        self.organisation = organisation
        self.year = year
        self.source = source
        self.typed = typed
        self.decimals = decimals
        self.unsure = unsure
    }
}

/// A municipal value of an earlier year, from a history workbook.
package struct HistoryValue: Codable, Equatable, Sendable {
    /// Memberwise, for the modules that build it.
    package init(
        criterion: String,
        year: Int,
        value: ObservedValue? = nil,
        raw: String,
        source: SourceRef,
        municipality: String? = nil
    ) {
        self.criterion = criterion
        self.year = year
        self.value = value
        self.raw = raw
        self.source = source
        self.municipality = municipality
    }

    package var criterion: String
    package var year: Int
    package var value: ObservedValue?
    package var raw: String
    package var source: SourceRef
    /// The municipality the value is of, when a regional workbook's «Данные» gives a row per municipality;
    /// nil for a value of the level the inputs are about (the municipality of a municipal run, the region of
    /// a roll-up).
    package var municipality: String? = nil
}

/// A dynamics category given in a history workbook for a pair of years; it overrides the computed one.
package struct DynamicsOverride: Codable, Equatable, Sendable {
    /// Memberwise, for the readers that build it.
    package init(
        criterion: String,
        fromYear: Int,
        toYear: Int,
        category: String,
        source: SourceRef
    ) {
        self.criterion = criterion
        self.fromYear = fromYear
        self.toYear = toYear
        self.category = category
        self.source = source
    }

    package var criterion: String
    package var fromYear: Int
    package var toYear: Int
    package var category: String
    package var source: SourceRef
}

/// A wording that was used for a criterion in one input (for the mapping file).
package struct ResolvedWording: Codable, Equatable, Sendable {
    /// Memberwise, for the modules that build it.
    package init(
        wording: String,
        key: String,
        criterion: String,
        match: MatchKind,
        score: Double,
        source: SourceRef,
        count: Int
    ) {
        self.wording = wording
        self.key = key
        self.criterion = criterion
        self.match = match
        self.score = score
        self.source = source
        self.count = count
    }

    package var wording: String
    package var key: String
    package var criterion: String
    package var match: MatchKind
    package var score: Double
    /// The first place it was met.
    package var source: SourceRef
    /// How many rows or columns used it.
    package var count: Int
}

/// Everything read from the inputs: organisations × criteria × years, with history.
package struct Dataset: Codable, Sendable {
    package var organisations: [String: Organisation] = [:]
    /// The municipality the inputs are about (the municipal form's «Муниципальное образование», `--municipality`,
    /// or the «Данные» sheet of a municipal workbook); nil when no input names it.
    package var municipality: String?
    package var observations = ObservationStore()
    package var history: [HistoryValue] = []
    package var dynamics: [DynamicsOverride] = []
    /// Best practices (Table 35): topic, organisation, nomination.
    package var bestPractices: [[String]] = []
    /// Values read that no criterion took, in input order.
    package var unassigned: [UnassignedValue] = []
    /// Wordings resolved to a criterion (by wording key and criterion), with how and how many times: the
    /// mapping file lists them too.
    package var resolved: [TextKey: ResolvedWording] = [:]
    /// Forms whose value column the headers do not tell (plan and fact, two years): asked in the mapping file.
    package var valueColumnQuestions: [ValueColumnQuestion] = []
    /// The bases of mentors and mentees read (`BaseLayoutReader`), until `settleBases` counts them. Never encoded:
    /// see `CodingKeys`.
    package var bases: [PersonalBase] = []
    /// The bases' counts per organisation and year (numbers only).
    package var settledBases: [BaseTally] = []
    /// The forms of organisations that name no organisation: asked in the mapping file (file → organisation), or
    /// taken as the organisation their file name names.
    package var unnamedForms: [UnnamedForm] = []
    /// Shares typed as a bare number below 1 («0,87» under «Доля …»): a fraction or percent points? Read as a
    /// fraction until the checks across files weigh them against the organisation's own numbers (`ShareScale`).
    /// Never encoded: read and settled in one run.
    package var bareShares: [BareShare] = []

    /// Everything but `bases`: what the bases hold never leaves the process, not even through a dataset encoded.
    enum CodingKeys: String, CodingKey {
        case organisations, municipality, observations, history, dynamics, bestPractices, unassigned, resolved,
            settledBases
        case unnamedForms
        case valueColumnQuestions
    }

    package init() {}

    /// Appends another dataset read from a later file. An organisation met in both keeps the cleanest of its
    /// names (`OrganisationName.cleanest`, so the name does not depend on the order of the files) and its first
    /// type unless that is `.unknown`; a new organisation's name is cleaned (`Dataset.record`).
    package mutating func merge(_ other: Dataset) {
        // Into an empty dataset (the first file read, often the only one: a wide export) nothing is copied but
        // the few names to clean.
        if organisations.isEmpty {
            organisations = other.organisations
            for (k, o) in other.organisations {
                let name = OrganisationName.clean(o.name)
                if name != o.name { organisations[k]!.name = name }
            }
        } else {
            for o in other.organisations.values { record(o) }
        }
        if municipality == nil { municipality = other.municipality }
        if observations.isEmpty { observations = other.observations } else { observations += other.observations }
        history += other.history
        dynamics += other.dynamics
        bestPractices += other.bestPractices
        unassigned += other.unassigned
        valueColumnQuestions += other.valueColumnQuestions
        if resolved.isEmpty {
            resolved = other.resolved
        } else {
            for (key, r) in other.resolved { noteResolved(r, key: key) }
        }
        bases += other.bases
        settledBases += other.settledBases
        unnamedForms += other.unnamedForms
        bareShares += other.bareShares
    }

    /// The values of forms whose value column is undecided (`valueColumnQuestions`): read, not used.
    package var undecidedColumnValues: Int { valueColumnQuestions.reduce(0) { $0 + $1.values } }

    /// The years that hold observations.
    package var years: [Int] { Array(Set(observations.indices.map { observations.year(at: $0) })).sorted() }
}

extension Dataset {
    /// Remembers that a wording was used for a criterion (counted per wording and criterion).
    package mutating func noteResolved(_ r: ResolvedWording) {
        noteResolved(r, key: TextKey(r.key + "\u{1}" + r.criterion))
    }

    /// The same, under its key in `resolved` (another dataset's, when merging: not made again).
    package mutating func noteResolved(_ r: ResolvedWording, key k: TextKey) {
        // One look-up: most wordings were met before (in earlier rows, files or sheets).
        if let i = resolved.index(forKey: k) { resolved.values[i].count += r.count } else { resolved[k] = r }
    }
}
