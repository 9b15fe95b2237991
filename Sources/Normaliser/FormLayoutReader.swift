import Catalogue
import Dataset
import Foundation
import XLSXReader

/// Layout A: the form of one organisation (or of the municipality): labels above the table give the
/// organisation, its type, the year and the municipality (or the title gives the year); then one row per
/// criterion with its value and link. Columns are found by evidence: the column whose texts resolve to
/// criteria, the column of numbers and yes/no answers beside it, the column of links; header labels
/// (Templates/labels.tsv) confirm them where present. Column-number rows, section rows and numbering are
/// skipped; a section row sets the direction the rows under it belong to.
struct FormLayoutReader: SheetLayout {
    let context: NormaliserContext
    let file: String
    let table: SheetTable
    /// The row from which `table` was turned (`TurnedForm`): criteria across a row on the sheet.
    var turnedAt: Int? = nil
    /// Where each cell of a questionnaire's table read stands on the sheet (`QuestionnaireForm`).
    var cellOrigins: [CellRef: CellRef]? = nil
    /// Rows whose link is one address given for several answers packed in one cell (`PackedAnswers`): it proves
    /// only the criteria that ask for a document.
    var sharedLinks: Set<Int> = []
    /// The organisation whose column of a matrix is read (`MatrixForm.swift`): it names the form, whatever is above.
    var columnOwner: String?
    /// The role whose column of a cross table is read (`RoleColumns.swift`): it goes before each row's title.
    var rolePrefix: String?
    /// Whether this reader reads the first role's column: the one that reads a table of no roles under the cross table.
    var firstRole = false
    /// The year of every row read, when the table says it row by row (a long table's «Год» column).
    var rowsYear: Int?
    /// The column added for the values cut out of «wording: value» cells, and the column of those cells
    /// (`WordingWithValue`): a value named on the sheet is named in its wording's cell.
    var valueInWording: (values: Int, column: Int)? = nil
    /// Sentences of that column with several blanks filled in, and their answers (`FilledBlanks`): named, not read.
    var severalAnswers: [CellRef: [String]] = [:]
    /// What was read of this table above a header row, read once (`labels(above:beside:)`, `titleYear(above:)`).
    let memo = ReaderMemo()

    struct Columns {
        /// The header row (or the row above the first criterion when there is no header).
        var row: Int
        var criterion: Int
        var value: Int
        var link: Int?
        var direction: Int?
        var note: Int?
        var ignored: [(Int, String)] = []
        /// Whether the header named both the criterion and the value column.
        var labelled = false
        /// The columns that may hold the values when the headers do not tell which (`value` is then -1).
        var valueCandidates: [Int] = []
        /// A column of units («чел.», «%», «да/нет»): evidence of what each row's value is.
        var unit: Int?
        /// Columns that hold the values of the rows whose value cell is empty («Наличие» beside «Количество»).
        var complements: [Int] = []
        /// A column headed as the shares («Доля (%)») beside the value column: a share row's value (`shareColumn`).
        var shares: Int?
        /// A column of the part of the value column's total taking part in the programme (`WholePartColumns`).
        var part: Int?
        /// A reviewer's column of corrected values, and the reviewer's other columns (`ReviewColumns`).
        var correction: Int?
        var review: [Int] = []
        /// Every column of the header row labelled as the values («Значение» twice, «Значение (план)» beside
        /// «Значение (факт)»): when more than one is visible, the headers and the content decide, not the first.
        var valueLabelled: [Int] = []
        /// Whether a row of labels above the values was found (the criterion's or the value's): `FormShapes`.
        var headerFound = false
    }

    static func recognise(_ sheet: SheetSource, context: NormaliserContext) throws -> LayoutPlan? {
        let table = try sheet.table()
        let other =
            try stackedPlan(table, path: sheet.path, context: context)
            ?? plan(table, path: sheet.path, context: context)
        // A grid of cards, three rows of them two across at least (`CardGrid`): read so when it finds half as many
        // rows again as the other readings, about as well explained (its rows of titles looked like stacked forms'
        // headers, its pairs of columns like values asked about, and one column of its titles was read).
        if let g = cardGrid(table, context: context, rows: 3) {
            var reader = FormLayoutReader(context: context, file: sheet.path, table: g.table)
            reader.cellOrigins = g.origins
            // (Not against a reading that counts no rows: tables side by side, a matrix, a cross table of roles.)
            if let columns = reader.findColumns(), var grid = reader.plan(columns),
                other == nil
                    || (other!.rows.map { (grid.rows ?? 0) > $0 * 3 / 2 } == true && grid.score >= other!.score - 0.05)
            {
                // A reading of last resort: a wide export that explains the sheet as well reads it.
                grid.score = min(grid.score, 0.8)
                return grid
            }
        }
        return other
    }

    /// The plan for one form in `table`: read down its columns, else across its rows (`TurnedForm`).
    static func plan(_ table: SheetTable, path: String, context: NormaliserContext) -> LayoutPlan? {
        // The form typed again for each year, one block under another (`YearBlocks`): the reporting year's block.
        if let blocks = yearBlocksPlan(table, path: path, context: context) { return blocks }
        // A blank's fields with their captions under the line (`CaptionedFields`): read with a row per field.
        if let c = captionedFields(table, context: context) {
            var reader = FormLayoutReader(context: context, file: path, table: c.table)
            reader.cellOrigins = c.origins
            if let columns = reader.findColumns(), let plan = reader.plan(columns) { return plan }
        }
        if let sideBySide = sideBySidePlan(table, path: path, context: context) { return sideBySide }
        // Questions with their answers below them (`QuestionnaireForm`): read with each answer beside its question.
        if let q = questionnaire(table, context: context) {
            var reader = FormLayoutReader(context: context, file: path, table: q.table)
            reader.cellOrigins = q.origins
            if let columns = reader.findColumns(), let plan = reader.plan(columns) { return plan }
        }
        // Answers marked in option columns (`MarkGrid`): read with each row's answer in one column.
        if let g = markGrid(table, context: context) {
            var reader = FormLayoutReader(context: context, file: path, table: g.table)
            reader.cellOrigins = g.origins
            if let columns = reader.findColumns(), let plan = reader.plan(columns) { return plan }
        }
        let reader = FormLayoutReader(context: context, file: path, table: table)
        if let columns = reader.findColumns(), let plan = reader.plan(columns) {
            // A column of cells that each hold a wording and its value (`WordingWithValue`, «Да⏎положение о …»)
            // read as one column of titles gives few rows: split, it gives half as many again, and is read so.
            if Self.holdsValuesAfterBreaks(table), let split = splitWordings(table, context: context) {
                var inWordings = FormLayoutReader(
                    context: context, file: path, table: split.table, valueInWording: (split.values, split.column))
                inWordings.severalAnswers = split.several
                if let other = inWordings.findColumns().flatMap(inWordings.plan),
                    (other.rows ?? 0) > max(3, (plan.rows ?? 0) * 3 / 2)
                {
                    return other
                }
            }
            return plan
        }
        // No column of criteria, or one whose rows are no criteria the catalogue knows («Критерий | Значение |
        // Ссылка» down the first column of a form laid out across), but a row of them: the form is laid out across.
        if let at = reader.criteriaRow() {
            let turned = FormLayoutReader(context: context, file: path, table: turned(table, at: at), turnedAt: at)
            // Turned is a reading of last resort: a wide export that explains the sheet as well reads it (its header's
            // organisation column, its year columns).
            if let columns = turned.findColumns(), var plan = turned.plan(columns) {
                plan.score = min(plan.score, 0.9)
                return plan
            }
        }
        // No column of values: the criteria may hold them after a colon (`WordingWithValue`).
        if let split = splitWordings(table, context: context) {
            var inWordings = FormLayoutReader(
                context: context, file: path, table: split.table, valueInWording: (split.values, split.column))
            inWordings.severalAnswers = split.several
            if let plan = inWordings.findColumns().flatMap(inWordings.plan) { return plan }
        }
        // Several answers packed into each cell (`PackedAnswers`): read with a row per answer.
        if let packed = packedAnswers(table, context: context) {
            var unpacked = FormLayoutReader(context: context, file: path, table: packed.table)
            unpacked.cellOrigins = packed.origins
            unpacked.sharedLinks = packed.sharedLinks
            if let plan = unpacked.findColumns().flatMap(unpacked.plan) { return plan }
        }
        // Last, a grid of cards, each a title with its value under it or beside it (`CardGrid`): a row per card.
        guard let g = cardGrid(table, context: context, rows: 2) else { return nil }
        var cards = FormLayoutReader(context: context, file: path, table: g.table)
        cards.cellOrigins = g.origins
        guard var plan = cards.findColumns().flatMap(cards.plan) else { return nil }
        plan.score = min(plan.score, 0.8)
        return plan
    }

    /// How this reader would read the form whose columns are `columns`, if its rows are criteria.
    func plan(_ columns: Columns) -> LayoutPlan? {
        let reader = self
        if let long = reader.longPlan(columns) { return long }
        if let matrix = reader.matrixPlan(columns) { return matrix }
        if let roles = reader.rolePlan(columns) { return roles }
        // While the value column is undecided its nearest candidate stands in, to recognise the form only.
        var provisional = columns
        if provisional.value < 0, let first = columns.valueCandidates.first { provisional.value = first }
        let rows = reader.criterionRows(provisional)
        let withValue = rows.filter { $0.hasContent }
        guard !withValue.isEmpty else { return nil }
        let resolutions = FormAssignment.assign(queries: withValue.map(\.query), resolver: context.resolver).resolutions
        let known = resolutions.filter {
            if case .unmatched = $0 { return false }; return true
        }.count
        let share = Double(known) / Double(withValue.count)
        guard known >= 2 || (columns.labelled && known >= 1) else { return nil }
        let score = min(1, 0.3 + 0.6 * share + (columns.labelled ? 0.1 : 0))
        var plan = LayoutPlan(layout: .form, score: score) { dataset, report in
            reader.read(columns, rows: rows, into: &dataset, report: &report)
        }
        plan.rows = known
        return plan
    }

    // MARK: Columns

    /// The columns of the form: a cached shape's when the table fits one exactly (`FormShapes`), else recognised.
    /// An unlabelled column of wordings (two words or more in most cells) standing for a criterion column of field
    /// codes (`CodeDictionary.isCode` in most cells).
    func wordingsBesideCodes(_ h: Columns) -> (column: Int, title: String)? {
        let below = table.rows.filter { $0.index > h.row }.prefix(60)
        func texts(_ c: Int) -> [String] {
            below.compactMap { r in r.cells.first { $0.column == c }?.text.trimmed }.filter { !$0.isEmpty }
        }
        let codes = texts(h.criterion)
        // A field's name: Latin letters, digits and «_» with a «_» or a digit («n_kurator», «P1_1»).
        func isFieldName(_ t: String) -> Bool {
            t.unicodeScalars.allSatisfy { ($0.isASCII && CharacterSet.alphanumerics.contains($0)) || $0 == "_" }
                && (t.contains("_") || t.contains(where: \.isNumber)) && t.contains(where: \.isLetter)
        }
        guard codes.count >= 3, codes.filter(isFieldName).count * 2 > codes.count else { return nil }
        // (Not the organisations' column: their names have two words too.) The nearest column first.
        let others = h.ignored.filter { !context.labels.contains(.organisation, TitleNormaliser.normalise($0.1)) }
            .sorted { abs($0.0 - h.criterion) < abs($1.0 - h.criterion) }
        return others.first { c, _ in
            let t = texts(c)
            return t.count * 2 >= codes.count
                && t.filter { $0.split(separator: " ").count >= 2 && $0.contains(where: \.isLetter) }.count * 2
                    > t.count
        }
    }

    /// Whether the rows under a header row hold their values in cells merged across exactly `columns`: at least two
    /// such rows among the first ones before any row holds a value in the span's other columns.
    func valuesMergedAcross(_ columns: [Int], below header: Int) -> Bool {
        guard let first = columns.min(), let last = columns.max() else { return false }
        var merged = 0
        for row in table.rows where row.index > header {
            guard row.index <= header + 15 else { break }
            let span = table.merged.first { $0.first == CellRef(row: row.index, column: first) }
            if let span, span.last.column == last, span.last.row == row.index {
                merged += 1
            } else if row.cells.contains(where: { $0.column > first && $0.column <= last && !$0.text.trimmed.isEmpty })
            {
                // Values in the span's other columns: another table's header or rows below, or no merged answers.
                break
            }
        }
        return merged >= 2
    }

