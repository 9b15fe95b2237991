import Catalogue
import Dataset
import XLSXReader

/// Several organisations' forms one under another on one sheet (a layout nobody described, issue 25): each form
/// runs from its organisation's label («Образовательная организация | МБОУ …») down to the next form's label and is
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
        // Each part from a label down to the next label that opens a form of its own; the first part takes the title
        // rows above the first label too.
        var parts: [(from: Int, to: Int, plan: LayoutPlan)] = []
        var from = first
        for next in starts.dropFirst() {
            guard let plan = plan(part(table, from, next - 1), path: path, context: context) else { continue }
            parts.append((from, next - 1, plan))
            from = next
        }
        if let plan = plan(part(table, from, end), path: path, context: context) {
            parts.append((from, end, plan))
        } else if let last = parts.popLast(), let plan = plan(part(table, last.from, end), path: path, context: context) {
            // The rows under the last form (its signature) belong to it.
            parts.append((last.from, end, plan))
        }
        guard parts.count >= 2 else { return nil }
        let score = parts.map(\.plan.score).reduce(0, +) / Double(parts.count)
        return LayoutPlan(layout: .form, score: score) { dataset, report in
            for p in parts { try p.plan.read(&dataset, &report) }
        }
    }

    /// The rows whose first filled cells hold an organisation's label (alone or before its value, «…: МБОУ …»).
    static func organisationLabelRows(_ table: SheetTable, context: NormaliserContext) -> [Int] {
        var out: [Int] = []
        for row in table.rows {
            for cell in row.cells.prefix(3) where cell.storedNumber == nil {
                let text = cell.text.trimmed
                guard !text.isEmpty, text.count <= 80 else { continue }
                let label = HeaderBlock.split(text)?.label ?? text
                if context.labels.role(of: TitleNormaliser.normalise(label), among: [.organisation]) != nil {
                    out.append(row.index)
                    break
                }
            }
        }
        return out
    }

    /// The rows `from`…`to` of `table`, with the merged ranges, links and formulas that lie in them.
    static func part(_ table: SheetTable, _ from: Int, _ to: Int) -> SheetTable {
        func inside(_ r: CellRef) -> Bool { r.row >= from && r.row <= to }
        var t = SheetTable(
            name: table.name, rows: table.rows.filter { $0.index >= from && $0.index <= to },
            merged: table.merged.filter { inside($0.first) && inside($0.last) },
            hyperlinks: table.hyperlinks.filter { inside($0.key) }, hiddenColumns: table.hiddenColumns)
        t.uncomputedFormulas = table.uncomputedFormulas.filter(inside)
        return t
    }
}
