import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation
import Normaliser
import Report
import XLSXReader
import XLSXWriter

/// One run of the pipeline that `mentoring consolidate` and `mentoring serve` share: the inputs read into one
/// dataset (`InputReader`), the reporting year (`MainYear`) and the municipality, the consolidation, the findings
/// and the register's coverage; the workbook (`ReportBuilder`) and the mapping file (`MappingWorkbook`) are
/// written from it.
package struct ConsolidationJob {
    package let context: NormaliserContext
    package let dataset: Dataset
    package let reports: [FileReport]
    /// The reporting year: the given one, else the year most forms give; nil when no form gave one.
    package let year: Int?
    /// nil when there is no year (no organisation's form was read): there is nothing to consolidate.
    package let consolidation: Consolidation?
    package let findings: [Finding]
    /// With a register of organisations: who sent no form, which forms it does not list.
    package let coverage: RegisterCoverage?
    /// Why there is nothing to consolidate although forms were read (no consolidation then): organisations'
    /// forms were read but none names its organisation, or the year asked for is none of the forms' years — a
    /// workbook of «организаций 0» would be wrong.
    package let refusal: Refusal?

    /// Why a run writes no workbook although forms were read.
    package struct Refusal: Sendable, CustomStringConvertible {
        package enum Reason: Sendable {
            /// Organisations' forms were read, but none names its organisation.
            case noOrganisation
            /// The year given (`--year`) is none of the forms' years.
            case yearNotFound
            /// Organisations' forms were read, but every one waits for the choice of its value column.
            case valuesUndecided
        }
        package let reason: Reason
        /// In Russian, for the user.
        package let message: String
        package var description: String { message }
    }

    /// Reads `files` in their order and consolidates them.
    /// - Parameters:
    ///   - year: the reporting year when the forms do not settle it (`--year`).
    ///   - municipality: the municipality for the titles, over the one the inputs name (`--municipality`).
    ///   - relativeTo: a folder holding the files (the web service's job folder): the results name the files
    ///     relative to it, as if they had been given so on the command line, and never show the folder.
    ///   - progress: files read so far and in all, called from the reading threads.
    ///   - consolidate: false to stop after reading (a region-wide export is consolidated per municipality).
    ///   - lap: called with the name of each stage as it ends ("read", "consolidate", "findings").
    ///   - kept: the bases of an earlier run of the same inputs whose files are gone (the web service removes them).
    package init(
        files: [String], context: NormaliserContext, year: Int? = nil, municipality: String? = nil,
        consolidate: Bool = true, limits: ReaderLimits = .default, relativeTo folder: String? = nil,
        kept: KeptBases? = nil, progress: ((Int, Int) -> Void)? = nil, lap: ((String) -> Void)? = nil
    ) {
        let (dataset, reports) = ConsolidationJob.read(
            files, context: context, year: year, limits: limits, relativeTo: folder, progress: progress)
        self.init(
            read: dataset, reports: reports, context: context, year: year, municipality: municipality,
            consolidate: consolidate, kept: kept, lap: lap)
    }

    /// Consolidates inputs read already (a `CheckJob`'s `dataset` and `reports`, read with the same context, year and
    /// folder): the same result as reading them again.
    package init(
        read dataset: Dataset, reports: [FileReport], context: NormaliserContext, year: Int? = nil,
        municipality: String? = nil, consolidate: Bool = true, kept: KeptBases? = nil,
        lap: ((String) -> Void)? = nil
    ) {
        self.context = context
        var dataset = dataset, reports = reports
        if let kept, !kept.reports.isEmpty {
            // In the order the files were named, as if they had been read again.
            reports = (reports + kept.reports).enumerated().sorted {
                ($0.element.file, $0.offset) < ($1.element.file, $1.offset)
            }.map(\.element)
            dataset.settledBases += kept.tallies
        }
        let year = MainYear.choose(reports, override: year)
        if let year {
            dataset.municipality = ConsolidationJob.municipality(
                option: municipality, dataset: dataset, registry: context.registry)
            // The bases are counted for the year and their rows forgotten: from here on only numbers are held.
            dataset.settleBases(year: year)
        }
        dataset.bases = []
        lap?("read")
        self.dataset = dataset
        self.reports = reports
        self.year = year
        refusal = ConsolidationJob.refusal(year: year, dataset, reports)
        if let year, consolidate, refusal == nil {
            let consolidation = Consolidation(catalogue: context.catalogue, dataset: dataset, year: year)
            lap?("consolidate")
            findings = FindingsEngine(consolidation: consolidation).run()
            lap?("findings")
            self.consolidation = consolidation
        } else {
            consolidation = nil
            findings = []
        }
        coverage = RegisterCoverage(registry: context.registry, dataset: dataset, reports: reports, year: year)
    }

    /// The refusal of a run asked for a year none of its forms gives (`--year 2019` on the forms of 2024), or whose
    /// forms hold organisations' answers while no organisation is known.
    static func refusal(year given: Int?, _ dataset: Dataset, _ reports: [FileReport]) -> Refusal? {
        let formYears = Dictionary(
            reports.filter { $0.layout == .form || $0.layout == .wide }.compactMap(\.year).map { ($0, 1) },
            uniquingKeysWith: +)
        if let given, !formYears.isEmpty, formYears[given] == nil {
            let found = formYears.sorted { $0.key < $1.key }.map {
                "\($0.key) год (\($0.value) \(Plural.word($0.value, "форма", "формы", "форм")))"
            }
            return Refusal(
                reason: .yearNotFound,
                message: "за \(given) год нет ни одной формы (--year \(given)); в формах — "
                    + found.joined(separator: ", ") + ". Укажите один из этих годов или уберите --year")
        }
        // Forms of known organisations whose every value waits for the choice of the value column: a workbook now
        // would be one of «организаций 0»; the question is asked once per layout in the mapping file instead.
        let columnWaiting = dataset.valueColumnQuestions.filter { $0.organisation != nil }.map(\.source.file)
        let store = dataset.observations
        if !columnWaiting.isEmpty,
            !store.indices.contains(where: { store.organisationID(at: $0) >= 0 && store.year(at: $0) == given })
        {
            return Refusal(
                reason: .valuesUndecided,
                message: "ни одно значение организаций не учтено: в формах (\(fileList(columnWaiting))"
                    + ") не ясно, в каком столбце значения отчётного года, и сводная книга с «организаций 0» не пишется. "
                    + "Выберите столбец (mentoring check ФОРМЫ --mapping-out сопоставление.xlsx, лист «\(MappingSheets.valueColumns)»), "
                    + "затем --mapping сопоставление.xlsx")
        }
        guard dataset.organisations.isEmpty else { return nil }
        // Forms that name no organisation, forms that answer organisations' criteria, and forms whose values wait for
        // the choice of their value column (whose they are is not known either: a matrix of organisations, say).
        let waiting =
            dataset.unnamedForms.filter { $0.guess == nil }.map(\.file)
            + dataset.valueColumnQuestions.filter { $0.organisation == nil }.map(\.source.file)
        let answering = reports.filter { ($0.organisationAnswers ?? 0) > 0 }
        guard !waiting.isEmpty || !answering.isEmpty else { return nil }
        return Refusal(
            reason: .noOrganisation,
            message:
                "ни одной организации не определено, а в формах есть ответы организаций (\(fileList(waiting + answering.map(\.file)))"
                + "): сводная книга с «организаций 0» не пишется. Укажите организации над таблицами форм или в файле сопоставления "
                + "(mentoring check ФОРМЫ --mapping-out сопоставление.xlsx, лист «\(MappingSheets.forms)»), затем --mapping сопоставление.xlsx"
        )
    }

    /// Reads `files` in their order into one dataset, as `check` and `consolidate` both do; with `relativeTo` (the web
    /// service's job folder) the results name the files relative to it.
    static func read(
        _ files: [String], context: NormaliserContext, year: Int?, limits: ReaderLimits, relativeTo folder: String?,
        progress: ((Int, Int) -> Void)?
    ) -> (Dataset, [FileReport]) {
        var dataset = Dataset()
        var reader = InputReader(context: context)
        reader.limits = limits
        reader.year = year
        var reports = reader.read(files, into: &dataset, progress: progress)
        if let folder { relabel(&dataset, &reports, folder: folder) }
        return (dataset, reports)
    }

    /// «файлов: 7; «a.xlsx», «b.xlsx», …»: how many distinct files, and the first five of them.
    static func fileList(_ named: [String]) -> String {
        let files = Set(named).sorted()
        return "файлов: \(files.count); " + files.prefix(5).map { "«\($0)»" }.joined(separator: ", ")
            + (files.count > 5 ? ", …" : "")
    }

    /// The counts of the run's summary (organisations, criteria, files, what was not used, findings per kind).
    package var counts: SummaryCounts {
        SummaryCounts(reports: reports, dataset: dataset, consolidation: consolidation, findings: findings)
    }

    /// Table 38's rows, as the workbook writes them; none without a consolidation.
    package var table38: [Table38Row] { consolidation.map { Table38Row.rows($0, findings: findings) } ?? [] }

    /// The files of the run that hold personal data (bases of mentors and mentees), as the reports name them.
    package var personalFiles: [String] { reports.filter(\.personalData).map(\.file) }

    /// Writes the consolidated workbook atomically at `path`; nothing is written when there is no year.
    package func writeWorkbook(tables: [TableSpec], to path: String, options: WorkbookOptions = WorkbookOptions())
        throws
    {
        guard let consolidation else { return }
        var builder = ReportBuilder(consolidation: consolidation, tables: tables, reports: reports, findings: findings)
        builder.registerCoverage = coverage
        builder.summary = counts
        try builder.write(to: path, options: options)
    }

    /// Writes a card per organisation into `folder` (`consolidate --cards`), named by the register's short names;
    /// nothing when there is no year.
    package func writeCards(to folder: String, options: WorkbookOptions = WorkbookOptions()) throws
        -> [OrganisationCards.Card]
    {
        guard let consolidation else { return [] }
        let registry = context.registry
        return try OrganisationCards.write(
            consolidation: consolidation, findings: findings, reports: reports, to: folder,
            shortName: { registry.lookup(key: $0)?.shortName }, options: options)
    }

    /// Writes the mapping file of the wordings met (see `MappingWorkbook`) for `year`, or for the job's year.
    package func writeMapping(to path: String, year: Int? = nil) throws {
        guard let y = year ?? self.year else { return }
        try MappingWorkbook(catalogue: context.catalogue, dataset: dataset, year: y).write(to: path)
    }

    /// Names the files relative to `folder` wherever the results show them (reports, their messages, the values
    /// no criterion took, the wordings used); the observations keep their paths, which only findings copy and the
    /// workbook shows by their last component.
    static func relabel(_ dataset: inout Dataset, _ reports: inout [FileReport], folder: String) {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        func name(_ path: String) -> String { path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path }
        func relabel(_ s: inout SourceRef) { s.file = name(s.file) }
        for i in reports.indices {
            reports[i].file = name(reports[i].file)
            for j in reports[i].issues.indices {
                if reports[i].issues[j].source != nil { relabel(&reports[i].issues[j].source!) }
                if reports[i].issues[j].message.contains(prefix) {
                    reports[i].issues[j].message = reports[i].issues[j].message.replacingOccurrences(
                        of: prefix, with: "")
                }
            }
        }
        for i in dataset.unassigned.indices { relabel(&dataset.unassigned[i].source) }
        for k in dataset.resolved.keys { relabel(&dataset.resolved[k]!.source) }
        for i in dataset.history.indices { relabel(&dataset.history[i].source) }
        for i in dataset.dynamics.indices { relabel(&dataset.dynamics[i].source) }
        for i in dataset.unnamedForms.indices { dataset.unnamedForms[i].file = name(dataset.unnamedForms[i].file) }
    }

    /// The municipality a run is about: `option` (`--municipality`), else the municipal form's «Муниципальное
    /// образование» (or the «Данные» sheet of a municipal workbook), else the one municipality every entry of the
    /// register names.
    package static func municipality(option: String?, dataset: Dataset, registry: OrganisationRegistry) -> String? {
        if let m = option?.trimmingCharacters(in: .whitespacesAndNewlines), !m.isEmpty { return m }
        if let m = dataset.municipality { return m }
        guard let register = registry.register else { return nil }
        let named = Set(register.map { $0.municipality ?? "" })
        return named.count == 1 && named.first != "" ? named.first : nil
    }
}

/// The bases of mentors and mentees of a run, as counts, for running the same inputs again once the bases' files are
/// gone (`mentoring serve` removes them as soon as a job has read them): the reports of their files (counts and
/// places only) and the tallies. Nothing of a base's content is in it.
package struct KeptBases: Sendable {
    package var reports: [FileReport] = []
    package var tallies: [BaseTally] = []

    package init() {}

    /// What `run` leaves of its files that hold personal data. A file that held a form as well loses the form with it:
    /// its report says so.
    package init(_ run: ConsolidationJob) {
        for var r in run.reports where r.personalData {
            if r.layout != .base && r.layout != nil {
                r.layout = .base
                r.mapped = 0
                r.values = 0
                r.issues = r.issues.filter { $0.kind == .unattributedBase || $0.kind == .unreadBase }
                r.issues.append(
                    FileIssue(
                        .error, nil,
                        "в файле вместе с формой была база с персональными данными: файл удалён после свода, "
                            + "при пересборке его форма не учтена — пришлите форму и базу отдельными файлами"))
            }
            reports.append(r)
        }
        tallies = run.dataset.settledBases
    }
}
