/// The user's decisions about wordings (the mapping file's «Сопоставление» sheet, status «принято» or
/// «не учитывать»), keyed by `TitleTokens.key` of the wording: made once, applied to every form.
package struct MappingDecisions: Sendable {
    package enum Decision: Equatable, Sendable {
        /// Use the wording's values for this criterion.
        case use(String)
        /// The wording is not a criterion: its values are left out without a warning.
        case ignore
    }

    private var byKey: [String: Decision] = [:]
    /// The value column chosen for a form layout (the mapping file's «Столбцы значений» sheet): the key of the
    /// candidate columns' titles → the key of the chosen one.
    private var valueColumns: [String: String] = [:]

    /// A form's organisation as the user typed it (the mapping file's sheet «Формы»): for a file, by its name (and
    /// the folders written before it), and a sheet of it (empty: every sheet).
    package struct FormOwner: Equatable, Sendable {
        package var file: String
        package var sheet: String
        package var organisation: String
    }
    package private(set) var owners: [FormOwner] = []

    package init() {}

    /// Records a decision for a wording as written (it is keyed by its normalised form).
    package mutating func set(_ decision: Decision, forWording wording: String) {
        byKey[TitleTokens.key(wording)] = decision
    }

    /// The decision for a wording's key, if the user made one.
    package func decision(forKey key: String) -> Decision? { byKey[key] }

    /// Records the organisation of the form in `file` (as the mapping file names it), on `sheet` (empty: every sheet).
    package mutating func set(organisation: String, file: String, sheet: String) {
        let owner = FormOwner(file: file, sheet: sheet, organisation: organisation)
        owners.removeAll { $0.file == file && $0.sheet == sheet }
        owners.append(owner)
    }

    /// The organisation the user gave for the form on `sheet` of `path`: the rows naming this file's name, the one
    /// for this sheet before the one for every sheet; among rows of files of one name in several folders, the one
    /// whose path `path` ends with.
    package func organisation(file path: String, sheet: String) -> String? {
        guard !owners.isEmpty else { return nil }
        func base(_ p: String) -> Substring { p.split(separator: "/").last ?? Substring(p) }
        let name = base(path).lowercased()
        let same = owners.filter { base($0.file).lowercased() == name && ($0.sheet.isEmpty || $0.sheet == sheet) }
        guard !same.isEmpty else { return nil }
        let ranked = same.sorted { a, b in
            let ta = (path.hasSuffix(a.file) ? 0 : 1, a.sheet.isEmpty ? 1 : 0),
                tb = (path.hasSuffix(b.file) ? 0 : 1, b.sheet.isEmpty ? 1 : 0)
            return ta < tb
        }
        return ranked.first?.organisation
    }

    /// Takes the decisions of `other` (a later mapping file): where both decide a wording, a value column or a
    /// form, `other`'s stands.
    package mutating func merge(_ other: MappingDecisions) {
        byKey.merge(other.byKey) { _, later in later }
        valueColumns.merge(other.valueColumns) { _, later in later }
        for o in other.owners { set(organisation: o.organisation, file: o.file, sheet: o.sheet) }
    }

    /// The key of a set of value-column titles (a form layout's candidates), in their order.
    package static func columnsKey(_ titles: [String]) -> String {
        titles.map(TitleTokens.key).joined(separator: " | ")
    }

    /// Records which of the candidate columns `titles` holds the values.
    package mutating func setValueColumn(_ chosen: String, among titles: [String]) {
        valueColumns[MappingDecisions.columnsKey(titles)] = TitleTokens.key(chosen)
    }

    /// The index in `titles` of the column the user chose for this set of candidates, if any.
    package func valueColumn(among titles: [String]) -> Int? {
        guard let chosen = valueColumns[MappingDecisions.columnsKey(titles)] else { return nil }
        return titles.firstIndex { TitleTokens.key($0) == chosen }
    }

    package var count: Int { byKey.count + valueColumns.count + owners.count }
    package var isEmpty: Bool { byKey.isEmpty && valueColumns.isEmpty && owners.isEmpty }
}
