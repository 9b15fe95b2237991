/// What became of one row of a form (or one column of a wide export).
package enum Resolution: Equatable, Sendable {
    /// Used for this criterion.
    case used(String, how: MatchHow, score: Double)
    /// A guess that is not certain: not used until the user confirms it (status «проверьте»).
    case doubtful([Candidate])
    /// No criterion is close enough (status «не сопоставлено»); the weak candidates, if any.
    case unmatched([Candidate])
    /// The user said: not a criterion (status «не учитывать»).
    case ignored
    /// The criterion was already filled by another row of the same form.
    case repeated(String, firstRow: Int)

    /// The criterion whose value the row gives, when the row is used.
    package var usedID: String? { if case .used(let id, _, _) = self { return id }; return nil }

    /// The candidates to show the user.
    package var candidates: [Candidate] {
        switch self {
        case .doubtful(let c), .unmatched(let c): return c
        case .used(let id, _, let s): return [Candidate(id: id, score: s)]
        case .repeated(let id, _): return [Candidate(id: id, score: 1)]
        case .ignored: return []
        }
    }
}

extension FormAssignment {
    /// Whether `c` explains less than half of the title's words (by weight) and leaves out one that tells criteria
    /// apart which another candidate explains: «Соглашения с иными организациями» is no programme «по иной форме»,
    /// however few of its many words the agreements' wording shares with it. (A word another wording of `c` holds is
    /// not left out.)
    static func leavesOut(_ c: Candidate, _ row: RowEvidence, among cs: [Candidate], resolver: CriterionResolver)
        -> Bool
    {
        let own = resolver.catalogue.index(of: c.id).map { resolver.criterionStems[$0] } ?? []
        let weights = row.stems.map { w in cs.compactMap { $0.words[w] }.max() ?? 0 }
        guard c.words.values.reduce(0, +) * 2 < weights.reduce(0, +) else { return false }
        return row.stems.contains { w in
            c.words[w] == nil && !own.contains(w)
                && cs.contains { o in o.id != c.id && (o.words[w] ?? 0) >= CriterionResolver.contrastWeight }
        }
    }
}

