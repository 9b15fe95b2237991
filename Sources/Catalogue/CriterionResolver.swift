import Foundation

/// Which criteria a row may fill.
package enum ResolveScope: Sendable {
    /// An organisation's form or a wide export's row: never a criterion the municipality fills.
    case organisation
    /// The municipality's form or history: any criterion.
    case any
}

/// How a row came to its criterion.
package enum MatchHow: String, Codable, Sendable {
    /// The user's decision in the mapping file.
    case decided
    /// A wording of the criterion (after `TitleNormaliser`).
    case exact
    /// A synonym or the form's own wording of the criterion.
    case synonym
    /// Equal to a wording once the thesaurus's equivalences are applied.
    case thesaurus
    /// Close enough, and far enough from every other criterion, to be certain.
    case similar
}

/// A criterion a row may mean, with its similarity (0…1) after the evidence of unit, place and year.
package struct Candidate: Equatable, Sendable {
    package let id: String
    package let score: Double
    /// The title's words this criterion's closest wording explains, with their weights (for telling two
    /// close candidates apart: does the title hold a word one has and the other lacks?).
    package let words: [String: Double]

    package init(id: String, score: Double, words: [String: Double] = [:]) {
        self.id = id
        self.score = score
        self.words = words
    }

    package static func == (a: Candidate, b: Candidate) -> Bool { a.id == b.id && a.score == b.score }
}

/// One row (or column header) to resolve, with what is known around it.
package struct RowQuery: Sendable {
    package var title: String
    package var year: Int?
    package var scope: ResolveScope
    /// The direction the row stands under (from a section row or a «Показатель» cell), if known.
    package var direction: Int?
    /// What the row's value looks like, if it has one.
    package var value: ValueHint?
    /// How the row is named for the user's decisions when its title alone does not tell which criterion it is: an
    /// «из них: наставляемые» row with its whole's title. Only the decisions and the wording's key use it; the
    /// similarity is the title's. nil: the title.
    package var wording: String?
    /// Whether the row is a part («из них …») whose title is its whole's title followed by its own: such a title
    /// joins two wordings and may resemble a direction's name, but a part is never a direction's heading.
    package var isPart = false

    package init(
        title: String, year: Int?, scope: ResolveScope, direction: Int? = nil, value: ValueHint? = nil,
        wording: String? = nil, isPart: Bool = false
    ) {
        self.isPart = isPart
        self.title = title
        self.year = year
        self.scope = scope
        self.direction = direction
        self.value = value
        self.wording = wording
    }
}

/// What the resolver knows about one row before the rows of its form are assigned together.
package struct RowEvidence: Sendable {
    /// `TitleTokens.key` of the title.
    package let key: String
    /// A certain match that needs no comparison with other rows (decision, wording, synonym, thesaurus).
    package let fixed: String?
    package let how: MatchHow?
    /// The user said: not a criterion.
    package let ignored: Bool
    /// Criteria by similarity, best first (at most five), for rows without a certain match.
    package let candidates: [Candidate]
    /// Why no similarity can be certain for this row, if there is a reason: the title names a direction, says
    /// something the catalogue does not know, or fits a criterion its form may not fill at least as well.
    package var uncertain: String? = nil
    /// Whether the only doubt is words the catalogue does not know: evidence from the form (the order of its
    /// rows) may settle it, unlike a missing qualifier or a municipal rival.
    package var unknownWordsOnly = false
    /// An age band one year off the catalogue's («10–18 лет»): its bounds, and the catalogue's upper bound («19»).
    package var nearBand: (from: String, to: String, catalogueTo: String)? = nil
    /// What the row's value looks like, if it has one.
    package var value: ValueHint? = nil
    /// Every criterion the title resembles at all (`EliminationEvidence.floor` or more), best first, beyond the
    /// five `candidates`: elimination needs to know that no other criterion is left.
    package var others: [Candidate] = []
    /// The title's meaning stems (thesaurus applied, stop words dropped), for rows weighed by similarity.
    package var stems: Set<String> = []
    /// What the title counts, people or things, when it tells (`CountedNouns`).
    package var counts: CountedNouns.Kind? = nil
    /// The noun the title counts (`CountedNouns.noun(of:)`).
    package var countedNoun: String? = nil
    /// The words the title says «не» to («(не ОО и не предприятия)»), unit words aside: what it leaves out.
    package var negated: Set<String> = []
    /// Whose form the row is of: an organisation's answers a yes or a no where the municipality counts its «да».
    package var scope: ResolveScope = .any
}

