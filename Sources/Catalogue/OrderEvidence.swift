/// The order of a form's rows as evidence. Most layouts keep the catalogue's order, so a row between two used
/// neighbours can only be one of the criteria between theirs (see `NeighbourEvidence` for how it confirms).
/// A form whose used rows do not keep the catalogue's order gives no such evidence.
enum OrderEvidence {
    /// The least number of used rows for a form's order to count.
    static let leastAnchors = 5

    /// Whether `inOrder` of `used` rows keeping the catalogue's order (the longest run in order) is the
    /// catalogue's order: nearly all of them, or, in a longer form that keeps blocks of the catalogue's order
    /// (seed 001's own order), at least half and well above what chance gives a shuffled form (about 2√n).
    static func keepsOrder(_ inOrder: Int, of used: Int) -> Bool {
        let n = Double(used), k = Double(inOrder)
        return k >= 0.9 * n || (used >= 12 && k >= max(0.5 * n, 2 * n.squareRoot() + 3))
    }

    static func confirm(_ rows: [RowEvidence], _ out: inout [Resolution], resolver: CriterionResolver) {
        let catalogue = resolver.catalogue
        NeighbourEvidence.confirm(rows, &out, resolver: resolver) { used in
            let placed = used.compactMap { u in catalogue.index(of: u.id).map { (row: u.row, pos: $0) } }
            guard placed.count >= leastAnchors else { return nil }
            let anchors = longestIncreasing(placed)
            // Parts («в т.ч. …», «из них …») are listed under their whole in the form's own order: one out of the
            // catalogue's order says nothing against the form's.
            let inOrder = Set(anchors.map(\.row))
            let unordered = placed.filter { !inOrder.contains($0.row) && ValueEvidence.isPart(key: rows[$0.row].key) }
            guard keepsOrder(anchors.count, of: placed.count - unordered.count) else { return nil }
            return { r in
                // Between two neighbours: before the first used row or after the last the order bounds one side only.
                guard let lo = anchors.last(where: { $0.row < r })?.pos,
                    let hi = anchors.first(where: { $0.row > r })?.pos
                else {
                    return nil
                }
                return { id in catalogue.index(of: id).map { lo < $0 && $0 < hi } ?? false }
            }
        }
    }

    /// The longest subsequence of rows whose catalogue positions increase.
    static func longestIncreasing(_ items: [(row: Int, pos: Int)]) -> [(row: Int, pos: Int)] {
        guard !items.isEmpty else { return [] }
        var length = [Int](repeating: 1, count: items.count), previous = [Int](repeating: -1, count: items.count)
        for i in items.indices {
            for j in 0..<i where items[j].pos < items[i].pos && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var i = length.indices.max { length[$0] < length[$1] }!
        var out: [(row: Int, pos: Int)] = []
        while i >= 0 { out.append(items[i]); i = previous[i] }
        return out.reversed()
    }
}
