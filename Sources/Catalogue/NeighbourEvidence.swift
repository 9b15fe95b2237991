/// What the used rows around a doubtful row say about it (`OrderEvidence`). It only
/// confirms: the row's own best free candidate must be one the neighbours allow, be close enough
/// (`leastScore`) and lead every other allowed candidate by `leastLead`; a criterion two rows would take is
/// left to the user. Rows the user decided are not neighbours, so a decision never changes what the tool uses
/// alone. Repeated until nothing more is confirmed: a confirmed row is a neighbour for the next.
enum NeighbourEvidence {
    static let leastScore = 0.6
    static let leastLead = 0.12

    /// Whether a title says it counts a whole («Одарённые обучающиеся в реестре лицея (всего)») and does not name the
    /// role criterion `id` counts people in (`RoleWords`): all such pupils, not the mentees among them — whatever the
    /// neighbours are.
    static func namesAWholeWithoutTheRole(_ id: String, _ row: RowEvidence, resolver: CriterionResolver) -> Bool {
        resolver.catalogue.roleWords.namesWhole(row.key) && !resolver.namesRole(id, title: row.stems)
    }

    /// Whether a row's value is a number and criterion `id` takes names or a text: «КПК по наставничеству (чел.) | 2»
    /// between rows of courses is not «Наименование курсов».
    static func numberForNames(_ id: String, _ row: RowEvidence, resolver: CriterionResolver) -> Bool {
        guard row.value == .number, let crit = resolver.catalogue.criterion(id) else { return false }
        return crit.unit == .list || crit.unit == .text
    }

    /// A used row: its place in the form and its criterion.
    typealias Used = (row: Int, id: String)

    /// `neighbours`: from the used rows, what a row's neighbours allow — a test of a criterion id, or nil
    /// when they say nothing — or nil when the form gives no such evidence at all.
    static func confirm(
        _ rows: [RowEvidence], _ out: inout [Resolution], resolver: CriterionResolver,
        neighbours: ([Used]) -> ((Int) -> ((String) -> Bool)?)?
    ) {
        for _ in 0..<4 {
            let used = out.enumerated().compactMap { r, res -> Used? in
                guard case .used(let id, let how, _) = res, how != .decided else { return nil }
                return (r, id)
            }
            guard let allowedFor = neighbours(used) else { return }
            let taken = Set(out.compactMap(\.usedID))
            var confirmed: [(row: Int, candidate: Candidate)] = []
            for (r, res) in out.enumerated() {
                guard case .doubtful(let cs) = res, rows[r].uncertain == nil || rows[r].unknownWordsOnly,
                    let allowed = allowedFor(r), let top = cs.first(where: { !taken.contains($0.id) }), allowed(top.id),
                    top.score >= leastScore, FormAssignment.fits(top.id, rows[r], resolver: resolver),
                    !namesAWholeWithoutTheRole(top.id, rows[r], resolver: resolver),
                    !numberForNames(top.id, rows[r], resolver: resolver)
                else { continue }
                guard cs.allSatisfy({ $0.id == top.id || !allowed($0.id) || top.score - $0.score >= leastLead }) else {
                    continue
                }
                confirmed.append((r, top))
            }
            if !NeighbourEvidence.useOnce(&out, confirmed) { return }
        }
    }

    /// Uses each confirmed row for its criterion, unless another row was confirmed for the same criterion (then both
    /// stay with the user). Whether any row was used.
    static func useOnce(_ out: inout [Resolution], _ confirmed: [(row: Int, candidate: Candidate)]) -> Bool {
        let counts = Dictionary(confirmed.map { ($0.candidate.id, 1) }, uniquingKeysWith: +)
        var changed = false
        for (r, c) in confirmed where counts[c.id] == 1 {
            out[r] = .used(c.id, how: .similar, score: c.score)
            changed = true
        }
        return changed
    }

    /// What the order gave is not offered to other rows: the mapping file suggests only criteria left free.
    static func withdrawTaken(_ out: inout [Resolution], resolver: CriterionResolver) {
        let taken = Set(out.compactMap(\.usedID))
        for (r, res) in out.enumerated() {
            guard case .doubtful(let cs) = res, cs.contains(where: { taken.contains($0.id) }) else { continue }
            let left = cs.filter { !taken.contains($0.id) }
            out[r] = left.contains { $0.score >= resolver.suggestScore } ? .doubtful(left) : .unmatched(left)
        }
    }
}
