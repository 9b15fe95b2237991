import Foundation

/// Work shared out over the cores, the one way the modules do it: at most one worker per core, each taking the
/// next index as it frees up, results kept in the order of the indices.
package enum Parallel {
    /// `transform(i)` for every `i` in `0..<count`, in order.
    package static func map<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        var out = [T?](repeating: nil, count: count)
        out.withUnsafeMutableBufferPointer { slots in
            let base = slots.baseAddress
            forEachIndex(count) { i in (base! + i).pointee = transform(i) }
        }
        return out.map { $0! }
    }

    /// Runs `body(i)` for every `i` in `0..<count`; throws the error of the first failed index (by index) after
    /// all have ended.
    package static func run(_ count: Int, _ body: (Int) throws -> Void) throws {
        let errors: [Error?] = map(count) { i in
            do { try body(i); return nil } catch { return error }
        }
        if let first = errors.compactMap({ $0 }).first { throw first }
    }

    /// The workers: as many as cores (or indices), each taking the next index under a lock.
    static func forEachIndex(_ count: Int, _ body: (Int) -> Void) {
        guard count > 0 else { return }
        let lock = NSLock()
        var next = 0
        DispatchQueue.concurrentPerform(iterations: max(1, min(count, ProcessInfo.processInfo.activeProcessorCount))) {
            _ in
            while true {
                lock.lock()
                let i = next
                next += 1
                lock.unlock()
                guard i < count else { return }
                body(i)
            }
        }
    }
}
