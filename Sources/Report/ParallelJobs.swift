import Foundation

/// Independent jobs (the streamed sheets of a workbook) shared out over the cores.
enum ParallelJobs {
    /// Runs `jobs` on all cores, each job once, in order of their index as cores free up. Throws the error of
    /// the first failed job (by index) after all have ended.
    static func run(_ jobs: [() throws -> Void]) throws {
        let lock = NSLock()
        var next = 0
        var errors = [Error?](repeating: nil, count: jobs.count)
        let workers = min(jobs.count, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: max(1, workers)) { _ in
            while true {
                lock.lock()
                let i = next
                next += 1
                lock.unlock()
                guard i < jobs.count else { return }
                do { try jobs[i]() } catch {
                    lock.lock()
                    errors[i] = error
                    lock.unlock()
                }
            }
        }
        if let first = errors.compactMap({ $0 }).first { throw first }
    }
}
