import Foundation

/// A qualifier of a criterion's wording that narrows it: a title that lacks it may mean a wider criterion.
struct NarrowingQualifier: Sendable {
    /// As written in the catalogue's wording (normalised), for the user's message.
    let text: String
    /// The stems that carry its meaning: a title holding none of them lacks the qualifier.
    let stems: Set<String>
    /// The wider criterion the wording means without it (nil: the qualifier narrows by itself, as an age band).
    let wider: String?
}

extension CriterionResolver {
    /// The least weighted overlap of a wording without its qualifier with another criterion's wording for that
    /// criterion to count as the wider one.
    static let widerOverlap = 0.6

    /// The narrowing qualifiers of every criterion (by index), from its wordings: a qualifier narrows when the
    /// wording without it is, in weighted words, mostly another criterion's wording that holds nothing
    /// the bare wording lacks (a wider criterion exists), or when the criterion is a part of another's computed
    /// sum and the bare wording is close to that sum's wording (the wider value is computed). A wider
    /// criterion that only adds up this one across organisations («… муниципалитета») is not wider.
    static func narrowingQualifiers(
        catalogue: Catalogue, thesaurus: Thesaurus, texts: [(Int, [String])],
        weight: (String) -> Double
    ) -> [[NarrowingQualifier]] {
        let criteria = catalogue.criteria
        func w(_ s: Set<String>) -> Double { s.reduce(0) { $0 + weight($1) } }
        var out = [[NarrowingQualifier]](repeating: [], count: criteria.count)
        // Each text's stems and their weight, once (the loops below weigh every text against every qualifier).
        let stemsOf = texts.map { Set($0.1) }
        let weightOf = stemsOf.map(w)
        for (i, c) in criteria.enumerated() {
            for wording in Set(Array(c.wordings.values) + (c.formWording.map { [$0] } ?? [])) where !wording.isEmpty {
                let key = TitleTokens.key(wording)
                for (segment, always) in catalogue.qualifiers.segments(in: key) {
                    let stems = Set(meaning(segment, thesaurus)).subtracting(unitWords)
                    guard !stems.isEmpty, let range = key.range(of: segment) else { continue }
                    var bareText = key
                    bareText.removeSubrange(range)
                    let bare = Set(meaning(bareText, thesaurus))
                    guard !bare.isEmpty else { continue }
                    var best: (id: String, score: Double)?
                    let bareWeight = w(bare)
                    for (k, (d, _)) in texts.enumerated() where d != i {
                        let other = criteria[d]
                        if other.aggregation == .sumOf && other.numerator == [c.id] { continue }
                        let dStems = stemsOf[k]
                        // The wider criterion does not say what the qualifier says.
                        guard dStems.isDisjoint(with: stems) else { continue }
                        let shared = w(dStems.intersection(bare))
                        let dice = 2 * shared / max(weightOf[k] + bareWeight, 1e-9)
                        // The overlap first: most wordings share too little to weigh the rest (a process's fixed cost).
                        guard dice >= widerOverlap, dice > (best?.score ?? 0) else { continue }
                        // A sum this criterion is a part of: the bare wording need only be close to its wording.
                        let partOf = [other.numerator, other.denominator].contains { $0.count > 1 && $0.contains(c.id) }
                        // Otherwise the other wording explains (nearly) all of the bare one and adds little.
                        let same =
                            w(bare.subtracting(dStems)) <= 0.1 * bareWeight
                            && w(dStems.subtracting(bare)) <= 0.34 * weightOf[k]
                        guard partOf || same else { continue }
                        best = (other.id, dice)
                    }
                    guard always || best != nil else { continue }
                    if !out[i].contains(where: { $0.stems == stems }) {
                        out[i].append(NarrowingQualifier(text: segment, stems: stems, wider: best?.id))
                    }
                }
            }
        }
        return out
    }

    /// The first narrowing qualifier of criterion `i` that a title's stems lack.
    func lackedQualifier(_ title: Set<String>, criterion i: Int) -> NarrowingQualifier? {
        narrowing[i].first { $0.stems.isDisjoint(with: title) }
    }

