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

    /// Two words around a dash. The normalised text spaces every dash («учитель-ученик» → «учитель - ученик»).
    private static let pair = try! NSRegularExpression(pattern: #"(\p{L}+) - (\p{L}+)"#)

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
        return pair.matches(in: normalised, range: all).compactMap { m in
            guard let a = Range(m.range(at: 1), in: normalised), let b = Range(m.range(at: 2), in: normalised) else {
                return nil
            }
            let first = thesaurus.apply([TitleTokens.stem(String(normalised[a]))])
            let second = thesaurus.apply([TitleTokens.stem(String(normalised[b]))])
            guard first.count == 1, second.count == 1 else { return nil }
            return first[0] + "~" + second[0]
        }
    }

    /// The catalogue's pairs a normalised title names.
    func named(in normalised: String) -> [String] {
        RolePairs.words(in: normalised, thesaurus: thesaurus).filter(known.contains)
    }
}
