/// A growable array kept in chunks of 16,384 elements. Appending never copies what is already stored and
/// leaves at most one chunk partly empty, where an `Array` doubles its buffer (copying it, and holding old
/// and new at once): at millions of values that is the difference between 1× and 3× the data in memory.
struct ChunkedColumn<Element: Sendable>: Sendable {
    private static var shift: Int { 14 }
    private static var mask: Int { (1 << shift) - 1 }
    private var chunks: [[Element]] = []
    private(set) var count = 0

    subscript(i: Int) -> Element {
        get { chunks[i >> Self.shift][i & Self.mask] }
        set { chunks[i >> Self.shift][i & Self.mask] = newValue }
    }

    mutating func append(_ e: Element) {
        if count & Self.mask == 0 { chunks.append([]) }
        let last = chunks.count - 1
        // Grown by hand, never past a chunk: left to itself an array's capacity lands a little short of a power
        // of two and the last append before a full chunk would double it.
        let n = chunks[last].count
        if n == chunks[last].capacity { chunks[last].reserveCapacity(min(1 << Self.shift, max(64, 2 * n))) }
        chunks[last].append(e)
        count += 1
    }

    /// Appends `other`'s elements, each passed through `transform`.
    mutating func append(_ other: ChunkedColumn, _ transform: (Element) -> Element = { $0 }) {
        for chunk in other.chunks { for e in chunk { append(transform(e)) } }
    }

    /// The elements in order, chunk by chunk.
    func forEach(_ body: (Element) -> Void) { for chunk in chunks { chunk.forEach(body) } }
}