    func findColumns() -> Columns? {
        context.shapes.columns(self) { recogniseColumns() }
    }

    /// The columns of the form: from a labelled header row when one names the criterion or value column,
    /// completed and checked by what the columns hold.
    func recogniseColumns() -> Columns? {
        let labels = context.labels
        var header: Columns?
        for row in table.rows.prefix(40) {
            var h = Columns(row: row.index, criterion: -1, value: -1)
            h.headerFound = true
            for cell in row.cells {
                let t = TitleNormaliser.normalise(cell.text)
                switch labels.role(
                    of: t, among: [.correction, .review, .criterion, .value, .link, .direction, .note, .number])
                {
                case .correction? where h.correction == nil: h.correction = cell.column
                case .review?: h.review.append(cell.column)
                case .criterion? where h.criterion < 0: h.criterion = cell.column
                case .value?:
                    // A value label merged over several columns («Значение показателя» over «План | Факт») labels
                    // each of them: which is the fact is decided below, never the leftmost by default.
                    let spanned = table.merged.first { $0.first == CellRef(row: row.index, column: cell.column) }
                    h.valueLabelled += spanned.map { Array($0.first.column...$0.last.column) } ?? [cell.column]
                    if h.value < 0 { h.value = cell.column }
                case .link? where h.link == nil: h.link = cell.column
                case .direction? where h.direction == nil: h.direction = cell.column
                case .note? where h.note == nil: h.note = cell.column
                case .number?: continue
                default:
                    if !t.isEmpty { h.ignored.append((cell.column, cell.text)) }
                }
            }
            if h.criterion >= 0 && h.value >= 0 { h.labelled = true; header = h; break }
            if (h.criterion >= 0 || h.value >= 0) && header == nil { header = h }
        }
        if let h = header, h.labelled || h.value >= 0 {
            let visible = h.valueLabelled.filter { !table.hiddenColumns.contains($0) }
            if visible.count > 1 {
                // Several visible columns are labelled as the values: which one is the reporting year's fact is
                // decided below from the headers' words and years, or asked — never the leftmost by default.
                header?.value = -1
                header?.labelled = false
            } else if let only = visible.first, only != h.value, holdsValues(h, only) {
                header?.value = only  // a hidden column labelled like the values (last year's, a helper) yields
            }
        }
        // A criterion column of field codes («n_kurator») beside one of wordings («indicator | indicator_ru»): the
        // wordings are the criteria; the codes are named and not read.
        if var h = header, h.criterion >= 0, let wordings = wordingsBesideCodes(h) {
            h.ignored.removeAll { $0.0 == wordings.column }
            h.ignored.append((h.criterion, table.cell(CellRef(row: h.row, column: h.criterion))?.text ?? ""))
            h.criterion = wordings.column
            header = h
        }
        if var h = header, h.labelled {
            if holdsValues(h, h.value) {
                h.unit = unitColumn(h)
                h.complements = complementaryValueColumns(h)
                h.shares = shareColumn(h)
                h.part = partColumn(h)
                h.ignored.removeAll {
                    $0.0 == h.unit || h.complements.contains($0.0) || $0.0 == h.shares || $0.0 == h.part
                }
                return h
            }
            // A labelled column that holds no values (a units column headed «Единица измерения»): the content decides.
            header?.ignored.append((h.value, table.cell(CellRef(row: h.row, column: h.value))?.text ?? ""))
            header?.value = -1
            header?.labelled = false
        }
        // Evidence: the column whose texts resolve to criteria.
        let start = (header?.row ?? -1) + 1
        var hits: [Int: Int] = [:], firstHit: [Int: Int] = [:], lastHit: [Int: Int] = [:]
        for row in table.rows.prefix(400) where row.index >= start {
            // A criterion row holds a value beside its title; a title line above the table does not.
            guard row.cells.contains(where: { RowOutcome.hint($0).map { $0 != .text } ?? false }) else { continue }
            for cell in row.cells where cell.storedNumber == nil {
                let t = cell.text
                guard t.count >= 12, t.contains(" ") else { continue }
                let e = context.resolver.evidence(RowQuery(title: t, year: nil, scope: .any))
                if e.fixed != nil || (e.candidates.first?.score ?? 0) >= context.resolver.suggestScore {
                    hits[cell.column, default: 0] += 1
                    if firstHit[cell.column] == nil { firstHit[cell.column] = row.index }
                    lastHit[cell.column] = row.index
                }
            }
        }
        var most = hits.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        // Tables one under another with their criteria in different columns («Документ» in B, then «Категория» in A):
        // the top table's column, whose rows all come first; the one below is another table's (`InnerHeaders`), so that
        // no table is left unread above the other's header.
        if let m = most,
            let top = hits.filter({ $0.value >= 2 && $0.key != m }).min(by: {
                firstHit[$0.key]! < firstHit[$1.key]!
            })?.key, firstHit[top]! < firstHit[m]!, lastHit[top]! < firstHit[m]!
        {
            most = top
        }
        let criterionColumn = header.flatMap { $0.criterion >= 0 ? $0.criterion : nil } ?? most
        guard let cc = criterionColumn, (hits[cc] ?? 0) >= 2 || header?.criterion == cc else { return nil }
        // Rows right above the first recognised criterion that hold a title and a value beside it are criterion rows
        // too (a continuation page that starts with a row the resolver doubts): never a header, never skipped.
        var first = firstHit[cc] ?? 1
        if header == nil {
            while let above = table.rows.last(where: { $0.index < first }), isUnlabelledCriterionRow(above, cc) {
                first = above.index
            }
        }
        var h = header ?? Columns(row: first - 1, criterion: cc, value: -1)
        h.criterion = cc
        if h.direction == cc { h.direction = nil }  // «Показатель» over the criteria themselves
        if header == nil {
            // The header is the last row above the first criterion that has two texts or more.
            // (A section row «1. | Нормативно-правовая база» has one text besides its number: no header.)
            if let r = table.rows.last(where: {
                $0.index < first
                    && $0.cells.filter {
                        let t = $0.text.trimmed
                        return !t.isEmpty && !Self.isNumberingOnly(t)
                            && !TitleTokens.stripNumbering(TitleNormaliser.normalise(t)).isEmpty
                    }.count >= 2
                    && !isColumnNumbers($0)
                    && !$0.cells.contains { labels.contains(.organisation, TitleNormaliser.normalise($0.text)) }
            }) {
                h.row = r.index
                for cell in r.cells where cell.column != cc {
                    let t = TitleNormaliser.normalise(cell.text)
                    switch labels.role(of: t, among: [.link, .direction, .note]) {
                    case .link? where h.link == nil: h.link = cell.column
                    case .direction? where h.direction == nil: h.direction = cell.column
                    case .note? where h.note == nil: h.note = cell.column
                    default: break
                    }
                }
            }
        }
        // A column headed like the directions («Показатель») that holds numbers and answers is not the directions'.
        if let d = h.direction, holdsAnswers(h, d) { h.direction = nil }
        // A header cell merged over several columns whose answers below are merged the same way: that one column
        // holds the values («Отметка / кол-во» over C:G, each answer in C:G), whatever tables further down hold.
        if h.value < 0 || !holdsValues(h, h.value),
            let span = table.merged.first(where: {
                $0.first.row == h.row && $0.last.row == h.row && $0.last.column > $0.first.column
                    && $0.first.column != cc && $0.first.column != h.link
                    && valuesMergedAcross(Array($0.first.column...$0.last.column), below: h.row)
            })
        {
            h.value = span.first.column
        }
        if h.value < 0 || !holdsValues(h, h.value) {
            // The value column from what the columns hold and what their headers say (plan or fact, which year).
            switch chooseValueColumn(h) {
            case .column(let c): h.value = c
            case .history: return nil
            case .unsure(let columns):
                h.value = -1
                h.valueCandidates = columns
            case .none: return nil
            }
        }
        if h.link == nil {
            var count: [Int: Int] = [:]
            for row in table.rows where row.index > h.row {
                for cell in row.cells where cell.column != cc && cell.column != h.value {
                    let t = cell.text.lowercased()
                    // (Or, where the workbook has a list of documents, a number of it, «Прил. 3», under a header no
                    // label names: «Док. (№ по перечню)», `DocumentList`.)
                    if t.hasPrefix("http") || t.hasPrefix("www.")
                        || table.hyperlinks[CellRef(row: row.index, column: cell.column)] != nil
                        || (context.sheetHasDocumentList && cell.storedNumber == nil
                            && DocumentList.reference(cell.text) != nil)
                    {
                        count[cell.column, default: 0] += 1
                    }
                }
            }
            h.link = count.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        }
        h.unit = unitColumn(h)
        h.complements = complementaryValueColumns(h)
        h.shares = shareColumn(h)
        h.part = partColumn(h)
        h.ignored.removeAll {
            [h.criterion, h.value, h.link, h.direction, h.note, h.unit, h.shares, h.part].contains($0.0)
                || h.complements.contains($0.0)
        }
        return h
    }

    /// Whether `row` reads as a criterion row of a form without a header: a title in the criterion column (no header
    /// label, nothing but a number left of it) and, right of it, a number or an answer that is no year («Показатель | 2023 | 2024» is a header).
    func isUnlabelledCriterionRow(_ row: Row, _ criterionColumn: Int) -> Bool {
        guard let title = row.cells.first(where: { $0.column == criterionColumn })?.text.trimmed,
            title.count >= 3, !Self.isNumberingOnly(title), title.contains(where: \.isLetter),
            context.labels.role(
                of: TitleNormaliser.normalise(title), among: [.criterion, .value, .link, .direction, .note, .number])
                == nil
        else { return false }
        // Nothing but its number left of its title (a group's name there starts a table of organisations).
        if row.cells.contains(where: {
            $0.column < criterionColumn && !$0.text.trimmed.isEmpty && !Self.isNumberingOnly($0.text)
        }) {
            return false
        }
        return row.cells.contains { cell in
            guard cell.column > criterionColumn, let hint = RowOutcome.hint(cell), hint != .text else { return false }
            if let n = cell.storedNumber ?? ValueParser.parseNumber(cell.text)?.value, n == n.rounded(),
                (1990...2100).contains(n)
            {
                return false
            }
            return true
        }
    }

    /// Whether `column` holds numbers or yes/no answers in most of the criterion rows where it holds anything.
    func holdsAnswers(_ h: Columns, _ column: Int) -> Bool {
        var answers = 0, filled = 0
        for row in table.rows where row.index > h.row {
            guard let t = row.cells.first(where: { $0.column == h.criterion })?.text, !t.trimmed.isEmpty,
                let cell = row.cells.first(where: { $0.column == column }), !cell.text.trimmed.isEmpty
            else { continue }
            filled += 1
            if let hint = RowOutcome.hint(cell), hint != .text { answers += 1 }
        }
        return answers >= 2 && answers * 2 >= filled
    }

    /// A text that only numbers a row: «1.», «2.3», «2.3.», «IV».
    static func isNumberingOnly(_ text: String) -> Bool {
        let t = text.trimmed
        guard !t.isEmpty, t.utf8.count <= 12 else { return false }
        let arabic = t.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." } && t.first!.isNumber
        let roman = t.trimmingCharacters(in: CharacterSet(charactersIn: ".")).allSatisfy { "IVXLC".contains($0) }
        return arabic || roman
    }

