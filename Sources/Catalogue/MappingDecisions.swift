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
    }

    public var count: Int { byKey.count }
    public var isEmpty: Bool { byKey.isEmpty }
}
