import Catalogue
import Dataset
import XLSXReader

/// Reads the hidden «Данные» sheet of a workbook written by `mentoring consolidate`: municipal values
/// become history, organisations' values become observations of their year (for "since YEAR" findings).
/// Both layouts are read: one row per organisation and year (current), one row per value (earlier).
struct DataSheetReader {
    let context: NormaliserContext
    let file: String

    static func isDataSheet(_ first: Row?) -> Bool {
        guard let first, let c = first.cells.first, case .text(let t) = c.value else { return false }
        return t == DataSheetFormat.longFirstColumn || t == DataSheetFormat.fixedColumns[0]
    }

    func read(
        _ reader: SheetRowReader, sheet: String, header: Row, into dataset: inout Dataset, report: inout FileReport
    ) throws {
        report.layout = .dataSheet
        if case .text(let t)? = header.cells.first?.value, t == DataSheetFormat.fixedColumns[0] {
            return try readWide(reader, sheet: sheet, header: header, into: &dataset, report: &report)
        }
        var col: [String: Int] = [:]
        for c in header.cells { if case .text(let t) = c.value { col[t] = c.column } }
        func text(_ row: [Int: Cell], _ name: String) -> String { col[name].flatMap { row[$0]?.text } ?? "" }
        var years = Set<Int>()
        while let row = try reader.next() {
            var cells: [Int: Cell] = [:]
            for c in row.cells { cells[c.column] = c }
            let id = text(cells, "criterion_id")
            guard let criterion = context.catalogue.criterion(id), let year = Int(text(cells, "year")) else {
                if !id.isEmpty {
                    report.issues.append(
                        FileIssue(
                            .unmappedTitle,
                            SourceRef(file: file, sheet: sheet, cell: CellRef(row: row.index, column: 0).description),
                            "идентификатор «\(id)» не найден в каталоге"))
                }
                continue
            }
            let valueCell = col["value"].flatMap { cells[$0] }
            let note = text(cells, "note")
            var value: ObservedValue?
            if let n = valueCell?.storedNumber {
                value = .number(n)
            } else if let t = valueCell?.text, !t.isEmpty {
                value = criterion.unit == .list ? .list(t.components(separatedBy: "; ")) : .text(t)
            } else if !note.isEmpty {
                value = .note(note)
            }
            let source = SourceRef(
                file: file, sheet: sheet, cell: CellRef(row: row.index, column: col["value"] ?? 6).description)
            years.insert(year)
            if text(cells, "level") == "municipal" {
                dataset.history.append(
                    HistoryValue(criterion: id, year: year, value: value, raw: valueCell?.text ?? note, source: source))
            } else {
                // The key is recomputed from the name, so that a data sheet made elsewhere links up too.
                let name = text(cells, "organisation")
                var org =
                    name.isEmpty
                    ? Organisation(key: text(cells, "organisation_key"), name: "", type: .unknown)
                    : context.organisation(named: name, typeText: nil)
                if let t = OrganisationType(rawValue: text(cells, "type")), t != .unknown { org.type = t }
                let key = org.key
                if dataset.organisations[key] == nil { dataset.organisations[key] = org }
                let link = text(cells, "link")
                dataset.observations.append(
                    Observation(
                        criterion: id, year: year, organisation: key, value: value,
                        raw: text(cells, "raw"), link: link.isEmpty ? nil : link, linkText: nil,
                        note: nil, source: source, match: .history))
            }
            report.values += 1
        }
        report.mapped = report.values
        report.year = years.max()
    }

