import Catalogue
import Foundation

/// What every layout reader needs: the catalogue, its resolver, the header labels, the organisation
/// registry and defaults.
public struct NormaliserContext: Sendable {
    public let catalogue: Catalogue
    public let resolver: CriterionResolver
    public let labels: HeaderLabels
    public let registry: OrganisationRegistry
    /// The year to assume when a form does not say (from `--year`).
    public var defaultYear: Int?
    /// Whether an organisation's key carries its municipality where an input names it (a region-wide export
    /// read for `consolidate --by-municipality`): schools of one name in two municipalities stay two. Off for a
    /// municipality's own inputs, whose keys must match last year's «Данные».
    public var keysCarryMunicipality = false

    public init(catalogue: Catalogue, labels: HeaderLabels, registry: OrganisationRegistry = OrganisationRegistry(),
                decisions: MappingDecisions = MappingDecisions(), defaultYear: Int? = nil) {
        self.catalogue = catalogue
        self.resolver = CriterionResolver(catalogue: catalogue, decisions: decisions)
        self.labels = labels
        self.registry = registry
        self.defaultYear = defaultYear
    }

    /// Loads the catalogue, labels and registry from a Templates folder.
    public static func load(templates: URL, decisions: MappingDecisions = MappingDecisions(),
                            defaultYear: Int? = nil) throws -> NormaliserContext {
        NormaliserContext(catalogue: try Catalogue.load(from: templates), labels: try HeaderLabels.load(from: templates),
                          registry: try OrganisationRegistry.load(from: templates), decisions: decisions,
                          defaultYear: defaultYear)
    }

    /// The same context with the user's mapping decisions.
    public func with(decisions: MappingDecisions) -> NormaliserContext {
        NormaliserContext(catalogue: catalogue, labels: labels, registry: registry, decisions: decisions, defaultYear: defaultYear)
    }

    /// The organisation for a name as written: registry first, then the heuristics.
    func organisation(named raw: String, typeText: String?) -> Organisation {
        let name = raw.trimmed
        let key = OrganisationKey.make(name)
        if let e = registry.lookup(key: key) {
            return Organisation(key: OrganisationKey.make(e.name), name: e.name, type: e.type)
        }
        var type = typeText.map(OrganisationType.init(typeText:)) ?? .unknown
        if type == .unknown { type = OrganisationKey.guessType(name) }
        return Organisation(key: key, name: OrganisationName.clean(name), type: type)
    }
}
