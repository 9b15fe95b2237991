import Foundation
import Pipeline
import Report

/// Where a job is: `checked` — the files were checked (`check`), something needs the user, and the workbook waits for
/// «Собрать свод как есть» (`POST /api/jobs/{id}/build`).
enum JobStatus: String, Codable, Sendable {
    case queued, running, checked, done, failed

    /// Nothing runs or waits to run.
    var settled: Bool { self == .checked || self == .done || self == .failed }
}

/// How far a job has come: a stage, files read of all, and a percentage for the progress bar.
struct JobProgress: Codable, Sendable, Equatable {
    /// `queued`, `checking`, `reading`, `consolidating`, `writing`, `checked`, `done`, `failed`.
    var stage: String
    var done: Int
    var total: Int
    var percent: Int
    /// Jobs ahead in the queue (while queued).
    var queuePosition: Int?

    static func queued(_ position: Int?) -> JobProgress {
        JobProgress(stage: "queued", done: 0, total: 0, percent: 0, queuePosition: position)
    }
}

/// A decision about a wording made on the page (the drop-down of criteria): use it for a criterion, or not at all.
struct PageDecision: Codable, Sendable, Equatable {
    var wording: String
    /// The criterion's id; nil with `ignore`.
    var criterion: String?
    var ignore: Bool
}

/// A form's organisation typed on the page for a form that names none (the mapping file's sheet «Формы»).
struct PageFormDecision: Codable, Sendable, Equatable {
    /// The stored name of the file, and its sheet.
    var file: String
    var sheet: String
    var organisation: String
}

/// One consolidation asked for over the API: its own folder (`files/` with the uploads, `result.xlsx`,
/// `mapping.xlsx`) under the data folder, named by an unguessable id, and its state. The state changes on the job's
/// thread and is read by the requests, so it is guarded by a lock.
final class Job: @unchecked Sendable {
    let id: String
    let folder: URL
    let created = Date()
    var filesFolder: URL { folder.appendingPathComponent("files", isDirectory: true) }
    var workbookURL: URL { folder.appendingPathComponent("result.xlsx") }
    var mappingURL: URL { folder.appendingPathComponent("mapping.xlsx") }
    /// The organisations' cards, one workbook each, in one zip (as `consolidate --cards` writes them to a folder).
    var cardsURL: URL { folder.appendingPathComponent("cards.zip") }

    private let lock = NSLock()
    private var _status = JobStatus.queued
    private var _progress = JobProgress.queued(nil)
    private var _summary: JobSummary?
    private var _error: String?
    private var _finished: Date?
    private var _runs = 0
    private var _uploads: [MultipartReceiver.StoredFile] = []
    private var _year: Int?
    private var _decisions: [PageDecision] = []
    private var _formDecisions: [PageFormDecision] = []
    private var _mappingFiles: [String] = []
    private var _classification: InputClassification?
    private var _kept: KeptBases?
    private var _removed: Set<String> = []
    private var _check: CheckView?
    private var _regional: RegionalSummary?
    private var _askAfterCheck = false

    init(id: String, folder: URL) {
        self.id = id
        self.folder = folder
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    var status: JobStatus { locked { _status } }
    var progress: JobProgress { locked { _progress } }
    var summary: JobSummary? { locked { _summary } }
    var error: String? { locked { _error } }
    var finished: Date? { locked { _finished } }
    /// How many times the job has run (a decision runs it again).
    var runs: Int { locked { _runs } }
    var uploads: [MultipartReceiver.StoredFile] { locked { _uploads } }
    var year: Int? { locked { _year } }
    var decisions: [PageDecision] { locked { _decisions } }
    var formDecisions: [PageFormDecision] { locked { _formDecisions } }
    /// Mapping files sent later (`POST /api/jobs/{id}/mapping`), by stored name, oldest first.
    var mappingFiles: [String] { locked { _mappingFiles } }
    var classification: InputClassification? {
        get { locked { _classification } }
        set { locked { _classification = newValue } }
    }

    /// The counts of the bases of mentors and mentees read by the first run; their files are gone (`removed`, stored
    /// names), so a run again uses these.
    var kept: KeptBases? { locked { _kept } }
    var removed: Set<String> { locked { _removed } }
    /// What `check` says of the files, from the latest run (shown before the workbook is built).
    var check: CheckView? {
        get { locked { _check } }
        set { locked { _check = newValue } }
    }
    /// The roll-up's summary when the files were municipalities' workbooks.
    var regional: RegionalSummary? { locked { _regional } }
    /// Whether the run stops after the check when something needs the user (the page asks so; cleared by the user's
    /// «Собрать свод как есть» and by decisions).
    var askAfterCheck: Bool {
        get { locked { _askAfterCheck } }
        set { locked { _askAfterCheck = newValue } }
    }

    /// Notes files removed for holding personal data, and what is kept of them (counts only).
    func keep(_ kept: KeptBases, removed names: [String]) {
        locked {
            _kept = kept
            _removed.formUnion(names)
        }
    }

    func setInputs(_ uploads: [MultipartReceiver.StoredFile], year: Int?) {
        locked {
            _uploads = uploads; _year = year
        }
    }

    /// Adds forms' organisations from the page: a later one for a file's sheet replaces the earlier one.
    func addFormDecisions(_ new: [PageFormDecision]) {
        locked {
            for d in new {
                _formDecisions.removeAll { $0.file == d.file && $0.sheet == d.sheet }
                _formDecisions.append(d)
            }
        }
    }

    /// Adds decisions from the page: a later decision about a wording replaces the earlier one.
    func addDecisions(_ new: [PageDecision]) {
        locked {
            for d in new {
                _decisions.removeAll { $0.wording == d.wording }
                _decisions.append(d)
            }
        }
    }

    func addMappingFile(_ storedName: String) { locked { _mappingFiles.append(storedName) } }

    func setQueued(position: Int?) {
        locked {
            _status = .queued
            _progress = .queued(position)
        }
    }

    /// Takes a finished or checked job back to the queue (decisions, or the user's «Собрать свод как есть», run it
    /// again); false while it is queued or running. The run does not stop after its check.
    func claimForRerun() -> Bool {
        locked {
            guard _status.settled else { return false }
            _askAfterCheck = false
            _status = .queued
            _progress = .queued(nil)
            return true
        }
    }

    func setRunning() {
        locked {
            _status = .running
            _runs += 1
            _progress = JobProgress(stage: "reading", done: 0, total: 0, percent: 1)
        }
    }

    func setProgress(_ p: JobProgress) { locked { _progress = p } }

    /// The check found what needs the user: the job waits for the build to be asked for.
    func pause() {
        locked {
            _summary = nil
            _regional = nil
            _error = nil
            _status = .checked
            _progress = JobProgress(stage: "checked", done: _progress.total, total: _progress.total, percent: 100)
            _finished = Date()
        }
    }

    func finish(summary: JobSummary?, regional: RegionalSummary? = nil, error: String?) {
        locked {
            _summary = summary
            _regional = regional
            _error = error
            _status = error == nil ? .done : .failed
            _progress = JobProgress(
                stage: error == nil ? "done" : "failed", done: _progress.total, total: _progress.total, percent: 100)
            _finished = Date()
        }
    }
}