/// Assigns the rows of one form together: each criterion is filled once in a form, so a criterion that a
/// certain row takes is not offered to the others, and the remaining rows get the best overall assignment
/// (highest similarities first, each criterion once). A row is used only when its criterion is certain: a
/// wording, synonym, thesaurus or decision match, or a similarity of at least `acceptScore` that leads the
/// row's next candidate and every rival row by `acceptMargin`, or a wording the run's other forms used for this
/// criterion (`CriterionResolver.agreed`). Then the form's evidence: the order (`OrderEvidence`), the direction of
/// the neighbours (`DirectionEvidence`) and the values (`ValueEvidence`).
package enum FormAssignment {
    /// The lead over the next candidate that a title the criterion explains whole needs (see `assignByRows`).
    static let explainedLead = 0.15
    /// The least similarity of a title one criterion alone explains, for a row with no candidate to suggest.
    static let aloneLeastScore = 0.25

    /// A share or level is certain only when the title says so («Доля …», «Уровень …», «%»).
    static func unitSaid(_ id: String, key: String, resolver: CriterionResolver) -> Bool {
        guard let crit = resolver.catalogue.criterion(id), crit.unit == .share || crit.unit == .level else {
            return true
        }
        let kind = WordingKind.of(normalisedTitle: key)
        return kind == .share || kind == .level
    }

    /// Whether a row may be used for a criterion without the user: the title says the criterion's unit
    /// (`unitSaid`), names a thing when the criterion counts things, and a yes/no answer goes only to a criterion that
    /// takes one. «Работает «Школа молодого
    /// педагога»: Да» resembled «Общее количество молодых специалистов … (первые три года работы)» word for word;
    /// «Да» is no count of young specialists.
    static func fits(_ id: String, _ row: RowEvidence, resolver: CriterionResolver) -> Bool {
        guard unitSaid(id, key: row.key, resolver: resolver) else { return false }
        // A title (not a part's) that names two roles or more («Какое количество наставников и наставляемых всего?»)
        // is their sum: no criterion of fewer of them.
        if EliminationEvidence.namesRolesItLacks(id, row, resolver: resolver) { return false }
        // A criterion of what the title says «не» to: «Наставники из сторонних организаций (не ОО и не предприятия)» is
        // not «… из предприятий».
        if !row.negated.isEmpty, let i = resolver.catalogue.index(of: id),
            !row.negated.isDisjoint(with: resolver.criterionStems[i])
        {
            return false
        }
        // A criterion that counts things (agreements, programmes, acts) fits a title that names a thing or a form of
        // mentoring: «Привлечённые наставники — сотрудники других ОО» is mentors, not the agreements that bring them.
        if let i = resolver.catalogue.index(of: id), resolver.counted[i] == .things,
            resolver.catalogue.criteria[i].unit == .count, !row.stems.isEmpty,
            !resolver.catalogue.countedNouns.namesThings(row.stems), !row.stems.contains(where: { $0.contains("~") })
        {
            return false
        }
        // A form of mentoring named by its pair («… по форме: педагог – педагог») is no title's that names no pair and
        // shares nothing with it but a role: «Педагоги-наставники» are teachers, not programmes «педагог – педагог».
        if let i = resolver.catalogue.index(of: id), !resolver.pairRoles[i].isEmpty,
            !row.stems.contains(where: { $0.contains("~") }),
            let c = row.candidates.first(where: { $0.id == id }), !c.words.isEmpty,
            c.words.keys.allSatisfy(resolver.pairRoles[i].contains)
        {
            return false
        }
        guard row.value == .yesno else { return true }
        return resolver.catalogue.criterion(id)?.takesYesNo ?? false
    }

    /// Whether what the title announces (its first word: «Доля», «Наличие», «Количество» …) and the value as read both
    /// fit a criterion's unit; a title that announces nothing, without a value, fits none.
    static func kindFits(_ id: String, _ row: RowEvidence, resolver: CriterionResolver) -> Bool {
        guard let crit = resolver.catalogue.criterion(id) else { return false }
        let announced = WordingKind.of(normalisedTitle: row.key)
        if let announced {
            let fits: Bool
            switch announced {
            case .yesno: fits = crit.takesYesNo
            case .share, .level: fits = crit.unit == .share || crit.unit == .level
            case .count: fits = crit.unit == .count
            case .list: fits = crit.unit == .list || crit.unit == .text
            }
            guard fits else { return false }
        }
        guard let v = row.value else { return announced != nil }
        switch crit.unit {
        case .list, .text: return v == .text
        case .count: return v == .number
        case .share, .level: return v == .number || v == .percent
        case .yesno: return v == .yesno || v == .number
        }
    }

    /// Whether the title tells `a` from `b`: it holds words `a` explains and `b` does not, and they outweigh the words
    /// `b` explains and `a` does not.
    static func tells(_ a: Candidate, from b: Candidate) -> Bool {
        let forA = a.words.filter { b.words[$0.key] == nil }.values.reduce(0, +)
        let forB = b.words.filter { a.words[$0.key] == nil }.values.reduce(0, +)
        return forA > 0 && forA > forB
    }

    /// Whether `c` rests on one word of the title and a criterion other rows hold (`held`) fitted the title better
    /// with that word: the title is that criterion's kind of wording, and `c`, its leftover, is no answer («- иное»
    /// under the mentees' categories while «иная форма» holds the programmes of another form: not the mentors from
    /// other organisations). (A title of more words that two criteria explain alike, «Молодые специалисты —
    /// наставляемые» beside the other teachers' mentees, is still settled by what is held.)
    static func displaced(_ c: Candidate, _ row: RowEvidence, held: Set<String>) -> Bool {
        guard c.words.count == 1, let word = c.words.keys.first else { return false }
        return (row.candidates + row.others).contains { t in
            t.id != c.id && t.score > c.score && held.contains(t.id) && t.words[word] != nil
        }
    }

    /// `numbers`: the rows' values as numbers where they are numbers (for `ValueEvidence`), if the caller has them.
    package static func assign(_ rows: [RowEvidence], resolver: CriterionResolver, numbers: [Double?]? = nil)
        -> [Resolution]
    {
        var rows = rows
        NearBands.settle(&rows)
        var resolved = assignByRows(rows, resolver: resolver)
        if let numbers { ValueEvidence.check(rows, &resolved, numbers: numbers, resolver: resolver) }
        EliminationEvidence.confirm(rows, &resolved, numbers: numbers, resolver: resolver)
        TwinTitles.confirm(rows, &resolved)
        return resolved
    }

    /// `assign` of the rows' queries, with their evidence. Forms of one shape (the same titles in the same order,
    /// with the same year, level, direction and kind of value in each row) share the assignment before their
    /// values weigh in (`CriterionResolver.shape`); a form that departs from the shape (a row moved, reworded,
    /// added or left out, a value of another kind) has other queries and is weighed on its own.
    package static func assign(queries: [RowQuery], resolver: CriterionResolver, numbers: [Double?]? = nil)
        -> (evidence: [RowEvidence], resolutions: [Resolution])
    {
        var rows = queries.map(resolver.evidence)
        NearBands.settle(&rows)
        var resolved = resolver.shape(queries) { assignByRows(rows, resolver: resolver) }
        if let numbers { ValueEvidence.check(rows, &resolved, numbers: numbers, resolver: resolver) }
        EliminationEvidence.confirm(rows, &resolved, numbers: numbers, resolver: resolver)
        TwinTitles.confirm(rows, &resolved)
        return (rows, resolved)
    }

    /// `assign` without the values' evidence: what the rows' evidence alone gives.
    static func assignByRows(_ rows: [RowEvidence], resolver: CriterionResolver) -> [Resolution] {
        var out = [Resolution?](repeating: nil, count: rows.count)
        var taken: [String: Int] = [:]  // criterion → row that holds it
        taken.reserveCapacity(rows.count)
        for (r, e) in rows.enumerated() {
            if e.ignored { out[r] = .ignored; continue }
            guard let id = e.fixed, let how = e.how else { continue }
            if let first = taken[id] { out[r] = .repeated(id, firstRow: first); continue }
            taken[id] = r
            out[r] = .used(id, how: how, score: 1)
        }
        let fixedIDs = Set(taken.keys)
        // Candidates of the open rows, without the criteria certain rows hold.
        var open: [Int: [Candidate]] = [:]
        for (r, e) in rows.enumerated() where out[r] == nil {
            open[r] = e.candidates.filter { !fixedIDs.contains($0.id) }
        }
        // A part («из них …») is no rival of its whole for the whole's criterion: its title holds the whole's, and a
        // part is never its whole. (The whole stays a rival of its part.)
        let wholeOf = PartEvidence.wholeRows(rows)
        var allPairs: [(row: Int, candidate: Candidate)] = []
        for (r, cs) in open { for c in cs where c.score >= resolver.suggestScore { allPairs.append((r, c)) } }
        allPairs.sort { ($0.candidate.score, -$0.row) > ($1.candidate.score, -$1.row) }
        // Rows certain by similarity are settled as a decision would settle them: they and their criteria leave
        // the competition, and the others are weighed again (until nothing more is certain). So a row certain
        // for one criterion is no rival for another, and the outcome is the one the mapping file's «принято»
        // for those rows gives.
        var settled: [Int: Candidate] = [:]
        var chosen: [Int: Candidate] = [:]
        var live: [Int: [Candidate]] = open
        while true {
            let settledIDs = Set(settled.values.map(\.id))
            let pairs = allPairs.filter { settled[$0.row] == nil && !settledIDs.contains($0.candidate.id) }
            live = open.filter { settled[$0.key] == nil }.mapValues { $0.filter { !settledIDs.contains($0.id) } }
            chosen = [:]
            var holder: [String: Int] = [:]
            for (r, c) in pairs where chosen[r] == nil && holder[c.id] == nil {
                chosen[r] = c
                holder[c.id] = r
            }
            var changed = false
            for (r, cs) in live {
                guard let c = chosen[r] else { continue }
                // Certain: high, ahead of the row's next candidate, and ahead of any other row that wanted it.
                let next = cs.first { $0.id != c.id }
                // A row that wants another criterion more, by half the margin, and whose title tells that one from
                // this one, is no rival: the two regulations' rows of a form each want the other's criterion too.
                func prefersOther(_ p: (row: Int, candidate: Candidate)) -> Bool {
                    guard let own = chosen[p.row], own.id != c.id else { return false }
                    return own.score - p.candidate.score >= resolver.acceptMargin / 2 && tells(own, from: p.candidate)
                }
                let rival =
                    pairs.filter { $0.row != r && wholeOf[$0.row] != r && $0.candidate.id == c.id && !prefersOther($0) }
                    .map(\.candidate.score).max() ?? 0
                // The next candidate is far behind, or close but the title tells the two apart.
                let ahead =
                    c.score >= 0.99
                    || next.map {
                        c.score - $0.score >= 0.2
                            || (c.score - $0.score >= resolver.acceptMargin / 2 && tells(c, from: $0))
                    } ?? true
                // No other candidate explains a word of the title that tells criteria apart and this one lacks
                // («…в роли наставляемого» is not a count of mentors, however close the rest).
                // A word another wording of this criterion holds is no such word: «(приказ по ОО)» is in one wording
                // of the students' regulations and in the teachers', and tells neither from the other.
                let own = resolver.catalogue.index(of: c.id).map { resolver.criterionStems[$0] } ?? []
                let contradicted = cs.contains { o in
                    o.id != c.id && o.score >= resolver.suggestScore
                        && o.words.contains {
                            c.words[$0.key] == nil && !own.contains($0.key)
                                && $0.value >= CriterionResolver.contrastWeight
                        }
                }
                let unitUnsaid = !fits(c.id, rows[r], resolver: resolver)
                // A yes/no answer fits only the few criteria that take one, and so does text that is neither a number
                // nor an answer (a list of names, a subject): with a clear lead, a lower similarity does.
                let answerFits =
                    resolver.catalogue.criterion(c.id).map { crit in
                        (rows[r].value == .yesno && crit.takesYesNo)
                            || (rows[r].value == .text && (crit.unit == .list || crit.unit == .text))
                    } == true
                let least = answerFits ? resolver.answerAcceptScore : resolver.acceptScore
                let byWords =
                    rows[r].uncertain == nil && c.score >= least && ahead && !contradicted && !unitUnsaid
                    && c.score - rival >= resolver.acceptMargin
                    && !Self.leavesOut(c, rows[r], among: cs, resolver: resolver)
                // Other forms of the run used this wording for this criterion, on their own evidence (the order of
                // their rows), and here it is the row's best free candidate: the same wording, the same criterion.
                let byOtherForms =
                    resolver.agreed[rows[r].key] == c.id && !unitUnsaid
                    && !NeighbourEvidence.numberForNames(c.id, rows[r], resolver: resolver)
                    && (rows[r].uncertain == nil || rows[r].unknownWordsOnly)
                /// Whether a candidate explains only words `c` explains too and leaves out one that tells criteria apart:
                /// «… наставничества обучающихся» for «Положение о наставничестве педагогов — утверждено».
                func lacksWhatTells(_ o: Candidate) -> Bool {
                    o.words.keys.allSatisfy { c.words[$0] != nil }
                        && c.words.contains { o.words[$0.key] == nil && $0.value >= CriterionResolver.contrastWeight }
                }
                // A moderate similarity of a title the criterion explains whole (`CriterionResolver.explains`), far
                // ahead of the next candidate: a terse wording of that criterion («Наставников всего (по приказу)»).
                let byExplanation =
                    rows[r].uncertain == nil && c.score >= NeighbourEvidence.leastScore && !contradicted && !unitUnsaid
                    && (cs.first {
                        $0.id != c.id && unitSaid($0.id, key: rows[r].key, resolver: resolver)
                            && resolver.namesRole($0.id, title: rows[r].stems) && !lacksWhatTells($0)
                    }.map {
                        c.score - $0.score >= FormAssignment.explainedLead
                    } ?? true)
                    && c.score - rival >= resolver.acceptMargin && resolver.explains(c.id, title: rows[r].stems)
                    && !NeighbourEvidence.numberForNames(c.id, rows[r], resolver: resolver)
                // A title every meaning word of which is this criterion's and no other criterion's («Наставляемые с
                // низкой мотивацией и неуспеваемостью», «Какие курсы»), whose announced kind and value fit it: however
                // short beside the catalogue's wording, it can mean nothing else.
                let byUniqueExplanation =
                    rows[r].uncertain == nil && !contradicted && !unitUnsaid
                    && c.score - rival >= resolver.acceptMargin
                    && kindFits(c.id, rows[r], resolver: resolver)
                    && resolver.explainsAlone(c.id, title: rows[r].stems)
                let certain = byWords || byOtherForms || byExplanation || byUniqueExplanation
                if certain { settled[r] = c; changed = true }
            }
            if !changed { break }
        }
        // A row none of whose candidates reaches a suggestion: a title one criterion alone explains, of the kind it
        // takes, that no other row wants, is still that criterion's. A short title scores low against the catalogue's
        // long wording («Кураторы, чел.»: 0,38), and its words can mean nothing else.
        var claims: [String: [(row: Int, candidate: Candidate)]] = [:]
        let wanted = Set(settled.values.map(\.id)).union(chosen.values.map(\.id))
        for (r, cs) in live where settled[r] == nil && chosen[r] == nil && rows[r].uncertain == nil {
            // A part («в т.ч. …») only under a whole settled as a count: under a share («Доля наставляемых 10–19 лет»)
            // its population is not certain.
            if let w = wholeOf[r], settled[w].map({ resolver.catalogue.criterion($0.id)?.unit == .count }) != true {
                continue
            }
            if let c = cs.first(where: {
                !wanted.contains($0.id) && $0.score >= Self.aloneLeastScore && fits($0.id, rows[r], resolver: resolver)
                    && kindFits($0.id, rows[r], resolver: resolver)
                    && resolver.explainsAlone(
                        $0.id, title: rows[r].stems,
                        among: { rows[r].value == .text || kindFits($0, rows[r], resolver: resolver) })
            }) {
                claims[c.id, default: []].append((r, c))
            }
        }
        for (_, rs) in claims where rs.count == 1 { settled[rs[0].row] = rs[0].candidate }
        for r in open.keys {
            if let c = settled[r] {
                out[r] = .used(c.id, how: .similar, score: c.score)
            } else if let c = chosen[r], let cs = live[r] {
                out[r] = .doubtful([c] + cs.filter { $0.id != c.id })
            } else {
                let cs = live[r] ?? []
                out[r] = cs.contains { $0.score >= resolver.suggestScore } ? .doubtful(cs) : .unmatched(cs)
            }
        }
        var resolved = out.map { $0! }
        OrderEvidence.confirm(rows, &resolved, resolver: resolver)
        PartEvidence.confirm(rows, &resolved, resolver: resolver)
        DirectionEvidence.confirm(rows, &resolved, resolver: resolver)
        NeighbourEvidence.withdrawTaken(&resolved, resolver: resolver)
        return resolved
    }
}
