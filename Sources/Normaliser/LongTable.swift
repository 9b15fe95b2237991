import Catalogue
import Dataset
import XLSXReader

/// A long table: a column of organisations beside the criteria, one row per organisation and criterion
/// («Организация | Раздел | Показатель | Значение | Ссылка»), as an information system exports it — the name in every
/// row, or only in the first row of its block (the cells below empty or merged with it). Without this, the header's
/// label «Организация» took the next header cell («Раздел») for the organisation's name, and every organisation's
/// values went to that one form. Each organisation's rows are read as its form (issue 25).
extension FormLayoutReader {
    /// The column headed as the organisations' (Templates/labels.tsv, role `organisation`) among those the header
    /// left unassigned.
    func organisationColumn(_ h: Columns) -> Int? {
        h.ignored.first { column, text in
            column != h.criterion && column != h.value
                && context.labels.contains(.organisation, TitleNormaliser.normalise(text))
        }?.0
    }

    /// Each organisation's rows under the header, in the order they come: a blank cell is the name above it.
    func organisationBlocks(_ h: Columns, column: Int) -> [(name: String, rows: [Int])] {
        var blocks: [(name: String, rows: [Int])] = []
        for row in table.rows where row.index > h.row {
            let name = table.displayed(CellRef(row: row.index, column: column))?.text.trimmed ?? ""
            let holds = row.cells.contains { $0.column != column && !$0.text.trimmed.isEmpty }
            if !name.isEmpty, name != blocks.last?.name {
                blocks.append((name, []))
            }
            if holds, !blocks.isEmpty { blocks[blocks.count - 1].rows.append(row.index) }
        }
        // One organisation in several blocks (rows sorted by something else): one form.
        var merged: [(name: String, rows: [Int])] = []
        for b in blocks {
            if let i = merged.firstIndex(where: { $0.name == b.name }) {
                merged[i].rows += b.rows
            } else {
                merged.append(b)
            }
        }
        return merged.filter { !$0.rows.isEmpty }
    }

    /// A report's groups (1С «по организациям»): a row that holds nothing but an organisation's name («МБОУ «ООШ №
    /// 11»», in bold, merged across) over that organisation's criteria, down to the next such row. At least two groups;
    /// nil otherwise.
    func groupBlocks(_ h: Columns) -> [(name: String, rows: [Int])]? {
        var blocks: [(name: String, rows: [Int])] = []
        for row in table.rows where row.index > h.row {
            let filled = row.cells.filter { !$0.text.trimmed.isEmpty }
            if filled.count == 1, filled[0].storedNumber == nil, case let text = filled[0].text.trimmed,
                context.registry.lookup(text) != nil || context.organisationWords.looksLikeName(text),
                !context.labels.isTotal(text), !Self.isNumberedSection(text), !(text.first?.isNumber ?? true),
                context.resolver.direction(of: text) == nil,
                context.resolver.evidence(RowQuery(title: text, year: nil, scope: .any)).candidates.first.map({
                    $0.score < context.resolver.suggestScore
                }) ?? true
            {
                blocks.append((text, []))
                continue
            }
            if !blocks.isEmpty, !filled.isEmpty { blocks[blocks.count - 1].rows.append(row.index) }
        }
        return blocks.count >= 2 && blocks.allSatisfy({ !$0.rows.isEmpty }) ? blocks : nil
    }

    /// The plan that reads each organisation's rows of a long table as its form, when the table has a column of
    /// organisations.
    func longPlan(_ columns: Columns) -> LayoutPlan? {
        let column = organisationColumn(columns)
        guard let blocks = column.map({ organisationBlocks(columns, column: $0) }) ?? groupBlocks(columns) else {
            return nil
        }
        // Most blocks are organisations' (a name in a spelling the words do not know may be among them): a label typed beside the header («Образовательная организация | МБОУ …»,
        // «Год | 2024» under it) is the form's block, not a column.
        let named = blocks.filter {
            context.registry.lookup($0.name) != nil || context.organisationWords.looksLikeName($0.name)
        }
        guard !blocks.isEmpty, named.count * 2 >= blocks.count else { return nil }
        var h = columns
        if let column { h.ignored.removeAll { $0.0 == column } }
        // A column of years («Год», «year»: 2023 and 2024 rows of each organisation): each year's rows are the
        // organisation's form of that year, the latest read last.
        let yearColumn = h.ignored.first { context.labels.contains(.year, TitleNormaliser.normalise($0.1)) }?.0
        if let yearColumn { h.ignored.removeAll { $0.0 == yearColumn } }
        func year(_ row: Int) -> Int? {
            yearColumn.flatMap { table.displayed(CellRef(row: row, column: $0)) }.flatMap {
                HeaderLabels.yearColumn($0.text.trimmed)
            }
        }
        var yearBlocks: [(name: String, rows: [Int], year: Int?)] = []
        for block in blocks {
            guard yearColumn != nil else {
                yearBlocks.append((block.name, block.rows, nil))
                continue
            }
            let years = Set(block.rows.map(year))
            for y in years.sorted(by: { ($0 ?? 0) < ($1 ?? 0) }) {
                yearBlocks.append((block.name, block.rows.filter { year($0) == y }, y))
            }
        }
        yearBlocks.sort { ($0.year ?? 0) < ($1.year ?? 0) }
        var forms: [(FormLayoutReader, [CriterionRow])] = []
        for block in yearBlocks {
            let keep = Set(block.rows)
            let rows = table.rows.filter { $0.index <= h.row || keep.contains($0.index) }
            var part = SheetTable(
                name: table.name, rows: rows, merged: table.merged, hyperlinks: table.hyperlinks,
                hiddenColumns: table.hiddenColumns)
            part.uncomputedFormulas = table.uncomputedFormulas
            var reader = FormLayoutReader(context: context, file: file, table: part)
            reader.columnOwner = block.name
            reader.rowsYear = block.year
            forms.append((reader, reader.criterionRows(h, year: block.year)))
        }
        guard forms.contains(where: { $0.1.contains(where: \.hasContent) }) else { return nil }
        return LayoutPlan(layout: .form, score: 1) { dataset, report in
            for (reader, rows) in forms { reader.read(h, rows: rows, into: &dataset, report: &report) }
        }
    }
}