    /// A row of column numbers under a header («1 | 2 | 3 | 4»).
    func isColumnNumbers(_ row: Row) -> Bool {
        // Decided cell by cell, leaving at the first cell that is not a small whole number (most rows: the first).
        var numbers: [Int] = []
        for c in row.cells {
            switch c.value {
            case .number(let d) where !c.isPercent:
                guard d == d.rounded(), d >= 0, d < 1000 else { return false }
                numbers.append(Int(d))
            case .text(let s):
                guard s.utf8.count <= 12 else { return false }
                let t = s.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "."))
                if s.trimmed.isEmpty { continue }
                guard let n = Int(t) else { return false }
                numbers.append(n)
            default: return false
            }
        }
        guard numbers.count >= 2 else { return false }
        return zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 } && numbers.first! <= 2
    }

    // MARK: Rows

    /// A row that may be a criterion, with what the resolver needs to know about it.
    struct CriterionRow {
        var index: Int
        var title: String
        var titleColumn: Int
        var valueCell: Cell?
        var link: String?
        var linkText: String?
        var note: String?
        var query: RowQuery
        var hasContent: Bool
        /// A hidden row (last year's copy, a helper): it yields to a visible row of the same criterion.
        var hidden = false
        /// The value column of this row (moved by a header printed again, `movedHeader`).
        var valueColumn: Int? = nil
        /// The labels of another table's header above this row that does not say which column holds the values
        /// (`InnerHeaders`): the row's value is asked about, not read from the column above.
        var columnUnsure: String? = nil
        /// The role of a cross table's column this row was read under (`RoleColumns`).
        var role: String? = nil
        /// The section row above this row, if any (`UnitBlocks`).
        var block: String? = nil
        /// The reviewer's status that sent the value back with no corrected value (`ReviewColumns`): asked about.
        var sentBack: String? = nil
        /// The whole beside a part read as the row's value, and the share of the two (`WholePartColumns`).
        var wholeCell: Cell? = nil
        var shareCell: Cell? = nil
        /// The part's number beside a whole read as the row's value (`WholePartColumns`): named, not read.
        var unreadPart: Cell? = nil
        /// The label of a row of the criterion's plan, target or another year (`KindRows`): named, not read.
        var otherKind: String? = nil
        /// Whether the link is an address typed in a sentence of another cell: only a criterion that needs a document
        /// takes it.
        var linkInSentence = false
    }

    /// The rows under the header that may be criteria; column-number rows and section rows are skipped
    /// (a section row sets the direction of the rows below it).
    func criterionRows(_ h: Columns, year: Int? = nil, scope: ResolveScope = .any) -> [CriterionRow] {
        var out: [CriterionRow] = []
        var direction: Int?
        // A section row that announces shares («Расчётные показатели, %»): its rows' plain numbers are percents, unless
        // a row's own title says its kind.
        var sectionOfShares: String?
        // The last section row (a title with nothing else): a row of one word in lower case under it («наставляемых»
        // under «Удовлетворённость, %») goes on from it.
        var section: String?
        // The last row that is not a part of another: the whole an «из них» row belongs to; and the rows that are no
        // part standing right above the current run of parts (`PartRole` chooses among them).
        var whole: String?
        var wholes: [String] = []
        var lastWasPart = false
        // The last part row read («из них наставляемые»): the subject of a bare share a few rows below it.
        var lastPart: CriterionRow?
        // The row right above, when it held a title and nothing else: the first line of a wording typed over two.
        var titleOnly: (index: Int, title: String)?
        // The criterion whose plan, fact or years follow as rows under it (`KindRows`): its title, and its row in `out`
        // when it has one (a link and no value).
        var kindOwner: (title: String, titleColumn: Int, link: String?, out: Int?, done: Bool)?
        let kindYear = year ?? titleYear(above: h.row)
        let kindLabels = kindColumns(h, year: kindYear)
        // The last line of a link alone and the last section row: a link for several rows reaches back to neither.
        var lastLinkLine = -1, lastSectionRow = -1
        // The labels of a table's header further down that gives no column of values (`InnerHeaders`).
        var unsure: String?
        // A cross table's role ended by a table of its own below it (`RoleColumns`).
        var roleEnded = false
        let resolver = context.resolver
        let headerTitle = table.displayed(CellRef(row: h.row, column: h.criterion))?.text.trimmed
        // The columns of the rows being read: a header printed again with its columns moved (a page of a PDF turned
        // back into a sheet) moves them for the rows under it.
        let original = h, originalTexts = headerTexts(h)
        // A template's instructions under its rows (`InstructionRows`): not read.
        let instructions = instructionRows(h)
        // A link cell merged down over several rows (one order proves them all): the top cell, for each row under it.
        var mergedDown: [CellRef: CellRef] = [:]
        for m in table.merged
        where m.last.row > m.first.row && m.last.row - m.first.row < 50 && m.last.column - m.first.column < 3 {
            for r in (m.first.row + 1)...m.last.row {
                for c in m.first.column...m.last.column { mergedDown[CellRef(row: r, column: c)] = m.first }
            }
        }
        // Addresses broken after a «/» onto the link cell of the next row (a Word table pasted line by line): each
        // joined on its first row, by link column; the rows of their tails hold no link of their own.
        var brokenAddresses: [Int: (joined: [Int: String], tails: Set<Int>)] = [:]
        func addresses(in column: Int) -> (joined: [Int: String], tails: Set<Int>) {
            if let known = brokenAddresses[column] { return known }
            var found: (joined: [Int: String], tails: Set<Int>) = ([:], [])
            var head: (row: Int, text: String)?
            for row in table.rows where row.index > h.row {
                let ref = CellRef(row: row.index, column: column)
                guard let text = table.cell(ref)?.text.trimmed, !text.isEmpty else { head = nil; continue }
                if let last = head, last.row == row.index - 1, table.hyperlinks[ref] == nil,
                    Self.continuesAddress(last.text, text)
                {
                    head = (row.index, last.text + text)
                    found.tails.insert(row.index)
                    var first = row.index - 1
                    while found.tails.contains(first) { first -= 1 }
                    found.joined[first] = last.text + text
                } else {
                    head = Self.isAddressStart(text) && table.hyperlinks[ref] == nil ? (row.index, text) : nil
                }
            }
            brokenAddresses[column] = found
            return found
        }
        // The last sheet row that went into the last row read, when a line of its wording or link went on below it.
        var continuedTo: (out: Int, row: Int)?
        var h = h
        for row in table.rows where row.index > h.row {
            if isColumnNumbers(row) || instructions.contains(row.index) { continue }
            if let texts = originalTexts, let moved = movedHeader(original, labels: texts, now: h, row) {
                h = moved
                continue
            }
            // Another table's own header further down (`InnerHeaders`): its columns for the rows under it; nothing of
            // the table above (its section, its whole) goes on.
            if let inner = innerHeader(row, h) {
                // Under a cross table of roles, a table of its own («Документ | Наличие | Ссылка»): read once, by the
                // first role's reader, with no role.
                if rolePrefix != nil {
                    if !firstRole { break }
                    roleEnded = true
                }
                switch inner {
                case .columns(let c): (h, unsure) = (c, nil)
                case .unsure(let labels): unsure = labels
                }
                (section, sectionOfShares, whole, wholes, lastWasPart, lastPart, titleOnly) =
                    (nil, nil, nil, [], false, nil, nil)
                lastSectionRow = row.index
                continue
            }
            // The second row of a two-row header («план | факт» under the criterion's header merged down).
            if row.index == h.row + 1, headerTitle?.isEmpty == false,
                table.displayed(CellRef(row: row.index, column: h.criterion))?.text.trimmed == headerTitle
            {
                continue
            }
            let directionText =
                h.direction.flatMap { table.displayed(CellRef(row: row.index, column: $0))?.text.trimmed } ?? ""
            var title = table.displayed(CellRef(row: row.index, column: h.criterion))?.text.trimmed ?? ""
            var titleColumn = h.criterion
            var valueCell = row.cells.first { $0.column == h.value }
            if valueCell?.text.trimmed.isEmpty ?? true, !h.complements.isEmpty {
                valueCell =
                    h.complements.lazy.compactMap { c in row.cells.first { $0.column == c && !$0.text.trimmed.isEmpty }
                    }
                    .first ?? valueCell
            }
            // A whole and its part side by side (`WholePartColumns`): a part's title is read from the part's column, with
            // the whole and the share beside it; the part alone is the row's value.
            var wholeCell: Cell?, shareCell: Cell?, unreadPart: Cell?
            if let pc = h.part, let partCell = row.cells.first(where: { $0.column == pc }),
                number(row, pc) != nil
            {
                if valueCell?.text.trimmed.isEmpty ?? true {
                    valueCell = partCell
                } else if number(row, h.value) != nil {
                    if namesPart(title) {
                        wholeCell = valueCell
                        valueCell = partCell
                        shareCell = h.shares.flatMap { sc in row.cells.first { $0.column == sc } }
                    } else {
                        unreadPart = partCell
                    }
                }
            }
            // A cross table's role (`RoleColumns`) before a title that names none: «Наставляемые — молодые
            // специалисты».
            if let role = rolePrefix, !roleEnded, !title.isEmpty, !WideLayoutReader.namesRole(title),
                !WideLayoutReader.isLinkTitle(title, context.labels)
            {
                title = WideLayoutReader.groupedTitle(group: role, sub: title)
            }
            // A share's row: its value is in the shares' column, even where the value column holds the share's count
            // («Доля наставников из числа педагогов | 34 | 40,48»: 34 was read as 34 %).
            if let sc = h.shares, Self.readsAsShare(title),
                let cell = row.cells.first(where: { $0.column == sc }), cell.text.contains(where: \.isNumber)
            {
                valueCell = cell
            }
            // A reviewer's corrected value is the row's value; a value the reviewer sent back without one is asked.
            let review = reviewed(row, h)
            if let corrected = review.corrected { valueCell = corrected }
            let valueColumn =
                valueCell.map { [h.correction, h.shares, h.part].contains($0.column) } == true
                ? valueCell!.column : h.value
            // A link typed into the title («Наставляемых всего (по приказу) (https://…pdf)»): the title is what is
            // left, the address its row's link.
            var titleLink: String?
            if title.includes("http"), let (head, url) = Self.splitLink(title), head.contains(where: \.isLetter) {
                title = head
                titleLink = url
            }
            // The value and its link in one cell («5 (https://…)»): the link apart, the value what is left.
            var ownLink: String?
            if h.link == nil || table.cell(CellRef(row: row.index, column: h.link!)) == nil, let vc = valueCell,
                case .text(let t) = vc.value,
                let (head, url) = Self.splitLink(t)
            {
                valueCell = Cell(
                    column: vc.column, value: .text(head), isPercent: vc.isPercent, isTextFormat: vc.isTextFormat)
                ownLink = url
            }
            let hasValue = !(valueCell?.text.trimmed.isEmpty ?? true)
            // A criterion written in the «Показатель» cell with the criterion cell left empty (seed 001).
            if title.isEmpty && hasValue && !directionText.isEmpty, let d = h.direction,
                table.cell(CellRef(row: row.index, column: d)) != nil
            {
                title = directionText
                titleColumn = d
            }
            // A row «ссылка» right under a criterion's row (a form laid across with a link column after each value,
            // turned): its address is that row's link.
            // (The address first: the title is asked about only on a row that holds one.)
            // A line of its own under a typed row («Ссылка: https://…», the address in the title's cell) too. A line that
            // says it proves several rows («Ссылка на оба положения», «Ссылка (к п. 4.1, а–е)», «все соглашения одним
            // файлом») proves every row above it back to the last such line or section that has no link of its own.
            // An address as the title of the row right under a criterion's, the criterion's value repeated beside it
            // or none (a pivot table's third row field: the document under its item): that row's link.
            if let last = out.last, last.index == row.index - 1, last.link == nil, Self.isBareAddress(title),
                !hasValue || valueCell?.text.trimmed == last.valueCell?.text.trimmed
            {
                out[out.count - 1].link = title
                lastLinkLine = row.index
                continue
            }
            if let last = out.last, last.index == row.index - 1, last.link == nil,
                let url = ownLink
                    ?? valueCell.map({ $0.text.trimmed }).flatMap({ Self.isAddressStart($0) ? $0 : nil })
                    ?? table.hyperlinks[CellRef(row: row.index, column: h.value)]?.url
                    ?? (hasValue ? nil : titleLink),
                WideLayoutReader.isLinkTitle(title, context.labels)
            {
                out[out.count - 1].link = url
                if Self.coversSeveralRows(title) {
                    var i = out.count - 2
                    while i >= 0, out[i].link == nil, out[i].index > lastLinkLine, out[i].index > lastSectionRow {
                        out[i].link = url
                        i -= 1
                    }
                }
                lastLinkLine = row.index
                continue
            }
            // The same line saying there is no link («ссылка | не предоставлена», «ссылка будет позже»): the row above
            // has none, said in its own words; no criterion's title.
            if let last = out.last, last.index == row.index - 1, last.link == nil, last.linkText == nil,
                WideLayoutReader.isLinkTitle(title, context.labels),
                let text = valueCell.map({ $0.text.trimmed }), !text.isEmpty, !Self.isAddressStart(text),
                Double(text.replacingOccurrences(of: ",", with: ".")) == nil
            {
                out[out.count - 1].linkText = text
                lastLinkLine = row.index
                continue
            }
            // A criterion's plan, fact, target or last year as rows under its title (`KindRows`): the fact is the
            // title's value, the others are named and not read.
            if let kind = rowKind(row, title: title, h, year: kindYear, columns: kindLabels) {
                let rowLink = plainLink(row, h)
                /// A row of the criterion's plan, target or another year, named and not read.
                func notFact(_ owner: String, _ column: Int, _ label: String) {
                    guard hasValue else { return }
                    out.append(
                        CriterionRow(
                            index: row.index, title: owner, titleColumn: column, valueCell: valueCell, link: nil,
                            note: nil, query: RowQuery(title: owner, year: year, scope: scope), hasContent: false,
                            otherKind: label))
                }
                if kind.fromTitle || title.isEmpty, let owner = kindOwner {
                    switch kind.kind {
                    case .other(let label):
                        notFact(owner.title, owner.titleColumn, label)
                    case .fact where owner.done:
                        // A second fact row: the first is the title's value, this one named.
                        notFact(owner.title, owner.titleColumn, title.isEmpty ? "факт (повтор)" : title + " (повтор)")
                    case .fact:
                        var link = rowLink ?? owner.link
                        if let i = owner.out, i < out.count {
                            link = link ?? out[i].link
                            out.remove(at: i)
                        }
                        out.append(
                            CriterionRow(
                                index: row.index, title: owner.title, titleColumn: owner.titleColumn,
                                valueCell: valueCell, link: link, note: nil,
                                query: RowQuery(
                                    title: owner.title, year: year, scope: scope, direction: direction,
                                    value: valueHint(valueCell, row: row.index, h)),
                                hasContent: hasValue || link != nil))
                        kindOwner?.done = true
                        kindOwner?.out = nil
                    }
                    continue
                }
                // A criterion's own row that holds its plan beside the label («… | план | да», the fact on the rows
                // under it): the title is the owner, the plan named.
                if !kind.fromTitle, !title.isEmpty, case .other(let label) = kind.kind {
                    notFact(title, titleColumn, label)
                    kindOwner = (title, titleColumn, rowLink, nil, false)
                    continue
                }
            }
            if !directionText.isEmpty, let d = resolver.direction(of: directionText) { direction = d }
            if title.isEmpty {
                // A section typed in the numbering column («7. Удовлетворённость участием в программах» in column A,
                // the criteria in B) with nothing else on its row: a section all the same.
                if !hasValue, let heading = sectionLeft(of: h.criterion, in: row) {
                    if let d = resolver.direction(of: heading) { direction = d }
                    sectionOfShares =
                        WordingKind.of(normalisedTitle: TitleNormaliser.normalise(heading)) == .share ? heading : nil
                    section = heading
                    lastSectionRow = row.index
                    titleOnly = nil
                }
                continue
            }
            // A numbered section's row merged in from the number's column, with its group's total in the value column
            // («4. Наставники из внешних организаций | 4», a report's group row): the section's total, no criterion —
            // named, not used.
            if hasValue, titleColumn == h.criterion, table.cell(CellRef(row: row.index, column: h.criterion)) == nil,
                table.merged.contains(where: {
                    $0.first.row == row.index && $0.first.column < h.criterion && $0.last.column >= h.criterion
                }),
                Self.isNumberedSection(title)
            {
                title = "Итого по разделу «" + title + "»"
            }
            // A lead-in merged down over its rows, ending with a colon («Наставники по приказу:» over «всего»,
            // «в т.ч. обучающиеся 15–19 лет»): each row's wording goes on from it, as a person reads them. Alone,
            // «в т.ч. обучающиеся 15–19 лет» was taken for all the pupils of that age.
            let lead = titleColumn != h.direction ? Self.leadIn(directionText) : nil
            // A wording typed over two rows (the line broken by hand): the part that goes on in lower case belongs to
            // the row right above it, whichever of the two holds the value.
            // The tail of the link above, wrapped onto a row of its own («…/Prikaz_56_nastav», then «nichestvo_2024.pdf»
            // under the wording): it goes back to that link.
            // (The row above may be a line of the same wording: a title of three lines or more.)
            let followsLast =
                out.last.map { $0.index == row.index - 1 } == true
                || continuedTo.map { $0.out == out.count - 1 && $0.row == row.index - 1 } == true
            if !hasValue, let last = out.last, followsLast, let head = last.link,
                !title.contains(where: \.isWhitespace), Self.continuesAddress(head, title),
                table.hyperlinks[CellRef(row: last.index, column: h.link ?? -1)] == nil
            {
                out[out.count - 1].link = head + title
                continuedTo = (out.count - 1, row.index)
                continue
            }
            // (A group's title over rows indented under it is no end of the wording above: «Наставники, всего | 17»,
            // then «из числа обучающихся 15–19 лет» over «    всего …», «    из них наставники».)
            let goesOn =
                Self.continuesWording(title) && !context.labels.isPart(title)
                && !opensIndentedGroup(row.index, column: titleColumn)
            if goesOn, !hasValue, let last = out.last, followsLast, last.query.wording == nil,
                last.note == nil,
                h.link.map({
                    table.cell(CellRef(row: row.index, column: $0)) == nil
                        || addresses(in: $0).tails.contains(row.index)
                }) ?? true
            {
                out[out.count - 1].title += " " + title
                out[out.count - 1].query.title = out[out.count - 1].title
                continuedTo = (out.count - 1, row.index)
                whole = out[out.count - 1].title
                if !lastWasPart, !wholes.isEmpty { wholes[wholes.count - 1] = out[out.count - 1].title }
                continue
            }
            if goesOn, hasValue, let above = titleOnly, above.index == row.index - 1, !Self.isGroupTitle(above.title) {
                title = above.title + " " + title
            }
            titleOnly = nil
            // The header written again further down (a table per section, a header repeated for print): not a row.
            if title == headerTitle, valueCell.map({ $0.storedNumber == nil && RowOutcome.hint($0) == .text }) ?? true {
                continue
            }
            // «из них: наставляемые» means one criterion under «наставники» and another under «молодые специалисты»:
            // the
            // user decides it once per whole, so its wording for decisions carries the whole's title.
            // A share and nothing else («Доля: 33,3 %» under «Из них наставники»): the share of what the row right
            // above names, matched with that row's subject; its wording for decisions carries that row.
            // (The part nearest above, within a few rows, as «Охват» under «Из них наставляемые» and its groups;
            // else the row right above.)
            let shareOf =
                context.labels.contains(.bareShare, TitleNormaliser.normalise(title))
                ? lastPart.flatMap { $0.index >= row.index - 6 ? $0 : nil }
                    ?? out.last.flatMap { $0.index >= row.index - 2 ? $0 : nil } : nil
            // A row in lower case with its own value right after a part, worded as that part goes on («в том числе:
            // из числа педагогов | 21», then «из числа обучающихся 15–19 лет | 34»): a part of the same whole.
            let isPart =
                context.labels.isPart(title)
                || (lastWasPart && hasValue && Self.continuesWording(title)
                    && out.last.map { $0.index == row.index - 1 && Self.sameListItem(title, after: $0.title) } == true)
            if !isPart, shareOf == nil, let lead { title = lead + " " + title }
            var fromSection: String?
            if !isPart, lead == nil, let section, !title.hasPrefix(section), Self.continuesSection(title) {
                fromSection = section
                title = section + " " + title
            }
            if isPart { whole = PartRole.whole(for: title, among: wholes) ?? whole }
            var wording = isPart ? whole.map { title + " — в строке «" + $0 + "»" } : nil
            if let shareOf { wording = title + " — в строке «" + (shareOf.query.wording ?? shareOf.title) + "»" }
            // A row of a section of shares whose title says no kind («Педагоги-наставники» under «Расчётные показатели,
            // %») is a share: its wording for decisions carries the section, so that the same title counting people
            // elsewhere is decided apart.
            let ownKind = WordingKind.of(normalisedTitle: TitleNormaliser.normalise(title))
            if wording == nil, let section = sectionOfShares, ownKind == nil {
                wording = title + " — в разделе «" + section + "»"
            }
            // A part is matched with its whole's subject: «из них: наставляемые» under «Молодые специалисты, всего» is
            // about young specialists who are mentees.
            let partWhole = isPart ? whole : nil
            if !isPart, shareOf == nil {
                whole = title
                wholes = lastWasPart ? [title] : wholes + [title]
            }
            lastWasPart = isPart
            var link: String?, linkText: String?
            if let lc = h.link {
                let own = CellRef(row: row.index, column: lc)
                let ref = table.cell(own) == nil && hasValue ? mergedDown[own] ?? own : own
                let broken = addresses(in: lc)
                linkText =
                    broken.tails.contains(ref.row) ? nil : broken.joined[ref.row] ?? table.cell(ref)?.text.trimmed
                if linkText?.isEmpty == true { linkText = nil }
                link = table.hyperlinks[ref]?.url ?? linkText.map { Self.linkInSentence(Self.joinBrokenAddress($0)) }
            }
            if link == nil, let url = table.hyperlinks[CellRef(row: row.index, column: h.value)]?.url { link = url }
            if link == nil, let ownLink { link = ownLink }
            if link == nil, let titleLink { link = titleLink }
            // A link on another cell of the row (the criterion's title, a note) is the row's link too — not in a
            // table of organisations (`columnOwner`), where the other cells are the other organisations'.
            if link == nil, columnOwner == nil,
                let url = row.cells.lazy.compactMap({
                    self.table.hyperlinks[CellRef(row: row.index, column: $0.column)]?.url
                }).first
            {
                link = url
            }
            // The link column holds the document's name, and an address stands in another cell of the row
            // («Источник информации» over «Документ | Ссылка»): the address is the link, the name its text.
            if columnOwner == nil, !(link.map { $0.contains("://") || $0.lowercased().hasPrefix("www.") } ?? false),
                let url = row.cells.lazy.filter({ $0.column != titleColumn && $0.column != h.value }).map({
                    $0.text.trimmed
                }).first(where: Self.isBareAddress)
            {
                if linkText == nil { linkText = link }
                link = url
            }
            // An address in a sentence in another cell of the row («чел. Ссылка: https://…», a form of sentences with
            // blanks): the row's own, before any line below that proves the rows above it — for a criterion that
            // needs a document (the sentence's count of pupils gets none).
            var linkInSentence = false
            if link == nil, columnOwner == nil {
                let typed = row.cells.filter {
                    $0.column != titleColumn && $0.column != h.value && $0.text.includes("://")
                }
                if typed.count == 1 {
                    link = Self.withoutSentencePunctuation(Self.linkInSentence(typed[0].text))
                    linkInSentence = true
                }
            }
            let note = h.note.flatMap { table.cell(CellRef(row: row.index, column: $0))?.text.trimmed }.flatMap {
                $0.isEmpty ? nil : $0
            }
            // A formula whose result the file does not store is a value not read, to be named: not an empty cell.
            let uncomputed = !hasValue && table.uncomputedFormulas.contains(CellRef(row: row.index, column: h.value))
            let hasContent = hasValue || link != nil || uncomputed
            if !hasContent {
                // A section row (or a criterion left empty): nothing to lose; it may name a direction.
                if let d = resolver.direction(of: title) { direction = d }
                if note == nil {
                    sectionOfShares =
                        WordingKind.of(normalisedTitle: TitleNormaliser.normalise(title)) == .share ? title : nil
                    section = title
                    lastSectionRow = row.index
                }
                if note == nil { titleOnly = (row.index, title) }
                if note == nil { kindOwner = (title, titleColumn, nil, nil, false) }
                if note == nil { continue }
            }
            out.append(
                CriterionRow(
                    index: row.index, title: title, titleColumn: titleColumn, valueCell: valueCell,
                    link: link.map(Self.withoutSentencePunctuation),
                    linkText: linkText, note: note,
                    query: RowQuery(
                        title: partWhole.map { $0 + " " + title } ?? shareOf.map { "Доля " + $0.query.title }
                            ?? title, year: year, scope: scope,
                        direction: direction,
                        value: sectionOfShares != nil && ownKind == nil
                            && valueHint(valueCell, row: row.index, h) == .number
                            ? .percent : valueHint(valueCell, row: row.index, h),
                        wording: wording, isPart: partWhole != nil),
                    hasContent: hasContent || note != nil, hidden: row.hidden, valueColumn: valueColumn,
                    columnUnsure: unsure, role: roleEnded ? nil : rolePrefix, block: section, sentBack: review.sentBack,
                    wholeCell: wholeCell, shareCell: shareCell, unreadPart: unreadPart, linkInSentence: linkInSentence)
            )
            if isPart { lastPart = out.last }
            kindOwner = hasValue ? nil : (title, titleColumn, link, out.count - 1, false)
        }
        return out
    }

    /// The labels of a header row by column role, read once for `movedHeader`: nil when the criterion's or the value's
    /// column has none (or both have the same).
    struct HeaderTexts {
        var criterion: String, value: String
        var link: String?, note: String?, unit: String?, direction: String?
    }

    func headerTexts(_ h: Columns) -> HeaderTexts? {
        func label(_ c: Int?) -> String? {
            guard let c, c >= 0, let t = table.displayed(CellRef(row: h.row, column: c))?.text.trimmed, !t.isEmpty
            else { return nil }
            return t
        }
        guard let criterion = label(h.criterion), let value = label(h.value), criterion != value else { return nil }
        return HeaderTexts(
            criterion: criterion, value: value, link: label(h.link), note: label(h.note), unit: label(h.unit),
            direction: label(h.direction))
    }

    /// The header row printed again further down with its columns moved («План» and «Факт» one column to the right on
    /// the second page of a converted PDF): the columns it gives each label, or nil when the row is no such header.
    /// The criterion's and the value's labels must both be in it, the value's elsewhere than before.
    func movedHeader(_ h: Columns, labels: HeaderTexts, now: Columns, _ row: Row) -> Columns? {
        guard row.cells.contains(where: { $0.text.trimmed == labels.value }) else { return nil }
        var columnOf: [String: Int] = [:]
        for cell in row.cells {
            let t = cell.text.trimmed
            if !t.isEmpty, columnOf[t] == nil { columnOf[t] = cell.column }
        }
        // The value label where the first header had it (merged over «2023 | 2024», the value chosen under it): the
        // same columns, printed again for a page — nothing moved.
        let labelWas =
            table.rows.first { $0.index == h.row }?.cells.first { $0.text.trimmed == labels.value }?.column ?? h.value
        guard let criterion = columnOf[labels.criterion], let label = columnOf[labels.value],
            label + (h.value - labelWas) != now.value
        else {
            return nil
        }
        var moved = h
        moved.criterion = criterion
        moved.value = label + (h.value - labelWas)
        if let l = labels.link { moved.link = columnOf[l] }
        if let n = labels.note { moved.note = columnOf[n] }
        if let u = labels.unit { moved.unit = columnOf[u] }
        if let d = labels.direction { moved.direction = columnOf[d] }
        moved.complements = []
        return moved
    }

    /// A value followed by its link in the same cell: «5 (https://…)», «Да https://…», «да, www.…»; nil when the cell
    /// holds no link or only a link.
    /// A hidden row for a criterion the catalogue does not measure in the form's year (no wording of that year) is a
    /// leftover of an earlier form, hidden by its author («Педагоги – стажёры на базе стажёрской площадки», 2023 only,
    /// in a 2024 form): not used by similarity; the user is asked.
    static func askAboutHiddenLeftovers(
        _ resolutions: inout [Resolution], hidden: [Bool], year: Int, _ catalogue: Catalogue
    ) {
        guard catalogue.years.contains(year) else { return }
        for r in resolutions.indices where hidden[r] {
            guard case .used(let id, .similar, let score) = resolutions[r],
                catalogue.criterion(id)?.exists(in: year) == false
            else { continue }
            resolutions[r] = .doubtful([Candidate(id: id, score: score)])
        }
    }

    /// A criterion given by a hidden row and again by a visible one is the visible row's: the form's author hid
    /// the other (last year's copy, a helper row), so it is the one reported as repeated and not used.
    static func preferVisible(_ resolutions: inout [Resolution], hidden: [Bool]) {
        for r in resolutions.indices where !hidden[r] {
            guard case .repeated(let id, let first) = resolutions[r], hidden[first],
                case .used(id, let how, let score) = resolutions[first]
            else { continue }
            resolutions[r] = .used(id, how: how, score: score)
            resolutions[first] = .repeated(id, firstRow: r)
        }
    }

    /// The words of a lead-in that the rows beside it go on from: a text that ends with a colon.
    static func leadIn(_ text: String) -> String? {
        guard text.hasSuffix(":") else { return nil }
        let lead = text.dropLast().trimmingCharacters(in: .whitespaces)
        return lead.isEmpty ? nil : lead
    }

    /// A section's title numbered as one («4. Наставники …», «IV. Педагоги», «Раздел 2 …»).
    static func isNumberedSection(_ title: String) -> Bool {
        let t = title.trimmingCharacters(in: .whitespaces)
        if t.lowercased().hasPrefix("раздел ") { return true }
        let head = t.prefix { !$0.isWhitespace }
        guard head.count >= 2, head.last == "." else { return false }
        let body = head.dropLast()
        return body.allSatisfy(\.isNumber) || body.allSatisfy({ "IVXLivxl".contains($0) })
    }

    /// A row's title of one word in lower case («наставляемых», «наставников» under «Удовлетворённость, %»): it goes
    /// on from its section's title.
    /// The only text of a row, typed left of the criterion column, when it reads as a section's heading (letters
    /// after its number, no cell right of it filled).
    func sectionLeft(of criterionColumn: Int, in row: Row) -> String? {
        let filled = row.cells.filter { !$0.text.trimmed.isEmpty }
        guard filled.count == 1, let cell = filled.first, cell.column < criterionColumn else { return nil }
        let text = cell.text.trimmed
        guard text.count >= 6, text.contains(where: \.isLetter),
            !TitleTokens.stripNumbering(TitleNormaliser.normalise(text)).isEmpty
        else { return nil }
        return text
    }

    /// Whether `title` begins with the same two words as the part above it does after its «в том числе:» («из числа
    /// обучающихся …» after «в том числе: из числа педагогов»): the next item of one list.
    static func sameListItem(_ title: String, after part: String) -> Bool {
        let own = TitleTokens.words(TitleNormaliser.normalise(title)),
            above = TitleTokens.words(
                TitleNormaliser.normalise(part))
        guard own.count > 2, own[0].count > 1 || own[1].count > 1 else { return false }
        let head = Array(own.prefix(2))
        return (1...4).contains { i in above.count > i + 2 && Array(above[i..<i + 2]) == head }
    }

    /// The number a note gives in place of the row's value («исправлено: верно 134 — …», «правильно 12»); nil when
    /// the note corrects nothing.
    static func correctedValue(in note: String) -> Double? {
        // (Most notes hold none of the words: looked for byte by byte first, Foundation's search only then.)
        let t = note.lowercased()
        for word in ["исправлено", "верно", "правильно", "следует читать"] where t.includes(word) {
            guard let r = t.range(of: word) else { continue }
            let rest = t[r.upperBound...].drop { !$0.isNumber }
            let digits = rest.prefix { $0.isNumber || $0 == "," || $0 == "." }
            guard !digits.isEmpty, let n = ValueParser.parseNumber(String(digits))?.value else { continue }
            return n
        }
        return nil
    }

    /// A group's title in a list kept by hand («Кадры», «Документы», «Итоги года»): one or two words, the first in
    /// capitals, ending with a letter. The lower-case rows under it are its items, not its wording going on.
    static func isGroupTitle(_ title: String) -> Bool {
        let words = title.split(whereSeparator: \.isWhitespace)
        guard (1...2).contains(words.count), let first = title.first, first.isUppercase,
            title.last?.isLetter == true
        else { return false }
        return true
    }

    /// Whether the row after `row` is indented under it by leading spaces (a tree typed in one column).
    func opensIndentedGroup(_ row: Int, column: Int) -> Bool {
        func indent(_ t: String) -> Int { t.prefix { $0 == " " || $0 == "\u{00A0}" }.count }
        let own = table.cell(CellRef(row: row, column: column))?.text ?? ""
        guard let next = table.rows.first(where: { $0.index > row }),
            let t = next.cells.first(where: { $0.column == column })?.text,
            !t.includes("://"), !t.includes("www.")
        else { return false }
        // (An address indented under its row, «   Ссылка: https://…», is no child.)
        return indent(t) >= indent(own) + 2
    }

    static func continuesSection(_ title: String) -> Bool {
        guard let first = title.first, first.isLetter, first.isLowercase else { return false }
        return title.allSatisfy(\.isLetter)
    }

    /// A row's text that goes on with the wording above it: its first letter is a lower-case one («в которых
    /// утверждены…», «(до 35 лет…»), as no criterion's or section's wording starts.
    static func continuesWording(_ title: String) -> Bool {
        guard let first = title.first(where: \.isLetter) else { return false }
        return first.isLowercase && title.first.map { $0.isLetter || $0 == "(" || $0 == "«" } == true
    }

    /// An address the cell's width or a converter broke («…/nastavnicheskie_⏎pary_2024.pdf», «…/30/69/ Prikaz.pdf»):
    /// joined again when what follows the break is the address's tail — Latin letters, digits and the address's own
    /// signs, with a letter and a «.», «_», «-» or «/» in it — and the part before it does not already end in a file
    /// name. Any other text is left as it is.
    static func joinBrokenAddress(_ text: String) -> String {
        // An address alone (most link cells): nothing to join. Only ASCII is looked at here; any other byte may be a
        // blank of another kind, and the text goes the long way.
        if !text.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 >= 0x80 }) {
            return text
        }
        let parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard parts.count > 1, parts.filter({ $0.contains("://") || $0.lowercased().hasPrefix("www.") }).count == 1
        else { return text }
        var out: [String] = []
        for part in parts {
            if let last = out.last, isAddressStart(last) || out.count == 1 && isAddressStart(out[0]),
                continuesAddress(last, part)
            {
                out[out.count - 1] += part
            } else {
                out.append(part)
            }
        }
        return out.count == parts.count ? text : out.joined(separator: " ")
    }

    static func isAddressStart(_ s: String) -> Bool { s.contains("://") || s.lowercased().hasPrefix("www.") }

    /// Whether `tail` is the rest of the address `head` (see `joinBrokenAddress`).
    static func continuesAddress(_ head: String, _ tail: String) -> Bool {
        guard isAddressStart(head), !isAddressStart(tail), tail.contains(where: \.isLetter),
            tail.contains(where: { "._-/".contains($0) }),
            tail.unicodeScalars.allSatisfy({
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._~%/?#=&+-:".unicodeScalars.contains($0))
            })
        else { return false }
        // «…/prikaz.pdf» is whole: what follows is another word.
        let file = head.split(separator: "/").last ?? ""
        let ext = file.split(separator: ".").last.map(String.init) ?? ""
        return
            !(file.contains(".")
            && ["pdf", "doc", "docx", "htm", "html", "xls", "xlsx", "jpg", "png", "odt"]
                .contains(ext.lowercased()))
    }

    /// A link cell's text with words around its one address («см.: https://…», «https://… (приказ)»): the address;
    /// any other text as it is (an address alone, or one broken by spaces, which the link checks then name).
    /// An address that took the sentence's end with it («…/doc.pdf.», «(…/doc.pdf)» cut to «…/doc.pdf)»), as an
    /// autocorrected hyperlink does: without it. A «)» that closes a «(» of the address stays.
    static func withoutSentencePunctuation(_ address: String) -> String {
        guard address.contains("://") || address.lowercased().hasPrefix("www.") else { return address }
        var a = Substring(address)
        while let last = a.last {
            if ".,;:»\"".contains(last) {
                a = a.dropLast()
            } else if last == ")", a.filter({ $0 == "(" }).count < a.filter({ $0 == ")" }).count {
                a = a.dropLast()
            } else {
                break
            }
        }
        return String(a)
    }

    /// The cell of a row that holds the result of `numerator` divided by another number of the row, in percent or as a
    /// fraction («29 | 30 | 96,67»): nil when `numerator` is no whole number or no two other numbers of the row make it.
    static func ratioResult(in table: SheetTable, row: Int, numerator: Cell) -> Cell? {
        guard let a = numerator.storedNumber, a > 0, a == a.rounded(),
            let cells = table.rows.first(where: { $0.index == row })?.cells
        else { return nil }
        let numbers = cells.filter { $0.column != numerator.column }.compactMap { c in
            c.storedNumber.map { (cell: c, value: $0) }
        }
        for b in numbers where b.value > 0 && b.value >= a && b.value == b.value.rounded() {
            for c in numbers where c.cell.column != b.cell.column && c.value != c.value.rounded() {
                let ratio = a / b.value
                if abs(ratio * 100 - c.value) <= 0.006 * max(1, c.value) || abs(ratio - c.value) <= 0.0006 {
                    return c.cell
                }
            }
        }
        return nil
    }

    static func linkInSentence(_ text: String) -> String {
        // (An address broken by spaces that `LinkRepair` puts back together is the cell's whole text.)
        isBareAddress(text) || LinkRepair.repair(text) != nil ? text : linkInSentenceByCharacters(text)
    }

    /// `linkInSentence` character by character: the reference for `isBareAddress` (a test holds them equal).
    static func linkInSentenceByCharacters(_ text: String) -> String {
        guard let mark = text.range(of: "://") ?? text.range(of: "www.") else { return text }
        var start = mark.lowerBound
        if text[mark] == "://" {
            while start > text.startIndex, case let p = text[text.index(before: start)],
                p.isLetter || p == "-" || p == "+" || p == "."
            {
                start = text.index(before: start)
            }
        }
        let url = text[start...].prefix { !$0.isWhitespace }
        let head = text[..<start], tail = text[url.endIndex...]
        // Words only around the address: no second address, no part of one («/», «://») before or after it.
        guard !(head.isEmpty && tail.isEmpty), !head.contains("/"), !tail.contains("/"), !tail.contains("www."),
            head.contains(where: \.isLetter) || tail.contains(where: \.isLetter)
        else { return text }
        return String(url).trimmingCharacters(in: CharacterSet(charactersIn: ".,;:)»\""))
    }

    /// Whether a text is an address alone, as `linkInSentence` would find: ASCII without spaces or control characters,
    /// starting with its scheme and «://» (letters, «-», «+», «.» before it) or, holding no «://», with «www.». Most
    /// links of forms are; deciding it from the bytes spares walking their characters.
    static func isBareAddress(_ text: String) -> Bool {
        var s = text
        return s.withUTF8 { b in
            guard b.count > 4 else { return false }
            for x in b where x <= 0x20 || x >= 0x7F { return false }
            func isScheme(_ x: UInt8) -> Bool {
                (x >= 0x61 && x <= 0x7A) || (x >= 0x41 && x <= 0x5A) || x == 0x2D || x == 0x2B || x == 0x2E
            }
            var i = 0
            while i < b.count, isScheme(b[i]) { i += 1 }
            if i > 0, i + 2 < b.count, b[i] == 0x3A, b[i + 1] == 0x2F, b[i + 2] == 0x2F { return true }
            // «www.» at the start, and no «://» anywhere (it would be the mark).
            guard b[0] == 0x77, b[1] == 0x77, b[2] == 0x77, b[3] == 0x2E else { return false }
            for j in 0..<(b.count - 2) where b[j] == 0x3A && b[j + 1] == 0x2F && b[j + 2] == 0x2F { return false }
            return true
        }
    }

    /// Whether a link's own line says it proves several rows: «Ссылка на оба положения», «Ссылка (к п. 4.1, а–е)»,
    /// «Ссылка (все соглашения одним файлом)», «Ссылка на итоги опроса (п. 7.1 и 7.2)».
    static func coversSeveralRows(_ title: String) -> Bool {
        let words = TitleNormaliser.normalise(title).split(separator: " ")
        let several: Set<Substring> = [
            "оба", "обе", "обоих", "все", "всех", "всем", "п", "пп", "пункты", "пунктам", "одним"
        ]
        return words.contains { several.contains($0) }
    }

    static func splitLink(_ text: String) -> (value: String, link: String)? {
        guard text.includes("://") || text.includes("www."), let mark = text.range(of: "://") ?? text.range(of: "www.")
        else { return nil }
        // The link starts at its scheme («https://», «chrome-extension://») or at «www.».
        var start = mark.lowerBound
        if text[mark] == "://" {
            while start > text.startIndex, case let p = text[text.index(before: start)],
                p.isLetter || p == "-" || p == "+" || p == "."
            {
                start = text.index(before: start)
            }
        }
        var head = text[..<start].trimmingCharacters(in: .whitespacesAndNewlines)
        let rest = text[start...].trimmingCharacters(in: .whitespacesAndNewlines)
        var url: String
        if head.hasSuffix("("), rest.hasSuffix(")") {
            // «5 (link)»: everything inside the brackets, spaces and all.
            head = String(head.dropLast()).trimmingCharacters(in: .whitespaces)
            url = String(rest.dropLast()).trimmingCharacters(in: .whitespaces)
        } else {
            url = String(rest.prefix { !$0.isWhitespace })
            guard url.count == rest.count else { return nil }
        }
        head = head.trimmingCharacters(in: CharacterSet(charactersIn: ",;:").union(.whitespaces))
        guard !head.isEmpty, !url.isEmpty else { return nil }
        return (head, url)
    }

    /// The fields above the header (`HeaderBlock`): organisation, type, year, municipality, ИНН.
    func labels(above header: Int, beside right: Int? = nil) -> HeaderBlock {
        let key = ReaderMemo.BlockKey(header: header, beside: right)
        if let block = memo.blocks[key] { return block }
        let block = HeaderBlock.read(table, above: header, beside: right, context: context)
        memo.blocks[key] = block
        return block
    }

    /// The last column of the form's table: labels right of it, level with its rows, are the block's.
    func lastColumn(_ h: Columns) -> Int {
        ([h.criterion, h.value, h.link, h.direction, h.note, h.unit].compactMap { $0 } + h.complements
            + h.valueCandidates + h.valueLabelled).max() ?? h.criterion
    }

    /// The year in a title above the header («Мониторинг … за 2024 год»), if one says it.
    func titleYear(above header: Int) -> Int? {
        if let year = memo.titleYears[header] { return year }
        let year = readTitleYear(above: header)
        memo.titleYears[header] = year
        return year
    }

    private func readTitleYear(above header: Int) -> Int? {
        // A row that names two years or more heads columns by year («2022 г. | 2023 г. | 2024 г.» above «план | факт»):
        // it states no reporting year.
        let rows = table.rows.filter { row in
            row.index < header
                && Set(
                    row.cells.compactMap {
                        HeaderLabels.year(inTitle: $0.text) ?? HeaderLabels.bareYear(inTitle: $0.text)
                    }
                )
                .count < 2
        }
        // «… за 2024 год» goes first: a template's year («по форме 2025 года (проект)») in a line above yields to it.
        for row in rows {
            for cell in row.cells { if let y = HeaderLabels.reportedYear(inTitle: cell.text) { return y } }
        }
        for row in rows {
            for cell in row.cells { if let y = HeaderLabels.year(inTitle: cell.text) { return y } }
        }
        // A title that ends with its year alone («Мониторинг ЦМН 2024»), not an organisation's name with a number,
        // and a year no later than the one after the run's (a school's workbook of 2022–2024 states 2023 most often;
        // a «Программа развития 2030» is no form's year).
        for row in rows {
            for cell in row.cells {
                guard let y = HeaderLabels.bareYear(inTitle: cell.text), y <= (context.runYear.map { $0 + 1 } ?? y),
                    !context.organisationWords.looksLikeName(cell.text)
                else { continue }
                return y
            }
        }
        return nil
    }

    /// Whether the sheet's tab names an organisation («СОШ2», «ООШ д.Ключи»): a workbook of a sheet per school, whose
    /// sheets take no name from a title sheet and continue no sheet before them.
    var tabNamesOrganisation: Bool {
        context.registry.lookup(table.name) != nil || context.organisationWords.looksLikeName(table.name)
    }

    /// Reads the form whose columns are `h` and whose rows are `rows`, as `criterionRows(h)` found them: everything
    /// in a row but its query's year and scope comes from the sheet alone, so the rows found while recognising the
    /// form serve its reading too.
    func read(_ columns: Columns, rows found: [CriterionRow], into dataset: inout Dataset, report: inout FileReport) {
        let sheet = table.name, file = self.file  // locals: closures capture them, not the whole reader
        var h = columns, rows = found
        func ref(_ r: Int, _ c: Int) -> SourceRef {
            SourceRef(file: file, sheet: sheet, cell: origin(r, c).description)
        }
        // A criterion's plan, target or another year's rows (`KindRows`): named, not read.
        func withoutOtherKinds(_ rows: [CriterionRow]) -> [CriterionRow] {
            for r in rows where r.otherKind != nil {
                report.issues.append(
                    FileIssue(
                        .ignoredColumn, ref(r.index, r.valueCell?.column ?? h.value),
                        "строка «\(r.otherKind!)» под «\(r.title)» — не факт отчётного года: значение «\(r.valueCell?.text.trimmed ?? "")» не учтено"
                    ))
            }
            return rows.filter { $0.otherKind == nil }
        }
        rows = withoutOtherKinds(rows)
        // A sentence with several blanks filled in (`FilledBlanks`): its answers are not cut apart by guessing.
        for (at, answers) in severalAnswers.sorted(by: { $0.key.row < $1.key.row }) {
            report.issues.append(
                FileIssue(
                    .severalAnswers, ref(at.row, at.column),
                    "в одном предложении несколько значений ("
                        + answers.map { "«\($0)»" }.joined(separator: ", ")
                        + "): не учтены — впишите каждое значение в свою строку формы"))
        }
        var lab = labels(above: h.row, beside: lastColumn(h))
        // A header of an export's field codes on the first row («IND_NAME | VALUE | DOC_URL»), the form's own fields
        // under it («Код ОО: 184101 | МБОУ «…»»): the fields are those above the first criterion.
        if lab.organisation == nil, let first = rows.first(where: \.hasContent)?.index, first > h.row + 1,
            let header = table.rows.first(where: { $0.index == h.row }), WideLayoutReader.isCodeRow(header)
        {
            let below = labels(above: first - 1, beside: lastColumn(h))
            if below.organisation != nil { lab = below }
        }
        // A number is no organisation's name (the numbering row under «Организация» in a table laid out across): the
        // form is named as one that names none.
        if let n = lab.organisation, n.allSatisfy({ $0.isNumber || $0 == "." || $0 == " " }) { lab.organisation = nil }
        // A form that names no organisation on its sheet, after a title sheet that labels one («Титул»): the title
        // sheet's fields, where the form's own are missing.
        var fromTitle: NormaliserContext.TitleSheet?
        // (Not a sheet whose tab names its own organisation: a workbook of a sheet per school.)
        if lab.organisation == nil, columnOwner == nil,
            context.resolver.decisions.organisation(file: file, sheet: table.name) == nil,
            !tabNamesOrganisation, let title = context.titleSheet
        {
            fromTitle = title
            lab.organisation = title.block.organisation
            lab.how = .label
            lab.type = lab.type ?? title.block.type
            lab.year = lab.year ?? title.block.year
            lab.municipality = lab.municipality ?? title.block.municipality
            lab.inn = lab.inn ?? title.block.inn
        }
        // A form that names no organisation in a workbook with a directory of its organisations (`OrganisationDirectory`):
        // named by its sheet's name or its ИНН there.
        var fromDirectory: (key: String, name: String, sheet: String)?
        if lab.organisation == nil, columnOwner == nil,
            context.resolver.decisions.organisation(file: file, sheet: table.name) == nil,
            let directory = context.directory,
            let found = directory.name(for: [table.name] + (lab.inn.map { [$0] } ?? []))
        {
            lab.organisation = found.name
            lab.how = .label
            fromDirectory = (found.key, found.name, directory.sheet)
        }
        // The block's own cells in the header row (a label and its value typed level with the header) are no columns.
        for (col, title) in h.ignored
        where lab.organisationCell != CellRef(row: h.row, column: col)
            && context.labels.role(of: TitleNormaliser.normalise(title), among: HeaderBlock.fieldRoles) == nil
        {
            report.issues.append(
                FileIssue(.ignoredColumn, ref(h.row, col), "столбец «\(title)» не распознан и пропущен"))
        }
        if let title = fromTitle {
            report.issues.append(
                FileIssue(
                    .organisationGuessed,
                    SourceRef(file: file, sheet: title.sheet, cell: title.block.organisationCell?.description ?? ""),
                    "на листе «\(sheet)» нет наименования организации; взято с листа «\(title.sheet)»: «\(title.block.organisation ?? "")» — "
                        + "проверьте; если форма другой организации, впишите её над таблицей или в файле сопоставления "
                        + "(лист «\(MappingSheets.forms)»)"))
        }
        if let d = fromDirectory {
            report.issues.append(
                FileIssue(
                    .organisationGuessed, SourceRef(file: file, sheet: d.sheet, cell: ""),
                    "на листе «\(sheet)» нет наименования организации; по справочнику книги (лист «\(d.sheet)») код «\(d.key)» — "
                        + "«\(d.name)» — проверьте; если форма другой организации, впишите её над таблицей или в файле "
                        + "сопоставления (лист «\(MappingSheets.forms)»)"))
        }
        // A form that names no organisation may name its municipality without a label (`MunicipalityName`).
        let municipality =
            lab.municipality?.trimmed
            ?? (lab.organisation == nil && columnOwner == nil ? municipalityInTitles(above: h.row) : nil) ?? ""
        // Whose form it is: the user's decision (mapping file, sheet «Формы»), else what the header block names.
        var named = owner(lab)
        var year = rowsYear ?? lab.year.flatMap(HeaderLabels.year(in:)) ?? titleYear(above: h.row)
        // A form of sentences or of «wording: value» cells under one title line («Сведения МБОУ «СОШ № 2» за 2024 год»):
        // with no header of labels, the row taken for the header is that title.
        if year == nil, !h.headerFound, named != nil, valueInWording != nil { year = titleYear(above: h.row + 1) }
        // A sheet that names its organisation shorter than an earlier sheet of the workbook («Кедровская ООШ — 2. Люди»
        // after the full name on the first sheet): the same organisation, under the first sheet's name. (Not a branch's
        // name, which holds its organisation's.)
        if let n = named, n.how != .decided, let earlier = context.continuedForm,
            n.name.count < earlier.organisation.count, !context.labels.isBranch(earlier.organisation),
            OrganisationWords.sameName(n.name, earlier.organisation)
        {
            named = (earlier.organisation, n.how)
        }
        // A sheet that names neither organisation nor year after a sheet of an organisation's form: its continuation.
        // (Not a sheet whose tab names an organisation: the next school's sheet of a workbook of a sheet per school.)
        if named == nil, year == nil, !tabNamesOrganisation, let earlier = context.continuedForm {
            named = (earlier.organisation, .label)
            year = earlier.year
            report.issues.append(
                FileIssue(
                    .organisationGuessed, SourceRef(file: file, sheet: sheet, cell: ""),
                    "на листе нет ни наименования организации, ни отчётного года: лист прочитан как продолжение формы листа "
                        + "«\(earlier.sheet)» (\(earlier.organisation), \(earlier.year) год) — проверьте; если это форма другой организации, "
                        + "впишите её над таблицей или в файле сопоставления (лист «\(MappingSheets.forms)»)"))
        }
        var organisation = named.map { context.organisation(named: $0.name, typeText: lab.type, inn: lab.inn) }
        // A title left from last year's copy («… за 2023 год» on the sheet «2024», over «Значение за 2024 год»): the
        // value column's header and the sheet's name, which agree, say the year, and the title is named.
        if rowsYear == nil, let stated = year, h.value >= 0,
            context.labels.valueColumnKind(headerTitle(h, h.value), reportingYear: nil) != .other,
            let column = HeaderLabels.columnYear(in: headerTitle(h, h.value)), column != stated,
            HeaderLabels.yearColumn(table.name) == column
        {
            year = column
            report.issues.append(
                FileIssue(
                    .missingYear, ref(h.row, h.value),
                    "над формой назван \(stated) год, а столбец значений («\(headerTitle(h, h.value))») и имя листа «\(table.name)» — \(column): "
                        + "форма прочитана за \(column) год — проверьте"))
        }
        // A value column headed by its year or date («2024», «на 31.12.2024») says the year when nothing above does.
        if year == nil, h.value >= 0,
            context.labels.valueColumnKind(headerTitle(h, h.value), reportingYear: nil) != .other
        {
            year = HeaderLabels.columnYear(in: headerTitle(h, h.value))
        }
        // Nothing in the sheet says the year: the sheet's name («2024») or the file's («ЦМН_2024_школа_5.xlsx») may, to
        // be checked; `--year` goes first.
        if year == nil, context.defaultYear == nil {
            let fileName = (file as NSString).lastPathComponent
            if let y = HeaderLabels.yearColumn(table.name) {
                year = y
                report.issues.append(FileIssue(.missingYear, nil, MissingYear.fromName(y, "листа «\(table.name)»")))
            } else if let y = HeaderLabels.year(inFileName: fileName) {
                year = y
                report.issues.append(FileIssue(.missingYear, nil, MissingYear.fromName(y, "файла «\(fileName)»")))
            }
        }
        if year == nil {
            year = context.defaultYear ?? context.runYear
            report.issues.append(FileIssue(.missingYear, nil, MissingYear.message(context)))
        }
        report.year = year
        if h.value < 0 {
            // Several columns may hold the values and their headers do not tell which: the user's decision, or a
            // question in the mapping file (once per layout) and no value of this form used.
            var titles = h.valueCandidates.map { headerTitle(h, $0) }
            // Columns headed alike («Значение», «Значение») are told apart by their letters, so that the choice in
            // the mapping file can name either.
            let repeated = Dictionary(titles.map { ($0, 1) }, uniquingKeysWith: +)
            titles = zip(titles, h.valueCandidates).map { title, column in
                (repeated[title] ?? 0) > 1 ? "\(title) (столбец \(CellRef.columnName(column)))" : title
            }
            guard let chosen = context.resolver.decisions.valueColumn(among: titles) else {
                let at = ref(h.row, h.valueCandidates.first ?? h.criterion)
                let held = rows.filter { !($0.valueCell?.text.trimmed.isEmpty ?? true) }.count
                dataset.valueColumnQuestions.append(
                    ValueColumnQuestion(columns: titles, source: at, organisation: organisation?.key, values: held))
                report.issues.append(
                    FileIssue(
                        .unknownValueColumn, at,
                        "значения могут быть в нескольких столбцах (\(titles.map { "«\($0)»" }.joined(separator: ", "))), и заголовки не говорят, "
                            + "какой из них — факт \(year.map { "за \($0) год" } ?? "отчётного года"): значения формы (\(held)) не учтены; "
                            + "выберите столбец на листе «Столбцы значений» файла сопоставления (--mapping-out, затем --mapping)"
                    ))
                // Still a form, of its organisation when it names one (its year counts for the run's year).
                if let organisation {
                    noteOrganisation(organisation, lab, dataset: &dataset, report: &report)
                } else {
                    report.layout = .form
                }
                return
            }
            h.value = h.valueCandidates[chosen]
            rows = withoutOtherKinds(criterionRows(h))
        }
        // The same rows once per unit of the organisation (a branch, a building) and once for the whole: the whole's
        // are read, the units' asked about (`UnitBlocks`).
        let unitSplit = UnitBlocks.split(rows)
        let unitRows = unitSplit.units.map { (row: rows[$0.row], block: $0.block, total: $0.total) }
        rows = unitSplit.keep.map { rows[$0] }
        // A pivot table's subtotals and totals (`PivotTable`): named, not read.
        let subtotals = pivotSubtotals(rows)
        for i in subtotals.sorted() {
            let r = rows[i]
            report.issues.append(
                FileIssue(
                    .totalRow, ref(r.index, r.titleColumn),
                    "строка «\(r.title)» — итог сводной таблицы (сумма строк под ней), а не значение критерия: не учтена"
                ))
        }
        rows = rows.indices.filter { !subtotals.contains($0) }.map { rows[$0] }
        // The rows again, now with the year and level known (they weigh in on the candidates).
        func resolve(_ scope: ResolveScope) -> ([RowEvidence], [Resolution]) {
            let queries = rows.map { row in
                var query = row.query
                query.year = year
                query.scope = scope
                return query
            }
            // The rows' numbers weigh in too (a part is never larger than its whole, a count is whole).
            let numbers = rows.map { r in
                r.valueCell.flatMap { $0.storedNumber ?? ValueParser.parseNumber($0.text)?.value }
            }
            var (evidence, resolutions) = FormAssignment.assign(
                queries: queries, resolver: context.resolver, numbers: numbers)
            Self.preferVisible(&resolutions, hidden: rows.map(\.hidden))
            if let year {
                Self.askAboutHiddenLeftovers(
                    &resolutions, hidden: rows.map(\.hidden), year: year, context.resolver.catalogue)
            }
            return (evidence, resolutions)
        }
        // A name found by its words alone is weighed against the criteria the form answers: all criteria first.
        let byWords = named?.how == .content || named?.how == .sentence
        var scope: ResolveScope = organisation == nil || byWords ? .any : .organisation
        var (evidence, resolutions) = resolve(scope)
        guard let year else {
            // Without a year nothing can be used: the values are counted as not used (the summary names them).
            report.yearlessValues = rows.filter { !($0.valueCell?.text.trimmed.isEmpty ?? true) }.count
            if let organisation {
                noteOrganisation(organisation, lab, dataset: &dataset, report: &report)
            } else {
                report.layout =
                    isMunicipal(levels(resolutions, rows), labelled: !municipality.isEmpty) ? .municipalForm : .form
            }
            return
        }
        var answers = levels(resolutions, rows)
        if byWords, answers.municipal > 0, answers.municipal >= answers.organisation,
            !context.notMunicipal.contains(file)
        {
            // The municipality's form with a name above it (its authority, «МКУ … Управление образования»).
            organisation = nil
        } else if scope == .organisation, let named = organisation, !context.notMunicipal.contains(file),
            answers.organisation * 2 < rows.filter(\.hasContent).count
        {
            // Most rows are no organisation's criterion: the form may be the municipality's, filled by the body that
            // runs the programme for it under its own label («Наименование организации: МКУ "ЦРО"»). Weighed against
            // all criteria, it is the municipality's when it answers more of the municipality's criteria than of an
            // organisation's.
            let (allEvidence, all) = resolve(.any)
            let levelsAll = levels(all, rows)
            if levelsAll.municipal > levelsAll.organisation {
                organisation = nil
                scope = .any
                (evidence, resolutions, answers) = (allEvidence, all, levelsAll)
                report.issues.append(
                    FileIssue(
                        .organisationGuessed,
                        SourceRef(file: file, sheet: sheet, cell: lab.organisationCell?.description ?? ""),
                        "форма подписана «\(named.name)», но отвечает на критерии муниципалитета (\(levelsAll.municipal)) чаще, "
                            + "чем на критерии организации (\(levelsAll.organisation)): принята за форму муниципалитета — проверьте"
                    ))
            }
        }
        report.organisationAnswers = (report.organisationAnswers ?? 0) + answers.organisation
        report.municipalAnswers = (report.municipalAnswers ?? 0) + answers.municipal
        // A sample of filling in under an instruction («Пример заполнения:» over two rows of the form) names no
        // organisation and gives no values: no form.
        if organisation == nil, let first = rows.first?.index,
            let marker = table.rows.lazy.filter({ $0.index < first }).compactMap({ row in
                row.cells.first { !$0.text.trimmed.isEmpty && context.labels.isSample($0.text.trimmed) }
                    .map { (row.index, $0) }
            }).first
        {
            report.issues.append(
                FileIssue(
                    .skippedSheet, ref(marker.0, marker.1.column),
                    "лист «\(sheet)» — пример заполнения («\(marker.1.text.trimmed)»), не форма организации: не прочитан"
                ))
            return
        }
        if organisation == nil && !isMunicipal(answers, labelled: !municipality.isEmpty) {
            // An organisation's form that names no organisation: the sheet's or the file's name, if it is one
            // («проверьте»); otherwise the form waits for the user's decision in the mapping file.
            guard let guess = ownerByName() else {
                unnamed(rows, resolutions, evidence, year: year, into: &dataset, report: &report)
                return
            }
            organisation = context.organisation(named: guess.name, typeText: lab.type, inn: lab.inn)
            report.issues.append(
                FileIssue(
                    .organisationGuessed, SourceRef(file: file, sheet: sheet, cell: ""),
                    "в форме не найдено наименование организации; взято из \(guess.place): «\(guess.name)»"
                        + (context.registry.lookup(guess.name) != nil ? " (есть в реестре)" : "")
                        + guess.others.map { "; другое наименование — «\($0.name)» (из \($0.place))" }.joined()
                        + " — проверьте; если организация другая, впишите её над таблицей или в файле сопоставления (лист «\(MappingSheets.forms)»)"
                ))
            var form = UnnamedForm(
                file: file, sheet: sheet, year: year, values: rows.filter(\.hasContent).count, guess: organisation!.name
            )
            form.byFileName = guess.place == "имени файла"
            dataset.unnamedForms.append(form)
        }
        if organisation != nil && scope == .any {
            scope = .organisation
            (evidence, resolutions) = resolve(scope)
        }
        if let organisation, named?.how == .sentence {
            report.issues.append(
                FileIssue(
                    .organisationGuessed, lab.organisationCell.map { ref($0.row, $0.column) },
                    "подписи с наименованием организации нет; наименование «\(organisation.name)» взято из заголовка — проверьте; "
                        + "если организация другая, впишите её над таблицей или в файле сопоставления (лист «\(MappingSheets.forms)»)"
                ))
        }
        if let organisation {
            noteOrganisation(organisation, lab, dataset: &dataset, report: &report)
        } else {
            report.layout = .municipalForm
            if !municipality.isEmpty { dataset.municipality = municipality }
        }
        // A form that answers «+» for yes answers «–» for no (elsewhere a dash says nothing was reported).
        let plusMinus = rows.contains { $0.valueCell?.text.trimmed == "+" }
        let fileID = dataset.observations.intern(file), sheetID = dataset.observations.intern(sheet)
        let orgID = organisation.map { dataset.observations.intern($0.key) } ?? -1
        var scale = ShareScale()
        defer {
            scale.settle(context.catalogue, organisation: organisation?.key, year: year, &dataset, &report)
        }
        for ((row, resolution), e) in zip(zip(rows, resolutions), evidence) {
            // A row about another year than the form's («Прошли КПК в 2023 году (для сравнения)» in a 2024 form): its
            // value is that year's, no figure of this one.
            if let named = HeaderLabels.periodYear(inTitle: row.title), named != year, row.hasContent {
                report.issues.append(
                    FileIssue(
                        .ignoredColumn, ref(row.index, row.titleColumn),
                        "строка «\(row.title)» — за \(named) год, а форма за \(year): не учтена"))
                continue
            }
            // A part's number beside a whole whose title is no part's (`WholePartColumns`): named, not read.
            if let part = row.unreadPart {
                report.issues.append(
                    FileIssue(
                        .ignoredColumn, ref(row.index, part.column),
                        "число «\(part.text.trimmed)» в столбце «\(headerTitle(h, part.column))» строки «\(row.title)» — часть "
                            + "значения строки, но строка не называет, чья это часть (наставляемые, наставники): не учтено"
                    ))
            }
            // A note that corrects the value («исправлено: верно 134» beside 130): nobody can tell which the form
            // means, so the value is asked about, with the note's words.
            var resolution = resolution
            if case .used(let id, _, let score) = resolution, let note = row.note,
                let fixed = Self.correctedValue(in: note),
                let typed = row.valueCell.flatMap({ $0.storedNumber ?? ValueParser.parseNumber($0.text)?.value }),
                fixed != typed
            {
                resolution = .doubtful([Candidate(id: id, score: score)])
                report.issues.append(
                    FileIssue(
                        .doubtfulMatch, ref(row.index, row.valueColumn ?? h.value),
                        "значение «\(row.valueCell?.text.trimmed ?? "")» строки «\(row.title)» исправлено в примечании: «\(note)» — "
                            + "не учтено; впишите верное значение в форму или подтвердите в файле сопоставления"))
            }
            // A role's column of a cross table (`RoleColumns`) gives no criterion of another role: «Наставники — дети с
            // ОВЗ» is not the mentees with disabilities; a column of pairs gives no count of programmes.
            if case .used(let id, _, let score) = resolution, let role = row.role.flatMap(MentoringRole.init),
                let c = context.catalogue.criterion(id), !role.admits(c.wording(for: year))
            {
                resolution = .doubtful([Candidate(id: id, score: score)])
            }
            // A value the reviewer sent back with no corrected value (`ReviewColumns`): asked about.
            if case .used(let id, _, let score) = resolution, let status = row.sentBack {
                resolution = .doubtful([Candidate(id: id, score: score)])
                report.issues.append(
                    FileIssue(
                        .doubtfulMatch, ref(row.index, row.valueColumn ?? h.value),
                        "значение «\(row.valueCell?.text.trimmed ?? "")» строки «\(row.title)» при проверке не принято "
                            + "(«\(status)»), исправленного значения нет — не учтено; впишите верное значение или "
                            + "подтвердите в файле сопоставления"))
            }
            // A row under another table's header that does not say which column holds the values: asked about.
            if case .used(let id, _, let score) = resolution, let labels = row.columnUnsure {
                resolution = .doubtful([Candidate(id: id, score: score)])
                report.issues.append(
                    FileIssue(
                        .doubtfulMatch, ref(row.index, row.titleColumn),
                        "строка «\(row.title)» стоит под шапкой другой таблицы \(labels), и не ясно, в каком её столбце "
                            + "значение за отчётный год — не учтено; подпишите столбец («Значение», «Факт», год) или "
                            + "подтвердите в файле сопоставления"))
            }
            let outcome = RowOutcome.Row(
                title: row.query.wording ?? row.title, at: ref(row.index, row.titleColumn),
                raw: row.valueCell?.text ?? "",
                link: row.link, organisation: organisation?.key, year: year, layout: report.layout,
                hasContent: row.hasContent, key: e.key, hidden: row.hidden)
            guard
                let (id, kind) = RowOutcome.record(
                    resolution, outcome, context: context, dataset: &dataset, report: &report)
            else { continue }
            report.mapped += 1
            var valueColumn = row.valueColumn ?? h.value
            if row.valueCell == nil, table.uncomputedFormulas.contains(CellRef(row: row.index, column: valueColumn)) {
                report.issues.append(
                    FileIssue(.uncomputedFormula, ref(row.index, valueColumn), UncomputedFormula.message))
            }
            let criterion = context.catalogue.criterion(id)!, unit = criterion.unit
            let link =
                (sharedLinks.contains(row.index) || row.linkInSentence) && !criterion.needsSource ? nil : row.link
            // A share's row that gives its numerator, denominator and result («довольны | 29 | ответили | 30 | 96,67»):
            // the share is the result, whichever of them the value column holds.
            var valueCell = row.valueCell
            // (In a table of organisations, `columnOwner`, the row's other numbers are the other organisations'.)
            if unit == .share || unit == .level, columnOwner == nil, let cell = row.valueCell,
                let result = Self.ratioResult(in: table, row: row.index, numerator: cell)
            {
                (valueColumn, valueCell) = (result.column, result)
            }
            let (value, raw, issue) = observe(
                valueCell, unit: unit, dashIsNo: plusMinus, source: ref(row.index, valueColumn))
            if let issue { report.issues.append(issue) }
            // An empty value without a link is "not reported": the criterion is known, nothing to keep.
            if value == nil && link == nil && row.note == nil { continue }
            if case .number? = value {
                if unit == .share || unit == .level, let cell = valueCell {
                    scale.entries.append(
                        .init(
                            index: dataset.observations.count, criterion: id, unit: unit, cell: cell,
                            title: row.title, source: ref(row.index, valueColumn)))
                }
            }
            dataset.observations.append(
                criterion: dataset.observations.intern(id), year: year, organisation: orgID, value: value, raw: raw,
                link: link, linkText: link == nil || row.linkText == row.link ? nil : row.linkText, note: row.note,
                file: fileID, sheet: sheetID, row: origin(row.index, valueColumn).row,
                column: origin(row.index, valueColumn).column, match: kind)
            report.values += 1
            // The whole and the share beside a part (`WholePartColumns`), each named in its own cell.
            guard row.wholeCell != nil, let (whole, share) = Self.wholeAndShare(of: id, context.catalogue) else {
                continue
            }
            for (other, cell) in [(whole, row.wholeCell), (share, row.shareCell)] {
                guard let other, let cell, !cell.text.trimmed.isEmpty, let known = context.catalogue.criterion(other)
                else { continue }
                let otherUnit = known.unit
                let at = ref(row.index, cell.column)
                if let by = zip(rows, resolutions).first(where: { $0.1.usedID == other })?.0 {
                    report.issues.append(
                        FileIssue(
                            .ignoredColumn, at,
                            "число «\(cell.text.trimmed)» строки «\(row.title)» — «\(context.catalogue.criterion(other)!.wording(for: year))», "
                                + "но он уже дан строкой «\(by.title)»: не учтено"))
                    continue
                }
                let (v, r, problem) = observe(cell, unit: otherUnit, dashIsNo: plusMinus, source: at)
                if let problem { report.issues.append(problem) }
                guard let v else { continue }
                if case .number = v, otherUnit == .share {
                    scale.entries.append(
                        .init(
                            index: dataset.observations.count, criterion: other, unit: otherUnit, cell: cell,
                            title: row.title, source: at))
                }
                dataset.observations.append(
                    criterion: dataset.observations.intern(other), year: year, organisation: orgID, value: v, raw: r,
                    link: known.needsSource ? link : nil,
                    linkText: !known.needsSource || link == nil || row.linkText == row.link ? nil : row.linkText,
                    note: nil, file: fileID, sheet: sheetID, row: origin(row.index, cell.column).row,
                    column: origin(row.index, cell.column).column, match: kind)
                report.values += 1
            }
        }
        // The units' rows set aside: asked about, with the criterion their title resembles, and named once a section.
        var toldOf: Set<String> = []
        for u in unitRows {
            var query = u.row.query
            // Decided apart from the same title elsewhere: a unit's row is no wording of the form's own.
            query.wording = (u.row.query.wording ?? u.row.title) + " — в разделе «" + u.block + "»"
            query.year = year
            query.scope = organisation == nil ? .any : .organisation
            let e = context.resolver.evidence(query)
            let candidates = e.fixed.map { [Candidate(id: $0, score: 1)] } ?? e.candidates
            let outcome = RowOutcome.Row(
                title: query.wording ?? u.row.title, at: ref(u.row.index, u.row.titleColumn),
                raw: u.row.valueCell?.text ?? "", link: u.row.link, organisation: organisation?.key, year: year,
                layout: report.layout, hasContent: u.row.hasContent, key: e.key, hidden: u.row.hidden)
            _ = RowOutcome.record(
                candidates.isEmpty ? .unmatched([]) : .doubtful(candidates), outcome, context: context,
                dataset: &dataset, report: &report)
            if toldOf.insert(u.block).inserted {
                report.issues.append(
                    FileIssue(
                        .doubtfulMatch, ref(u.row.index, u.row.titleColumn),
                        UnitBlocks.message(
                            block: u.block, total: u.total, rows: unitRows.filter { $0.block == u.block }.count)))
            }
        }
    }
}

/// What a `FormLayoutReader` read of its table once: the header block and the title's year above a header row.
/// A reader belongs to one table and one context, and to one thread at a time.
final class ReaderMemo: @unchecked Sendable {
    struct BlockKey: Hashable {
        var header: Int
        var beside: Int?
    }
    var blocks: [BlockKey: HeaderBlock] = [:]
    var titleYears: [Int: Int?] = [:]
}
