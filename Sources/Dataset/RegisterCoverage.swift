import Catalogue

/// What the user's register says about the forms read for a year: the organisations it lists that sent no form
/// («Не представили форму») and those that sent one it does not list.
package struct RegisterCoverage: Encodable, Sendable {
    /// Organisations in the register.
    package var listed: Int
    /// Organisations of the register with a form (or a row of an export, or values) for the year.
    package var reported: Int
    /// Organisations of the register without one, in the register's order.
    package var notReported: [OrganisationRegistry.Entry]
    /// Organisations read for the year that the register does not list (their names as read), sorted.
    package var notInRegister: [String]

    /// nil when no register was given.
    package init?(registry: OrganisationRegistry, dataset: Dataset, reports: [FileReport], year: Int?) {
        guard let register = registry.register else { return nil }
        var keys = Set<String>()
        if let year {
            // A form counts even when it gave no value; an export's rows and data sheets count by their values.
            for r in reports where r.layout == .form && r.year == year {
                if let name = r.organisations.first { keys.insert(OrganisationKey.make(name)) }
            }
            let all = dataset.observations
            var ids = Set<Int32>()
            for i in all.indices where all.year(at: i) == year && all.organisationID(at: i) >= 0 {
                ids.insert(all.organisationID(at: i))
            }
            for id in ids { keys.insert(all.text(ofID: id)) }
        }
        listed = register.count
        notReported = register.filter { !keys.contains($0.key) }
        reported = listed - notReported.count
        notInRegister = keys.filter { registry.lists(key: $0) == false }.map { dataset.organisations[$0]?.name ?? $0 }
            .sorted()
    }

    /// «Не представили форму: 3 организации из 96 — А; Б; В.» with the first `limit` names, then `more`.
    package func line(limit: Int = 5, more: String = "") -> String {
        guard !notReported.isEmpty else {
            return
                "Не представили форму: нет, форму представили все \(listed) \(Plural.word(listed, "организация", "организации", "организаций")) реестра."
        }
        let n = notReported.count
        let names = notReported.prefix(limit).map(\.name).joined(separator: "; ")
        return
            "Не представили форму: \(n) \(Plural.word(n, "организация", "организации", "организаций")) из \(listed) — \(names)"
            + (n > limit ? "; … и ещё \(n - limit)\(more)" : "") + "."
    }
}
