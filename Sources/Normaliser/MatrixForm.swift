import Catalogue
import Dataset
import Foundation
import XLSXReader

/// A matrix: the criteria in rows and one column per organisation, each headed by the organisation's name (a
/// methodologist's own table, a layout nobody described; issue 25). Without this, its columns looked like values
/// that no header tells apart, and the sheet's values waited for a choice of one column — which would have given
/// one school's values to nobody. Each column is read as that organisation's form.
extension FormLayoutReader {
    /// The columns whose header names an organisation (the register's, or one that looks like a name): two or more,
    /// and every column that may hold the values among them; nil otherwise. A column of totals («Итого по МО»,
    /// «Всего») is none of them, and may have been taken for the value column: the organisations' columns read, the
    /// totals not. A name may stand under a group («Школы» | «ДОП») in the row below the header, and be merged over
    /// «значение | ссылка»: the second is its link column.
    func organisationColumns(_ h: Columns) -> [(column: Int, name: String, link: Int?)]? {
        func text(_ row: Int, _ c: Int) -> String { table.displayed(CellRef(row: row, column: c))?.text.trimmed ?? "" }
        func isName(_ t: String) -> Bool {
            !t.isEmpty && (context.registry.lookup(t) != nil || context.organisationWords.looksLikeName(t))
        }
        let labels = context.labels
        var candidates = Set(h.valueCandidates).union(h.ignored.map(\.0))
        if h.value >= 0 { candidates.insert(h.value) }
        // Every titled column right of the criteria: a name the header block took for the form's organisation, a
        // short name («Сосновская») no column was offered for.
        let last = table.rows.first { $0.index == h.row }?.cells.map(\.column).max() ?? 0
        for c in (h.criterion + 1)...max(h.criterion + 1, last)
        where !text(h.row, c).isEmpty || !text(h.row + 1, c).isEmpty {
            candidates.insert(c)
        }
        // A hidden column is no organisation's: a closed school's, hidden with last year's figures left in it.
        candidates = candidates.filter {
            $0 != h.criterion && $0 != h.direction && $0 != h.note && $0 != h.unit && $0 > h.criterion
                && !table.hiddenColumns.contains($0)
        }
        guard candidates.count >= 2 else { return nil }
        var out: [(column: Int, name: String, link: Int?)] = [], totals: Set<Int> = []
        var named = 0
        for c in candidates.sorted() {
            // (The header may be the row of «значение | ссылка» under the names, or the row of the names; whatever
            // stands over «Знач.» is the column's name — a short one, «Гимназия», «ЦВР «Радуга»», too.)
            let above = h.row > 0 ? text(h.row - 1, c) : ""
            let top =
                text(h.row, c).isEmpty || labels.contains(.value, TitleNormaliser.normalise(text(h.row, c)))
                    || isLinkLabel(text(h.row, c))
                ? (isName(above) || isLinkLabel(text(h.row, c))
                    || (!above.isEmpty && labels.contains(.value, TitleNormaliser.normalise(text(h.row, c))))
                    ? above : text(h.row, c)) : text(h.row, c)
            let below = isLinkLabel(text(h.row, c)) ? text(h.row, c) : text(h.row + 1, c)
            if labels.isTotal(top) || labels.isTotal(below) {
                // «Всего по ОО» over a school and its branch: the organisation's own total, no matrix of organisations.
                let t = TitleNormaliser.normalise(labels.isTotal(top) ? top : below)
                if t.hasSuffix(" оо") || t.contains("организац") || t.contains("учрежден") { return nil }
                totals.insert(c)
                continue
            }
            // The link half of a name merged over «значение | ссылка».
            if isLinkLabel(below) || isLinkLabel(top) {
                if let last = out.last, last.link == nil, last.column == c - 1 { out[out.count - 1].link = c }
                continue
            }
            if isName(top) || isName(below) {
                out.append((c, isName(top) ? top : below, nil))
                named += 1
                continue
            }
            // A short name without a type word («Сосновская», «Гимназия»): no label of a form's column, no criterion.
            let t = [top, below].first { !$0.isEmpty && !labels.contains(.value, TitleNormaliser.normalise($0)) } ?? ""
            let n = TitleNormaliser.normalise(t)
            if context.organisationWords.namesType(t) {
                out.append((c, t, nil))
                continue
            }
            guard !t.isEmpty, t.split(separator: " ").count <= 4, t.contains(where: \.isLetter),
                HeaderLabels.year(in: t) == nil, labels.role(of: n, among: HeaderLabels.Role.allCases) == nil,
                context.resolver.evidence(RowQuery(title: t, year: nil, scope: .any)).candidates.first.map({
                    $0.score < context.resolver.suggestScore
                }) ?? true
            else { return nil }
            out.append((c, t, nil))
        }
        // One name a column: a name merged over them all (the form's organisation above its value columns) is none.
        // A branch («филиал «Липовская ООШ»») beside its school is a part of one organisation's form.
        guard named >= 2, out.count >= 2, Set(out.map(\.name)).count == out.count,
            !out.contains(where: { $0.name.lowercased().contains("филиал") }),
            h.value < 0 || totals.contains(h.value) || out.contains(where: { $0.column == h.value })
        else { return nil }
        // Names typed twice, the official names in one row and short ones in the next («(кратко)»: «СОШ № 1»): the
        // official names, which other files and the register use too.
        for r in [h.row - 1, h.row, h.row + 1] where r >= 0 {
            let longer = out.map { o in text(r, o.column) }
            guard zip(out, longer).allSatisfy({ $1.count > $0.name.count && isName($1) }),
                Set(longer).count == longer.count
            else { continue }
            for i in out.indices { out[i].name = longer[i] }
        }
        // A name's link column the header did not list among the candidates (it holds addresses, not values).
        for i in out.indices where out[i].link == nil {
            let next = out[i].column + 1
            if isLinkLabel(text(h.row + 1, next)) || isLinkLabel(text(h.row, next)) { out[i].link = next }
        }
        return out
    }

