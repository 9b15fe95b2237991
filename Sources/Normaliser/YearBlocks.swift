import Catalogue
import Dataset
import XLSXReader

/// One organisation's form typed again for each year, the blocks one under another on one sheet (a layout nobody
/// described, issue 25): «Данные за 2023 год» over last year's table, «Отчёт за 2024 г. (на 31.12.2024)» over this
/// year's, sometimes «План на 2025 г.» over the plan. Read as one table, the first block's rows took each criterion:
/// last year's figures went into this year's form. Now the block of the reporting year is read, with the rows above
/// the first block (the organisation, the title); the other blocks are named as not read.
extension FormLayoutReader {
    /// A row that heads a block: one text (a cell, or cells merged over the row), short, naming a year.
    struct YearRow {
        let row: Int
        let year: Int
        let text: String
        /// «План на 2025 г.», «2025 (план)», «Ожидаемое …»: a plan, never the reporting year's fact.
        let plan: Bool
    }

    /// Words of a block that holds a plan or a forecast, not the year's fact. («Целевое значение» is no head's word:
    /// «целевой модели наставничества» is the programme's name in most titles.)
    static let planWords = ["план", "ожидаем", "прогноз"]

    /// The sheet cut to the block of the reporting year and the rows above the first block, with the blocks left
    /// out; nil when the sheet holds fewer than two blocks of different years with rows of values under each.
    static func yearBlocks(_ table: SheetTable, context: NormaliserContext) -> (
        table: SheetTable, kept: YearRow, left: [(YearRow, last: Int)]
    )? {
        var heads: [YearRow] = []
        for row in table.rows {
            let texts = row.cells.filter { !$0.text.trimmed.isEmpty }
            guard texts.count == 1, let cell = texts.first, cell.storedNumber == nil else { continue }
            let text = cell.text.trimmed
            guard text.count <= 70, let year = HeaderLabels.periodYear(inTitle: text) ?? yearAlone(text) else {
                continue
            }
            let lower = text.lowercased()
            heads.append(
                YearRow(row: row.index, year: year, text: text, plan: planWords.contains { lower.contains($0) }))
        }
        guard heads.count >= 2 else { return nil }
        // Each block: from its head to the row before the next head; a block counts with five rows of values.
        let ends = heads.dropFirst().map { $0.row - 1 } + [Int.max]
        func valueRows(_ from: Int, _ to: Int) -> Int {
            table.rows.filter { r in
                r.index > from && r.index <= to
                    && r.cells.contains {
                        $0.storedNumber != nil || ["да", "нет"].contains($0.text.trimmed.lowercased())
                    }
                    && r.cells.contains { $0.storedNumber == nil && $0.text.filter(\.isLetter).count >= 8 }
            }.count
        }
        let blocks = zip(heads, ends).filter { valueRows($0.0.row, $0.1) >= 5 }
        let facts = blocks.filter { !$0.0.plan }
        guard blocks.count >= 2, Set(blocks.map { "\($0.0.year)\($0.0.plan)" }).count == blocks.count,
            !facts.isEmpty
        else { return nil }
        // The reporting year: the one the run was given, else the latest year whose fact the sheet holds.
        let wanted = context.defaultYear.flatMap { y in facts.first { $0.0.year == y } }
        guard let kept = wanted ?? facts.max(by: { $0.0.year < $1.0.year }) else { return nil }
        let first = heads[0].row
        let keep = { (r: Int) in r < first || (r >= kept.0.row && r <= kept.1) }
        var cut = table
        cut.rows = table.rows.filter { keep($0.index) }
        cut.merged = table.merged.filter { keep($0.first.row) && keep($0.last.row) }
        cut.hyperlinks = table.hyperlinks.filter { keep($0.key.row) }
        cut.uncomputedFormulas = table.uncomputedFormulas.filter { keep($0.row) }
        let left = blocks.filter { $0.0.row != kept.0.row }.map { ($0.0, last: $0.1) }
        return (cut, kept.0, left)
    }

    /// «2024 г.», «2023 год», «2024» alone in a head row.
    static func yearAlone(_ text: String) -> Int? {
        let digits = text.prefix { $0.isNumber }
        guard digits.count == 4, let y = Int(digits), (2015...2040).contains(y) else { return nil }
        let rest = text.dropFirst(4).trimmingCharacters(in: .whitespaces).lowercased()
        let allowed = ["", "г", "г.", "год", "год.", "(план)", "г. (план)", "год (план)"]
        return allowed.contains(rest) ? y : nil
    }

    /// The plan that reads the reporting year's block of a sheet of year blocks, naming the blocks left out.
    static func yearBlocksPlan(_ table: SheetTable, path: String, context: NormaliserContext) -> LayoutPlan? {
        guard let blocks = yearBlocks(table, context: context),
            let inner = plan(blocks.table, path: path, context: context)
        else { return nil }
        let name = table.name
        var wrapped = LayoutPlan(layout: inner.layout, score: inner.score) { dataset, report in
            try inner.read(&dataset, &report)
            for (head, last) in blocks.left {
                let end = last == Int.max ? "" : "–\(last + 1)"
                let why = head.plan ? "план, не факт" : "за \(head.year) год, а читается \(blocks.kept.year)"
                report.issues.append(
                    FileIssue(
                        .ignoredColumn,
                        SourceRef(file: path, sheet: name, cell: CellRef(row: head.row, column: 0).description),
                        "блок «\(head.text)» (строки \(head.row + 1)\(end)) — \(why): не учтён; форма прочитана по блоку "
                            + "«\(blocks.kept.text)»"))
            }
        }
        wrapped.rows = inner.rows
        return wrapped
    }
}
