import Catalogue
import Dataset

/// How many organisations a municipal value was computed from, out of those that sent a form that year:
/// shown in the workbook when some organisations left the criterion empty («по 62 из 93 организаций»).
package struct Coverage: Equatable, Sendable {
    /// Organisations whose values were aggregated (`MunicipalValue.organisations`).
    package var organisations: Int
    /// Organisations that sent a form that year (`Aggregator.organisations(in:)`).
    package var forms: Int

    package init(organisations: Int, forms: Int) {
        self.organisations = organisations
        self.forms = forms
    }

    /// «по 62 из 93 организаций», «по 1 из 21 организации».
    package var russian: String { "по \(organisations) из \(forms) \(Coverage.organisationsGenitive(forms))" }

    /// «организации» or «организаций» after «из N»: the genitive singular after a number ending in 1 (but not
    /// 11), the genitive plural otherwise («из 21 организации», «из 11 организаций», «из 93 организаций»).
    package static func organisationsGenitive(_ n: Int) -> String {
        Plural.genitive(n, singular: "организации", plural: "организаций")
    }
}

extension Consolidation {
    /// The coverage of a municipal value of an organisation-level criterion computed from fewer organisations
    /// than sent a form in `year`; nil when it is complete, or is not computed from organisations' values
    /// (a municipal input, a history value, a note).
    package func coverage(_ id: String, _ year: Int) -> Coverage? {
        guard let c = catalogue.criterion(id), c.level == .org, let v = value(id, year), v.number != nil,
            v.origin == .computed, v.organisations > 0
        else { return nil }
        let forms = aggregator.organisations(in: year).count
        return v.organisations < forms ? Coverage(organisations: v.organisations, forms: forms) : nil
    }

    /// The workbook's note on the coverage of a criterion's values in `years`, one part per year with a partial
    /// value («2024 г.: по 62 из 93 организаций»); empty when every value is complete.
    package func coverageNote(_ id: String, years: [Int]) -> String {
        years.compactMap { y in coverage(id, y).map { "\(y) г.: \($0.russian)" } }.joined(separator: "; ")
    }
}
