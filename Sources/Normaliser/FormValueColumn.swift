import Catalogue
import Dataset
import XLSXReader

/// Which column of a form holds the reporting year's values when several hold numbers: plan and fact, last
/// year and this year, numbering, units, notes (issue 25). Decided from what the columns hold and what their
/// headers say (Templates/value_columns.tsv, and the year or date in a header); when the headers do not tell,
/// the form's values are not used and the user is asked (never a guess).
extension FormLayoutReader {
    enum ValueColumnChoice: Equatable {
        case column(Int)
        /// Several columns may be the values and nothing tells which.
        case unsure([Int])
        /// The columns are years with no organisation above: a history sheet, not a form.
        case history
        /// No column holds values.
        case none
    }

    /// Numbers and yes/no answers per column in the rows that have a criterion title, leaving out the criterion,
    /// link, direction and note columns, columns headed as numbering, and columns that number the rows.
    func valueCounts(_ h: Columns) -> [Int: Int] {
        var count: [Int: Int] = [:]
        var numbers: [Int: [Double]] = [:]
        // (A reviewer's columns hold no values of the form: `ReviewColumns`.)
        let skipped = Set([h.criterion, h.link, h.direction, h.note, h.correction].compactMap { $0 } + h.review)
        for row in table.rows where row.index > h.row {
            guard let t = row.cells.first(where: { $0.column == h.criterion })?.text, !t.trimmed.isEmpty else {
                continue
            }
            for cell in row.cells where !skipped.contains(cell.column) {
                guard let hint = RowOutcome.hint(cell), hint != .text else { continue }
                count[cell.column, default: 0] += 1
                if let n = cell.storedNumber ?? Double(cell.text.trimmed) {
                    numbers[cell.column, default: []].append(n)
                }
            }
        }
        for c in count.keys {
            let title = TitleNormaliser.normalise(headerTitle(h, c))
            if context.labels.contains(.number, title) || isNumbering(numbers[c] ?? [], of: count[c]!) {
                count[c] = nil
            }
        }
        return count
    }

    /// Whether a column's numbers count the rows: whole, each one more than the one before (1, 2, 3 …).
    func isNumbering(_ numbers: [Double], of count: Int) -> Bool {
        guard numbers.count >= 3, numbers.count == count, numbers.allSatisfy({ $0 == $0.rounded() }) else {
            return false
        }
        let steps = zip(numbers, numbers.dropFirst()).filter { $1 == $0 + 1 }.count
        return Double(steps) >= 0.8 * Double(numbers.count - 1)
    }

    /// Whether `column` holds values: at least half as many numbers and answers as the column that holds most —
    /// or no column holds any (values all written as words: the header's label decides, and the values are named
    /// as unreadable one by one).
    func holdsValues(_ h: Columns, _ column: Int) -> Bool {
        guard column >= 0 else { return false }
        var counts = valueCounts(h)
        // A hidden column (last year's figures, a helper column) is no measure for a visible one.
        if !table.hiddenColumns.contains(column) { counts = counts.filter { !table.hiddenColumns.contains($0.key) } }
        let most = counts.values.max() ?? 0
        return most == 0 || (counts[column] ?? 0) * 2 >= most
    }

    /// The text above a column's values: its header cell, and the one above when the header has two rows
    /// («Значение» over «2023 | 2024»).
    /// The row under the header is a part of it («2024 год» merged over «план | факт») when the criterion's header
    /// cell reaches down into it (merged) or it has no criterion title, and the column's cell there is a word.
    func headerTitle(_ h: Columns, _ column: Int) -> String {
        var here = table.displayed(CellRef(row: h.row, column: column))?.text.trimmed ?? ""
        if let below = subHeader(h, column) { here = here.isEmpty ? below : here + " " + below }
        guard h.row > 0, let above = table.displayed(CellRef(row: h.row - 1, column: column))?.text.trimmed,
            !above.isEmpty, above != here, !context.labels.isFieldLabel(above)
        else { return here }
        return above + " " + here
    }

    /// The text of a column in the second row of a two-row header, if the header has one.
    func subHeader(_ h: Columns, _ column: Int) -> String? {
        let next = h.row + 1
        guard h.criterion >= 0, let cell = table.cell(CellRef(row: next, column: column)), cell.storedNumber == nil,
            RowOutcome.hint(cell) == .text
        else { return nil }
        let text = cell.text.trimmed
        let criterionHere = table.displayed(CellRef(row: next, column: h.criterion))?.text.trimmed ?? ""
        let criterionHeader = table.displayed(CellRef(row: h.row, column: h.criterion))?.text.trimmed ?? ""
        guard !text.isEmpty, text.count <= 40, criterionHere.isEmpty || criterionHere == criterionHeader else {
            return nil
        }
        return text
    }

