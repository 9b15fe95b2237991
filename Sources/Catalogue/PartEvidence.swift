/// An «из них» / «в том числе» row as evidence: it is a part of the row above it. Under a whole used for a
/// criterion, the part is, if a criterion at all, one the catalogue knows as a part of that criterion: the
/// numerator of a ratio whose denominator it is (mentees 10–19 of pupils 10–19), the part of a
/// `part_exceeds_whole` check or one of the parts of a `total_mismatch` check (Templates/checks.tsv). Its best free
/// candidate among the whole's parts is confirmed when it is close enough and well ahead of the whole's other parts
/// (`NeighbourEvidence`'s limits); a whole with two parts the title does not tell apart stays with the user.
/// `ValueEvidence` still refuses a part larger than its whole.
enum PartEvidence {
    static func confirm(_ rows: [RowEvidence], _ out: inout [Resolution], resolver: CriterionResolver) {
        let wholes = wholeRows(rows)
        guard !wholes.isEmpty else { return }
        for _ in 0..<4 {
            let taken = Set(out.compactMap(\.usedID))
            var confirmed: [(row: Int, candidate: Candidate)] = []
            for (r, w) in wholes {
                // The whole used by the tool alone (a decision is no evidence: it never changes what the tool uses).
                guard case .doubtful(let cs) = out[r], case .used(let whole, let how, _) = out[w], how != .decided,
                    rows[r].uncertain == nil || rows[r].unknownWordsOnly, let parts = resolver.parts[whole]
                else { continue }
                // A part of the whole is one of its parts: the others are out, however close.
                let allowed = cs.filter { parts.contains($0.id) && !taken.contains($0.id) }
                // The part's own words (beyond its whole's) are the criterion's: «из них с ОВЗ» under pupils 10–19 is
                // not their mentees.
                let own = rows[r].stems.subtracting(rows[w].stems)
                guard let best = allowed.first, best.score >= NeighbourEvidence.leastScore, !own.isEmpty,
                    resolver.catalogue.index(of: best.id).map({ own.isSubset(of: resolver.criterionStems[$0]) })
                        == true,
                    FormAssignment.fits(best.id, rows[r], resolver: resolver),
                    allowed.dropFirst().allSatisfy({ best.score - $0.score >= NeighbourEvidence.leastLead })
                else { continue }
                confirmed.append((r, best))
            }
            if !NeighbourEvidence.useOnce(&out, confirmed) { return }
        }
    }

    /// Each part row (its title begins «из них», «в том числе», …) and the row above it that is no part: its whole.
    static func wholeRows(_ rows: [RowEvidence]) -> [Int: Int] {
        var out: [Int: Int] = [:]
        var whole: Int?
        for r in rows.indices {
            if isPart(rows[r]) {
                if let w = whole { out[r] = w }
            } else {
                whole = r
            }
        }
        return out
    }

    static func isPart(_ row: RowEvidence) -> Bool {
        ValueEvidence.isPart(key: row.key)
    }

    /// The criteria the catalogue knows as parts of each criterion (by id).
    static func parts(_ catalogue: Catalogue, ratios: [(parts: [String], wholes: [String])]) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for (parts, wholes) in ratios where wholes.count == 1 { out[wholes[0], default: []].formUnion(parts) }
        for rule in catalogue.checks.rules("part_exceeds_whole") {
            guard let part = rule.criterion, rule.others.count == 1 else { continue }
            out[rule.others[0], default: []].insert(part)
        }
        // A total and the parts it is the sum of (personalised programmes, all forms and each form).
        for rule in catalogue.checks.rules("total_mismatch") {
            guard let total = rule.criterion else { continue }
            out[total, default: []].formUnion(rule.others)
        }
        return out
    }
}
