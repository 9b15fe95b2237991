/// Elimination as evidence: a form fills each criterion once, so once every other criterion a doubtful row's
/// title resembles (`floor` or more; at least one) is held by a row used without the user, the one left is the
/// row's answer — if the wording supports it too: it is close enough to be offered (`suggestScore`), nothing but
/// words the catalogue does not know makes it uncertain, the title announces no other unit, and no criterion
/// explains more of the title. Out besides the held: a share the title does not announce, a count where it
/// announces a share, a criterion that counts another kind than the title (`CountedNouns`), and a criterion another
/// free one dominates, and for a part row («из них …») under a used whole a criterion the catalogue knows as a
/// part of another whole only (`PartEvidence`). Rows the user decided neither take nor
/// eliminate, so a decision never changes what the tool uses alone. A criterion two rows would take this way is
/// left to the user. Repeated: a row so used eliminates for the next.
enum EliminationEvidence {
    /// The least similarity of a criterion that counts as one the title may mean.
    static let floor = 0.3

    /// Whether the title's words `a` explains include every word `b` explains and, besides, a word that tells
    /// criteria apart (`CriterionResolver.contrastWeight`): the title says something `b` lacks and `a` has.
    static func dominates(_ a: Candidate, _ b: Candidate) -> Bool {
        a.id != b.id && b.words.keys.allSatisfy { a.words[$0] != nil }
            && a.words.contains { b.words[$0.key] == nil && $0.value >= CriterionResolver.contrastWeight }
    }

    /// A title that announces a share or level («Доля …», «… , %») is not a count nor a list.
    static func contradictsAnnouncedShare(_ id: String, key: String, resolver: CriterionResolver) -> Bool {
        let kind = WordingKind.of(normalisedTitle: key)
        guard kind == .share || kind == .level, let c = resolver.catalogue.criterion(id) else { return false }
        return c.unit != .share && c.unit != .level
    }

    /// Whether the title counts things by a noun (`CountedNouns.noun(of:)`) that `c` does not hold and another of the
    /// title's candidates does.
    static func leavesOutCounted(_ c: Candidate, _ row: RowEvidence) -> Bool {
        guard row.counts == .things, let noun = row.countedNoun, c.words[noun] == nil else { return false }
        return row.candidates.contains { $0.id != c.id && $0.words[noun] != nil }
    }

    /// Whether `c` explains one of `words` (of a title) or holds it in one of its wordings; true when there are none.
    static func explainsAny(_ c: Candidate, _ words: Set<String>, resolver: CriterionResolver) -> Bool {
        guard !words.isEmpty else { return true }
        let own = resolver.catalogue.index(of: c.id).map { resolver.criterionStems[$0] } ?? []
        return words.contains { c.words[$0] != nil || own.contains($0) }
    }

    /// Whether a title (not a part's) names two roles or more and criterion `id` does not hold all of them: «Наставники
    /// и наставляемые, всего» is neither the mentors from enterprises nor any other criterion of one role
    /// (`FormAssignment.fits` asks it of every rule).
    static func namesRolesItLacks(_ id: String, _ row: RowEvidence, resolver: CriterionResolver) -> Bool {
        let roles = row.stems.intersection(resolver.catalogue.roleWords.stems)
        guard roles.count >= 2, !ValueEvidence.isPart(key: row.key), let i = resolver.catalogue.index(of: id) else {
            return false
        }
        return !roles.isSubset(of: resolver.criterionStems[i])
    }

    /// Whether the words before a title's brackets are, alone, the wording or a synonym of a criterion other than
    /// `id`: «иная форма (наставник-работодатель – ученик)» is the programmes of another form, whatever its brackets
    /// add, and no leftover of the mentors from other organisations.
    static func headNamesOther(_ id: String, key: String, resolver: CriterionResolver) -> Bool {
        guard let open = key.firstIndex(of: "(") else { return false }
        let head = key[..<open].trimmingCharacters(in: .whitespaces)
        guard head.count >= 3 else { return false }
        return resolver.evidence(RowQuery(title: head, year: nil, scope: .any)).fixed.map { $0 != id } ?? false
    }

