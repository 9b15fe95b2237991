import Catalogue
import XLSXReader

/// A history workbook: a criterion column and one column per year («2022», «2022 г.»), optionally
/// «Показатель» and «Динамика» columns. A «Динамика» column applies to the two year columns left of it
/// and overrides the computed category (that is how «Условно положительная» arrives).
struct HistoryReader {
    let context: NormaliserContext
    let file: String

    struct Header {
        var row: Int
        var criterion: Int
        var years: [(column: Int, year: Int)]
        var dynamics: [(column: Int, from: Int, to: Int)]
    }

    static func findHeader(_ table: SheetTable) -> Header? {
        for row in table.rows.prefix(20) {
            var criterion = -1
            var years: [(Int, Int)] = []
            var dynamics: [Int] = []
            for c in row.cells {
                let t = TitleNormaliser.normalise(c.text)
                if HeaderLabels.criterion.contains(t), criterion < 0 { criterion = c.column }
                else if let y = HeaderLabels.yearColumn(c.text) { years.append((c.column, y)) }
                else if HeaderLabels.dynamics.contains(t) || t.hasPrefix("динамика") { dynamics.append(c.column) }
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

    func read(_ table: SheetTable, header h: Header, into dataset: inout Dataset, report: inout FileReport) {
        report.layout = .history
        func ref(_ r: Int, _ c: Int) -> SourceRef { SourceRef(file: file, sheet: table.name, cell: CellRef(row: r, column: c).description) }
        for row in table.rows where row.index > h.row {
            guard let title = row.cells.first(where: { $0.column == h.criterion })?.text,
                  !title.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let match = context.matcher.match(title, year: h.years.last?.year)
            guard let id = match.id else {
                report.issues.append(FileIssue(.unmappedTitle, ref(row.index, h.criterion), "критерий «\(title)» не найден в каталоге"))
                continue
            }
            if case .fuzzy(_, let score) = match {
                report.issues.append(FileIssue(.fuzzyMatch, ref(row.index, h.criterion),
                                               "«\(title)» сопоставлен с «\(id)» по сходству \(ValueFormatting.number(score))"))
            }
            report.mapped += 1
            let unit = context.catalogue.criterion(id)!.unit
            for (col, year) in h.years {
                guard let cell = row.cells.first(where: { $0.column == col }) else { continue }
                let parsed = ValueParser.parse(raw: cell.text, number: cell.storedNumber, isPercent: cell.isPercent,
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
                dataset.history.append(HistoryValue(criterion: id, year: year, value: value, raw: cell.text, source: ref(row.index, col)))
                report.values += 1
            }
            for (col, from, to) in h.dynamics {
                guard let text = row.cells.first(where: { $0.column == col })?.text,
                      let category = DynamicsCategory(russian: text) else { continue }
                dataset.dynamics.append(DynamicsOverride(criterion: id, fromYear: from, toYear: to,
                                                         category: category.rawValue, source: ref(row.index, col)))
            }
        }
    }
}
