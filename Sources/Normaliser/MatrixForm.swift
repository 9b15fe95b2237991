import Catalogue
import Dataset
import XLSXReader

/// A matrix: the criteria in rows and one column per organisation, each headed by the organisation's name (a
/// methodologist's own table, a layout nobody described; issue 25). Without this, its columns looked like values
/// that no header tells apart, and the sheet's values waited for a choice of one column — which would have given
/// one school's values to nobody. Each column is read as that organisation's form.
extension FormLayoutReader {
    /// The columns whose header names an organisation (the register's, or one that looks like a name): two or more,
    /// and every column that may hold the values among them; nil otherwise.
    func organisationColumns(_ h: Columns) -> [(column: Int, name: String)]? {
        guard h.value < 0, h.valueCandidates.count >= 2 else { return nil }
        var out: [(column: Int, name: String)] = []
        for c in h.valueCandidates.sorted() {
            guard let name = table.displayed(CellRef(row: h.row, column: c))?.text.trimmed, !name.isEmpty,
                context.registry.lookup(name) != nil || context.organisationWords.looksLikeName(name)
            else { return nil }
            out.append((c, name))
        }
        return out
    }

    /// The plan that reads each organisation's column as its form, when the sheet is a matrix.
    func matrixPlan(_ columns: Columns) -> LayoutPlan? {
        guard let owners = organisationColumns(columns) else { return nil }
        var h = columns
        h.valueCandidates = []
        h.ignored.removeAll { ignored in owners.contains { $0.column == ignored.0 } }
        var forms: [(FormLayoutReader, Columns, [CriterionRow])] = []
        for (column, name) in owners {
            var reader = self
            reader.columnOwner = name
            var own = h
            own.value = column
            forms.append((reader, own, reader.criterionRows(own)))
        }
        let withValue = forms.flatMap { $0.2.filter(\.hasContent) }
        guard !withValue.isEmpty else { return nil }
        return LayoutPlan(layout: .form, score: 1) { dataset, report in
            for (reader, own, rows) in forms { reader.read(own, rows: rows, into: &dataset, report: &report) }
        }
    }
}
