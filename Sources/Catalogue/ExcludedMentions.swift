import Foundation

/// What a criterion's wording excludes: «Общее количество педагогов (за исключением молодых специалистов)» counts
/// teachers who are not young specialists, so a title that names young specialists and excludes nothing («Численность
/// молодых специалистов в качестве наставляемых») cannot mean it, however many other words the two share. The
/// exclusion is the catalogue's «за исключением …» clause (Templates/qualifiers.tsv); «кроме», «без учёта» are the same
/// by the thesaurus.
extension CriterionResolver {
    /// The factor of a criterion's similarity when the title names what the criterion excludes.
    static let excludedMention = 0.6

    /// The stems «за исключением» leaves to a meaning (after the thesaurus and the stop words).
    static func exclusionMarker(_ thesaurus: Thesaurus) -> Set<String> {
        Set(meaning("за исключением", thesaurus))
    }

    /// For every criterion (by index), the meanings its wordings exclude (each a set of stems, the marker left out).
    static func exclusions(catalogue: Catalogue, thesaurus: Thesaurus) -> [[Set<String>]] {
        let marker = exclusionMarker(thesaurus)
        guard !marker.isEmpty else { return Array(repeating: [], count: catalogue.criteria.count) }
        return catalogue.criteria.map { c in
            var out: [Set<String>] = []
            for wording in Set(Array(c.wordings.values) + (c.formWording.map { [$0] } ?? [])) where !wording.isEmpty {
                for (segment, _) in catalogue.qualifiers.segments(in: TitleTokens.key(wording)) {
                    let stems = meaning(segment, thesaurus)
                    // A clause that begins with the exclusion: «за исключением молодых специалистов».
                    guard stems.count > marker.count, Set(stems.prefix(marker.count)) == marker else { continue }
                    let excluded = Set(stems.dropFirst(marker.count)).subtracting(unitWords)
                    if !excluded.isEmpty && !out.contains(excluded) { out.append(excluded) }
                }
            }
            return out
        }
    }

    /// Whether a title (its meaning stems) names what criterion `i` excludes without excluding anything itself.
    func namesExcluded(_ title: Set<String>, criterion i: Int) -> Bool {
        !exclusions[i].isEmpty && !exclusionMarker.isSubset(of: title)
            && exclusions[i].contains { $0.isSubset(of: title) }
    }
}
