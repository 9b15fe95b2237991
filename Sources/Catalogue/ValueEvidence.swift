/// The values of a form as evidence against a similarity: a count is a whole number, a share or level lies
/// within 0–100 %, an organisation's yes/no answer is 1 or 0, and a part is never larger than its whole (mentees 10–19 ≤ pupils 10–19, as the catalogue's
/// ratios say; an «из них» / «в том числе» row ≤ the row it belongs to). A row used only by similarity whose
/// value breaks one of these is not used: it goes back to the user («проверьте»). Rows matched by wording,
/// synonym, thesaurus or decision keep their use: there a broken rule is the data's error, which the checks report.
enum ValueEvidence {
    /// The pairs (parts, wholes) of criterion indices that the catalogue's ratios give: the numerator's sum is
    /// at most the denominator's. A denominator that only adds one criterion up («… муниципалитета») stands for it.
    static func partsAndWholes(_ catalogue: Catalogue) -> [(parts: [String], wholes: [String])] {
        func expand(_ ids: [String]) -> [String] {
            ids.flatMap { id -> [String] in
                guard let c = catalogue.criterion(id), c.aggregation == .sumOf, c.numerator.count == 1 else {
                    return [id]
                }
                return c.numerator
            }
        }
        return catalogue.criteria.compactMap { c in
            guard c.aggregation == .ratio, !c.numerator.isEmpty, !c.denominator.isEmpty else { return nil }
            let parts = expand(c.numerator), wholes = expand(c.denominator)
            let counts = (parts + wholes).allSatisfy { catalogue.criterion($0)?.unit == .count }
            return counts ? (parts, wholes) : nil
        }
    }

    /// Title beginnings of a row that is a part of the row above it, as words.
    static let partPrefixes: [[String]] = [
        ["из", "них"], ["в", "том", "числе"], ["в", "т", "ч"], ["вт", "ч"], ["из", "низ"]
    ]

    /// Whether a wording's key begins as a part of the row above it does («из них …», «в т.ч. …», «- в том числе: …»),
    /// whatever the punctuation and marks of a list item around the words.
    static func isPart(key: String) -> Bool {
        // Every row of every form asks: most titles begin with another letter, and the prefixes are short.
        guard let first = key.unicodeScalars.first(where: { $0.properties.isAlphabetic }),
            "вВиИ".unicodeScalars.contains(first)
        else { return false }
        let words = TitleTokens.words(String(key.prefix(40)).lowercased())
        return partPrefixes.contains { p in words.count > p.count && Array(words.prefix(p.count)) == p }
    }

    static func check(_ rows: [RowEvidence], _ out: inout [Resolution], numbers: [Double?], resolver: CriterionResolver)
    {
        guard numbers.count == rows.count else { return }
        let catalogue = resolver.catalogue
        func bySimilarity(_ r: Int) -> Bool { if case .used(_, .similar, _) = out[r] { return true }; return false }
        var broken = Set<Int>()
        // The value's range against the criterion's unit.
        for r in out.indices where bySimilarity(r) {
            guard let n = numbers[r], let c = out[r].usedID.flatMap({ catalogue.criterion($0) }) else { continue }
            switch c.unit {
            // (An organisation's answer the municipality counts as «да» is a yes or a no, 1 or 0: a title that counts
            // people, «Численность лиц, … закреплённых распорядительным актом | 54», is no answer of it.)
            case .count where c.aggregation == .countYes && rows[r].scope == .organisation && rows[r].counts == .people:
                if n != 0 && n != 1 { broken.insert(r) }
            case .count: if n < 0 || n != n.rounded() { broken.insert(r) }
            case .share, .level: if n < 0 || n > 100 { broken.insert(r) }
            default: break
            }
        }
        // Parts and wholes of the catalogue.
        var rowOf: [String: Int] = [:]
        for r in out.indices { if let id = out[r].usedID { rowOf[id] = r } }
        for (parts, wholes) in resolver.partsAndWholes {
            let partRows = parts.compactMap { rowOf[$0] }, wholeRows = wholes.compactMap { rowOf[$0] }
            guard partRows.count == parts.count, wholeRows.count == wholes.count else { continue }
            let p = partRows.map { numbers[$0] }, w = wholeRows.map { numbers[$0] }
            guard p.allSatisfy({ $0 != nil }), w.allSatisfy({ $0 != nil }) else { continue }
            if p.reduce(0, { $0 + $1! }) > w.reduce(0, { $0 + $1! }) {
                broken.formUnion((partRows + wholeRows).filter(bySimilarity))
            }
        }
        // «из них» rows and the row above them.
        var whole: Int?
        for r in rows.indices {
            let isPart = isPart(key: rows[r].key)
            if !isPart { whole = r; continue }
            guard let w = whole, let n = numbers[r], let m = numbers[w], n > m,
                out[r].usedID != nil, out[w].usedID != nil
            else { continue }
            broken.formUnion([r, w].filter(bySimilarity))
        }
        for r in broken {
            guard case .used(let id, _, let score) = out[r] else { continue }
            out[r] = .doubtful([Candidate(id: id, score: score)] + rows[r].candidates.filter { $0.id != id })
        }
    }
}
