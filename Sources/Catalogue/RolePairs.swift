import Foundation

/// A form of mentoring named by its pair of roles: «педагог – педагог», «учитель – ученик», «студент – ученик». As
/// a set of words «педагог – педагог» is only «педагог», which «педагог – ученик» holds too, and «студент – ученик»
/// holds every word of «ученик – ученик»: the pair as one word («педагог~педагог») tells them apart. The pairs are
/// the catalogue's own (two words around a spaced dash in its wordings), each word after the thesaurus, so a title's
/// «педагог – обучающийся» is the catalogue's «учитель – ученик».
struct RolePairs: Sendable {
    /// The catalogue's pairs as words («педагог~педагог»).
    let known: Set<String>
    let thesaurus: Thesaurus

    /// Two words around a dash. The normalised text spaces every dash («учитель-ученик» → «учитель - ученик»). A short
    /// word between the first and the dash is the first's qualifier: «руководитель оо - педагог» is «руководитель –
    /// педагог» (the pair «оо~педагог» is given too). In a chain of three words only the last two can be a pair: a
    /// column under its group is joined with a dash («Педагоги — Педагоги-наставники», «ПП — ученик-ученик»), and the
    /// group's word and the column's first word are no pair.
    private static let pair = try! NSRegularExpression(
        pattern: #"(?<!\p{L})(\p{L}+)(?: (\p{L}{1,3}))? - (\p{L}+)(?!\p{L}| - \p{L})"#)

    /// The pairs of the catalogue's wordings, as written with a spaced dash (a compound such as «детей-инвалидов» is
    /// no pair of roles).
    init(catalogue: Catalogue, thesaurus: Thesaurus) {
        self.thesaurus = thesaurus
        var known: Set<String> = []
        for c in catalogue.criteria {
            for w in Array(c.wordings.values) + c.synonyms + (c.formWording.map { [$0] } ?? []) {
                let spaced = TitleNormaliser.normalise(
                    w.replacingOccurrences(of: #"(\S)[-–—](\S)"#, with: "$1$2", options: .regularExpression))
                known.formUnion(RolePairs.words(in: spaced, thesaurus: thesaurus))
            }
        }
        self.known = known
    }

    /// Every pair of a normalised text as one word, the catalogue's or not.
    static func words(in normalised: String, thesaurus: Thesaurus) -> [String] {
        guard normalised.includes(" - ") else { return [] }
        let all = NSRange(normalised.startIndex..., in: normalised)
        func word(_ a: Range<String.Index>) -> String? {
            let w = thesaurus.apply([TitleTokens.stem(String(normalised[a]))])
            return w.count == 1 ? w[0] : nil
        }
        return pair.matches(in: normalised, range: all).flatMap { m -> [String] in
            guard let a = Range(m.range(at: 1), in: normalised), let b = Range(m.range(at: 3), in: normalised),
                let second = word(b)
            else { return [] }
            // With a short word between: that word's pair as well as the first's.
            let between = Range(m.range(at: 2), in: normalised).flatMap(word)
            return ([word(a)] + [between]).compactMap { $0.map { $0 + "~" + second } }
        }
    }

    /// The catalogue's pairs a normalised title names.
    func named(in normalised: String) -> [String] {
        RolePairs.words(in: normalised, thesaurus: thesaurus).filter(known.contains)
    }
}
