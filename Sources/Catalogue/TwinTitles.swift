/// Two rows of one form under the same title: a portal that cuts its titles («Количество молодых специалистов,
/// участвующих в программах на…» for the mentees and for the mentors) or a form copied twice leaves nothing in the
/// title that tells them apart. Whatever else placed them (their order, elimination), the title says the same of
/// both, so neither is used without the user when they went to different criteria by similarity: both are asked
/// about, with both criteria offered.
enum TwinTitles {
    static func confirm(_ rows: [RowEvidence], _ out: inout [Resolution]) {
        var byKey: [String: [Int]] = [:]
        for r in rows.indices where !rows[r].key.isEmpty && rows[r].fixed == nil {
            byKey[rows[r].key, default: []].append(r)
        }
        for (_, twins) in byKey where twins.count >= 2 {
            let used = twins.compactMap { r -> (Int, String)? in
                guard case .used(let id, let how, _) = out[r], how == .similar else { return nil }
                return (r, id)
            }
            guard Set(used.map(\.1)).count >= 2 else { continue }
            for (r, id) in used {
                guard case .used(_, _, let score) = out[r] else { continue }
                out[r] = .doubtful([Candidate(id: id, score: score)] + rows[r].candidates.filter { $0.id != id })
            }
        }
    }
}
