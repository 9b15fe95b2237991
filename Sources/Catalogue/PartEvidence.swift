/// An «из них» / «в том числе» row as evidence: it is a part of the row above it. Under a whole used for a
/// criterion, the part is, if a criterion at all, one the catalogue knows as a part of that criterion: the
/// numerator of a ratio whose denominator it is (mentees 10–19 of pupils 10–19), or the part of a
/// `part_exceeds_whole` check (Templates/checks.tsv). `NeighbourEvidence` then confirms the part's best free
/// candidate when it is such a part, close enough and well ahead of the whole's other parts; a whole with two
/// parts the title does not tell apart («из них с наставником» under young specialists) stays with the user.
/// `ValueEvidence` still refuses a part larger than its whole.
enum PartEvidence {
    static func confirm(_ rows: [RowEvidence], _ out: inout [Resolution], resolver: CriterionResolver) {
        let wholes = wholeRows(rows)
        guard !wholes.isEmpty else { return }
        NeighbourEvidence.confirm(rows, &out, resolver: resolver) { used in
            var usedAt: [Int: String] = [:]
            for u in used { usedAt[u.row] = u.id }
            return { r in
                guard let w = wholes[r], let whole = usedAt[w], let parts = resolver.parts[whole] else { return nil }
                return { parts.contains($0) }
            }
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
        ValueEvidence.partPrefixes.contains { row.key.hasPrefix($0 + " ") }
    }

    /// The criteria the catalogue knows as parts of each criterion (by id).
    static func parts(_ catalogue: Catalogue, ratios: [(parts: [String], wholes: [String])]) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for (parts, wholes) in ratios where wholes.count == 1 { out[wholes[0], default: []].formUnion(parts) }
        for rule in catalogue.checks.rules("part_exceeds_whole") {
            guard let part = rule.criterion, rule.others.count == 1 else { continue }
            out[rule.others[0], default: []].insert(part)
        }
        return out
    }
}
