import Catalogue
import Foundation
import Normaliser
import Report

/// Everything a run takes from Templates/, loaded once (every file through `TSVFile`) and passed down: the
/// normaliser's context (catalogue, header labels, register words, rules of the bases) and the workbook's tables.
/// A run's decisions (mapping files) and register are added to it, never read again from the folder.
package struct Templates: Sendable {
    /// The folder it was loaded from.
    package let folder: URL
    package var context: NormaliserContext
    /// The tables of the consolidated workbook (Templates/tables.tsv).
    package let tables: [TableSpec]
    /// The decisions the context reads with (`with(decisions:)`).
    package private(set) var decisions = MappingDecisions()

    package var catalogue: Catalogue { context.catalogue }

    /// Loads `folder` (by default the Templates found beside the program); `year` is the year of forms that give
    /// none (`--year`).
    package init(folder: URL? = nil, year: Int? = nil) throws {
        let folder = try folder ?? Catalogue.locateTemplates()
        self.folder = folder
        context = try NormaliserContext.load(templates: folder, defaultYear: year)
        tables = try TableSpec.load(from: folder, catalogue: context.catalogue)
    }

    /// The same templates with the decisions about wordings and forms (mapping files, the page's choices).
    package func with(decisions: MappingDecisions) -> Templates {
        var t = self
        t.decisions = decisions
        t.context = context.with(decisions: decisions)
        return t
    }

    /// The same templates with the register of organisations (names, types, municipalities).
    package func with(register: [OrganisationRegistry.Entry]) -> Templates {
        var t = self
        t.context = context.with(register: register)
        return t
    }
}
