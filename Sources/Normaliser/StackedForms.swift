import Catalogue
import Dataset
import XLSXReader

/// Several organisations' forms one under another on one sheet (a layout nobody described, issue 25): each form
/// runs from the row that names its organisation (its label «Образовательная организация | МБОУ …», a title line
/// with the name alone, or a header naming it over the values) down to the next form's and is
/// read as a form of its own, with its own block above its table — so no value of one organisation's form is taken
/// for another's, and a criterion answered in each form is not «уже заполнен другой строкой». A label that opens no
/// table of criteria of its own (a second line of the name block, a signature under the form) does not split the
/// sheet.
extension FormLayoutReader {
    /// The plan that reads each stacked form, when the sheet holds two or more; nil for a sheet of one form.
    static func stackedPlan(_ table: SheetTable, path: String, context: NormaliserContext) throws -> LayoutPlan? {
        let starts = organisationLabelRows(table, context: context)
        guard starts.count >= 2, let first = table.rows.first?.index, let end = table.rows.last?.index else {
            return nil
        }
        // Each part from a label down to the next label that opens a form of its own; the rows above the first label
        // (a title with the year, «Год | 2024») are every part's.
        func part(_ from: Int, _ to: Int) -> SheetTable { Self.part(table, from, to, preamble: starts[0]) }
        var parts: [(from: Int, to: Int, plan: LayoutPlan)] = []
        var from = first
        for next in starts.dropFirst() {
            guard let plan = plan(part(from, next - 1), path: path, context: context) else { continue }
            parts.append((from, next - 1, plan))
            from = next
        }
        if let plan = plan(part(from, end), path: path, context: context) {
            parts.append((from, end, plan))
        } else if let last = parts.popLast(), let plan = plan(part(last.from, end), path: path, context: context) {
            // The rows under the last form (its signature) belong to it.
            parts.append((last.from, end, plan))
        }
        guard parts.count >= 2 else { return nil }
        let score = parts.map(\.plan.score).reduce(0, +) / Double(parts.count)
        return LayoutPlan(layout: .form, score: score) { dataset, report in
            for p in parts { try p.plan.read(&dataset, &report) }
        }
    }

    /// The rows that may open an organisation's form: a row whose first filled cells hold an organisation's label
    /// (alone or before its value, «…: МБОУ …»), a line that holds only a name (a title over each school's table), or
    /// a header row that names an organisation over its values («Критерий | МБОУ … | Ссылка»).
    static func organisationLabelRows(_ table: SheetTable, context: NormaliserContext) -> [Int] {
        func isName(_ text: String) -> Bool {
            guard context.registry.lookup(text) != nil || context.organisationWords.looksLikeName(text) else {
                return false
            }
            // A criterion's wording that names organisations («Количество образовательных организаций, …») is none.
            let e = context.resolver.evidence(RowQuery(title: text, year: nil, scope: .any))
            return e.fixed == nil && (e.candidates.first?.score ?? 0) < context.resolver.suggestScore
        }
        // Each row's first cells as far as its third filled one, with what is asked of their texts (once a cell).
        let labels = context.labels
        let seen: [[(index: Int, text: HeaderLabels.StackCell?)]] = table.rows.map { row in
            var out: [(index: Int, text: HeaderLabels.StackCell?)] = []
            var filled = 0
            for (i, cell) in row.cells.enumerated() {
                if i >= 4 && filled >= 4 { break }
                let c = cell.storedNumber == nil ? labels.stackCell(cell.text) : nil
                out.append((i, c))
                if let c, !c.blank { filled += 1 }
            }
            return out
        }
        // The rows of a table's header («Критерий | Значение | Ссылка», «№ | Показатель | Значение»): a name line opens a
        // form only right above one.
        let headers = Set(
            zip(table.rows, seen).filter { _, cells in
                cells.prefix(3).contains { $0.text?.criterionLabel == true }
                    || (cells.prefix(4).contains { $0.text?.valueLabel == true }
                        && cells.filter { $0.text.map { !$0.blank } ?? false }.count >= 2)
            }.map(\.0.index))
        var out: [Int] = []
        for (k, row) in table.rows.enumerated() {
            let filled = seen[k].filter { $0.text.map { !$0.blank } ?? false }.prefix(3)
            let kept = filled.filter { $0.text!.short }
            guard !kept.isEmpty else { continue }
            let texts = kept.map { row.cells[$0.index].text.trimmed }
            var labelled = kept.contains { $0.text!.organisationLabel }
            // A label alone on its row («Организация»), without a colon, opens a form only above a name (label over
            // value); else it is a section of the form («Ученики», «Учителя», «Организация», «Документы»).
            if labelled, filled.count == 1, !texts[0].hasSuffix(":") {
                let below = table.rows.dropFirst(k + 1).first?.cells.first { !$0.text.trimmed.isEmpty }?.text.trimmed
                labelled = below.map(isName) ?? false
            }
            // A label before other cells opens a form when the cell after it is a name («Организация | МБОУ …»); a column
            // of sections beside the criteria («1 | Организация | Куратор(ы) ЦМН | 1») holds the label on many rows.
            if labelled, filled.count > 1,
                let at = filled.firstIndex(where: { $0.text!.organisationLabel }), at + 1 < filled.endIndex
            {
                labelled = isName(row.cells[filled[at + 1].index].text.trimmed)
            }
            // A line that holds only a name, right above a header (not a list of partners in a value cell).
            let nameLine =
                row.cells.count == 1 && filled.count == 1
                && table.rows.dropFirst(k + 1).prefix(2).contains { headers.contains($0.index) } && isName(texts[0])
            let namedHeader = headers.contains(row.index) && texts.contains(where: isName)
            if labelled || nameLine || namedHeader { out.append(row.index) }
        }
        return out
    }

    /// The rows `from`…`to` of `table` and those above `preamble`, with the merged ranges, links and formulas that lie
    /// in them.
    static func part(_ table: SheetTable, _ from: Int, _ to: Int, preamble: Int) -> SheetTable {
        func inside(_ r: CellRef) -> Bool { (r.row >= from && r.row <= to) || r.row < preamble }
        var t = SheetTable(
            name: table.name, rows: table.rows.filter { inside(CellRef(row: $0.index, column: 0)) },
            merged: table.merged.filter { inside($0.first) && inside($0.last) },
            hyperlinks: table.hyperlinks.filter { inside($0.key) }, hiddenColumns: table.hiddenColumns)
        t.uncomputedFormulas = table.uncomputedFormulas.filter(inside)
        return t
    }
}
