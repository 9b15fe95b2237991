import Catalogue

/// What the register of a region says about the municipal workbooks rolled up: per municipality of the register
/// (or of the workbooks), how many of its organisations the register lists, how many of them have values for
/// the year in their municipality's workbook, and whether that workbook came at all. One row per municipality:
/// the regional workbook never lists schools.
package struct RegionalRegisterCoverage: Sendable {
    package struct Row: Sendable, Equatable {
        package var municipality: String
        /// Organisations of the register in the municipality.
        package var listed: Int
        /// Of them, those with values for the year in the municipality's workbook.
        package var reported: Int
        /// The municipality's workbook is among the inputs.
        package var hasWorkbook: Bool
        package var notReported: Int { listed - reported }
    }

    /// In the register's order of first appearance, then municipalities only the workbooks name.
    package var rows: [Row]
    /// Register entries that name no municipality (they cannot be placed).
    package var withoutMunicipality: Int

    /// `workbooks`: each municipality's name and the names of its organisations with values for the year (as the
    /// workbook names them; resolved through the register by `OrganisationKey` of the register's spelling).
    package init(
        register: [OrganisationRegistry.Entry], workbooks: [(municipality: String, organisations: [String])],
        resolve: (String) -> String
    ) {
        var order: [String] = [], listed: [String: [String]] = [:], display: [String: String] = [:]
        var without = 0
        for e in register {
            guard let m = e.municipality?.trimmed, !m.isEmpty else { without += 1; continue }
            let k = OrganisationKey.make(m)
            if listed[k] == nil { order.append(k); display[k] = m }
            listed[k, default: []].append(OrganisationKey.make(e.name))
        }
        var reportedKeys: [String: Set<String>] = [:]
        for w in workbooks {
            let k = OrganisationKey.make(w.municipality)
            if display[k] == nil { order.append(k); display[k] = w.municipality; listed[k] = [] }
            reportedKeys[k, default: []].formUnion(w.organisations.map { OrganisationKey.make(resolve($0)) })
        }
        rows = order.map { k in
            let keys = listed[k] ?? []
            return Row(
                municipality: display[k]!, listed: keys.count,
                reported: keys.filter { reportedKeys[k]?.contains($0) == true }.count,
                hasWorkbook: reportedKeys[k] != nil)
        }
        withoutMunicipality = without
    }

    /// Municipalities of the register whose workbook did not come.
    package var missingWorkbooks: [Row] { rows.filter { !$0.hasWorkbook && $0.listed > 0 } }

    /// «Не представили свод: 2 муниципалитета из 30 — А; Б. Организаций реестра без формы: 41 из 2 000.»
    package var line: String {
        let missing = missingWorkbooks, withRegister = rows.filter { $0.listed > 0 }.count
        let listed = rows.reduce(0) { $0 + $1.listed }, notReported = rows.reduce(0) { $0 + $1.notReported }
        let head =
            missing.isEmpty
            ? (withRegister == 1
                ? "Свод единственного муниципалитета реестра представлен"
                : "Свод представили все \(withRegister) \(Plural.word(withRegister, "муниципалитет", "муниципалитета", "муниципалитетов")) реестра")
            : "Не представили свод: \(missing.count) \(Plural.word(missing.count, "муниципалитет", "муниципалитета", "муниципалитетов")) из \(withRegister) — "
                + missing.prefix(5).map(\.municipality).joined(separator: "; ") + (missing.count > 5 ? "; …" : "")
        return head + ". Организаций реестра без формы: \(notReported) из \(listed) (лист «Не представили»)."
    }
}
