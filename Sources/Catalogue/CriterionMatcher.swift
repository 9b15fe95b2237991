/// How a title was matched to the catalogue.
public enum CriterionMatch: Equatable, Sendable {
    /// Equal to a criterion's wording after normalising.
    case exact(String)
    /// Equal to one of its synonyms after normalising.
    case synonym(String)
    /// Close to one criterion only (similarity 0…1); always reported to the user.
    case fuzzy(String, score: Double)
    /// Close to several criteria: the title must be fixed or added to the synonyms.
    case ambiguous([String])
    case none

    /// The matched criterion id, when the match is usable.
    public var id: String? {
        switch self {
        case .exact(let id), .synonym(let id), .fuzzy(let id, _): return id
        default: return nil
        }
    }
}

/// Matches row or column titles to criteria: exact (after `TitleNormaliser`), then synonyms, then a fuzzy
/// match on word stems only when it is unambiguous.
public struct CriterionMatcher: Sendable {
    /// Minimal similarity for a fuzzy match.
    public let threshold: Double
    /// Minimal lead of the best fuzzy candidate over the second one.
    public let margin: Double

    private var exact: [TextKey: [(id: String, year: Int)]] = [:]
    private var synonyms: [TextKey: String] = [:]
    private var stems: [(id: String, stems: Set<String>)] = []

    public init(catalogue: Catalogue, threshold: Double = 0.8, margin: Double = 0.08) {
        self.threshold = threshold
        self.margin = margin
        for c in catalogue.criteria {
            for (year, w) in c.wordings {
                exact[TextKey(TitleNormaliser.normalise(w)), default: []].append((c.id, year))
                stems.append((c.id, CriterionMatcher.stems(of: w)))
            }
            for s in c.synonyms {
                synonyms[TextKey(TitleNormaliser.normalise(s))] = c.id
                stems.append((c.id, CriterionMatcher.stems(of: s)))
            }
        }
    }

    static func stems(of title: String) -> Set<String> {
        Set(TitleNormaliser.normalise(title).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .filter { $0.count > 2 || $0.allSatisfy(\.isNumber) }
            .map { String($0.prefix(6)) })
    }

    /// Results by (title, year): forms repeat the same titles, and matching hashes long Russian texts.
    private let memo = Memo<MemoKey, CriterionMatch>(limit: 100_000)
    private struct MemoKey: Hashable { let title: TextKey; let year: Int? }

    /// Matches a title; `year` prefers that year's wording when two criteria share one.
    public func match(_ title: String, year: Int? = nil) -> CriterionMatch {
        memo.value(MemoKey(title: TextKey(title), year: year)) { compute(title, year: year) }
    }

    private func compute(_ title: String, year: Int?) -> CriterionMatch {
        let n = TitleNormaliser.normalise(title)
        guard !n.isEmpty else { return .none }
        if let hits = exact[TextKey(n)] {
            let ids = Set(hits.map(\.id))
            if ids.count == 1 { return .exact(hits[0].id) }
            if let year, let h = hits.first(where: { $0.year == year }) { return .exact(h.id) }
            return .ambiguous(ids.sorted())
        }
        if let id = synonyms[TextKey(n)] { return .synonym(id) }
        let s = CriterionMatcher.stems(of: title)
        guard s.count >= 2 else { return .none }
        var best: [String: Double] = [:]
        for (id, t) in stems {
            let inter = Double(s.intersection(t).count)
            let score = 2 * inter / Double(s.count + t.count)
            if score > best[id] ?? 0 { best[id] = score }
        }
        let ranked = best.sorted { $0.value > $1.value }
        guard let top = ranked.first, top.value >= threshold else { return .none }
        if ranked.count > 1, top.value - ranked[1].value < margin {
            return .ambiguous(ranked.prefix(while: { top.value - $0.value < margin }).map(\.key).sorted())
        }
        return .fuzzy(top.key, score: (top.value * 100).rounded() / 100)
    }
}
