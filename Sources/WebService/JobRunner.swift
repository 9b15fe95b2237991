import Dataset
import Foundation
import Normaliser
import Pipeline
import Report
import XLSXReader

/// Runs a job through the same pipeline as `mentoring consolidate` (`ConsolidationJob`): the uploads are classified
/// once (`InputClassifier`, the command line's): mapping files and registers among them set the context, the other
/// files are read in the order of their names; the workbook and the mapping file are written into the job's folder,
/// and the summary is kept for the page.
struct JobRunner: Sendable {
    let templates: Templates
    let limits: ReaderLimits

    init(templates folder: URL, limits: ReaderLimits) throws {
        templates = try Templates(folder: folder)
        self.limits = limits
    }

    var context: NormaliserContext { templates.context }

    /// The classifier of a job's files (messages name them without the job's folder).
    func classifier(_ job: Job) -> InputClassifier {
        InputClassifier(context: templates.context, limits: limits, relativeTo: job.filesFolder.path)
    }

    /// Runs `job` on the calling thread (a worker's: it blocks for the whole run).
    func run(_ job: Job) {
        job.setRunning()
        let folder = job.filesFolder
        let uploads = job.uploads
        var inputs = self.inputs(job)
        // Files with personal data (bases) are read once: then removed, and their counts used again.
        let removed = job.removed, kept = job.kept
        let uploaded = Set(uploads.map(\.storedName))
        func present(_ data: [String]) -> [String] {
            data.filter { uploaded.contains($0) && !removed.contains($0) }.sorted()
        }
        func paths(_ names: [String]) -> [String] { names.map { folder.appendingPathComponent($0).path } }

        // First what `check` says of the files: the page shows it before the workbook is built.
        let check = inputs.read(
            { templates, data in
                let files = present(data)
                job.setProgress(JobProgress(stage: "checking", done: 0, total: files.count, percent: 1))
                return CheckJob(
                    files: paths(files), context: templates.context, year: job.year, limits: limits,
                    relativeTo: folder.path, kept: kept,
                    progress: { done, total in
                        job.setProgress(
                            JobProgress(
                                stage: "checking", done: done, total: total, percent: 1 + 84 * done / max(total, 1)))
                    })
            }, reports: \.reports)
        job.classification = inputs.classification
        job.check = CheckView(check)
        let personalFiles = check.reports.filter(\.personalData).map(\.file)

        // Then what the files ask for: the municipality's workbook, the region's, or neither.
        switch UploadPlan.judge(check.reports, year: job.year, context: inputs.templates.context, folder: folder.path)
        {
        case .consolidate: break
        case .mixed(let message):
            forget(personalFiles, of: job)
            job.finish(summary: nil, error: message)
            return
        case .rollup(let workbooks, let history):
            // The check of forms says nothing useful of consolidated workbooks: the roll-up's notes do.
            job.check = nil
            forget(personalFiles, of: job)
            let entries = inputs.classification.registerEntries
            rollup(
                job, workbooks: paths(workbooks), history: paths(history), templates: inputs.templates,
                register: entries.isEmpty ? nil : entries)
            return
        }
        // Something needs the user: the page asked to stop here (a base's file is never kept waiting: it goes as soon
        // as the workbook has read it).
        if job.askAfterCheck && (check.needsAttention || !inputs.lines.failed.isEmpty) && personalFiles.isEmpty {
            job.pause()
            return
        }

        // The check consolidated the files as read (the same result as reading them again): its run is written.
        job.setProgress(
            JobProgress(stage: "consolidating", done: check.reports.count, total: check.reports.count, percent: 88))
        let result = check.run
        let classification = inputs.classification
        job.classification = classification
        // The bases of mentors and mentees are personal data: their files leave the job's folder as soon as they are
        // read, before anything is written; only their counts stay with the job (for a run again after decisions).
        let personal = result.personalFiles.filter { !removed.contains($0) }
        for name in personal { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        job.keep(KeptBases(result), removed: personal)

        var summary = JobSummary(job: result, uploads: uploads, classification: classification, page: job.decisions)
        summary.formsDecided = job.formDecisions
        if refused(job, result, summary) { return }
        write(job, result, summary)
    }

    /// The job's inputs: its uploads classified once (kept with the job), the mapping files sent after them, and the
    /// page's decisions, which have the last word over the mapping files'.
    func inputs(_ job: Job) -> RunInputs {
        let folder = job.filesFolder
        let uploads = job.uploads
        var classification =
            job.classification
            ?? InputClassification.of(uploads.map(\.storedName), folder: folder, classifier: classifier(job))
        // Mapping files sent after the upload are decisions too; they come after the uploaded ones.
        let later = job.mappingFiles
        let unclassified = later.filter { classification.mappings[$0] == nil }
        if !unclassified.isEmpty { classification.add(.of(unclassified, folder: folder, classifier: classifier(job))) }
        // The page's choices have the last word over the mapping files'.
        return RunInputs(
            classification, order: uploads.map(\.storedName) + later,
            templates: templates.with(
                decisions: InputClassification().decisions(files: [], page: job.decisions, forms: job.formDecisions)),
            classifier: classifier(job))
    }

    /// Finishes `job` with the reason when its run wrote nothing: no year, a year no form gives, or forms that name
    /// no organisation (then the mapping file asks for them). False when the workbook can be written.
    func refused(_ job: Job, _ result: ConsolidationJob, _ summary: JobSummary) -> Bool {
        guard result.year != nil else {
            let read = summary.files.filter { $0.status != "skipped" }.count
            job.finish(
                summary: summary,
                error: read == 0
                    ? "Ни один файл не прочитан — сводить нечего. Причины — в списке файлов."
                    : "Ни одной формы организации не прочитано — сводить нечего. Добавьте формы организаций.")
            return true
        }
        if let refusal = result.refusal, refusal.reason == .yearNotFound {
            job.finish(
                summary: summary,
                error: "Сводная книга не записана: "
                    + refusal.message
                    .replacingOccurrences(of: " (--year \(result.year ?? 0))", with: "").replacingOccurrences(
                        of: "уберите --year", with: "не указывайте год"))
            return true
        }
        if let refusal = result.refusal?.message {
            // Organisations' forms that name no organisation: the mapping file asks for them (sheet «Формы»).
            try? result.writeMapping(to: job.mappingURL.path)
            job.finish(
                summary: summary,
                error: "Сводная книга не записана: "
                    + refusal
                    .replacingOccurrences(
                        of: "mentoring check ФОРМЫ --mapping-out сопоставление.xlsx",
                        with: "«Скачать файл сопоставления»"
                    )
                    .replacingOccurrences(of: ", затем --mapping сопоставление.xlsx", with: ", затем загрузите его"))
            return true
        }
        return false
    }

    /// Writes the job's workbook, mapping file and the cards' zip, and finishes it.
    func write(_ job: Job, _ result: ConsolidationJob, _ summary: JobSummary) {
        job.setProgress(JobProgress(stage: "writing", done: job.progress.total, total: job.progress.total, percent: 93))
        do {
            try result.writeWorkbook(tables: templates.tables, to: job.workbookURL.path)
            try result.writeMapping(to: job.mappingURL.path)
            let cards = job.folder.appendingPathComponent("cards")
            try? FileManager.default.removeItem(at: cards)
            try FileManager.default.createDirectory(at: cards, withIntermediateDirectories: true)
            _ = try result.writeCards(to: cards.path)
            try ZipFolder.write(cards, to: job.cardsURL)
            try? FileManager.default.removeItem(at: cards)
            job.finish(summary: summary, error: nil)
        } catch {
            job.finish(
                summary: summary,
                error: "Книга не записана: "
                    + String(describing: error).replacingOccurrences(of: job.folder.path + "/", with: ""))
        }
    }

    /// Removes files that held personal data (bases) from the job's folder; nothing of them is kept.
    func forget(_ names: [String], of job: Job) {
        let gone = names.filter { !job.removed.contains($0) }
        for name in gone { try? FileManager.default.removeItem(at: job.filesFolder.appendingPathComponent(name)) }
        if !gone.isEmpty { job.keep(job.kept ?? KeptBases(), removed: gone) }
    }

    /// The regional workbook from municipalities' workbooks, as `mentoring rollup WORKBOOKS --history HISTORY
    /// [--organisations REGISTER] [--year YEAR]` writes it.
    func rollup(
        _ job: Job, workbooks: [String], history: [String], templates: Templates,
        register: [OrganisationRegistry.Entry]?
    ) {
        job.setProgress(JobProgress(stage: "rolling-up", done: 0, total: workbooks.count, percent: 50))
        let rollup: RollupJob
        do {
            rollup = try RollupJob(
                files: workbooks, history: history, context: templates.context, register: register, year: job.year)
        } catch let nothing as RollupJob.Nothing {
            job.finish(
                summary: nil,
                error: "Свод региона не собран: \(nothing)." + nothing.notes.map { " \($0)." }.joined())
            return
        } catch {
            job.finish(summary: nil, error: "Свод региона не собран: \(error)")
            return
        }
        job.setProgress(JobProgress(stage: "writing", done: workbooks.count, total: workbooks.count, percent: 93))
        do {
            try rollup.writeWorkbook(to: job.workbookURL.path)
            job.finish(summary: nil, regional: RegionalSummary(rollup), error: nil)
        } catch {
            job.finish(summary: nil, error: "Книга региона не записана: \(error)")
        }
    }
}
