import Catalogue
import XLSXReader

/// Layout A: the form of one organisation (or of the municipality). Labels above the table give the
/// organisation, its type, the year and the municipality; a header row names the criterion, value and link
/// columns; then one row per criterion.
struct FormLayoutReader {
    let context: NormaliserContext
    let file: String
    let table: SheetTable

    struct Header {
        var row: Int
        var criterion: Int
        var value: Int
        var link: Int?
        var direction: Int?
        var note: Int?
        var ignored: [(Int, String)] = []
    }

    /// Finds the header row among the first 40 rows: a criterion column and a value column.
    static func findHeader(_ table: SheetTable) -> Header? {
        for row in table.rows.prefix(40) {
            var h = Header(row: row.index, criterion: -1, value: -1)
            for cell in row.cells {
                let t = TitleNormaliser.normalise(cell.text)
                if HeaderLabels.criterion.contains(t), h.criterion < 0 { h.criterion = cell.column }
                else if HeaderLabels.value.contains(t), h.value < 0 { h.value = cell.column }
                else if HeaderLabels.link.contains(t), h.link == nil { h.link = cell.column }
                else if HeaderLabels.direction.contains(t), h.direction == nil { h.direction = cell.column }
                else if HeaderLabels.note.contains(t), h.note == nil { h.note = cell.column }
                else if HeaderLabels.number.contains(t) || t.isEmpty { continue }
                else { h.ignored.append((cell.column, cell.text)) }
            }
            if h.criterion >= 0 && h.value >= 0 { return h }
        }
        return nil
    }

    /// The labelled fields above the header: value to the right, or below when labels stand side by side.
    func labels(above header: Int) -> (organisation: String?, type: String?, year: String?, municipality: String?, cells: [String: String]) {
        var found: [String: (String, String)] = [:]
        for row in table.rows where row.index < header {
            for cell in row.cells {
                let t = TitleNormaliser.normalise(cell.text)
                let key: String
                if HeaderLabels.organisation.contains(t) { key = "org" }
                else if HeaderLabels.orgType.contains(t) { key = "type" }
                else if HeaderLabels.year.contains(t) { key = "year" }
                else if HeaderLabels.municipality.contains(t) { key = "mun" }
                else { continue }
                if found[key] != nil { continue }
                // Right: the next non-empty cell of the row, unless it is another label.
                if let right = row.cells.first(where: { $0.column > cell.column }), !isLabel(right.text) {
                    found[key] = (right.text, CellRef(row: row.index, column: right.column).description)
                } else if let below = table.displayed(CellRef(row: row.index + 1, column: cell.column)), !isLabel(below.text) {
                    found[key] = (below.text, CellRef(row: row.index + 1, column: cell.column).description)
                }
            }
        }
        return (found["org"]?.0, found["type"]?.0, found["year"]?.0, found["mun"]?.0,
                found.mapValues { $0.1 })
    }

    func isLabel(_ text: String) -> Bool {
        let t = TitleNormaliser.normalise(text)
        return HeaderLabels.organisation.contains(t) || HeaderLabels.orgType.contains(t)
            || HeaderLabels.year.contains(t) || HeaderLabels.municipality.contains(t)
    }

