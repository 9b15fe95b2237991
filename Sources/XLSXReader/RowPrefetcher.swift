import Foundation

/// Reads a sheet's rows on a second thread while the caller works on the rows already read: parsing the XML
/// (inflate, libxml2, cell texts) and normalising the values then take a core each. Rows come in batches,
/// at most `depth` batches ahead, so memory stays bounded whatever the sheet's size.
///
/// The `SheetRowReader` belongs to the reading thread until `next()` has returned nil; read its
/// `hyperlinks` and `mergedRanges` after that. An error of the reader is thrown by `next()` in its turn.
/// Dropping the prefetcher before the end stops the reading thread.
public final class RowPrefetcher {
    /// What the two threads share, under `condition`.
    private final class Channel {
        let condition = NSCondition()
        var batches: [[Row]] = []
        var finished = false
        var failure: Error?
        var cancelled = false
    }

    private let channel = Channel()
    private var current: [Row] = []
    private var position = 0

    public init(_ reader: SheetRowReader, batch: Int = 256, depth: Int = 8) {
        let channel = self.channel
        let thread = Thread { RowPrefetcher.produce(reader, into: channel, batch: batch, depth: depth) }
        thread.stackSize = 1 << 20
        thread.start()
    }

    deinit {
        channel.condition.lock()
        channel.cancelled = true
        channel.condition.broadcast()
        channel.condition.unlock()
    }

    private static func produce(_ reader: SheetRowReader, into c: Channel, batch: Int, depth: Int) {
        var rows: [Row] = []
        rows.reserveCapacity(batch)
        func put(_ rows: [Row]) -> Bool {
            c.condition.lock()
            defer { c.condition.unlock() }
            while c.batches.count >= depth && !c.cancelled { c.condition.wait() }
            if c.cancelled { return false }
            c.batches.append(rows)
            c.condition.broadcast()
            return true
        }
        var failure: Error?
        do {
            while let row = try reader.next() {
                rows.append(row)
                if rows.count == batch {
                    guard put(rows) else { return }
                    rows.removeAll(keepingCapacity: true)
                }
            }
            if !rows.isEmpty, !put(rows) { return }
        } catch {
            failure = error
        }
        c.condition.lock()
        c.failure = failure
        c.finished = true
        c.condition.broadcast()
        c.condition.unlock()
    }

    /// The next batch of rows, or nil after the last one (for several threads to share out the batches; don't
    /// mix with `next()`).
    public func nextBatch() throws -> [Row]? {
        let c = channel
        c.condition.lock()
        defer { c.condition.unlock() }
        while c.batches.isEmpty && !c.finished { c.condition.wait() }
        if c.batches.isEmpty {
            if let failure = c.failure { throw failure }
            return nil
        }
        c.condition.broadcast()
        return c.batches.removeFirst()
    }

    /// The next row, or nil after the last one.
    public func next() throws -> Row? {
        if position < current.count {
            position += 1
            return current[position - 1]
        }
        guard let batch = try nextBatch() else { return nil }
        current = batch
        position = 1
        return current[0]
    }
}
