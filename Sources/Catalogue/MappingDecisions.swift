/// The user's decisions about wordings (the mapping file's «Сопоставление» sheet, status «принято» or
/// «не учитывать»), keyed by `TitleTokens.key` of the wording: made once, applied to every form.
public struct MappingDecisions: Sendable {
    public enum Decision: Equatable, Sendable {
        /// Use the wording's values for this criterion.
        case use(String)
        /// The wording is not a criterion: its values are left out without a warning.
        case ignore
    }

    private var byKey: [String: Decision] = [:]
    /// The value column chosen for a form layout (the mapping file's «Столбцы значений» sheet): the key of the
    /// candidate columns' titles → the key of the chosen one.
    private var valueColumns: [String: String] = [:]

    public init() {}

    /// Records a decision for a wording as written (it is keyed by its normalised form).
    public mutating func set(_ decision: Decision, forWording wording: String) {
        byKey[TitleTokens.key(wording)] = decision
    }

    /// The decision for a wording's key, if the user made one.
    public func decision(forKey key: String) -> Decision? { byKey[key] }

    /// Takes the decisions of `other` (a later mapping file): where both decide a wording, `other`'s stands.
    public mutating func merge(_ other: MappingDecisions) {
        byKey.merge(other.byKey) { _, later in later }
        valueColumns.merge(other.valueColumns) { _, later in later }
    }

    /// The key of a set of value-column titles (a form layout's candidates), in their order.
    public static func columnsKey(_ titles: [String]) -> String { titles.map(TitleTokens.key).joined(separator: " | ") }

    /// Records which of the candidate columns `titles` holds the values.
    public mutating func setValueColumn(_ chosen: String, among titles: [String]) {
        valueColumns[MappingDecisions.columnsKey(titles)] = TitleTokens.key(chosen)
    }

    /// The index in `titles` of the column the user chose for this set of candidates, if any.
    public func valueColumn(among titles: [String]) -> Int? {
        guard let chosen = valueColumns[MappingDecisions.columnsKey(titles)] else { return nil }
        return titles.firstIndex { TitleTokens.key($0) == chosen }
    }

    public var count: Int { byKey.count + valueColumns.count }
    public var isEmpty: Bool { byKey.isEmpty && valueColumns.isEmpty }
}
