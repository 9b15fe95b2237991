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

    /// A pipeline over the cores: `next()` gives the inputs in order until nil (called under a lock, one call at a
    /// time), each input is transformed on whichever core is free, and `consume` gets the outputs in the inputs'
    /// order, under the same lock, as soon as that order allows (only outputs ahead of their turn wait). Throws
    /// `next`'s error once the workers have stopped.
    package static func pipeline<Input, Output>(
        next: () throws -> Input?, transform: (Input) -> Output, consume: (Output) -> Void
    ) throws {
        let lock = NSLock()
        var pending: [Int: Output] = [:]
        var taken = 0, consumed = 0
        var failure: Error?
        DispatchQueue.concurrentPerform(iterations: max(1, ProcessInfo.processInfo.activeProcessorCount)) { _ in
            while true {
                lock.lock()
                let input: Input?
                do { input = failure == nil ? try next() : nil } catch { failure = error; input = nil }
                let sequence = taken
                taken += 1
                lock.unlock()
                guard let input else { return }
                let output = transform(input)
                lock.lock()
                pending[sequence] = output
                while let ready = pending.removeValue(forKey: consumed) {
                    consume(ready)
                    consumed += 1
                }
                lock.unlock()
            }
        }
        if let failure { throw failure }
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
