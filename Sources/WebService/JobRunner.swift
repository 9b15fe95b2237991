import Catalogue
import Foundation
import Normaliser
import Report
import XLSXReader

/// Runs a job through the same pipeline as `mentoring consolidate` (`ConsolidationJob`): mapping files and
/// registers among the uploads set the context, the other files are read in the order of their names, the workbook
/// and the mapping file are written into the job's folder, and the summary is kept for the page.
struct JobRunner: Sendable {
    let context: NormaliserContext
    let tables: [TableSpec]
    let limits: ReaderLimits

    init(templates: URL, limits: ReaderLimits) throws {
        context = try NormaliserContext.load(templates: templates)
        tables = try TableSpec.load(from: templates, catalogue: context.catalogue)
        self.limits = limits
    }

    /// Runs `job` on the calling thread (a worker's: it blocks for the whole run).
    func run(_ job: Job) {
        job.setRunning()
        let folder = job.filesFolder
        let uploads = job.uploads
        var classification = job.classification ?? InputClassification()
        if job.classification == nil {
            classification.mappings = InputClassification.mappings(uploads.map(\.storedName), folder: folder,
                                                                    catalogue: context.catalogue, limits: limits)
        }
        // Mapping files sent after the upload are decisions too; they come after the uploaded ones.
        let later = job.mappingFiles
        for name in later where classification.mappings[name] == nil {
            classification.mappings.merge(InputClassification.mappings([name], folder: folder, catalogue: context.catalogue, limits: limits)) { a, _ in a }
        }
        let decisions = classification.decisions(files: uploads.map(\.storedName) + later, page: job.decisions, forms: job.formDecisions)

        // Files with personal data (bases) are read once: then removed, and their counts used again.
        let removed = job.removed, kept = job.kept
        func data(_ c: InputClassification) -> [String] {
            uploads.map(\.storedName).filter { c.mappings[$0] == nil && c.registers[$0] == nil && !removed.contains($0) }.sorted()
        }
        func makeContext(_ c: InputClassification) -> NormaliserContext {
            var ctx = self.context.with(decisions: decisions)
            let entries = c.registerEntries
            if !entries.isEmpty { ctx = ctx.with(register: entries) }
            return ctx
        }
        func consolidate(_ c: InputClassification) -> ConsolidationJob {
            let files = data(c)
            let total = files.count
            job.setProgress(JobProgress(stage: "reading", done: 0, total: total, percent: 1))
            return ConsolidationJob(files: files.map { folder.appendingPathComponent($0).path }, context: makeContext(c), year: job.year,
                                    limits: limits, relativeTo: folder.path, kept: kept, progress: { done, total in
                                        job.setProgress(JobProgress(stage: "reading", done: done, total: total, percent: 1 + 84 * done / max(total, 1)))
                                    }, lap: { stage in
                                        if stage == "read" { job.setProgress(JobProgress(stage: "consolidating", done: total, total: total, percent: 88)) }
                                    })
        }

        var run = consolidate(classification)
        if !classification.registersChecked {
            // A register is a file no form reader recognised whose header is a register's; with one, the forms
            // are read again under its names.
            classification.registersChecked = true
            let unknown = run.reports.filter { r in r.layout == nil && r.issues.contains { $0.kind == .unknownLayout } }.map(\.file)
            for name in unknown {
                if let r = InputClassification.register(name, folder: folder, labels: self.context.labels, limits: limits) {
                    classification.registers[name] = r
                }
            }
            if !classification.registers.isEmpty { run = consolidate(classification) }
        }
        job.classification = classification
        // The bases of mentors and mentees are personal data: their files leave the job's folder as soon as they are
        // read, before anything is written; only their counts stay with the job (for a run again after decisions).
        let personal = run.personalFiles.filter { !removed.contains($0) }
        for name in personal { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        job.keep(KeptBases(run), removed: personal)

        var summary = JobSummary(job: run, uploads: uploads, classification: classification, page: job.decisions)
        summary.formsDecided = job.formDecisions
        guard run.year != nil else {
            let read = summary.files.filter { $0.status != "skipped" }.count
            job.finish(summary: summary, error: read == 0
                       ? "Ни один файл не прочитан — сводить нечего. Причины — в списке файлов."
                       : "Ни одной формы организации не прочитано — сводить нечего. Добавьте формы организаций.")
            return
        }
        if let refusal = run.refusal, refusal.reason == .yearNotFound {
            job.finish(summary: summary, error: "Сводная книга не записана: " + refusal.message
                .replacingOccurrences(of: " (--year \(run.year ?? 0))", with: "").replacingOccurrences(of: "уберите --year", with: "не указывайте год"))
            return
        }
        if let refusal = run.refusal?.message {
            // Organisations' forms that name no organisation: the mapping file asks for them (sheet «Формы»).
            try? run.writeMapping(to: job.mappingURL.path)
            job.finish(summary: summary, error: "Сводная книга не записана: " + refusal.replacingOccurrences(of: "mentoring check ФОРМЫ --mapping-out сопоставление.xlsx", with: "«Скачать файл сопоставления»").replacingOccurrences(of: ", затем --mapping сопоставление.xlsx", with: ", затем загрузите его"))
            return
        }
        job.setProgress(JobProgress(stage: "writing", done: job.progress.total, total: job.progress.total, percent: 93))
        do {
            try run.writeWorkbook(tables: tables, to: job.workbookURL.path)
            try run.writeMapping(to: job.mappingURL.path)
            job.finish(summary: summary, error: nil)
        } catch {
            job.finish(summary: summary, error: "Книга не записана: \(InputClassification.withoutFolder(String(describing: error), job.folder))")
        }
    }
}
