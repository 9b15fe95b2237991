import Catalogue
import Dataset
import Foundation

/// What every layout reader needs: the catalogue, its resolver, the header labels, the organisation
/// registry and defaults.
package struct NormaliserContext: Sendable {
    package let catalogue: Catalogue
    package private(set) var resolver: CriterionResolver
    package let labels: HeaderLabels
    /// The columns, forms of mentoring and counts of the bases of mentors and mentees (Templates/base_*.tsv).
    package let bases: BaseRules
    package private(set) var registry: OrganisationRegistry
    /// The year to assume when a form does not say (from `--year`).
    package var defaultYear: Int?
    /// Without `--year`: the year the run's other forms state most often, taken by a form that states none
    /// (set by `InputReader.read(_:into:)` after a first reading, and named in that form's issue as «проверьте»).
    package var runYear: Int?
    /// Whether an organisation's key carries its municipality where an input names it (a region-wide export
    /// read for `consolidate --by-municipality`): schools of one name in two municipalities stay two. Off for a
    /// municipality's own inputs, whose keys must match last year's «Данные».
    package var keysCarryMunicipality = false
    /// The words that make a text look like an organisation's name (Templates/organisation_words.tsv).
    package let organisationWords: OrganisationWords
    /// Files whose forms hold organisations' answers and are read as organisations' forms, never as the
    /// municipality's (set when several files claimed to be the municipal form: `InputReader.read(_:into:)`).
    package var notMunicipal: Set<String> = []
    /// Files whose name names none of their forms: a workbook of several forms that name no organisation (one file
    /// name cannot be the organisation of each).
    package var notNamedByFile: Set<String> = []
    /// The form an earlier sheet of the workbook being read gave: a later sheet that names neither an organisation nor
    /// a year continues it (a form over two sheets). Set by `InputReader` sheet by sheet.
    var continuedForm: ContinuedForm?
    /// Forms' layouts recognised once per shape (`FormShapes`): one cache per resolver and registry.
    var shapes = FormShapes()

    /// The fields a title sheet of the workbook being read gives: a sheet that holds no form but labels its
    /// organisation and year («Титул»: «Образовательная организация», «Отчётный период»). A later sheet's form that
    /// names neither takes them. Set by `InputReader` sheet by sheet.
    var titleSheet: TitleSheet?
    /// Whether the sheet being read has a list of documents its link cells may refer to by number («Прил. 3»,
    /// `DocumentList`): a column of such numbers is its link column, whatever its header says.
    var sheetHasDocumentList = false
    /// The workbook's own directory of organisations by code and ИНН (`OrganisationDirectory`), if a reference sheet
    /// holds one. Set by `InputReader` for each workbook.
    var directory: OrganisationDirectory?
    /// Where the workbook being read names its organisation outside the cells (`OwnerPlaces`). Set by `InputReader`
    /// for each workbook.
    var ownerPlaces = OwnerPlaces()

    struct TitleSheet: Sendable {
        var sheet: String
        /// The sheet's fields (its organisation is named by a label or the register).
        var block: HeaderBlock
    }

    struct ContinuedForm: Sendable {
        var sheet: String
        var organisation: String
        var year: Int
    }

    /// `bases` nil: read from the catalogue's folder (none when it has no such files).
    package init(
        catalogue: Catalogue, labels: HeaderLabels, registry: OrganisationRegistry = OrganisationRegistry(),
        decisions: MappingDecisions = MappingDecisions(), defaultYear: Int? = nil, bases: BaseRules? = nil,
        organisationWords: OrganisationWords? = nil
    ) {
        self.catalogue = catalogue
        self.organisationWords =
            organisationWords ?? (try? OrganisationWords.load(from: catalogue.directory)) ?? OrganisationWords()
        self.resolver = CriterionResolver(catalogue: catalogue, decisions: decisions)
        self.labels = labels
        self.bases = bases ?? (try? BaseRules.load(from: catalogue.directory, catalogue: catalogue)) ?? BaseRules()
        self.registry = registry
        self.defaultYear = defaultYear
    }

    /// Loads the catalogue, labels and registry from a Templates folder.
    package static func load(
        templates: URL, decisions: MappingDecisions = MappingDecisions(),
        defaultYear: Int? = nil
    ) throws -> NormaliserContext {
        let catalogue = try Catalogue.load(from: templates)
        _ = try YesNoAnswers.load(from: templates)  // its errors named at the start of a run (`YesNoAnswers.shared`)
        _ = try FormLayoutReader.MarkColumns.load(from: templates)  // the same for mark_columns.tsv (`MarkGrid`)
        return NormaliserContext(
            catalogue: catalogue, labels: try HeaderLabels.load(from: templates),
            registry: try OrganisationRegistry.load(from: templates), decisions: decisions,
            defaultYear: defaultYear, bases: try BaseRules.load(from: templates, catalogue: catalogue),
            organisationWords: try OrganisationWords.load(from: templates))
    }

    /// The same context with the user's mapping decisions.
    package func with(decisions: MappingDecisions) -> NormaliserContext {
        var c = NormaliserContext(
            catalogue: catalogue, labels: labels, registry: registry, decisions: decisions, defaultYear: defaultYear,
            bases: bases, organisationWords: organisationWords)
        c.keysCarryMunicipality = keysCarryMunicipality
        c.runYear = runYear
        c.notMunicipal = notMunicipal
        c.notNamedByFile = notNamedByFile
        return c
    }

    /// The same context with wordings the resolver must not use by similarity (`CriterionResolver.contested`) and
    /// wordings other forms of the run used (`CriterionResolver.agreed`).
    package func with(contested: Set<String>, agreed: [String: String] = [:]) -> NormaliserContext {
        var c = self
        c.resolver = resolver.with(contested: contested, agreed: agreed)
        c.shapes = FormShapes()
        return c
    }

    /// The same context with the user's register of organisations (`OrganisationRegisterFile`) added to the registry.
    package func with(register entries: [OrganisationRegistry.Entry]) -> NormaliserContext {
        var c = self
        c.registry = registry.adding(register: entries)
        c.shapes = FormShapes()
        return c
    }

    /// The organisation for a name as written: registry first (by ИНН when the input gives one, then by name),
    /// then the heuristics. A registry entry gives the canonical name, the type and the municipality.
    package func organisation(named raw: String, typeText: String?, inn: String? = nil) -> Organisation {
        // A paper form's blank line around the name («МБОУ СОШ № 5________») is in neither the key nor the name.
        var name = raw.contains("_") ? OrganisationName.clean(raw) : raw.trimmed
        // A label typed into the value too («Организация | ОУ: МУ ДО «ДДТ»»): the name is what follows it.
        if let colon = name.firstIndex(of: ":"),
            labels.contains(.organisation, TitleNormaliser.normalise(String(name[..<colon]))),
            !name[name.index(after: colon)...].trimmed.isEmpty
        {
            name = name[name.index(after: colon)...].trimmed
        }
        // A code of a list chosen from («0417 — МБОУ «Берёзовская СОШ»», a survey's drop-down): not the name.
        if let code = name.range(of: #"^\d{2,8}\s*[—–-]\s*"#, options: .regularExpression),
            organisationWords.looksLikeName(String(name[code.upperBound...]))
        {
            name = String(name[code.upperBound...])
        }
        let key = OrganisationKey.make(name)
        if let e = inn.flatMap(OrganisationRegisterFile.inn).flatMap(registry.lookup(inn:)) ?? registry.lookup(key: key)
        {
            return Organisation(key: e.key, name: e.name, type: e.type, municipality: e.municipality)
        }
        var type = typeText.map(OrganisationType.init(typeText:)) ?? .unknown
        if type == .unknown { type = OrganisationKey.guessType(name) }
        return Organisation(key: key, name: OrganisationName.clean(name), type: type)
    }

    /// The issue for an organisation of a form (or of a row of an export) that the user's register does not
    /// list; nil when it does or when no register was given.
    func notInRegister(_ organisation: Organisation, at source: SourceRef) -> FileIssue? {
        guard registry.lists(key: organisation.key) == false else { return nil }
        return FileIssue(
            .notInRegister, source,
            "организации «\(organisation.name)» нет в реестре организаций (--organisations): значения формы учтены; "
                + "проверьте наименование в форме или добавьте организацию в реестр")
    }
}