/// Resolves row and column titles to criteria with all the evidence a person uses: the wording (exact,
/// synonyms, the form's own wording, the thesaurus, then similarity weighted by how rare each word is in
/// the catalogue), the unit the title announces and the value shows, the direction the row stands under,
/// the year and the level of the form. One row alone gives `RowEvidence`; `FormAssignment` then assigns
/// the rows of one form together, each criterion once.
package final class CriterionResolver: Sendable {
    package let catalogue: Catalogue
    package let thesaurus: Thesaurus
    package let decisions: MappingDecisions
    /// A similarity at or above which a row is used without the user, when it also leads by `acceptMargin`.
    package let acceptScore: Double
    package let acceptMargin: Double
    /// A similarity at or above which a criterion is offered as a candidate to check.
    package let suggestScore: Double
    /// Wording keys used by similarity in some forms of a run and asked about in others: one wording, one
    /// decision, so they are asked about in every form (the reader finds them and reads again).
    package let contested: Set<String>
    /// Wording keys used by similarity in some forms of a run, each for one criterion, on the evidence of those
    /// forms (their order), and asked about in the others: the same wording means the same criterion in every
    /// form of the run, so the others use it too where that criterion is the row's best free candidate
    /// (`FormAssignment`). A wording whose use a form's values still refuse becomes `contested`.
    package let agreed: [String: String]
    /// The similarity that suffices when the row's value is of a kind only a few criteria take and the criterion is
    /// one of them: a yes/no answer, or text that is neither a number nor an answer (see `FormAssignment`).
    package let answerAcceptScore = 0.7

    private struct Variant: Sendable {
        let criterion: Int
        let stems: Set<String>
        let weight: Double
        /// Whether the wording names a form by its pair of roles, and whether this variant holds the pair.
        let pairing: Pairing

        enum Pairing { case none, withPairs, withoutPairs }
    }

    private let exact: [TextKey: [(criterion: Int, year: Int)]]
    private let synonyms: [TextKey: Int]
    private let canonical: [String: [Int]]
    private let variants: [Variant]
    let idf: [String: Double]
    private let unknownWeight: Double
    private let vocabulary: [String]
    private let memo = Memo<TextKey, [Match]>(limit: 50_000)
    /// The evidence of a row, by its query (see `evidence`).
    private let evidenceMemo = Memo<EvidenceQuery, RowEvidence>(limit: 50_000)
    /// The assignments of forms' rows before their values weigh in, by the rows' queries (`shape`).
    private let shapeMemo = Memo<[EvidenceQuery], [Resolution]>(limit: 5_000)
    /// A title's similarity to the closest direction name, by title key (forms repeat their titles).
    private let directionMemo = Memo<TextKey, Double>(limit: 50_000)
    /// The direction a text names, by the text (every row of a form asks for its section's).
    private let directionOfMemo = Memo<TextKey, Int?>(limit: 50_000)
    /// A word's spelling correction, by the word (a wide export repeats «Столбец» in thousands of titles).
    private let spellingMemo = Memo<String, String>(limit: 50_000)
    /// The catalogue's words near an unknown word, with their credit, by the word (`similarities`).
    private let nearMemo = Memo<String, [String: Double]>(limit: 50_000)
    private let directionStems: [(number: Int, stems: Set<String>)]
    /// Every stem of the catalogue's wordings and the thesaurus, as written (before the thesaurus).
    private let known: Set<String>
    private let knownByLength: [Int: [String]]
    /// Cut words read in full where the catalogue's words allow one reading («Полож.», «наст-мые»).
    private let abbreviations: Abbreviations
    /// The qualifiers that narrow each criterion (by index), see `narrowingQualifiers`.
    let narrowing: [[NarrowingQualifier]]
    /// The parts and wholes of the catalogue's ratios (see `ValueEvidence`).
    let partsAndWholes: [(parts: [String], wholes: [String])]
    /// The criteria the catalogue knows as parts of each criterion, by id (see `PartEvidence`).
    let parts: [String: Set<String>]
    /// What each criterion counts (by index), when all its wordings that tell agree (`CountedNouns`).
    let counted: [CountedNouns.Kind?]
    /// The factor of a criterion's similarity when the title counts another kind (people against things).
    static let countedMismatch = 0.7
    /// What each criterion's wordings exclude (by index; `ExcludedMentions`).
    let exclusions: [[Set<String>]]
    /// Every stem of each criterion's wordings, synonyms and form wording (by index, after the thesaurus).
    let criterionStems: [Set<String>]
    /// Per criterion, the numbers of the age band its wordings name («10», «19»), as stems.
    let bandNumbers: [Set<String>]
    /// Per criterion, the roles of the pairs its wordings name («педагог» of «педагог – педагог»); empty for a
    /// criterion that names no form of mentoring by its pair.
    let pairRoles: [Set<String>]
    /// The forms of mentoring the catalogue names by a pair of roles (`RolePairs`).
    let rolePairs: RolePairs
    /// The criteria whose wordings name each pair of roles («педагог~педагог» → the programmes «учитель – учитель /
    /// педагог – педагог»).
    let pairOwners: [String: Set<Int>]
    /// The stems of «за исключением» after the thesaurus.
    let exclusionMarker: Set<String>

    package convenience init(catalogue: Catalogue, decisions: MappingDecisions = MappingDecisions()) {
        self.init(catalogue: catalogue, thesaurus: catalogue.thesaurus, decisions: decisions)
    }

    package init(
        catalogue: Catalogue, thesaurus: Thesaurus, decisions: MappingDecisions = MappingDecisions(),
        acceptScore: Double = 0.8, acceptMargin: Double = 0.1, suggestScore: Double = 0.45,
        contested: Set<String> = [], agreed: [String: String] = [:]
    ) {
        self.contested = contested
        self.agreed = agreed
        self.catalogue = catalogue
        self.thesaurus = thesaurus
        self.decisions = decisions
        self.acceptScore = acceptScore
        self.acceptMargin = acceptMargin
        self.suggestScore = suggestScore
        var exact: [TextKey: [(Int, Int)]] = [:]
        var synonyms: [TextKey: Int] = [:]
        var canonical: [String: [Int]] = [:]
        var texts: [(Int, [String])] = []
        let pairs = RolePairs(catalogue: catalogue, thesaurus: thesaurus)
        self.rolePairs = pairs
        // A wording that names a form by its pair of roles is two variants: with the pair, for titles that name a
        // pair, and without it, for titles that name none (`RolePairs`).
        var pairless: Set<Int> = []
        var roles = [Set<String>](repeating: [], count: catalogue.criteria.count)
        var owners: [String: Set<Int>] = [:]
        func add(_ i: Int, _ text: String) {
            let meaning = CriterionResolver.meaning(text, thesaurus)
            let named = pairs.named(in: TitleTokens.key(text))
            roles[i].formUnion(named.flatMap { $0.split(separator: "~").map(String.init) })
            for p in named { owners[p, default: []].insert(i) }
            if !named.isEmpty {
                pairless.insert(texts.count)
                texts.append((i, meaning))
            }
            texts.append((i, meaning + named))
        }
        for (i, c) in catalogue.criteria.enumerated() {
            for (year, w) in c.wordings.sorted(by: { $0.key < $1.key }) {
                exact[TextKey(TitleTokens.key(w)), default: []].append((i, year))
                add(i, w)
                // The wording without its clarifications in parentheses is a wording too.
                let bare = CriterionResolver.withoutParentheses(w)
                if bare != w { add(i, bare) }
            }
            for s in c.synonyms + (c.formWording.map { [$0] } ?? []) {
                synonyms[TextKey(TitleTokens.key(s))] = i
                add(i, s)
            }
        }
        for (i, stems) in texts {
            let k = stems.joined(separator: " ")
            if !(canonical[k] ?? []).contains(i) { canonical[k, default: []].append(i) }
        }
        // Word weights from the catalogue itself: a word in every criterion tells nothing, a word in one
        // criterion tells it apart (inverse document frequency over criteria).
        var df: [String: Int] = [:]
        var perCriterion = [Set<String>](repeating: [], count: catalogue.criteria.count)
        for (i, stems) in texts { perCriterion[i].formUnion(stems) }
        self.criterionStems = perCriterion
        // The age band of each criterion's wordings («от 10 до 19 лет»): its two numbers.
        self.bandNumbers = catalogue.criteria.map { c in
            let text = c.wordings.values.joined(separator: " ")
            var out: Set<String> = []
            for m in text.matches(of: #/от (\d+) до (\d+) лет/#) {
                out.insert(String(m.output.1))
                out.insert(String(m.output.2))
            }
            return out
        }
        self.pairRoles = roles
        self.pairOwners = owners
        for s in perCriterion { for w in s { df[w, default: 0] += 1 } }
        let n = Double(catalogue.criteria.count)
        var idf: [String: Double] = [:]
        for (w, d) in df { idf[w] = log((n + 1) / (Double(d) + 0.5)) }
        // Words that are all that tells two criteria apart («наставников» / «наставляемых», «10» / «15»,
        // «педагогических работников» / «обучающихся») weigh at least `contrastWeight`, however common.
        // (A wording's variant without its pair of roles is no wording of its own here.)
        let sets = texts.enumerated().filter { !pairless.contains($0.offset) }.map {
            (criterion: $0.element.0, stems: Set($0.element.1))
        }
        for a in 0..<sets.count {
            for b in (a + 1)..<sets.count where sets[a].criterion != sets[b].criterion {
                guard CriterionResolver.differByTwoAtMost(sets[a].stems, sets[b].stems) else { continue }
                let onlyA = sets[a].stems.subtracting(sets[b].stems), onlyB = sets[b].stems.subtracting(sets[a].stems)
                guard !(onlyA.isEmpty && onlyB.isEmpty) else { continue }
                // Words that say what is measured (count, share, presence) are weighed by the unit evidence instead.
                for w in onlyA.union(onlyB) where !CriterionResolver.unitWords.contains(w) {
                    idf[w] = max(idf[w] ?? 0, CriterionResolver.contrastWeight)
                }
            }
        }
        self.unknownWeight = log((n + 1) / 0.5) * 0.8
        self.idf = idf
        self.variants = texts.enumerated().map { n, text in
            let set = Set(text.1)
            let pairing: Variant.Pairing =
                pairless.contains(n) ? .withoutPairs : set.contains(where: pairs.known.contains) ? .withPairs : .none
            return Variant(
                criterion: text.0, stems: set, weight: set.reduce(0) { $0 + (idf[$1] ?? 0) }, pairing: pairing)
        }
        self.vocabulary = df.keys.sorted()
        var known = thesaurus.words.union(pairs.known)
        for c in catalogue.criteria {
            for w in Array(c.wordings.values) + c.synonyms + (c.formWording.map { [$0] } ?? []) {
                known.formUnion(TitleTokens.stems(TitleTokens.key(w)))
            }
        }
        self.known = known
        self.abbreviations = Abbreviations(
            texts: catalogue.criteria.flatMap { c in
                Array(c.wordings.values) + c.synonyms + (c.formWording.map { [$0] } ?? [])
            }, known: known)
        self.knownByLength = Dictionary(grouping: known.filter { $0.count >= 5 }, by: \.count)
        self.directionStems = catalogue.directions.map {
            ($0.number, Set(CriterionResolver.meaning($0.name, thesaurus)))
        }
        let unknown = self.unknownWeight
        self.narrowing = CriterionResolver.narrowingQualifiers(
            catalogue: catalogue, thesaurus: thesaurus, texts: texts,
            weight: { idf[$0] ?? unknown })
        self.partsAndWholes = ValueEvidence.partsAndWholes(catalogue)
        self.parts = PartEvidence.parts(catalogue, ratios: self.partsAndWholes)
        var kinds = [Set<CountedNouns.Kind>](repeating: [], count: catalogue.criteria.count)
        for (i, c) in catalogue.criteria.enumerated() {
            for w in Array(c.wordings.values) + c.synonyms + (c.formWording.map { [$0] } ?? []) {
                let stems = thesaurus.apply(TitleTokens.stems(TitleTokens.key(w)))
                if let k = catalogue.countedNouns.kind(of: stems) { kinds[i].insert(k) }
            }
        }
        self.counted = kinds.map { $0.count == 1 ? $0.first! : nil }
        self.exclusions = CriterionResolver.exclusions(catalogue: catalogue, thesaurus: thesaurus)
        self.exclusionMarker = CriterionResolver.exclusionMarker(thesaurus)
        self.exact = exact
        self.synonyms = synonyms
        self.canonical = canonical
    }

    /// Whether each of two sets has two elements at most that the other lacks. Counted without building the
    /// differences, leaving at the third miss: most pairs of the catalogue's wordings differ far more.
    static func differByTwoAtMost(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard abs(a.count - b.count) <= 2 else { return false }
        var onlyA = 0
        for w in a where !b.contains(w) {
            onlyA += 1
            if onlyA > 2 { return false }
        }
        let shared = a.count - onlyA
        return b.count - shared <= 2
    }

    /// A new resolver with the user's decisions (the rest is shared as built).
    package func with(decisions: MappingDecisions) -> CriterionResolver {
        CriterionResolver(
            catalogue: catalogue, thesaurus: thesaurus, decisions: decisions, acceptScore: acceptScore,
            acceptMargin: acceptMargin, suggestScore: suggestScore, contested: contested, agreed: agreed)
    }

    /// A new resolver that uses none of the `contested` wordings by similarity and each `agreed` one for its
    /// criterion where the form allows (see both).
    package func with(contested: Set<String>, agreed: [String: String] = [:]) -> CriterionResolver {
        CriterionResolver(
            catalogue: catalogue, thesaurus: thesaurus, decisions: decisions, acceptScore: acceptScore,
            acceptMargin: acceptMargin, suggestScore: suggestScore, contested: contested, agreed: agreed)
    }

    /// One row on its own (a form of one row): for a title met alone, and for tests.
    package func resolve(_ q: RowQuery) -> Resolution {
        FormAssignment.assign([evidence(q)], resolver: self)[0]
    }

    /// The meaning stems of a title, with slips of the pen corrected first: a word the catalogue and the
    /// thesaurus do not know, one letter away (or two letters swapped) from exactly one word they know, is
    /// read as that word («возрсате» → «возрасте»).
    func meaning(of title: String) -> [String] {
        words(of: title).filter { !TitleTokens.stopWords.contains($0) && !$0.isEmpty }
            + rolePairs.named(in: TitleTokens.key(title))
    }

    /// How many of a text's words (letters only, stop words left out) the catalogue's wordings hold: none for a
    /// text in another language.
    package func knownWords(in text: String) -> Int {
        words(of: text).filter {
            idf[$0] != nil && $0.contains(where: \.isLetter) && !TitleTokens.stopWords.contains($0)
        }
        .count
    }

    /// The stems of a title, cut words spelled in full and slips of the pen corrected (`Abbreviations`), the thesaurus
    /// applied, stop words kept.
    func words(of title: String) -> [String] {
        let full = abbreviations.expand(title)
        let raw = TitleTokens.stems(TitleTokens.withoutReferences(TitleTokens.key(full))).map { w -> String in
            guard w.count >= 5, !known.contains(w), w.allSatisfy(\.isLetter) else { return w }
            return spellingMemo.value(w) {
                let chars = Array(w)
                var hits: [String] = []
                for n in (w.count - 1)...(w.count + 1) {
                    for k in knownByLength[n] ?? [] where TitleTokens.distance(chars, Array(k), limit: 1) <= 1 {
                        hits.append(k)
                    }
                }
                return hits.count == 1 ? hits[0] : w
            }
        }
        return thesaurus.apply(raw)
    }

    /// Stems of the words that say what is measured.
    static let unitWords: Set<String> = Set(
        [
            "количество", "доля", "наличие", "уровень", "наименование", "число",
            "численность", "процент", "оо"
        ].map(TitleTokens.stem))

    /// The least weight of a word that alone tells two criteria apart.
    package static let contrastWeight = 2.5

    /// «Количество наставников (по приказу)» → «Количество наставников».
    static func withoutParentheses(_ s: String) -> String {
        var out = "", depth = 0
        for ch in s {
            if ch == "(" { depth += 1; continue }
            if ch == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(ch) }
        }
        return out
    }

    /// Whether a criterion explains a title whole: every meaning word of the title (two at least) is a word of the
    /// criterion's wordings, and, when the criterion counts people in a role (`RoleWords`), the title names that
    /// role. Such a title says no more than the criterion and does not leave its role out: what remains is wording
    /// it shortened («Наставников всего (по приказу)» for «Количество наставников ОО (по приказу)»), not a wider
    /// population («Количество обучающихся с ОВЗ» is not «… с ОВЗ, включенных в программы в роли наставляемого»).
    func explains(_ id: String, title: Set<String>) -> Bool {
        // Words that say what is measured («количество», «доля», «ОО») are the unit's evidence, not the subject's.
        let subject = title.subtracting(CriterionResolver.unitWords)
        guard subject.count >= 2, let i = catalogue.index(of: id) else { return false }
        return subject.isSubset(of: criterionStems[i]) && namesRole(id, title: title)
    }

    /// Whether a criterion alone explains a title: every meaning word of the title (one at least) is a word of this
    /// criterion's wordings and of no other criterion's that `among` admits (those the row's kind of value fits), and
    /// the title names the criterion's role if it counts people in one. «Кураторы» is only the curators' count;
    /// «Наставники» is many criteria's word and explains none alone.
    func explainsAlone(_ id: String, title: Set<String>, among: (String) -> Bool = { _ in true }) -> Bool {
        let subject = title.subtracting(CriterionResolver.unitWords)
        guard !subject.isEmpty, let i = catalogue.index(of: id), subject.isSubset(of: criterionStems[i]),
            namesRole(id, title: title),
            // A share's age band («15 … 19») is said: «Доля наставников из числа обучающихся» is no share of the
            // students of 15–19 who mentor. (A count's sub-row names its category, the band is its whole's.)
            catalogue.criteria[i].unit != .share || bandNumbers[i].isSubset(of: title)
        else { return false }
        return !criterionStems.indices.contains {
            $0 != i && subject.isSubset(of: criterionStems[$0]) && among(catalogue.criteria[$0].id)
        }
    }

    /// Whether a title names the role a criterion counts people in (one of its role words), or the criterion has
    /// none (`RoleWords`).
    func namesRole(_ id: String, title: Set<String>) -> Bool {
        guard let i = catalogue.index(of: id) else { return false }
        let roles = criterionStems[i].intersection(catalogue.roleWords.stems)
        return roles.isEmpty || !roles.isDisjoint(with: title)
    }

    /// The weight of a (stemmed) word: how well it tells criteria apart.
    package func weight(_ word: String) -> Double { idf[word] ?? unknownWeight }

    /// The stems that carry a title's meaning: thesaurus applied, stop words dropped.
    static func meaning(_ title: String, _ thesaurus: Thesaurus) -> [String] {
        thesaurus.apply(TitleTokens.stems(TitleTokens.withoutReferences(TitleTokens.key(title)))).filter {
            !TitleTokens.stopWords.contains($0) && !$0.isEmpty
        }
    }

    /// Everything one row's title, unit, place and year say, before its form is assigned as a whole.
    package func evidence(_ q: RowQuery) -> RowEvidence {
        // Forms repeat the same rows: the evidence is a function of the query alone, remembered by its title's bytes.
        var e = evidenceMemo.value(EvidenceQuery(q)) { weighEvidence(q) }
        e.scope = q.scope
        return e
    }

    /// The title without a list of three or more items in parentheses; nil when it has none (or holds nothing else).
    static func withoutEnumeration(_ title: String) -> String? {
        guard title.contains("("), title.contains(",") else { return nil }
        let cut = title.replacingOccurrences(
            of: #"\s*\((?:[^(),]*,){2,}[^(),]*\)"#, with: "", options: .regularExpression)
        return cut == title || cut.trimmingCharacters(in: .whitespaces).isEmpty ? nil : cut
    }

    /// A `RowQuery` as a memo's key: the title by its bytes (`TextKey`), the rest as it is.
    /// The assignment of a form's rows (`FormAssignment.assign(queries:)`), remembered by the rows' queries: the
    /// key holds every row's title, year, level, direction, kind of value and wording, in order, so forms share
    /// an entry only when everything the assignment reads of their rows is the same.
    func shape(_ queries: [RowQuery], _ assign: () -> [Resolution]) -> [Resolution] {
        shapeMemo.value(queries.map(EvidenceQuery.init), assign)
    }

    private struct EvidenceQuery: Hashable {
        let title: TextKey
        let year: Int?
        let scope: ResolveScope
        let direction: Int?
        let value: ValueHint?
        let wording: TextKey?
        let isPart: Bool

        init(_ q: RowQuery) {
            isPart = q.isPart
            title = TextKey(q.title)
            wording = q.wording.map { TextKey($0) }
            year = q.year
            scope = q.scope
            direction = q.direction
            value = q.value
        }
    }

    private func weighEvidence(_ original: RowQuery) -> RowEvidence {
        // A list in parentheses of what the row holds («Наставники по приказу (тренеры-преподаватели, спортсмены,
        // внешние)») says what its whole is made of, not which criterion it is: «внешние» made it the external mentors.
        var q = original
        if let cut = CriterionResolver.withoutEnumeration(q.title) { q.title = cut }
        // A template's instruction inside the title («⏎(указывается по приказу …; наставляемые не учитываются)»): how
        // to fill the row, not what it is (`TemplateInstructions`).
        if let cut = catalogue.instructions.cut(q.title) { q.title = cut }
        let key = TitleTokens.key(q.title)
        // The wording's key for decisions and for the mapping file: the title's, or the row's own wording's.
        let wordingKey = q.wording.map(TitleTokens.key) ?? TitleTokens.key(original.title)
        guard !key.isEmpty else {
            return RowEvidence(key: wordingKey, fixed: nil, how: nil, ignored: false, candidates: [])
        }
        func allowed(_ i: Int) -> Bool {
            let c = catalogue.criteria[i]
            if q.scope == .organisation && (c.level == .municipal || c.aggregation == .forms) { return false }
            return true
        }
        switch decisions.decision(forKey: wordingKey) {
        case .ignore?: return RowEvidence(key: wordingKey, fixed: nil, how: nil, ignored: true, candidates: [])
        case .use(let id)?:
            if let c = catalogue.criterion(id), q.scope == .any || c.level == .org {
                return RowEvidence(
                    key: wordingKey, fixed: id, how: .decided, ignored: false, candidates: [Candidate(id: id, score: 1)]
                )
            }
        case nil: break
        }
        if let hits = exact[TextKey(key)]?.filter({ allowed($0.criterion) }), !hits.isEmpty {
            let ids = Set(hits.map(\.criterion))
            let pick = ids.count == 1 ? hits[0] : q.year.flatMap { y in hits.first { $0.year == y } }
            if let pick {
                let id = catalogue.criteria[pick.criterion].id
                return RowEvidence(
                    key: wordingKey, fixed: id, how: .exact, ignored: false, candidates: [Candidate(id: id, score: 1)])
            }
        }
        if let i = synonyms[TextKey(key)], allowed(i) {
            let id = catalogue.criteria[i].id
            return RowEvidence(
                key: wordingKey, fixed: id, how: .synonym, ignored: false, candidates: [Candidate(id: id, score: 1)])
        }
        let stems = meaning(of: q.title)
        let titleWords = Set(stems)
        // Equal to a wording once the thesaurus is applied, and not by dropping a qualifier that narrows it.
        if let ids = canonical[stems.joined(separator: " ")]?.filter(allowed), ids.count == 1,
            lackedQualifier(titleWords, criterion: ids[0]) == nil
        {
            let id = catalogue.criteria[ids[0]].id
            return RowEvidence(
                key: wordingKey, fixed: id, how: .thesaurus, ignored: false, candidates: [Candidate(id: id, score: 1)])
        }
        // Similarity, then the evidence of unit, place and year.
        let base = memo.value(TextKey(key)) { similarities(Set(stems)) }
        // (The answer's choices in the title, «(есть / нет)», tell what a number in the value means: 1 is «есть». A
        // value typed «да» says so itself, and a count's criterion may read it as 1.)
        let kind = WordingKind.of(normalisedTitle: key) ?? (q.value == .yesno ? nil : WordingKind.ofChoices(q.title))
        let counts = catalogue.countedNouns.kind(of: words(of: q.title))
        var scored: [Candidate] = []
        var outside: [Candidate] = []
        for m in base {
            let c = catalogue.criteria[m.criterion]
            // A criterion the tool adds up from others («… муниципалитета» = the organisations' sum) is never an
            // organisation's row, nor its rival: the organisation gives the part it is summed from.
            if q.scope == .organisation && c.aggregation == .sumOf { continue }
            var score = m.score * c.fit(wording: kind, value: q.value)
            if let d = q.direction, d != c.direction { score *= 0.9 }
            if let y = q.year, !c.exists(in: y) { score *= 0.97 }
            if let t = counts, let k = counted[m.criterion], t != k { score *= CriterionResolver.countedMismatch }
            if namesExcluded(titleWords, criterion: m.criterion) { score *= CriterionResolver.excludedMention }
            // A role the title gives its people that the criterion does not name: a part of them, weighed as a word
            // the criterion excludes.
            // (Not a part's row: «из них … в качестве наставляемых» under its whole is the part logic's. Nor a distant
            // rival, which no row takes alone and whose place elimination counts on.)
            if !q.isPart, score >= 0.5, unnamedRole(key, criterion: m.criterion) != nil {
                score *= CriterionResolver.excludedMention
            }
            score = (score * 1000).rounded() / 1000
            if allowed(m.criterion) {
                scored.append(Candidate(id: c.id, score: score, words: m.words))
            } else {
                outside.append(Candidate(id: c.id, score: score, words: m.words))
            }
        }
        scored.sort { ($0.score, $1.id) > ($1.score, $0.id) }
        CriterionResolver.putWholeFirst(&scored) { self.explains($0, title: titleWords) }
        var e = RowEvidence(key: wordingKey, fixed: nil, how: nil, ignored: false, candidates: Array(scored.prefix(5)))
        e.value = q.value
        e.others = scored.dropFirst(5).filter { $0.score >= EliminationEvidence.floor }
        e.stems = titleWords
        e.counts = counts
        let all = words(of: q.title)
        e.countedNoun = catalogue.countedNouns.noun(of: all)
        e.negated = Set(all.indices.dropFirst().filter { all[$0 - 1] == "не" }.map { all[$0] })
            .subtracting(CriterionResolver.unitWords).subtracting(TitleTokens.stopWords)
        let total = titleWords.reduce(0) { $0 + weight($1) }
        let explained = Set(base.flatMap { $0.words.keys })
        let unknownWords = titleWords.filter { !explained.contains($0) && idf[$0] == nil }
        let unknown = unknownWords.reduce(0) { $0 + weight($1) }
        let band = CriterionResolver.ageBand(key, known: { self.idf[$0] != nil })
        if let band, let catalogueTo = band.catalogueTo { e.nearBand = (band.from, band.to, catalogueTo) }
        if contested.contains(wordingKey) {
            e.uncertain =
                "в других формах эта формулировка не сопоставлена наверняка, а решение по формулировке одно для всех форм"
        } else if Set(rolePairs.named(in: key).flatMap { pairOwners[$0] ?? [] }).count >= 2 {
            // «ППН «педагог – педагог» и «руководитель – педагог» (вместе)»: two forms of mentoring in one figure.
            e.uncertain = "в названии две формы наставничества, а критерий — одна"
        } else if let best = scored.first, let i = catalogue.index(of: best.id),
            let q = lackedQualifier(titleWords, criterion: i)
        {
            let wider = q.wider.flatMap { catalogue.criterion($0) }.map {
                "; без него это «\($0.wording(for: catalogue.years.last ?? 0))»"
            }
            e.uncertain = "в формулировке критерия есть уточнение «\(q.text)», которого нет в названии" + (wider ?? "")
        } else if let best = scored.first, let i = catalogue.index(of: best.id),
            let clause = ownClause(key, criterion: i)
        {
            e.uncertain = "в названии есть уточнение «\(clause)», которого нет в формулировке критерия"
        } else if let best = scored.first,
            outside.contains(where: {
                $0.score >= best.score - acceptMargin && CriterionResolver.covers($0, best)
                    && !levelTwin(best, $0, title: titleWords)
            })
        {
            e.uncertain = "подходит и к критерию, который заполняет муниципалитет"
        } else if let band, band.catalogueTo == nil {
            // «Дети 5–9 лет» is another indicator than any of the catalogue's, however like the rest: no order or
            // neighbour makes it the catalogue's band.
            e.uncertain =
                "в названии возраст «\(band.from)–\(band.to) лет», которого нет ни в одной формулировке каталога"
        } else if total > 0 && unknown / total > 0.15 {
            e.uncertain =
                "в формулировке есть слова, которых нет в каталоге: " + unknownWords.sorted().joined(separator: ", ")
            e.unknownWordsOnly = true
        } else if !q.isPart, let best = scored.first,
            directionMemo.value(TextKey(key), { directionSimilarity(titleWords) }) >= titleScore(best, kind, q.value)
        {
            e.uncertain = "похоже на название направления, а не критерия"
        }
        if e.uncertain == nil, let list = CriterionResolver.organisationKinds(TitleTokens.key(original.title)) {
            e.uncertain = "в названии несколько видов организаций \(list), а критерий — один"
        }
        return e
    }

    /// An age band of the title whose bounds the catalogue's wordings do not all hold: `near` when it is one year
    /// off a band of the catalogue («10–18 лет» for «10–19»: how some regions word the same indicator, unless the same
    /// form gives the catalogue's band too, `NearBands`), else unknown («от 5 до 9 лет»); nil when the title has none.
    static func ageBand(
        _ normalisedTitle: String, known: (String) -> Bool
    ) -> (from: String, to: String, catalogueTo: String?)? {
        guard normalisedTitle.includes("лет") else { return nil }
        for m in normalisedTitle.matches(of: ageBandPattern) {
            let (from, to) = (String(m.output.1), String(m.output.2))
            guard !known(from) || !known(to) else { continue }
            if known(from), let upper = Int(to), known(String(upper + 1)) { return (from, to, String(upper + 1)) }
            return (from, to, nil)
        }
        return nil
    }

    nonisolated(unsafe) static let ageBandPattern = #/(?:от\s*)?(\d{1,2})\s*(?:-|–|—|до)\s*(\d{1,2})\s*лет/#

    /// A candidate's score as its title alone gives it, without what the row's value says: whether a title names a
    /// direction is the title's affair («Удовлетворённость наставляемых | Анкетирование не проводили» is no heading
    /// because its value is no number).
    func titleScore(_ c: Candidate, _ kind: WordingKind?, _ value: ValueHint?) -> Double {
        guard let value, let crit = catalogue.criterion(c.id) else { return c.score }
        let withValue = crit.fit(wording: kind, value: value), without = crit.fit(wording: kind, value: nil)
        return withValue > 0 ? c.score * without / withValue : c.score
    }

    /// How far behind the first candidate one that explains the title whole may stand and still go first
    /// (`putWholeFirst`).
    static let wholeReach = 0.05

    /// A candidate that explains every word of the title goes first when the few candidates a little ahead of it
    /// (`wholeReach`) each leave out a word of the title that tells criteria apart: they are closer only because
    /// their wordings are shorter. «Педагоги — наставники»: «Количество наставников ОО» (0.562) leaves out
    /// «педагоги», «Количество педагогов, участвующих в программах наставничества в роли наставника» (0.542) does
    /// not. Its similarity goes just above theirs, so the rest of the evidence weighs it first.
    static func putWholeFirst(_ scored: inout [Candidate], explains: (String) -> Bool) {
        guard scored.count >= 2, let top = scored.first, !explains(top.id) else { return }
        for (i, c) in scored.enumerated().dropFirst() {
            guard top.score - c.score <= wholeReach else { return }
            guard explains(c.id) else { continue }
            let ahead = scored[..<i]
            let missing = ahead.allSatisfy { a in
                c.words.contains { a.words[$0.key] == nil && $0.value >= contrastWeight }
            }
            guard missing else { return }
            scored.remove(at: i)
            scored.insert(Candidate(id: c.id, score: min(1, top.score + 0.001), words: c.words), at: 0)
            return
        }
    }

    /// Whether a criterion of another level is a rival of the row's best candidate: close, and explaining every word
    /// of the title that tells criteria apart which the best explains («Количество педагогов муниципалитета» is no
    /// rival of «… педагогов … в роли наставника» for «Педагоги — наставники»).
    /// Whether `best` (an organisation's criterion) is the municipality's `rival` at the organisation's level for this
    /// title: the title says nothing only the rival explains, and the two wordings differ by level words only
    /// (level_words.tsv) — «МО наставников» in a school's form is the school's association. «Приказ о ЦМН» is not the
    /// order on monitoring: those wordings differ by their subject too.
    func levelTwin(_ best: Candidate, _ rival: Candidate, title: Set<String>) -> Bool {
        guard let b = catalogue.index(of: best.id), let r = catalogue.index(of: rival.id) else { return false }
        let onlyRival = criterionStems[r].subtracting(criterionStems[b])
        if !title.isDisjoint(with: onlyRival)
            || rival.words.contains(where: {
                best.words[$0.key] == nil && $0.value >= CriterionResolver.contrastWeight
            })
        {
            return false
        }
        // (A word the rival holds in another form — «справок» and «справки» — is no difference.)
        func inflected(_ a: String, _ b: String) -> Bool {
            let common = zip(a, b).prefix { $0 == $1 }.count
            return common >= 5 && common >= min(a.count, b.count) - 1
        }
        return criterionStems[b].subtracting(criterionStems[r]).subtracting(CriterionResolver.unitWords)
            .subtracting(TitleTokens.stopWords)
            .filter { w in !criterionStems[r].contains { inflected(w, $0) } }
            .isSubset(of: catalogue.levelWords.stems)
    }

    static func covers(_ rival: Candidate, _ best: Candidate) -> Bool {
        best.words.allSatisfy { $0.value < contrastWeight || rival.words[$0.key] != nil }
    }

    /// The weighted similarity of a title's stems to the closest direction name.
    func directionSimilarity(_ title: Set<String>) -> Double {
        let tw = title.reduce(0) { $0 + weight($1) }
        return directionStems.map { d -> Double in
            let dw = d.stems.reduce(0) { $0 + weight($1) }
            func close(_ a: String, _ b: String) -> Bool {
                a == b || (a.count >= 5 && b.count >= 5 && (a.hasPrefix(b) || b.hasPrefix(a)))
            }
            let fromTitle = title.filter { w in d.stems.contains { close(w, $0) } }.reduce(0) { $0 + weight($1) }
            let fromName = d.stems.filter { w in title.contains { close(w, $0) } }.reduce(0) { $0 + weight($1) }
            return (fromTitle + fromName) / max(tw + dw, 1e-9)
        }.max() ?? 0
    }

    /// The direction a section row or a «Показатель» cell names, when it names one clearly (its words
    /// overlap one direction's name by two thirds, and no other's nearly as much).
    package func direction(of title: String) -> Int? {
        directionOfMemo.value(TextKey(title)) { directionNamed(by: title) }
    }

    private func directionNamed(by title: String) -> Int? {
        let t = Set(CriterionResolver.meaning(title, thesaurus))
        guard t.count >= 2 else { return nil }
        func close(_ a: String, _ b: String) -> Bool {
            a == b || (a.count >= 5 && b.count >= 5 && (a.hasPrefix(b) || b.hasPrefix(a)))
        }
        let scored = directionStems.map { d -> (Int, Double) in
            let shared = t.filter { w in d.stems.contains { close(w, $0) } }.count
            return (d.number, 2 * Double(shared) / Double(t.count + d.stems.count))
        }.sorted { $0.1 > $1.1 }
        guard let top = scored.first, top.1 >= 0.66 else { return nil }
        if scored.count > 1 && top.1 - scored[1].1 < 0.1 { return nil }
        return top.0
    }

    /// One criterion's similarity to a title and the title's words its closest wording explains.
    struct Match { let criterion: Int; let score: Double; let words: [String: Double] }

    /// Weighted similarity of a title's stems to every criterion (its best variant), criteria above 0.2.
    private func similarities(_ title: Set<String>) -> [Match] {
        guard !title.isEmpty else { return [] }
        // Near words (a typo, a stem the stripper cut differently): credit below a full match.
        var near: [String: [String: Double]] = [:]
        for t in title where idf[t] == nil && t.count >= 5 && t.allSatisfy(\.isLetter) {
            let credits = nearMemo.value(t) {
                let tc = Array(t)
                var credits: [String: Double] = [:]
                for v in vocabulary where v.count >= 4 && abs(v.count - t.count) <= 3 {
                    var credit = 0.0
                    if v.hasPrefix(t) || t.hasPrefix(v) { credit = 0.8 }
                    if TitleTokens.distance(tc, Array(v), limit: 1) <= 1 { credit = max(credit, 0.8) }
                    if credit > 0 { credits[v] = credit }
                }
                return credits
            }
            if !credits.isEmpty { near[t] = credits }
        }
        let titleWeight = title.reduce(0) { $0 + weight($1) }
        var best = [Match?](repeating: nil, count: catalogue.criteria.count)
        // A title that names a pair of roles compares with the wordings' pairs; one that names none, without them.
        let namesPair = title.contains(where: rolePairs.known.contains)
        for v in variants where v.pairing != (namesPair ? .withoutPairs : .withPairs) {
            var shared = 0.0
            var words: [String: Double] = [:]
            for t in title {
                if v.stems.contains(t) { shared += 2 * weight(t); words[t] = weight(t); continue }
                if let n = near[t] {
                    let credit = v.stems.reduce(0.0) { max($0, n[$1] ?? 0) }
                    if credit > 0 {
                        // The title's word and the catalogue's word both count, at the near credit.
                        let matched = v.stems.first { n[$0] == credit }!
                        shared += credit * (weight(t) + weight(matched))
                        words[t] = weight(matched)
                    }
                }
            }
            let s = shared / (titleWeight + v.weight)
            if s > (best[v.criterion]?.score ?? 0) {
                best[v.criterion] = Match(criterion: v.criterion, score: s, words: words)
            }
        }
        return best.compactMap { $0 }.filter { $0.score > 0.2 }
    }
}
