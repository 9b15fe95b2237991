/// Elimination as evidence: a form fills each criterion once, so once every other criterion a doubtful row's title
/// resembles (`floor` or more; at least one) is held by a row used without the user, the one left is the row's answer — if the
/// wording supports it too: it is close enough to be offered (`suggestScore`), nothing but words the catalogue
/// does not know makes it uncertain, and the title announces no other unit. Rows the user decided neither take
/// nor eliminate, so a decision never changes what the tool uses alone. A criterion two rows would take this way
/// is left to the user. Repeated: a row so used eliminates for the next.
enum EliminationEvidence {
    /// The least similarity of a criterion that counts as one the title may mean.
    static let floor = 0.3

    static func confirm(_ rows: [RowEvidence], _ out: inout [Resolution], resolver: CriterionResolver) {
        for _ in 0..<4 {
            var holder: [String: Bool] = [:]  // criterion → held by a row used without the user
            for res in out {
                guard case .used(let id, let how, _) = res else { continue }
                holder[id] = (holder[id] ?? true) && how != .decided
            }
            var found: [(row: Int, candidate: Candidate)] = []
            for (r, res) in out.enumerated() {
                guard case .doubtful = res, rows[r].uncertain == nil || rows[r].unknownWordsOnly else { continue }
                let all = (rows[r].candidates + rows[r].others).filter { $0.score >= floor }
                let free = all.filter { holder[$0.id] == nil }
                // Something was eliminated: a title that resembles one criterion alone is not settled by this.
                guard free.count == 1, all.count > 1, let only = free.first, only.score >= resolver.suggestScore,
                    all.allSatisfy({ $0.id == only.id || holder[$0.id] == true }),
                    FormAssignment.unitSaid(only.id, key: rows[r].key, resolver: resolver)
                else { continue }
                found.append((r, only))
            }
            let counts = Dictionary(found.map { ($0.candidate.id, 1) }, uniquingKeysWith: +)
            var changed = false
            for (r, c) in found where counts[c.id] == 1 {
                out[r] = .used(c.id, how: .similar, score: c.score)
                changed = true
            }
            if !changed { return }
        }
    }
}
