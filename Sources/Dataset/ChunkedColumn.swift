/// A growable array kept in chunks of 16,384 elements. Appending never copies what is already stored and
/// leaves at most one chunk partly empty, where an `Array` doubles its buffer (copying it, and holding old
/// and new at once): at millions of values that is the difference between 1× and 3× the data in memory.
///
/// A chunk whose elements are all equal is kept as that one element (`fills`, its array left empty) until an
/// element differs: the file, sheet and year of a wide export's values are the same for every value, and held
/// so they cost nothing per value (a country's export: 12 of the 44 bytes of a value).
struct ChunkedColumn<Element: Sendable & Equatable>: Sendable {
    private static var shift: Int { 14 }
    private static var mask: Int { (1 << shift) - 1 }
    /// Each chunk's elements; empty while every element of the chunk is `fills` of it.
    private var chunks: [[Element]] = []
    private var fills: [Element] = []
    private(set) var count = 0

    subscript(i: Int) -> Element {
        get {
            let k = i >> Self.shift
            let chunk = chunks[k]
            return chunk.isEmpty ? fills[k] : chunk[i & Self.mask]
        }
        set {
            let k = i >> Self.shift
            if chunks[k].isEmpty {
                if newValue == fills[k] { return }
                spell(k)
            }
            chunks[k][i & Self.mask] = newValue
        }
    }

    /// Turns the `k`-th chunk from one element kept once into its elements.
    private mutating func spell(_ k: Int) {
        let n = k == chunks.count - 1 ? count - (k << Self.shift) : 1 << Self.shift
        var elements: [Element] = []
        elements.reserveCapacity(k == chunks.count - 1 ? min(1 << Self.shift, max(64, 2 * n)) : n)
        elements.append(contentsOf: repeatElement(fills[k], count: n))
        chunks[k] = elements
    }

    mutating func append(_ e: Element) {
        if count & Self.mask == 0 {
            chunks.append([])
            fills.append(e)
            count += 1
            return
        }
        let last = chunks.count - 1
        if chunks[last].isEmpty {
            if e == fills[last] {
                count += 1
                return
            }
            spell(last)
        }
        // Grown by hand, never past a chunk: left to itself an array's capacity lands a little short of a power
        // of two and the last append before a full chunk would double it.
        let n = chunks[last].count
        if n == chunks[last].capacity { chunks[last].reserveCapacity(min(1 << Self.shift, max(64, 2 * n))) }
        chunks[last].append(e)
        count += 1
    }

    /// Appends `other`'s elements, each passed through `transform`.
    mutating func append(_ other: ChunkedColumn, _ transform: (Element) -> Element = { $0 }) {
        other.forEach { append(transform($0)) }
    }

    /// The elements in order, chunk by chunk.
    func forEach(_ body: (Element) -> Void) {
        for (k, chunk) in chunks.enumerated() {
            if chunk.isEmpty {
                let n = k == chunks.count - 1 ? count - (k << Self.shift) : 1 << Self.shift
                for _ in 0..<n { body(fills[k]) }
            } else {
                chunk.forEach(body)
            }
        }
    }
}