    func chooseValueColumn(_ h: Columns) -> ValueColumnChoice {
        let counts = valueCounts(h)
        guard let most = counts.values.max(), most > 0 else { return .none }
        var candidates = counts.filter { $0.value * 2 >= most }.keys.sorted {
            abs($0 - h.criterion) < abs($1 - h.criterion) || (abs($0 - h.criterion) == abs($1 - h.criterion) && $0 < $1)
        }
        // A hidden column (last year's figures, a helper column) is not the values while a visible one may be.
        let visible = candidates.filter { !table.hiddenColumns.contains($0) }
        if !visible.isEmpty { candidates = visible }
        let titles = Dictionary(uniqueKeysWithValues: candidates.map { ($0, headerTitle(h, $0)) })
        let named = labels(above: h.row).organisation.map { !$0.trimmed.isEmpty } ?? false
        // A history sheet's year columns are not a form's values (a form names its organisation above them). One
        // column headed by a year is a form's values («Показатель | 2024 | Ссылка» on a sheet named by its tab).
        let yearColumns =
            table.rows.first { $0.index == h.row }?.cells.filter {
                $0.column != h.criterion && HeaderLabels.yearColumn($0.text) != nil
            }.count ?? 0
        if !named, yearColumns >= 2,
            let best = counts.filter({ candidates.contains($0.key) }).max(by: {
                ($0.value, -abs($0.key - h.criterion)) < ($1.value, -abs($1.key - h.criterion))
            })?.key,
            HeaderLabels.yearColumn(titles[best] ?? "") != nil
        {
            return .history
        }
        if candidates.count == 1 {
            let only = candidates[0]
            return context.labels.valueColumnKind(titles[only] ?? "", reportingYear: reportingYear(above: h.row))
                == .other
                ? .unsure(candidates) : .column(only)
        }
        // The reporting year: stated above the table, or else the latest year a candidate's header names.
        var year = reportingYear(above: h.row)
        if year == nil {
            year = candidates.compactMap { c -> Int? in
                let t = titles[c] ?? ""
                return context.labels.valueColumnKind(t, reportingYear: nil) == .other
                    ? nil : HeaderLabels.columnYear(in: t)
            }.max()
        }
        let kinds = candidates.map { context.labels.valueColumnKind(titles[$0] ?? "", reportingYear: year) }
        let facts = zip(candidates, kinds).filter { $0.1 == .fact }.map(\.0)
        if facts.count == 1 { return .column(facts[0]) }
        // Stocks on several dates of the year («на 01.07.2024 | на 31.12.2024»): the year's end.
        let yearEnd = facts.filter { HeaderLabels.isYearEndDate(TitleNormaliser.normalise(titles[$0] ?? "")) }
        if facts.count > 1, yearEnd.count == 1 { return .column(yearEnd[0]) }
        let open = zip(candidates, kinds).filter { $0.1 != .other }.map(\.0)
        if facts.isEmpty, open.count == 1 { return .column(open[0]) }
        return .unsure(candidates)
    }

    /// Columns that complete the value column: a form may put its answers under «Наличие (да/нет)» and its counts
    /// under «Количество», each criterion row filled in one of them. A column completes it when it holds something in
    /// at least two criterion rows where the value column is empty, nothing in any row where the value column holds
    /// something, and its header says neither plan, last year nor another year, nor numbering. Without this, the
    /// other column's values were left out without a word.
    func complementaryValueColumns(_ h: Columns) -> [Int] {
        guard h.value >= 0 else { return [] }
        let taken = Set(
            [h.criterion, h.value, h.link, h.direction, h.note, h.unit, h.correction].compactMap { $0 } + h.review)
        var filled: [Int: Int] = [:]
        var overlap: Set<Int> = []
        for row in table.rows where row.index > h.row {
            guard let t = row.cells.first(where: { $0.column == h.criterion })?.text, !t.trimmed.isEmpty else {
                continue
            }
            let main = row.cells.first { $0.column == h.value }.map { !$0.text.trimmed.isEmpty } ?? false
            for cell in row.cells
            where !taken.contains(cell.column) && !table.hiddenColumns.contains(cell.column)
                && !cell.text.trimmed.isEmpty
            {
                if main {
                    overlap.insert(cell.column)
                } else if RowOutcome.hint(cell) != nil {
                    filled[cell.column, default: 0] += 1
                }
            }
        }
        let year = reportingYear(above: h.row)
        // (Right of the criteria: a numbering column left of them, «1.6», «2.12» beside the rows whose values stand on
        // the rows under them, is none, whatever the section row under its «№» makes of its header.)
        return filled.filter { $0.value >= 2 && !overlap.contains($0.key) && $0.key > h.criterion }.keys.sorted()
            .filter { c in
                let title = headerTitle(h, c)
                let own = table.displayed(CellRef(row: h.row, column: c))?.text ?? ""
                return !context.labels.contains(.number, TitleNormaliser.normalise(title))
                    && !context.labels.contains(.number, TitleNormaliser.normalise(own))
                    && context.labels.valueColumnKind(title, reportingYear: year) != .other
            }
    }

