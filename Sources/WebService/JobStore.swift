import Foundation
import Logging

/// Why a job could not be created.
enum JobStoreError: Error {
    /// As many jobs as allowed are kept already.
    case busy
    case storage(String)
}

/// The jobs of the service: each in its own folder under the data folder, named by 128 random bits; at most
/// `maxRunningJobs` run at once, the others wait in order; a finished job is removed `jobLifetime` after it
/// finished, and every job when the service stops.
final class JobStore: @unchecked Sendable {
    /// A file in a job folder that says the folder is a job's (so that only such folders are ever removed).
    static let marker = ".mentoring-job"

    let root: URL
    let configuration: ServeConfiguration
    let runner: JobRunner
    let logger: Logger
    private let lock = NSLock()
    private var jobs: [String: Job] = [:]
    private var waiting: [Job] = []
    private var running = 0
    /// Jobs created whose upload is still coming in (they count against `maxJobs` too).
    private var receiving = 0

    init(root: URL, configuration: ServeConfiguration, runner: JobRunner, logger: Logger) throws {
        self.root = root
        self.configuration = configuration
        self.runner = runner
        self.logger = logger
        try FileManager.default.createDirectory(
            at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        removeOrphans()
    }

    /// 128 random bits from the system's generator, as 32 hex digits.
    static func newID() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<2).map { _ in String(g.next() as UInt64, radix: 16) }.map {
            String(repeating: "0", count: 16 - $0.count) + $0
        }.joined()
    }

    /// Whether `id` has the shape of a job id (anything else is not looked up at all).
    static func isID(_ id: String) -> Bool {
        id.utf8.count == 32 && id.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// A new job with its empty folder; not yet known to the store (see `submit`).
    func create() throws -> Job {
        try lock.withLock {
            if jobs.count + receiving >= configuration.maxJobs { throw JobStoreError.busy }
            receiving += 1
        }
        let id = Self.newID()
        let folder = root.appendingPathComponent(id, isDirectory: true)
        do {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("files"), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            _ = FileManager.default.createFile(
                atPath: folder.appendingPathComponent(Self.marker).path, contents: Data(id.utf8))
        } catch {
            throw JobStoreError.storage("папка задания не создана")
        }
        return Job(id: id, folder: folder)
    }

    /// Removes the folder of a job that was never submitted (its upload failed).
    func discard(_ job: Job) {
        lock.withLock { receiving -= 1 }
        try? FileManager.default.removeItem(at: job.folder)
    }

    /// Queues `job` (new, or finished and to run again) and starts it when a place is free.
    func submit(_ job: Job) {
        lock.withLock {
            if jobs[job.id] == nil { receiving -= 1 }
            jobs[job.id] = job
            waiting.append(job)
            job.setQueued(position: waiting.count - 1 + (running >= configuration.maxRunningJobs ? 1 : 0))
        }
        startWaiting()
    }

    func job(_ id: String) -> Job? {
        guard Self.isID(id) else { return nil }
        return lock.withLock { jobs[id] }
    }

    /// Jobs ahead of `job` in the queue.
    func position(of job: Job) -> Int? {
        lock.withLock { waiting.firstIndex { $0 === job } }
    }

    var counts: (jobs: Int, waiting: Int, running: Int) { lock.withLock { (jobs.count, waiting.count, running) } }

    private func startWaiting() {
        var start: [Job] = []
        lock.withLock {
            while running < configuration.maxRunningJobs, !waiting.isEmpty {
                start.append(waiting.removeFirst())
                running += 1
            }
            for (i, j) in waiting.enumerated() { j.setQueued(position: i + 1) }
        }
        for job in start {
            // A thread of its own, not one of Dispatch's: Swift's tasks (the requests being answered) run on Dispatch's
            // threads here, and a job holding them for seconds would leave uploads and status requests waiting.
            let thread = Thread { [self] in
                let began = Date()
                runner.run(job)
                logger.info(
                    "задание выполнено",
                    metadata: [
                        "id": "\(job.id.prefix(8))…", "status": "\(job.status.rawValue)",
                        "files": "\(job.uploads.count)",
                        "seconds": "\(String(format: "%.2f", Date().timeIntervalSince(began)))"
                    ])
                lock.withLock { running -= 1 }
                startWaiting()
            }
            thread.name = "mentoring-job"
            thread.stackSize = 16 << 20
            thread.start()
        }
    }

    /// Removes the finished jobs older than the lifetime; returns how many.
    @discardableResult
    func removeExpired(now: Date = Date()) -> Int {
        let expired: [Job] = lock.withLock {
            jobs.values.filter { j in
                guard let f = j.finished, j.status.settled else { return false }
                return now.timeIntervalSince(f) >= configuration.jobLifetime && !waiting.contains { $0 === j }
            }
        }
        // The folder first: once the id answers 404, its files (a municipality's forms) are gone.
        for j in expired { try? FileManager.default.removeItem(at: j.folder) }
        lock.withLock { for j in expired { jobs[j.id] = nil } }
        return expired.count
    }

    /// Removes a finished job and its folder now.
    func remove(_ job: Job) {
        lock.withLock { jobs[job.id] = nil }
        try? FileManager.default.removeItem(at: job.folder)
    }

    /// Removes every job and its folder (the service stops).
    func removeAll() {
        let all: [Job] = lock.withLock {
            let all = Array(jobs.values)
            jobs = [:]
            waiting = []
            return all
        }
        for j in all { try? FileManager.default.removeItem(at: j.folder) }
        removeOrphans()
    }

    /// Job folders left by an earlier run that stopped without cleaning up (only folders named like a job id that
    /// hold the marker file are touched).
    private func removeOrphans() {
        let fm = FileManager.default
        let known = lock.withLock { Set(jobs.keys) }
        for name in (try? fm.contentsOfDirectory(atPath: root.path)) ?? []
        where Self.isID(name) && !known.contains(name) {
            let folder = root.appendingPathComponent(name)
            if fm.fileExists(atPath: folder.appendingPathComponent(Self.marker).path) { try? fm.removeItem(at: folder) }
        }
    }
}
