import Foundation

/// Inflates a large zip entry on a second thread, a few chunks ahead of the parser, so that inflating (and
/// checking the CRC of) one chunk overlaps with parsing the one before. Memory is bounded: `depth` chunks
/// wait at most. Dropping it before the end stops the thread.
final class InflateAhead {
    /// What the two threads share, under `condition`.
    private final class Channel {
        let condition = NSCondition()
        var free: [UnsafeMutableRawPointer] = []
        var filled: [(UnsafeMutableRawPointer, Int)] = []
        var finished = false
        var failure: Error?
        var cancelled = false
        var buffers: [UnsafeMutableRawPointer] = []

        deinit { for b in buffers { b.deallocate() } }
    }

    private let channel = Channel()
    private var current: UnsafeMutableRawPointer?

    init(_ entry: EntryStream, chunk: Int, depth: Int = 4) {
        let channel = self.channel
        for _ in 0..<depth {
            let b = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
            channel.buffers.append(b)
            channel.free.append(b)
        }
        let thread = Thread { InflateAhead.produce(entry, into: channel, chunk: chunk) }
        thread.stackSize = 256 << 10
        thread.start()
    }

    deinit {
        channel.condition.lock()
        channel.cancelled = true
        channel.condition.broadcast()
        channel.condition.unlock()
    }

    private static func produce(_ entry: EntryStream, into c: Channel, chunk: Int) {
        while true {
            c.condition.lock()
            while c.free.isEmpty && !c.cancelled { c.condition.wait() }
            if c.cancelled { c.condition.unlock(); return }
            let buffer = c.free.removeLast()
            c.condition.unlock()
            let n: Int
            do {
                n = try entry.read(into: buffer, count: chunk)
            } catch {
                c.condition.lock()
                c.failure = error
                c.finished = true
                c.condition.broadcast()
                c.condition.unlock()
                return
            }
            c.condition.lock()
            if n > 0 { c.filled.append((buffer, n)) } else { c.free.append(buffer); c.finished = true }
            c.condition.broadcast()
            c.condition.unlock()
            if n == 0 { return }
        }
    }

    /// The next chunk of inflated bytes, empty at the end; valid until the next call. Throws the error that
    /// stopped the inflating (a CRC mismatch, a broken limit) when its turn comes.
    func next() throws -> UnsafeRawBufferPointer {
        let c = channel
        c.condition.lock()
        defer { c.condition.unlock() }
        if let current {
            c.free.append(current)
            self.current = nil
            c.condition.broadcast()
        }
        while c.filled.isEmpty && !c.finished { c.condition.wait() }
        if !c.filled.isEmpty {
            let (buffer, n) = c.filled.removeFirst()
            current = buffer
            return UnsafeRawBufferPointer(start: buffer, count: n)
        }
        if let failure = c.failure { throw failure }
        return UnsafeRawBufferPointer(start: nil, count: 0)
    }
}