    /// The one column headed as the shares («Доля (%)», «%», «Доля, %») other than the value column, when it holds
    /// numbers in two rows at least: where a form splits its values by kind («Количество | Доля (%) | Наличие (+/–)»)
    /// a share row may hold its count in the value column too, and the share is the row's value.
    func shareColumn(_ h: Columns) -> Int? {
        guard h.value >= 0, h.criterion >= 0 else { return nil }
        let taken = Set(
            [h.criterion, h.value, h.link, h.direction, h.note, h.unit, h.correction].compactMap { $0 } + h.review)
        guard let header = table.rows.first(where: { $0.index == h.row }) else { return nil }
        let columns = Set(
            header.cells.map(\.column) + (table.rows.first { $0.index == h.row + 1 }?.cells.map(\.column) ?? []))
        func own(_ c: Int) -> [String] {
            [h.row, h.row + 1].compactMap { table.cell(CellRef(row: $0, column: c))?.text }
        }
        let shares = columns.subtracting(taken).filter { c in own(c).contains(where: Self.headerIsShares) }
        guard shares.count == 1, let c = shares.first, !own(h.value).contains(where: Self.headerIsShares) else {
            return nil
        }
        let numbers = table.rows.filter { $0.index > h.row }.filter { row in
            row.cells.contains { $0.column == c && $0.text.contains(where: \.isNumber) }
        }.count
        return numbers >= 2 ? c : nil
    }

    /// Whether a column's header names the shares: «%», «в %», «Доля (%)», «Удельный вес, %» — not «% вып.» (a
    /// plan's fulfilment) nor «Значение, чел. / %».
    static func headerIsShares(_ text: String) -> Bool {
        let t = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        return t == "%" || t == "в %" || t == "(%)" || t.hasPrefix("доля") || t.hasPrefix("удельный вес")
    }

    /// Whether a row's title names a share («Доля …», «Удельный вес …», «…, %»), its numbering aside.
    static func readsAsShare(_ title: String) -> Bool {
        var t = title.lowercased().trimmingCharacters(in: .whitespaces)
        while let f = t.first, f.isNumber || f == "." || f == " " || f == ")" { t.removeFirst() }
        return t.hasPrefix("доля") || t.hasPrefix("удельный вес") || t.hasSuffix("%") || t.contains(", %")
            || t.contains("(%)")
    }

    /// The year the labels or the title above the table state (or `--year`).
    func reportingYear(above header: Int) -> Int? {
        labels(above: header).year.flatMap(HeaderLabels.year(in:)) ?? titleYear(above: header) ?? context.defaultYear
    }
}

/// A units column (Templates/units.tsv) as evidence of each row's value (issue 25: «a units column is evidence of the
/// unit»): a plain number in a row whose unit is «%» is a share, 1 or 0 under «да/нет» is an answer.
extension FormLayoutReader {
    /// The column whose entries are units in at least half the criterion rows (two at the least), if any.
    func unitColumn(_ h: Columns) -> Int? {
        let taken = Set([h.criterion, h.value, h.link, h.direction, h.note, h.correction].compactMap { $0 } + h.review)
        var count: [Int: Int] = [:], other: [Int: Int] = [:]
        var rows = 0
        for row in table.rows where row.index > h.row {
            guard let t = row.cells.first(where: { $0.column == h.criterion })?.text, !t.trimmed.isEmpty else {
                continue
            }
            rows += 1
            for cell in row.cells where !taken.contains(cell.column) && !cell.text.trimmed.isEmpty {
                if context.labels.unitHint(cell.text) != nil {
                    count[cell.column, default: 0] += 1
                } else {
                    other[cell.column, default: 0] += 1
                }
            }
        }
        // Most rows' units, or a column that holds units and nothing else (a «%» beside the shares alone).
        guard let best = count.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), best.value >= 2,
            best.value * 2 >= rows || other[best.key, default: 0] == 0
        else {
            return nil
        }
        return best.key
    }

    /// What a row's value looks like, its unit's word weighing in where the value alone is a plain number.
    func valueHint(_ cell: Cell?, row: Int, _ h: Columns) -> ValueHint? {
        let own = RowOutcome.hint(cell)
        guard own == .number, let column = h.unit, let entry = table.displayed(CellRef(row: row, column: column))?.text,
            let unit = context.labels.unitHint(entry)
        else { return own }
        if unit == .yesno, let n = cell?.storedNumber ?? Double(cell?.text.trimmed ?? ""), n != 0 && n != 1 {
            return own
        }
        return unit
    }
}