    func read(header h: Header, into dataset: inout Dataset, report: inout FileReport) {
        let sheet = table.name, file = self.file   // locals: closures capture them, not the whole reader
        func ref(_ r: Int, _ c: Int) -> SourceRef { SourceRef(file: file, sheet: sheet, cell: CellRef(row: r, column: c).description) }
        let lab = labels(above: h.row)
        for (col, title) in h.ignored {
            report.issues.append(FileIssue(.ignoredColumn, ref(h.row, col), "столбец «\(title)» не распознан и пропущен"))
        }
        var organisation: Organisation?
        if let name = lab.organisation, !name.trimmed.isEmpty {
            let org = context.organisation(named: name, typeText: lab.type)
            organisation = org
            if dataset.organisations[org.key] == nil { dataset.organisations[org.key] = org }
            report.organisations = [org.name]
            report.layout = .form
        } else {
            report.layout = .municipalForm
        }
        var year = lab.year.flatMap(HeaderLabels.year(in:))
        if year == nil {
            year = context.defaultYear
            report.issues.append(FileIssue(.missingYear, nil, year == nil
                ? "в форме не указан отчётный год; укажите его в форме или параметром --year"
                : "в форме не указан отчётный год; принят \(year!) из параметра --year"))
        }
        report.year = year
        guard let year else { return }

        var seen: [String: CellRef] = [:]
        let fileID = dataset.observations.intern(file), sheetID = dataset.observations.intern(sheet)
        let orgID = organisation.map { dataset.observations.intern($0.key) } ?? -1
        let directionNames = TextSet(context.catalogue.directions.map { TitleNormaliser.normalise($0.name) })
        for row in table.rows where row.index > h.row {
            guard let titleCell = table.displayed(CellRef(row: row.index, column: h.criterion)) else { continue }
            let title = titleCell.text.trimmed
            let valueCell = row.cells.first { $0.column == h.value }
            if title.isEmpty { continue }
            // A direction's own row (no value) is not a criterion.
            if valueCell == nil && directionNames.contains(withoutLeadingNumber(TitleNormaliser.normalise(title))) { continue }
            let atCell = CellRef(row: row.index, column: h.criterion)
            var at: SourceRef { ref(row.index, h.criterion) }
            let match = context.matcher.match(title, year: year)
            let id: String
            let kind: MatchKind
            switch match {
            case .exact(let i): id = i; kind = .exact
            case .synonym(let i): id = i; kind = .synonym
            case .fuzzy(let i, let score):
                id = i; kind = .fuzzy
                report.issues.append(FileIssue(.fuzzyMatch, at,
                    "«\(title)» сопоставлен с критерием «\(context.catalogue.criterion(i)!.wording(for: year))» по сходству \(ValueFormatting.number(score))"))
            case .ambiguous(let ids):
                report.issues.append(FileIssue(.ambiguousTitle, at,
                    "«\(title)» подходит к нескольким критериям (\(ids.joined(separator: ", "))); уточните формулировку"))
                continue
            case .none:
                let raw = valueCell?.text ?? ""
                report.issues.append(FileIssue(.unmappedTitle, at,
                    "критерий «\(title)» не найден в каталоге" + (raw.isEmpty ? "" : " (значение «\(raw)» не учтено)")))
                continue
            }
            report.mapped += 1
            if let previous = seen[id] {
                report.issues.append(FileIssue(.duplicateCriterion, at,
                    "критерий «\(id)» уже встречался в ячейке \(previous); учтено первое значение"))
                continue
            }
            seen[id] = atCell
            let criterion = context.catalogue.criterion(id)!
            let (value, raw, issue) = observe(valueCell, unit: criterion.unit, source: ref(row.index, h.value))
            if let issue { report.issues.append(issue) }
            var link: String?, linkText: String?
            if let lc = h.link {
                let linkRef = CellRef(row: row.index, column: lc)
                linkText = table.cell(linkRef)?.text.trimmed
                if linkText?.isEmpty == true { linkText = nil }
                link = table.hyperlinks[linkRef]?.url ?? linkText
            }
            if link == nil, let url = table.hyperlinks[CellRef(row: row.index, column: h.value)]?.url { link = url }
            let note = h.note.flatMap { table.cell(CellRef(row: row.index, column: $0))?.text }
            // An empty value without a link is "not reported": the criterion is known, nothing to keep.
            if value == nil && link == nil && note == nil { continue }
            dataset.observations.append(
                criterion: dataset.observations.intern(id), year: year, organisation: orgID, value: value, raw: raw,
                link: link, linkText: linkText == link ? nil : linkText, note: note,
                file: fileID, sheet: sheetID, row: row.index, column: h.value, match: kind)
            report.values += 1
        }
    }

    /// "3 наставничество" → "наставничество": a direction title without its number.
    func withoutLeadingNumber(_ s: String) -> String {
        var rest = Substring(s).drop { $0.isASCII && $0.isNumber }
        if rest.count < s.count, rest.first == " " { rest = rest.dropFirst() }
        return String(rest)
    }
}
