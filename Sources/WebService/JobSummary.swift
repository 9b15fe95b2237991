import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation
import Normaliser
import Pipeline
import Report

/// What `GET /api/jobs/{id}` says about a finished job, and what the page shows: the files with their kind and
/// status, the organisations, what could not be used (the wordings that need a decision), the findings by kind,
/// the register's coverage and the heat map of Table 38.
struct JobSummary: Encodable, Sendable {
    struct Message: Encodable, Sendable {
        var kind: String
        var place: String?
        var text: String
    }
    struct FileEntry: Encodable, Sendable {
        /// The name the client gave, and the name the job stored it under (and the workbook shows).
        var name: String
        var storedName: String
        var size: Int
        /// `form`, `municipal`, `wide`, `history`, `data`, `mapping`, `register`, `unknown`.
        var kind: String
        var kindText: String
        /// `read`, `attention` (read, with something to check), `skipped`.
        var status: String
        var organisation: String?
        var year: Int?
        var mapped: Int
        var values: Int
        var messages: [Message]
    }
    struct Candidate: Encodable, Sendable {
        var id: String
        var wording: String
        var score: Double
    }
    struct Decision: Encodable, Sendable {
        var wording: String
        /// `doubtful`, `unmatched`, `repeated`.
        var status: String
        var statusText: String
        var forms: Int
        var values: Int
        var candidates: [Candidate]
        var example: SourceRef
    }
    struct Decided: Encodable, Sendable {
        var wording: String
        var criterion: String?
        var criterionWording: String?
        var ignore: Bool
    }
    /// A form that names no organisation: asked (its values not used) or named by its file's or sheet's name.
    struct FormToName: Encodable, Sendable {
        /// The stored name (what the decision names) and the name the user gave the file.
        var file: String
        var name: String
        var sheet: String
        var values: Int
        var guess: String?
    }
    struct CriterionOption: Encodable, Sendable {
        var id: String
        var wording: String
        var direction: Int
        var directionName: String
    }
    struct FindingItem: Encodable, Sendable {
        var kind: String
        var kindText: String
        var severity: String
        var organisation: String?
        var criterion: String?
        var file: String?
        var place: String?
        var raw: String?
        var message: String
        var advice: String
    }
    struct FindingKindCount: Encodable, Sendable {
        var kind: String
        var name: String
        var count: Int
    }
    struct Findings: Encodable, Sendable {
        var total: Int
        var kinds: [FindingKindCount]
        /// The first `limit` findings (the workbook's «Замечания» has them all).
        var items: [FindingItem]
        var limit: Int
    }
    struct PaletteColour: Encodable, Sendable {
        var key: String
        var name: String
        var fill: String
        var font: String
        var legend: String
    }
    struct HeatmapRow: Encodable, Sendable {
        var criterion: String
        var direction: Int
        var directionName: String
        var wording: String
        var previous: String
        var current: String
        var dynamics: String
        var dynamicsName: String
        var comment: String
    }
    /// The register's coverage as the page shows it: names and the register's row, never a server path.
    struct Register: Encodable, Sendable {
        struct Entry: Encodable, Sendable {
            var name: String
            var shortName: String?
            /// The register file's name (as stored for the job), sheet and row.
            var file: String?
            var place: String?
        }
        var listed: Int
        var reported: Int
        var notReported: [Entry]
        var notInRegister: [String]

        init(_ c: RegisterCoverage) {
            listed = c.listed
            reported = c.reported
            notReported = c.notReported.map { e in
                Entry(
                    name: e.name, shortName: e.shortName,
                    file: e.source.map { ($0.file as NSString).lastPathComponent },
                    place: e.source.map { "\($0.sheet)!\($0.cell)" })
            }
            notInRegister = c.notInRegister
        }
    }
    struct Heatmap: Encodable, Sendable {
        var year: Int
        var previousYear: Int
        var rows: [HeatmapRow]
        var palette: [PaletteColour]
        var counts: [String: Int]
    }