    /// After the values' evidence (`ValueEvidence`), so that a row its values refuse holds nothing; each pass's rows
    /// are checked against the values too before they eliminate for the next.
    static func confirm(
        _ rows: [RowEvidence], _ out: inout [Resolution], numbers: [Double?]?, resolver: CriterionResolver
    ) {
        defer { NeighbourEvidence.withdrawTaken(&out, resolver: resolver) }
        var refused = Set<Int>()
        let wholes = PartEvidence.wholeRows(rows)
        for _ in 0..<4 {
            // Criteria held by rows used without the user; a decided row's criterion counts as free (as before the
            // decision) but is never the one left.
            var held = Set<String>(), decided = Set<String>()
            for res in out {
                guard case .used(let id, let how, _) = res else { continue }
                if how == .decided { decided.insert(id) } else { held.insert(id) }
            }
            var found: [(row: Int, candidate: Candidate)] = []
            for (r, res) in out.enumerated() {
                guard case .doubtful = res, !refused.contains(r), rows[r].uncertain == nil || rows[r].unknownWordsOnly
                else { continue }
                let all = (rows[r].candidates + rows[r].others).filter { $0.score >= floor }
                let free = all.filter { !held.contains($0.id) }
                // A criterion that counts another kind than the title (people against programmes) is out too (only the
                // held ones are the form's elimination).
                func countsOther(_ c: Candidate) -> Bool {
                    guard let t = rows[r].counts, let i = resolver.catalogue.index(of: c.id),
                        let k = resolver.counted[i]
                    else { return false }
                    return k != t
                }
                // A criterion whose wording excludes what the title names («педагогов (за исключением молодых
                // специалистов)» for «педагогов, из них молодых специалистов»).
                func excludesWhatTheTitleNames(_ c: Candidate) -> Bool {
                    resolver.catalogue.index(of: c.id).map { resolver.namesExcluded(rows[r].stems, criterion: $0) }
                        ?? false
                }
                // Out besides the held: a share or level the title does not announce (and the value does not show),
                // and a criterion whose explained words another free one explains too, and more.
                // A part («из них наставляемые») under a whole the tool used is no part of another whole: «из них
                // наставляемые» under pupils 10–19 is not the mentees among teachers (a part of teachers).
                // (The parts of its parts are its own: «из них: «группа риска»» under pupils 10–19 are mentees.)
                var otherParts = Set<String>()
                if let w = wholes[r], case .used(let whole, _, _) = out[w] {
                    for (x, parts) in resolver.parts where x != whole { otherParts.formUnion(parts) }
                    var own = resolver.parts[whole] ?? [], next = own
                    while !next.isEmpty {
                        next = Set(next.flatMap { resolver.parts[$0] ?? [] }).subtracting(own)
                        own.formUnion(next)
                    }
                    otherParts.subtract(own)
                }
                // A part («из них выступают наставниками») under a whole the tool could not place is a part of one of
                // the criteria that whole may be: under «Обучающиеся 15–19 лет», asked, the young specialists' mentors
                // were what was left.
                var wholeMayBe: Set<String>?
                if let w = wholes[r], out[w].usedID == nil {
                    let maybe = Set((rows[w].candidates + rows[w].others).filter { $0.score >= floor }.map(\.id))
                    var parts = Set(maybe.flatMap { resolver.parts[$0] ?? [] }), next = parts
                    while !next.isEmpty {
                        next = Set(next.flatMap { resolver.parts[$0] ?? [] }).subtracting(parts)
                        parts.formUnion(next)
                    }
                    wholeMayBe = parts
                }
                // A part is read by its own words (not its whole's): a criterion that explains none of them is out
                // («в т.ч. педагоги» under the mentors is no count of mentors from other organisations).
                let ownWords = wholes[r].map { rows[r].stems.subtracting(rows[$0].stems) } ?? []
                let left = free.filter { c in
                    !otherParts.contains(c.id) && explainsAny(c, ownWords, resolver: resolver)
                        && (FormAssignment.fits(c.id, rows[r], resolver: resolver) || rows[r].value == .percent)
                        && !contradictsAnnouncedShare(c.id, key: rows[r].key, resolver: resolver)
                        && !free.contains { dominates($0, c) } && !countsOther(c)
                }
                // The form eliminated something: a title whose rivals only its own words rule out is not settled here.
                // And no criterion, held or not, explains more of the title than the one left (the row is not a
                // repeat or a part of a held one).
                guard left.count == 1, free.count < all.count, let only = left.first, !decided.contains(only.id),
                    !all.contains(where: { dominates($0, only) }),
                    only.score >= resolver.suggestScore,
                    FormAssignment.fits(only.id, rows[r], resolver: resolver), wholeMayBe?.contains(only.id) != false,
                    // Nor is it one that leaves out the thing the title counts, which another candidate names:
                    // «Соглашения с иными организациями» was left the programmes «по иной форме».
                    // (Nor a title that names two roles at once, «Наставники и наставляемые, всего»: `fits`.)
                    !leavesOutCounted(only, rows[r]),
                    // Nor one whose wording excludes what the title names, nor, for a part, one that only the words
                    // telling no criterion apart explain («из них педагоги лицея» names the school itself, «ОО», and
                    // no external educational organisation).
                    !excludesWhatTheTitleNames(only),
                    // Nor names for a number («КПК по наставничеству (чел.) | 2» is not «Наименование курсов»).
                    !NeighbourEvidence.numberForNames(only.id, rows[r], resolver: resolver),
                    explainsAny(only, ownWords.subtracting(CriterionResolver.unitWords), resolver: resolver),
                    !headNamesOther(only.id, key: rows[r].key, resolver: resolver),
                    // Nor the leftover of a title another row's criterion fitted better (`FormAssignment.displaced`),
                    // unless the row is a part of a used whole, whose parts are its meaning («из них наставляемые»
                    // under the other teachers, while the mentees' total is held).
                    wholes[r].map({ out[$0].usedID != nil }) == true
                        || !FormAssignment.displaced(only, rows[r], held: held)
                else { continue }
                found.append((r, only))
            }
            if !NeighbourEvidence.useOnce(&out, found) { return }
            if let numbers {
                ValueEvidence.check(rows, &out, numbers: numbers, resolver: resolver)
                refused.formUnion(found.map(\.row).filter { out[$0].usedID == nil })
            }
        }
    }
}