    /// The current layout: row 1 criterion ids (and «id#link»), row 2 wordings, then a row per organisation
    /// and year («org») or per year of the municipality («municipal»).
    private func readWide(
        _ reader: SheetRowReader, sheet: String, header: Row, into dataset: inout Dataset,
        report: inout FileReport
    ) throws {
        var fixed: [String: Int] = [:]
        var valueColumns: [(column: Int, criterion: Criterion)] = []
        var linkColumn: [String: Int] = [:]
        for c in header.cells {
            guard case .text(let t) = c.value else { continue }
            if DataSheetFormat.fixedColumns.contains(t) { fixed[t] = c.column; continue }
            let isLink = t.hasSuffix(DataSheetFormat.linkSuffix)
            let id = isLink ? String(t.dropLast(DataSheetFormat.linkSuffix.count)) : t
            guard let criterion = context.catalogue.criterion(id) else {
                report.issues.append(
                    FileIssue(
                        .unmappedTitle,
                        SourceRef(
                            file: file, sheet: sheet, cell: CellRef(row: header.index, column: c.column).description),
                        "идентификатор «\(id)» не найден в каталоге; столбец не учтён"))
                continue
            }
            if isLink { linkColumn[id] = c.column } else { valueColumns.append((c.column, criterion)) }
        }
        var years = Set<Int>()
        var cells: [Cell?] = []
        while let row = try reader.next() {
            cells = [Cell?](repeating: nil, count: (row.cells.last?.column ?? 0) + 1)
            for c in row.cells { cells[c.column] = c }
            func cell(_ column: Int?) -> Cell? { column.flatMap { $0 < cells.count ? cells[$0] : nil } }
            func text(_ name: String) -> String { cell(fixed[name])?.text ?? "" }
            let level = text("level")
            let levels = [
                DataSheetFormat.organisationLevel, DataSheetFormat.municipalLevel, DataSheetFormat.regionLevel,
                DataSheetFormat.municipalityLevel
            ]
            guard levels.contains(level) else { continue }  // the wordings row
            guard let year = cell(fixed["year"])?.storedNumber.map({ Int($0) }) ?? Int(text("year")) else { continue }
            years.insert(year)
            func source(_ column: Int) -> SourceRef {
                SourceRef(file: file, sheet: sheet, cell: CellRef(row: row.index, column: column).description)
            }
            func value(_ c: Cell?, _ criterion: Criterion) -> ObservedValue? {
                guard let c else { return nil }
                if let n = c.storedNumber { return .number(n) }
                let t = c.text
                if t.isEmpty { return nil }
                if criterion.unit == .list { return .list(t.components(separatedBy: DataSheetFormat.listSeparator)) }
                if case .note(let s) = ValueParser.parse(raw: t, unit: .text) { return .note(s) }
                return .text(t)
            }
            let municipality = text("municipality").trimmed
            if level != DataSheetFormat.organisationLevel {
                // The values of the level the workbook is about (a municipality's, a region's), or of one
                // municipality within a region (kept apart by its name).
                let within = level == DataSheetFormat.municipalityLevel ? municipality : nil
                if level == DataSheetFormat.municipalityLevel && municipality.isEmpty { continue }
                if level == DataSheetFormat.municipalLevel, !municipality.isEmpty, dataset.municipality == nil {
                    dataset.municipality = municipality
                }
                for (column, criterion) in valueColumns {
                    guard let v = value(cell(column), criterion) else { continue }
                    dataset.history.append(
                        HistoryValue(
                            criterion: criterion.id, year: year, value: v, raw: cell(column)?.text ?? "",
                            source: source(column), municipality: within))
                    report.values += 1
                }
                continue
            }
            // The key is recomputed from the name, so that a data sheet edited elsewhere links up too.
            let name = text("organisation")
            var org =
                name.isEmpty
                ? Organisation(key: text("organisation_key"), name: "", type: .unknown)
                : context.organisation(named: name, typeText: nil)
            if let t = OrganisationType(rawValue: text("type")), t != .unknown { org.type = t }
            if !municipality.isEmpty { org.municipality = municipality }
            if dataset.organisations[org.key] == nil { dataset.organisations[org.key] = org }
            for (column, criterion) in valueColumns {
                let v = value(cell(column), criterion)
                let link = cell(linkColumn[criterion.id])?.text.trimmed
                guard v != nil || link?.isEmpty == false else { continue }
                dataset.observations.append(
                    Observation(
                        criterion: criterion.id, year: year, organisation: org.key, value: v,
                        raw: cell(column)?.text ?? "", link: link?.isEmpty == false ? link : nil,
                        linkText: nil, note: nil, source: source(column), match: .history))
                report.values += 1
            }
        }
        report.mapped = report.values
        report.year = years.max()
    }
}