    /// «ссылка», «Ссылка на документ» (labels.tsv, role `link`).
    func isLinkLabel(_ t: String) -> Bool { !t.isEmpty && WideLayoutReader.isLinkTitle(t, context.labels) }

    /// The plan that reads each organisation's column as its form, when the sheet is a matrix.
    func matrixPlan(_ columns: Columns) -> LayoutPlan? {
        guard let owners = organisationColumns(columns) else { return nil }
        var h = columns
        h.valueCandidates = []
        h.ignored.removeAll { ignored in owners.contains { $0.column == ignored.0 || $0.link == ignored.0 } }
        var forms: [(FormLayoutReader, Columns, [CriterionRow])] = []
        for (column, name, link) in owners {
            var reader = self
            reader.columnOwner = name
            var own = h
            own.value = column
            // Its own link column, else the sheet's — never another organisation's column of values (a turned
            // export's first answer had lent its «100%» as the link of every school's satisfaction).
            own.link = link ?? (owners.contains { $0.column == h.link } ? nil : h.link)
            forms.append((reader, own, reader.criterionRows(own)))
        }
        let withValue = forms.flatMap { $0.2.filter(\.hasContent) }
        guard !withValue.isEmpty else { return nil }
        // The columns of totals: named, not read (the workbook sums the organisations' own).
        let totals =
            (Set(columns.valueCandidates).union(columns.ignored.map(\.0)).union(
                columns.value >= 0 ? [columns.value] : []))
            .sorted().compactMap { c -> (Int, String)? in
                let t = [h.row, h.row + 1].map { table.displayed(CellRef(row: $0, column: c))?.text.trimmed ?? "" }
                    .first { context.labels.isTotal($0) }
                return t.map { (c, $0) }
            }
        let file = self.file, sheet = table.name, header = h.row
        return LayoutPlan(layout: .form, score: 1) { dataset, report in
            for (reader, own, rows) in forms { reader.read(own, rows: rows, into: &dataset, report: &report) }
            for (c, title) in totals {
                report.issues.append(
                    FileIssue(
                        .ignoredColumn,
                        SourceRef(file: file, sheet: sheet, cell: CellRef(row: header, column: c).description),
                        "столбец «\(title)» — итоги, не организация: не учтён (свод считает итоги сам)"))
            }
        }
    }
}
