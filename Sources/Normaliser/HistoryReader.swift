import Catalogue
import Dataset
import XLSXReader

/// A history workbook: a criterion column and one column per year («2022», «2022 г.»), optionally
/// «Показатель» and «Динамика» columns. A «Динамика» column applies to the two year columns left of it
/// and overrides the computed category (that is how «Условно положительная» arrives).
struct HistoryReader: SheetLayout {
    let context: NormaliserContext
    let file: String

    struct Header {
        var row: Int
        var criterion: Int
        var years: [(column: Int, year: Int)]
        var dynamics: [(column: Int, from: Int, to: Int)]
    }

    static func recognise(_ sheet: SheetSource, context: NormaliserContext) throws -> LayoutPlan? {
        let table = try sheet.table()
        guard let h = findHeader(table, labels: context.labels) else { return nil }
        // Hidden year columns are no history: a form's author hides last year's figures beside this year's values.
        guard h.years.contains(where: { !table.hiddenColumns.contains($0.column) }) else { return nil }
        // Year columns under an organisation's name are that organisation's form (last year beside this year), not
        // the municipality's history.
        let form = FormLayoutReader(context: context, file: sheet.path, table: table)
        if let name = form.labels(above: h.row).organisation, !name.trimmed.isEmpty { return nil }
        // So are year columns of a workbook that names an organisation where a person sees it without a cell: the page
        // header, a note, a text box, the document's title, the sheet's or the file's name (`ownerByPlaces`).
        if form.ownerByPlaces(company: false) != nil { return nil }
        let reader = HistoryReader(context: context, file: sheet.path)
        let titles = table.rows.filter { $0.index > h.row }.compactMap { r in
            r.cells.first { $0.column == h.criterion }?.text
        }
        .filter { !$0.trimmed.isEmpty }
        let known = titles.filter { t in
            let e = context.resolver.evidence(RowQuery(title: t, year: nil, scope: .any))
            return e.fixed != nil || (e.candidates.first?.score ?? 0) >= context.resolver.suggestScore
        }.count
        guard known > 0 else { return nil }
        return LayoutPlan(layout: .history, score: 0.5 + 0.5 * Double(known) / Double(max(titles.count, 1))) {
            dataset, report in
            reader.read(table, header: h, into: &dataset, report: &report)
        }
    }

    static func findHeader(_ table: SheetTable, labels: HeaderLabels) -> Header? {
        for row in table.rows.prefix(20) where row.cells.contains(where: mayBeYear) {
            var criterion = -1
            var years: [(Int, Int)] = []
            var dynamics: [Int] = []
            for c in row.cells {
                // A header cell is a short label or a year; a criterion's wording or a value is neither (and
                // formatting every cell of every form's first rows as text cost a tenth of reading them).
                if case .number(let n) = c.value {
                    if n == n.rounded(), n >= 1900, n < 2100 { years.append((c.column, Int(n))) }
                    continue
                }
                guard case .text(let raw) = c.value, raw.utf8.count <= 160 else { continue }
                let t = TitleNormaliser.normalise(c.text)
                if labels.contains(.criterion, t), criterion < 0 {
                    criterion = c.column
                } else if let y = HeaderLabels.yearColumn(c.text) {
                    years.append((c.column, y))
                } else if labels.contains(.dynamics, t) || t.hasPrefix("динамика") {
                    dynamics.append(c.column)
                }
            }
            guard criterion >= 0, !years.isEmpty else { continue }
            let dyn: [(Int, Int, Int)] = dynamics.compactMap { col in
                let left = years.filter { $0.0 < col }.map(\.1)
                guard left.count >= 2 else { return nil }
                return (col, left[left.count - 2], left[left.count - 1])
            }
            return Header(row: row.index, criterion: criterion, years: years, dynamics: dyn)
        }
        return nil
    }

    /// Whether a cell may be a year column's title: a whole number of a year, or a text with four ASCII digits at least
    /// (a header needs one; `HeaderLabels.yearColumn` finds none in a text with fewer, whatever normalising removes).
    static func mayBeYear(_ cell: Cell) -> Bool {
        switch cell.value {
        case .number(let n): return n == n.rounded() && n >= 1900 && n < 2100
        case .text(let raw):
            return raw.utf8.count <= 160
                && raw.utf8.lazy.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count >= 4
        default: return false
        }
    }

    func read(_ table: SheetTable, header h: Header, into dataset: inout Dataset, report: inout FileReport) {
        report.layout = .history
        func ref(_ r: Int, _ c: Int) -> SourceRef {
            SourceRef(file: file, sheet: table.name, cell: CellRef(row: r, column: c).description)
        }
        // The rows are assigned together, each criterion once.
        let rows = table.rows.filter { $0.index > h.row }.compactMap { row -> (Row, String)? in
            guard let title = row.cells.first(where: { $0.column == h.criterion })?.text.trimmed, !title.isEmpty else {
                return nil
            }
            return (row, title)
        }
        let resolutions = FormAssignment.assign(
            rows.map {
                context.resolver.evidence(RowQuery(title: $0.1, year: h.years.last?.year, scope: .any))
            }, resolver: context.resolver)
        for ((row, title), resolution) in zip(rows, resolutions) {
            let raw = h.years.compactMap { y in row.cells.first { $0.column == y.column }?.text }.filter { !$0.isEmpty }
                .joined(separator: " | ")
            let outcome = RowOutcome.Row(
                title: title, at: ref(row.index, h.criterion), raw: raw, link: nil, organisation: nil,
                year: h.years.last?.year, layout: .history, hasContent: !raw.isEmpty)
            guard
                let (id, _) = RowOutcome.record(
                    resolution, outcome, context: context, dataset: &dataset, report: &report)
            else { continue }
            report.mapped += 1
            let unit = context.catalogue.criterion(id)!.unit
            for (col, year) in h.years {
                guard let cell = row.cells.first(where: { $0.column == col }) else { continue }
                let parsed = ValueParser.parse(
                    raw: cell.text, number: cell.storedNumber, isPercent: cell.isPercent,
                    unit: unit == .list ? .count : unit)
                let value: ObservedValue?
                switch parsed {
                case .number(let d): value = .number(d)
                case .note(let s): value = .note(s)
                case .text(let s): value = .note(s)
                case .list(let l): value = .text(l.joined(separator: "; "))
                case .empty: value = nil
                }
                if value == nil { continue }
                dataset.history.append(
                    HistoryValue(criterion: id, year: year, value: value, raw: cell.text, source: ref(row.index, col)))
                report.values += 1
            }
            for (col, from, to) in h.dynamics {
                guard let text = row.cells.first(where: { $0.column == col })?.text,
                    let category = DynamicsCategory(russian: text)
                else { continue }
                dataset.dynamics.append(
                    DynamicsOverride(
                        criterion: id, fromYear: from, toYear: to,
                        category: category.rawValue, source: ref(row.index, col)))
            }
        }
    }
}
