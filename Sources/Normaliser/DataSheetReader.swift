import Catalogue
import XLSXReader

/// Reads the hidden «Данные» sheet of a workbook written by `mentoring consolidate`: municipal values
/// become history, organisations' values become observations of their year (for "since YEAR" findings).
struct DataSheetReader {
    let context: NormaliserContext
    let file: String

    static func isDataSheet(_ first: Row?) -> Bool {
        guard let first, let c = first.cells.first, case .text(let t) = c.value else { return false }
        return t == "criterion_id"
    }

    func read(_ reader: SheetRowReader, sheet: String, header: Row, into dataset: inout Dataset, report: inout FileReport) throws {
        report.layout = .dataSheet
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
                    report.issues.append(FileIssue(.unmappedTitle, SourceRef(file: file, sheet: sheet, cell: CellRef(row: row.index, column: 0).description),
                                                   "идентификатор «\(id)» не найден в каталоге"))
                }
                continue
            }
            let valueCell = col["value"].flatMap { cells[$0] }
            let note = text(cells, "note")
            var value: ObservedValue?
            if let n = valueCell?.storedNumber { value = .number(n) }
            else if let t = valueCell?.text, !t.isEmpty {
                value = criterion.unit == .list ? .list(t.components(separatedBy: "; ")) : .text(t)
            } else if !note.isEmpty { value = .note(note) }
            let source = SourceRef(file: file, sheet: sheet, cell: CellRef(row: row.index, column: col["value"] ?? 6).description)
            years.insert(year)
            if text(cells, "level") == "municipal" {
                dataset.history.append(HistoryValue(criterion: id, year: year, value: value, raw: valueCell?.text ?? note, source: source))
            } else {
                // The key is recomputed from the name, so that a data sheet made elsewhere links up too.
                let name = text(cells, "organisation")
                var org = name.isEmpty ? Organisation(key: text(cells, "organisation_key"), name: "", type: .unknown)
                                       : context.organisation(named: name, typeText: nil)
                if let t = OrganisationType(rawValue: text(cells, "type")), t != .unknown { org.type = t }
                let key = org.key
                if dataset.organisations[key] == nil { dataset.organisations[key] = org }
                let link = text(cells, "link")
                dataset.observations.append(Observation(criterion: id, year: year, organisation: key, value: value,
                                                        raw: text(cells, "raw"), link: link.isEmpty ? nil : link, linkText: nil,
                                                        note: nil, source: source, match: .history))
            }
            report.values += 1
        }
        report.mapped = report.values
        report.year = [report.year, years.max()].compactMap { $0 }.max()
    }
}
