import Catalogue
import Dataset
import Foundation
import Normaliser
import Report

/// Everything a run takes from Templates/, loaded once (every file through `TSVFile`) and passed down: the
/// normaliser's context (catalogue, header labels, register words, rules of the bases) and the workbook's tables.
/// A run's decisions (mapping files) and register are added to it, never read again from the folder.
package struct Templates: Sendable {
    /// The folder it was loaded from.
    package let folder: URL
    /// The tables of the consolidated workbook (Templates/tables.tsv).
    package let tables: [TableSpec]
    /// The context as loaded, before the run's decisions and register.
    private let loaded: NormaliserContext
    /// The context the run reads with.
    package private(set) var context: NormaliserContext
    /// The decisions about wordings and forms (mapping files, the page's choices).
    package private(set) var decisions = MappingDecisions()
    /// The register of organisations (names, types, municipalities).
    package private(set) var register: [OrganisationRegistry.Entry] = []
    /// A region: one school name in two municipalities is two schools.
    package var keysCarryMunicipality = false {
        didSet { context.keysCarryMunicipality = keysCarryMunicipality }
    }

    package var catalogue: Catalogue { context.catalogue }

    /// Loads `folder` (by default the Templates found beside the program); `year` is the year of forms that give
    /// none (`--year`).
    package init(folder: URL? = nil, year: Int? = nil) throws {
        let folder = try folder ?? Catalogue.locateTemplates()
        self.folder = folder
        loaded = try NormaliserContext.load(templates: folder, defaultYear: year)
        context = loaded
        tables = try TableSpec.load(from: folder, catalogue: loaded.catalogue)
    }

    /// The same templates with `decisions` instead of the earlier ones.
    package func with(decisions: MappingDecisions) -> Templates {
        var t = self
        t.decisions = decisions
        t.rebuild()
        return t
    }

    /// The same templates with `entries` added to the register.
    package func with(register entries: [OrganisationRegistry.Entry]) -> Templates {
        var t = self
        t.register += entries
        t.rebuild()
        return t
    }

    private mutating func rebuild() {
        var c = loaded.with(decisions: decisions)
        if !register.isEmpty { c = c.with(register: register) }
        c.keysCarryMunicipality = keysCarryMunicipality
        context = c
    }
}