    var year: Int?
    var municipality: String?
    var files: [FileEntry]
    var filesRead: Int
    var filesSkipped: Int
    var organisations: Int
    var schools: Int
    var dop: Int
    var criteriaFilled: Int
    var criteriaTotal: Int
    var unusedValues: Int
    var unusedWordings: Int
    var skippedSheets: Int
    var decisions: [Decision]
    var decided: [Decided]
    var forms: [FormToName]
    var formsDecided: [PageFormDecision] = []
    var criteria: [CriterionOption]
    var findings: Findings
    var register: Register?
    var heatmap: Heatmap?

    static let findingsLimit = 3000

    init(
        job run: ConsolidationJob, uploads: [MultipartReceiver.StoredFile], classification: InputClassification,
        page: [PageDecision]
    ) {
        let catalogue = run.context.catalogue, dataset = run.dataset
        year = run.year
        municipality = dataset.municipality
        let reportOf = Dictionary(run.reports.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        files = uploads.map { JobSummary.entry($0, report: reportOf[$0.storedName], classification, dataset) }
        filesSkipped = files.filter { $0.status == "skipped" }.count
        filesRead = files.count - filesSkipped
        // The run's counts, as the command line prints them.
        let counts = run.counts
        skippedSheets = counts.skippedSheets
        organisations = counts.organisations
        schools = counts.schools
        dop = counts.dop
        criteriaTotal = counts.criteria
        criteriaFilled = counts.criteriaFilled
        unusedValues = counts.unusedValues
        unusedWordings = counts.unusedWordings

        let optionYear = run.year ?? catalogue.years.last ?? 0
        func wording(_ id: String) -> String { catalogue.criterion(id)?.wording(for: optionYear) ?? id }
        decisions = UnusedSummary.group(dataset.unassigned).map { g in
            Decision(
                wording: g.wording, status: g.status.rawValue, statusText: JobSummary.statusText(g.status),
                forms: g.forms,
                values: g.values,
                candidates: g.candidates.prefix(5).map {
                    Candidate(id: $0.id, wording: wording($0.id), score: $0.score)
                },
                example: g.example)
        }
        let clientName = Dictionary(uploads.map { ($0.storedName, $0.clientName) }, uniquingKeysWith: { a, _ in a })
        forms = dataset.unnamedForms.map { f in
            FormToName(
                file: f.file, name: clientName[f.file] ?? f.file, sheet: f.sheet, values: f.values, guess: f.guess)
        }
        decided = page.map {
            Decided(
                wording: $0.wording, criterion: $0.criterion, criterionWording: $0.criterion.map(wording),
                ignore: $0.ignore)
        }
        criteria = catalogue.criteria(in: optionYear).filter {
            $0.aggregation != .none || $0.unit == .text || $0.unit == .list
        }.map { c in
            CriterionOption(
                id: c.id, wording: c.wording(for: optionYear), direction: c.direction,
                directionName: catalogue.direction(c.direction)?.name ?? "")
        }

        findings = Findings(
            total: run.findings.count,
            kinds: counts.findings.map {
                FindingKindCount(kind: $0.kind.rawValue, name: $0.kind.russian, count: $0.count)
            },
            items: run.findings.prefix(JobSummary.findingsLimit).map { f in
                FindingItem(
                    kind: f.kind.rawValue, kindText: f.kind.russian, severity: f.severity.russian,
                    organisation: f.organisation.map { dataset.organisations[$0]?.name ?? $0 },
                    criterion: f.criterion.map(wording),
                    file: f.source.map { ($0.file as NSString).lastPathComponent },
                    place: f.source.map { "\($0.sheet)!\($0.cell)" }, raw: f.raw, message: f.message, advice: f.advice)
            },
            limit: JobSummary.findingsLimit)
        register = run.coverage.map(Register.init)
        heatmap = run.consolidation.map { JobSummary.heatmap(run.table38, year: $0.year, catalogue) }
    }

    /// An upload as the list of files shows it: its kind and status, from the classification or its reading report.
    static func entry(
        _ u: MultipartReceiver.StoredFile, report: FileReport?, _ classification: InputClassification,
        _ dataset: Dataset
    ) -> FileEntry {
        var e = FileEntry(
            name: u.clientName, storedName: u.storedName, size: u.size, kind: "unknown", kindText: "не распознан",
            status: "skipped", organisation: nil, year: nil, mapped: 0, values: 0, messages: [])
        if let m = classification.mappings[u.storedName] {
            e.kind = InputKind.mapping.rawValue
            e.kindText = InputKind.mapping.russian
            e.status = m.error == nil ? "read" : "skipped"
            if let error = m.error { e.messages = [Message(kind: "ошибка", place: nil, text: error)] }
        } else if let r = classification.registers[u.storedName] {
            e.kind = InputKind.register.rawValue
            e.kindText = "\(InputKind.register.russian) (\(r.entries.count))"
            e.status = r.error == nil ? "read" : "skipped"
            if let error = r.error { e.messages = [Message(kind: "ошибка", place: nil, text: error)] }
        } else if let r = report {
            (e.kind, e.kindText) = JobSummary.kind(r, dataset)
            e.organisation = r.layout == .form || r.layout == .base ? r.organisations.first : nil
            e.year = r.year
            e.mapped = r.mapped
            e.values = r.values
            e.status = r.failed ? "skipped" : r.issues.contains(where: \.needsAttention) ? "attention" : "read"
            e.messages = r.issues.filter { $0.needsAttention || $0.kind == .fuzzyMatch }.prefix(40).map { i in
                Message(
                    kind: i.kind.russian,
                    place: i.source.map { "лист «\($0.sheet)»" + ($0.cell.isEmpty ? "" : ", ячейка \($0.cell)") },
                    text: i.message)
            }
            if r.personalData {
                e.messages.append(
                    Message(
                        kind: "сведения", place: nil,
                        text:
                            "персональные данные: файл удалён с сервера сразу после чтения, сохранены только подсчёты (ни имён, ни годов рождения)"
                    ))
            }
        }
        return e
    }

    static func heatmap(_ c11n: Consolidation, _ catalogue: Catalogue, findings: [Finding] = []) -> Heatmap {
        heatmap(Table38Row.rows(c11n, findings: findings), year: c11n.year, catalogue)
    }

    /// Table 38 as the page draws it: the run's rows (the workbook's), their values as the workbook shows them.
    static func heatmap(_ rows: [Table38Row], year y: Int, _ catalogue: Catalogue) -> Heatmap {
        var counts: [String: Int] = [:]
        let names = Dictionary(catalogue.palette.map { ($0.category, $0.name) }, uniquingKeysWith: { a, _ in a })
        let shown = rows.map { r -> HeatmapRow in
            let c = r.criterion, d = r.dynamics
            counts[d.rawValue, default: 0] += 1
            return HeatmapRow(
                criterion: c.id, direction: c.direction, directionName: catalogue.direction(c.direction)?.name ?? "",
                wording: c.wording(for: y), previous: Table38Row.display(r.previous, unit: c.unit),
                current: Table38Row.display(r.current, unit: c.unit), dynamics: d.rawValue,
                dynamicsName: names[d] ?? d.rawValue,
                comment: r.comment)
        }
        return Heatmap(
            year: y, previousYear: y - 1, rows: shown,
            palette: catalogue.palette.map {
                PaletteColour(key: $0.category.rawValue, name: $0.name, fill: $0.fill, font: $0.font, legend: $0.legend)
            },
            counts: counts)
    }

    /// The kind of a data file (`InputKind`) and its text, with what the file held.
    static func kind(_ r: FileReport, _ d: Dataset) -> (String, String) {
        let kind = InputKind(layout: r.layout)
        switch kind {
        case .wide: return (kind.rawValue, "\(kind.russian) (организаций: \(r.wideOrganisations ?? 0))")
        case .base:
            let sheets = r.bases.map { "\($0.kind.russian): строк \($0.rows)" }.joined(separator: "; ")
            return (kind.rawValue, sheets.isEmpty ? "база с персональными данными (не прочитана)" : sheets)
        default: return (kind.rawValue, kind.russian)
        }
    }

    static func statusText(_ s: UnassignedStatus) -> String {
        switch s {
        case .doubtful: return "не наверняка — подтвердите критерий"
        case .unmatched: return "не найдено в каталоге"
        case .repeated: return "критерий уже заполнен другой строкой"
        case .ignored: return "не учитывается"
        }
    }
}
