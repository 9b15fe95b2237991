import Catalogue
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
    }

    static func recognise(_ sheet: SheetSource, context: NormaliserContext) throws -> LayoutPlan? {
        let table = try sheet.table()
        let reader = FormLayoutReader(context: context, file: sheet.path, table: table)
        guard let columns = reader.findColumns() else { return nil }
        let rows = reader.criterionRows(columns)
        let withValue = rows.filter { $0.hasContent }
        guard !withValue.isEmpty else { return nil }
        let resolutions = FormAssignment.assign(withValue.map { context.resolver.evidence($0.query) }, resolver: context.resolver)
        let known = resolutions.filter { if case .unmatched = $0 { return false }; return true }.count
        let share = Double(known) / Double(withValue.count)
        guard known >= 2 || (columns.labelled && known >= 1) else { return nil }
        let score = min(1, 0.3 + 0.6 * share + (columns.labelled ? 0.1 : 0))
        return LayoutPlan(layout: .form, score: score) { dataset, report in
            reader.read(columns, rows: rows, into: &dataset, report: &report)
        }
    }

    // MARK: Columns

    /// The columns of the form: from a labelled header row when one names the criterion or value column,
    /// completed and checked by what the columns hold.
    func findColumns() -> Columns? {
        let labels = context.labels
        var header: Columns?
        for row in table.rows.prefix(40) {
            var h = Columns(row: row.index, criterion: -1, value: -1)
            for cell in row.cells {
                let t = TitleNormaliser.normalise(cell.text)
                switch labels.role(of: t, among: [.criterion, .value, .link, .direction, .note, .number]) {
                case .criterion? where h.criterion < 0: h.criterion = cell.column
                case .value? where h.value < 0: h.value = cell.column
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
        if let h = header, h.labelled { return h }
        // Evidence: the column whose texts resolve to criteria.
        let start = (header?.row ?? -1) + 1
        var hits: [Int: Int] = [:], firstHit: [Int: Int] = [:]
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
                }
            }
        }
        let criterionColumn = header.flatMap { $0.criterion >= 0 ? $0.criterion : nil }
            ?? hits.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        guard let cc = criterionColumn, (hits[cc] ?? 0) >= 2 || header?.criterion == cc else { return nil }
        var h = header ?? Columns(row: (firstHit[cc] ?? 1) - 1, criterion: cc, value: -1)
        h.criterion = cc
        if header == nil {
            // The header is the last row above the first criterion that has two texts or more.
            let first = firstHit[cc] ?? 0
            if let r = table.rows.last(where: { $0.index < first && $0.cells.filter { !$0.text.trimmed.isEmpty }.count >= 2
                && !isColumnNumbers($0) && !$0.cells.contains { labels.contains(.organisation, TitleNormaliser.normalise($0.text)) } }) {
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
        if h.value < 0 {
            // The value column: the one holding the most numbers and yes/no answers in criterion rows.
            var count: [Int: Int] = [:]
            for row in table.rows where row.index > h.row {
                guard let t = row.cells.first(where: { $0.column == cc })?.text, !t.trimmed.isEmpty else { continue }
                for cell in row.cells where cell.column != cc && cell.column != h.link && cell.column != h.direction {
                    if let hint = RowOutcome.hint(cell), hint != .text { count[cell.column, default: 0] += 1 }
                }
            }
            guard let best = count.max(by: { ($0.value, -abs($0.key - cc)) < ($1.value, -abs($1.key - cc)) })?.key else { return nil }
            // A history sheet's year columns are not a form's values.
            if let title = table.cell(CellRef(row: h.row, column: best))?.text, HeaderLabels.yearColumn(title) != nil { return nil }
            h.value = best
        }
        if h.link == nil {
            var count: [Int: Int] = [:]
            for row in table.rows where row.index > h.row {
                for cell in row.cells where cell.column != cc && cell.column != h.value {
                    let t = cell.text.lowercased()
                    if t.hasPrefix("http") || t.hasPrefix("www.") || table.hyperlinks[CellRef(row: row.index, column: cell.column)] != nil {
                        count[cell.column, default: 0] += 1
                    }
                }
            }
            h.link = count.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        }
        h.ignored.removeAll { [h.criterion, h.value, h.link, h.direction, h.note].contains($0.0) }
        return h
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
    }

    /// The rows under the header that may be criteria; column-number rows and section rows are skipped
    /// (a section row sets the direction of the rows below it).
    func criterionRows(_ h: Columns, year: Int? = nil, scope: ResolveScope = .any) -> [CriterionRow] {
        var out: [CriterionRow] = []
        var direction: Int?
        let resolver = context.resolver
        for row in table.rows where row.index > h.row {
            if isColumnNumbers(row) { continue }
            let directionText = h.direction.flatMap { table.displayed(CellRef(row: row.index, column: $0))?.text.trimmed } ?? ""
            var title = table.displayed(CellRef(row: row.index, column: h.criterion))?.text.trimmed ?? ""
            var titleColumn = h.criterion
            let valueCell = row.cells.first { $0.column == h.value }
            let hasValue = !(valueCell?.text.trimmed.isEmpty ?? true)
            // A criterion written in the «Показатель» cell with the criterion cell left empty (seed 001).
            if title.isEmpty && hasValue && !directionText.isEmpty, let d = h.direction,
               table.cell(CellRef(row: row.index, column: d)) != nil {
                title = directionText
                titleColumn = d
            }
            if !directionText.isEmpty, let d = resolver.direction(of: directionText) { direction = d }
            if title.isEmpty { continue }
            var link: String?, linkText: String?
            if let lc = h.link {
                let ref = CellRef(row: row.index, column: lc)
                linkText = table.cell(ref)?.text.trimmed
                if linkText?.isEmpty == true { linkText = nil }
                link = table.hyperlinks[ref]?.url ?? linkText
            }
            if link == nil, let url = table.hyperlinks[CellRef(row: row.index, column: h.value)]?.url { link = url }
            let note = h.note.flatMap { table.cell(CellRef(row: row.index, column: $0))?.text.trimmed }.flatMap { $0.isEmpty ? nil : $0 }
            let hasContent = hasValue || link != nil
            if !hasContent {
                // A section row (or a criterion left empty): nothing to lose; it may name a direction.
                if let d = resolver.direction(of: title) { direction = d }
                if note == nil { continue }
            }
            out.append(CriterionRow(index: row.index, title: title, titleColumn: titleColumn, valueCell: valueCell, link: link,
                                    linkText: linkText, note: note,
                                    query: RowQuery(title: title, year: year, scope: scope, direction: direction,
                                                    value: RowOutcome.hint(valueCell)),
                                    hasContent: hasContent || note != nil))
        }
        return out
    }

    /// The labelled fields above the header: value to the right, or below when labels stand side by side.
    func labels(above header: Int) -> (organisation: String?, type: String?, year: String?, municipality: String?, inn: String?,
                                       organisationCell: CellRef?) {
        var found: [HeaderLabels.Role: (text: String, cell: CellRef)] = [:]
        for row in table.rows where row.index <= header {
            for cell in row.cells {
                let t = TitleNormaliser.normalise(cell.text)
                guard let role = context.labels.role(of: t, among: [.organisation, .orgType, .year, .municipality, .inn]),
                      found[role] == nil else { continue }
                if let right = row.cells.first(where: { $0.column > cell.column }), !context.labels.isFieldLabel(right.text) {
                    found[role] = (right.text, CellRef(row: row.index, column: right.column))
                } else if let below = table.displayed(CellRef(row: row.index + 1, column: cell.column)), !context.labels.isFieldLabel(below.text) {
                    found[role] = (below.text, CellRef(row: row.index + 1, column: cell.column))
                }
            }
        }
        return (found[.organisation]?.text, found[.orgType]?.text, found[.year]?.text, found[.municipality]?.text,
                found[.inn]?.text, found[.organisation]?.cell)
    }

    /// The year in a title above the header («Мониторинг … за 2024 год»), if one says it.
    func titleYear(above header: Int) -> Int? {
        for row in table.rows where row.index < header {
            for cell in row.cells { if let y = HeaderLabels.year(inTitle: cell.text) { return y } }
        }
        return nil
    }

    /// Reads the form whose columns are `h` and whose rows are `rows`, as `criterionRows(h)` found them: everything
    /// in a row but its query's year and scope comes from the sheet alone, so the rows found while recognising the
    /// form serve its reading too.
    func read(_ h: Columns, rows: [CriterionRow], into dataset: inout Dataset, report: inout FileReport) {
        let sheet = table.name, file = self.file   // locals: closures capture them, not the whole reader
        func ref(_ r: Int, _ c: Int) -> SourceRef { SourceRef(file: file, sheet: sheet, cell: CellRef(row: r, column: c).description) }
        let lab = labels(above: h.row)
        for (col, title) in h.ignored {
            report.issues.append(FileIssue(.ignoredColumn, ref(h.row, col), "столбец «\(title)» не распознан и пропущен"))
        }
        var organisation: Organisation?
        let municipality = lab.municipality?.trimmed ?? ""
        if let name = lab.organisation, !name.trimmed.isEmpty {
            // An organisation's municipality comes from the register (the run's one stands for the others in
            // «Данные»), not from its form, so that `--municipality` names every row alike.
            let org = context.organisation(named: name, typeText: lab.type, inn: lab.inn)
            organisation = org
            dataset.record(org)
            report.organisations = [org.name]
            report.layout = .form
            if let issue = context.notInRegister(org, at: ref(lab.organisationCell?.row ?? h.row, lab.organisationCell?.column ?? 0)) {
                report.issues.append(issue)
            }
        } else {
            report.layout = .municipalForm
            if !municipality.isEmpty { dataset.municipality = municipality }
        }
        var year = lab.year.flatMap(HeaderLabels.year(in:)) ?? titleYear(above: h.row)
        if year == nil {
            year = context.defaultYear
            report.issues.append(FileIssue(.missingYear, nil, year == nil
                ? "в форме не указан отчётный год; укажите его в форме или параметром --year"
                : "в форме не указан отчётный год; принят \(year!) из параметра --year"))
        }
        report.year = year
        // The rows again, now with the year and level known (they weigh in on the candidates).
        let scope: ResolveScope = organisation == nil ? .any : .organisation
        let evidence = rows.map { row in
            var query = row.query
            query.year = year
            query.scope = scope
            return context.resolver.evidence(query)
        }
        let numbers = rows.map { r in r.valueCell.flatMap { $0.storedNumber ?? ValueParser.parseNumber($0.text)?.value } }
        let resolutions = FormAssignment.assign(evidence, resolver: context.resolver, numbers: numbers)
        guard let year else {
            // Without a year nothing can be used; the values are kept as unassigned.
            return
        }
        // A form that names no organisation is the municipality's only when something says so: a «Муниципальное
        // образование» label, or rows of the municipal form's own criteria. A school's form whose name label the
        // tool does not know would otherwise pass its counts off as the municipality's.
        if organisation == nil && municipality.isEmpty {
            let municipal = resolutions.contains { r in
                if case .used(let id, _, _) = r { return context.catalogue.criterion(id)?.level == .municipal }
                return false
            }
            if !municipal {
                let values = rows.filter { $0.valueCell != nil }.count
                // Not a form the tool can place: the file counts as skipped, with the reason.
                report.layout = nil
                report.issues.append(FileIssue(.unknownLayout, nil,
                    "не найдено наименование организации (подпись «Образовательная организация» или «Наименование ОО» над таблицей) " +
                    "и это не форма муниципалитета (нет подписи «Муниципальное образование»): значения формы (\(values)) не учтены; " +
                    "впишите наименование организации над таблицей"))
                return
            }
        }
        let fileID = dataset.observations.intern(file), sheetID = dataset.observations.intern(sheet)
        let orgID = organisation.map { dataset.observations.intern($0.key) } ?? -1
        for ((row, resolution), e) in zip(zip(rows, resolutions), evidence) {
            let outcome = RowOutcome.Row(title: row.title, at: ref(row.index, row.titleColumn), raw: row.valueCell?.text ?? "",
                                         link: row.link, organisation: organisation?.key, year: year, layout: report.layout,
                                         hasContent: row.hasContent, key: e.key)
            guard let (id, kind) = RowOutcome.record(resolution, outcome, context: context, dataset: &dataset, report: &report) else { continue }
            report.mapped += 1
            let unit = context.catalogue.criterion(id)!.unit
            let (value, raw, issue) = observe(row.valueCell, unit: unit, source: ref(row.index, h.value))
            if let issue { report.issues.append(issue) }
            // An empty value without a link is "not reported": the criterion is known, nothing to keep.
            if value == nil && row.link == nil && row.note == nil { continue }
            dataset.observations.append(
                criterion: dataset.observations.intern(id), year: year, organisation: orgID, value: value, raw: raw,
                link: row.link, linkText: row.linkText == row.link ? nil : row.linkText, note: row.note,
                file: fileID, sheet: sheetID, row: row.index, column: h.value, match: kind)
            report.values += 1
        }
    }
}
