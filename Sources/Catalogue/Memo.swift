import Foundation

/// A bounded, thread-safe memo of computed results (readers run one file per core). Forms repeat the same
/// titles and names, and computing them (normalising, matching) costs far more than a look-up.
package final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private var results: [Key: Value] = [:]
    private let lock = NSLock()
    private let limit: Int

    /// `limit`: how many results to keep; past it the memo starts afresh.
    package init(limit: Int) { self.limit = limit }

    /// The remembered result for `key`, or `compute()`'s, remembered.
    package func value(_ key: Key, _ compute: () -> Value) -> Value {
        lock.lock()
        if let hit = results[key] { lock.unlock(); return hit }
        lock.unlock()
        let value = compute()
        lock.lock()
        if results.count >= limit { results.removeAll(keepingCapacity: true) }
        results[key] = value
        lock.unlock()
        return value
    }
}
