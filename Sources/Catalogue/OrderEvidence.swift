/// The order of a form's rows as evidence. Most layouts keep the catalogue's order, so a row between two used
/// neighbours can only be one of the criteria between theirs. The order only confirms: a doubtful row is used
/// when its own best candidate lies between its neighbours, is close enough, and leads every other candidate
/// that lies there; a form whose used rows do not keep the catalogue's order gives no such evidence. The rows
/// decided in the mapping file are not neighbours, so a decision never changes what the tool uses alone.
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

    /// The least similarity and lead over the other candidates between the neighbours.
    static let leastScore = 0.6
    static let leastLead = 0.12

    static func confirm(_ rows: [RowEvidence], _ out: inout [Resolution], resolver: CriterionResolver) {
        let catalogue = resolver.catalogue
        func position(_ id: String) -> Int? { catalogue.index(of: id) }
        // Repeated until nothing more is confirmed: a confirmed row is a neighbour for the next.
        for _ in 0..<4 {
            // The user's decisions are not neighbours: the rows the tool uses alone must not change with them.
            let used = out.enumerated().compactMap { r, res -> (row: Int, pos: Int)? in
                guard case .used(let id, let how, _) = res, how != .decided, let p = position(id) else { return nil }
                return (r, p)
            }
            guard used.count >= leastAnchors else { break }
            let anchors = longestIncreasing(used)
            guard keepsOrder(anchors.count, of: used.count) else { break }
            let taken = Set(out.compactMap(\.usedID))
            var confirmed: [(row: Int, candidate: Candidate)] = []
            for (r, res) in out.enumerated() {
                guard case .doubtful(let cs) = res, rows[r].uncertain == nil || rows[r].unknownWordsOnly,
                      let top = cs.first(where: { !taken.contains($0.id) }) else { continue }
                // Between two neighbours: before the first used row or after the last the order bounds one side only.
                guard let lo = anchors.last(where: { $0.row < r })?.pos, let hi = anchors.first(where: { $0.row > r })?.pos,
                      let p = position(top.id), lo < p && p < hi, top.score >= leastScore,
                      FormAssignment.unitSaid(top.id, key: rows[r].key, resolver: resolver) else { continue }
                let between = cs.filter { c in c.id != top.id && position(c.id).map { lo < $0 && $0 < hi } == true }
                guard between.allSatisfy({ top.score - $0.score >= leastLead }) else { continue }
                confirmed.append((r, top))
            }
            // A criterion two rows would take is left to the user.
            let counts = Dictionary(confirmed.map { ($0.candidate.id, 1) }, uniquingKeysWith: +)
            var changed = false
            for (r, c) in confirmed where counts[c.id] == 1 {
                out[r] = .used(c.id, how: .similar, score: c.score)
                changed = true
            }
            if !changed { break }
        }
        // What the order gave is not offered to other rows: the mapping file suggests only criteria left free.
        let taken = Set(out.compactMap(\.usedID))
        for (r, res) in out.enumerated() {
            guard case .doubtful(let cs) = res, cs.contains(where: { taken.contains($0.id) }) else { continue }
            let left = cs.filter { !taken.contains($0.id) }
            out[r] = left.contains { $0.score >= resolver.suggestScore } ? .doubtful(left) : .unmatched(left)
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