    /// The first clause of a title that narrows it («Количество обучающихся 10–19 лет из числа детей с ОВЗ») and
    /// says mostly what no wording of criterion `i` says: the title counts a part of what the criterion counts, however
    /// close the rest of the words («детей с ОВЗ» among all pupils of 10–19). A clause that words the criterion's own
    /// distinction otherwise («из числа работников предприятий» for the enterprises' mentors) shares its weightiest
    /// word with it and passes.
    func ownClause(_ key: String, criterion i: Int) -> String? {
        // «Наставники из ОО», «… из организаций»: people who come from another organisation; a criterion that names the
        // organisation without «из» («Количество наставников ОО») counts the organisation's own.
        // (Only a title that counts the people: «Соглашения с ОО (наставники из ОО)» counts agreements.)
        if key.hasPrefix("наставник") || key.hasPrefix("наставля"), let from = Self.fromOrganisation(key) {
            let c = catalogue.criteria[i]
            let wordings = Set(Array(c.wordings.values) + (c.formWording.map { [$0] } ?? [])).map { $0.lowercased() }
            if !wordings.contains(where: { $0.contains(" из ") || $0.contains(" от ") }) { return from }
        }
        for (clause, marker) in catalogue.qualifiers.clauses(in: key) {
            let said = Set(CriterionResolver.meaning(String(clause.dropFirst(marker.count)), thesaurus))
                .subtracting(CriterionResolver.unitWords)
            // Weighed by the catalogue's word weights (a word the catalogue lacks weighs nothing here): the words the
            // criterion lacks must outweigh those it has.
            let lacking = said.subtracting(criterionStems[i]).reduce(0) { $0 + (idf[$1] ?? 0) }
            let shared = said.intersection(criterionStems[i]).reduce(0) { $0 + (idf[$1] ?? 0) }
            if lacking > shared { return clause }
        }
        // A list of people in parentheses that names none the criterion names: «Количество ШМО (классных
        // руководителей, учителей-предметников)» counts other people's associations than the mentors'.
        for list in CriterionResolver.parenthesisedLists(key) {
            let said = Set(CriterionResolver.meaning(list, thesaurus)).subtracting(CriterionResolver.unitWords)
            let known = said.filter { idf[$0] != nil }
            if known.count >= 1, said.count >= 2, known.isDisjoint(with: criterionStems[i]) { return "(\(list))" }
        }
        return nil
    }

    /// A role the title (its key) gives its people, «в роли наставляемых», «в качестве наставника», when criterion
    /// `i` names no role at all: «… вошедших в программы наставничества в роли наставляемых» is a part of the people
    /// of «… вошедших в программы» (every role), not all of them. The words, or nil. (A criterion of the other role
    /// is told apart by its words.)
    func unnamedRole(_ key: String, criterion i: Int) -> String? {
        guard key.contains("в роли ") || key.contains("в качестве ") else { return nil }
        guard criterionStems[i].isDisjoint(with: catalogue.roleWords.stems) else { return nil }
        for marker in ["в роли ", "в качестве "] {
            guard let r = key.range(of: marker) else { continue }
            let word = String(key[r.upperBound...].prefix { $0.isLetter })
            let said = Set(CriterionResolver.meaning(word, thesaurus)).intersection(catalogue.roleWords.stems)
            if !said.isEmpty, said.isDisjoint(with: criterionStems[i]) { return marker + word }
        }
        return nil
    }

    /// «из ОО», «из организаций», «из предприятий» in a title (lower-cased): the words, or nil.
    static func fromOrganisation(_ key: String) -> String? {
        guard key.contains("из ") else { return nil }
        for word in ["оо", "организац", "предприят", "учрежден", "школ"] {
            if let r = key.range(of: "из " + word) {
                let end = key[r.upperBound...].prefix { $0.isLetter }
                return String(key[r]) + end
            }
        }
        return nil
    }

    /// Several kinds of the mentors' organisations listed in a title's parentheses («Наставники из внешних
    /// организаций (ОО, предприятия, иные) всего»): the list, or nil. Their total is no one criterion: each kind has
    /// its own.
    static func organisationKinds(_ key: String) -> String? {
        for list in parenthesisedLists(key) {
            let items = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let kinds = [
                ["оо", "образоват", "школ"], ["предприят", "работодат"], ["ины", "иные", "иных", "иной", "проч"]
            ]
            .filter { stems in items.contains { item in stems.contains { item.hasPrefix($0) } } }
            if kinds.count >= 2 { return "(\(list))" }
        }
        return nil
    }

    /// The texts in parentheses of a title that list two things or more («(классных руководителей,
    /// учителей-предметников)»).
    static func parenthesisedLists(_ key: String) -> [String] {
        var out: [String] = [], depth = 0, current = ""
        for ch in key {
            if ch == "(" {
                depth += 1
                if depth == 1 { current = "" }
                continue
            }
            if ch == ")" && depth > 0 {
                depth -= 1
                if depth == 0 && current.contains(",") { out.append(current) }
                continue
            }
            if depth > 0 { current.append(ch) }
        }
        return out
    }
}
