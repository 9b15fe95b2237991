import Catalogue
import Dataset
import XLSXReader

/// A criterion's plan, fact, target and last year as rows under its title (a layout nobody described, issue 25,
/// heldout98): «Положение о … | » then «   план | 1», «   факт | 1», «   % выполнения | 100 %»; «целевой показатель
/// (Р-145) | не менее 70 %», «достигнуто | 21,11»; «2024 г. | да», «2023 г. | да»; or the title merged down over
/// «план / факт / откл.» in the next column. Read as rows, the fact was «не найден в каталоге» and the plan and the
/// row's number in the numbering column were taken for values. Now the row of the reporting year's fact gives its
/// title's value (its link too, where the title has none), and the other rows are named and not read. The words are
/// those of a value column's header (Templates/value_columns.tsv): «факт», «достигнуто», the reporting year or its
/// year-end date against «план», «целевой», «отклонение», «% выполнения», another year.
extension FormLayoutReader {
    /// What a row's label says of its value: the reporting year's fact, or something else (with its label).
    enum RowKind: Equatable {
        case fact
        case other(String)
    }

    /// The row's kind label: its title when the title is one (`fromTitle`), else its text in a column of such labels
    /// between the criterion's and the value's columns («план», «факт», «откл.»; `kindColumns`). A label is a value
    /// column's header word (not «всего», «итого», which are a whole's) or the reporting year, and no criterion's
    /// wording.
    func rowKind(_ row: Row, title: String, _ h: Columns, year: Int?, columns: [Int]) -> (
        kind: RowKind, fromTitle: Bool
    )? {
        if !title.isEmpty, let kind = rowKindLabel(title, year: year) { return (kind, true) }
        for cell in row.cells where columns.contains(cell.column) {
            if let kind = rowKindLabel(cell.text, year: year) { return (kind, false) }
        }
        return nil
    }

    /// The columns between the criterion's and the value's that hold kind labels: two at least, and four of five of
    /// their texts. (Not any text there: in a table of organisations by columns, an answer «высокий (4,7 балла)» of
    /// another organisation is no label of this row.)
    func kindColumns(_ h: Columns, year: Int?) -> [Int] {
        guard h.value > h.criterion + 1 else { return [] }
        let taken = Set([h.link, h.note, h.unit, h.direction].compactMap { $0 })
        return (h.criterion + 1..<h.value).filter { c in
            guard !taken.contains(c) else { return false }
            let texts = table.rows.filter { $0.index > h.row }.compactMap { r in
                r.cells.first { $0.column == c }?.text.trimmed
            }.filter { !$0.isEmpty }
            let labels = texts.filter { rowKindLabel($0, year: year) != nil }.count
            return labels >= 2 && labels * 5 >= texts.count * 4
        }
    }

    /// A row's link as its link column gives it (its hyperlink, or the address typed), before the row is read.
    func plainLink(_ row: Row, _ h: Columns) -> String? {
        guard let lc = h.link else { return nil }
        let ref = CellRef(row: row.index, column: lc)
        if let url = table.hyperlinks[ref]?.url { return url }
        let text = table.cell(ref)?.text.trimmed ?? ""
        return Self.isAddressStart(text) ? text : nil
    }

    /// The kind a short label says, if it is one (remembered per text by the resolver's memo of evidence).
    func rowKindLabel(_ text: String, year: Int?) -> RowKind? {
        let t = text.trimmed
        guard !t.isEmpty, t.count <= 40 else { return nil }
        let n = TitleNormaliser.normalise(t)
        if n.hasPrefix("всего") || n.hasPrefix("итого") || context.labels.isPart(t) { return nil }
        let kind = context.labels.valueColumnKind(t, reportingYear: year)
        guard kind != .unknown else { return nil }
        let e = context.resolver.evidence(RowQuery(title: t, year: nil, scope: .any))
        guard e.fixed == nil, (e.candidates.first?.score ?? 0) < context.resolver.suggestScore else { return nil }
        return kind == .fact ? .fact : .other(t)
    }
}
