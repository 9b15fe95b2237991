/// Rows are grouped by direction in nearly every layout, whatever order the groups and the rows in them take:
/// a doubtful row whose nearest used neighbours above and below both belong to one direction is of that
/// direction. Like the order, this only confirms: the row's own best candidate must belong to that direction,
/// be close enough and lead every other candidate of the direction.
enum DirectionEvidence {
    static func confirm(_ rows: [RowEvidence], _ out: inout [Resolution], resolver: CriterionResolver) {
        let catalogue = resolver.catalogue
        func direction(_ id: String) -> Int? { catalogue.criterion(id)?.direction }
        for _ in 0..<4 {
            // The user's decisions are not neighbours (see `OrderEvidence`).
            let used = out.enumerated().compactMap { r, res -> (row: Int, direction: Int)? in
                guard case .used(let id, let how, _) = res, how != .decided, let d = direction(id) else { return nil }
                return (r, d)
            }
            let taken = Set(out.compactMap(\.usedID))
            var confirmed: [(row: Int, candidate: Candidate)] = []
            for (r, res) in out.enumerated() {
                guard case .doubtful(let cs) = res, rows[r].uncertain == nil || rows[r].unknownWordsOnly,
                      let above = used.last(where: { $0.row < r }), let below = used.first(where: { $0.row > r }),
                      above.direction == below.direction,
                      let top = cs.first(where: { !taken.contains($0.id) }), direction(top.id) == above.direction,
                      top.score >= OrderEvidence.leastScore,
                      FormAssignment.unitSaid(top.id, key: rows[r].key, resolver: resolver) else { continue }
                let rivals = cs.filter { $0.id != top.id && direction($0.id) == above.direction }
                guard rivals.allSatisfy({ top.score - $0.score >= OrderEvidence.leastLead }) else { continue }
                confirmed.append((r, top))
            }
            let counts = Dictionary(confirmed.map { ($0.candidate.id, 1) }, uniquingKeysWith: +)
            var changed = false
            for (r, c) in confirmed where counts[c.id] == 1 {
                out[r] = .used(c.id, how: .similar, score: c.score)
                changed = true
            }
            if !changed { break }
        }
    }
}
