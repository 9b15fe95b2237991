import Catalogue
import CellReference
import Dataset
import Foundation
import XLSXReader

/// A sheet of proof links laid out as the sheet of values beside it: the same rows of criteria, the same columns of
/// organisations, an address where the other has a value («Свод» and «Ссылки» of a methodologist's ledger). Each
/// address goes to the value whose row has the same title and whose column names the same organisation. Nothing is
/// guessed from positions alone: rows the links sheet left out or put in another order are matched by their titles.
enum LinkGrid {
    /// The addresses of `links` given to the values of the other sheets of `file` that have none; how many were given.
    /// `read`: the sheets as the layouts read them (a sheet in two languages by its Russian halves); another sheet is
    /// read again as it is.
    static func attach(
        _ links: SheetTable, of path: String, file: XLSXFile, read: [String: SheetTable] = [:],
        to dataset: inout Dataset
    ) throws -> (given: Int, sheets: [String]) {
        let own = dataset.observations.indices.filter { dataset.observations[$0].source.file == path }
        let organisations = Set(own.compactMap { dataset.observations[$0].organisation })
        guard !organisations.isEmpty else { return (0, []) }
        // The links sheet: its cells of addresses, the title columns left of them, the header rows above them.
        var addresses: [(row: Int, column: Int, url: String)] = []
        for row in links.rows {
            for cell in row.cells {
                let ref = CellRef(row: row.index, column: cell.column)
                if let url = links.hyperlinks[ref]?.url ?? address(cell.text) {
                    addresses.append((row.index, cell.column, url))
                }
            }
        }
        guard let firstColumn = addresses.map(\.column).min(), let firstRow = addresses.map(\.row).min() else {
            return (0, [])
        }
        var byKey: [Key: String] = [:]
        for a in addresses {
            guard let org = organisation(of: a.column, in: links, above: firstRow, among: organisations) else {
                continue
            }
            let title = rowTitle(links, a.row, before: firstColumn)
            guard !title.isEmpty else { continue }
            byKey[Key(title: title, organisation: org)] = a.url
        }
        guard !byKey.isEmpty else { return (0, []) }
        // The values' sheets: each value's row title and organisation.
        var given = 0
        var sheets: [String] = []
        let bySheet = Dictionary(grouping: own) { dataset.observations[$0].source.sheet }
        for (name, indices) in bySheet.sorted(by: { $0.key < $1.key }) where name != links.name {
            guard let info = file.sheet(named: name) else { continue }
            let cells = indices.compactMap { i in
                A1.parse(dataset.observations[i].source.cell).map { (i, $0.row, $0.column) }
            }
            guard let valueColumn = cells.map(\.2).min() else { continue }
            let table = try read[name] ?? SheetSource(path: path, file: file, sheet: info).table()
            var here = 0
            for (i, row, _) in cells where dataset.observations[i].link == nil {
                guard let org = dataset.observations[i].organisation,
                    let url = byKey[Key(title: rowTitle(table, row, before: valueColumn), organisation: org)]
                else { continue }
                dataset.observations[i].link = url
                here += 1
            }
            if here > 0 {
                given += here
                sheets.append(name)
            }
        }
        return (given, sheets)
    }

    struct Key: Hashable {
        var title: String
        var organisation: String
    }

    static func address(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return FormLayoutReader.isAddressStart(t) && !t.contains(" ") ? t : nil
    }

    /// The row's title: of its texts left of the values (number, title, unit — one sheet may have a unit the other
    /// left out), the one with the most letters, normalised.
    static func rowTitle(_ t: SheetTable, _ row: Int, before column: Int) -> String {
        let texts = (0..<column).compactMap { c -> String? in
            guard let cell = t[row, c], case .text(let s) = cell.value else { return nil }
            return s
        }
        let title = texts.max { a, b in a.filter(\.isLetter).count < b.filter(\.isLetter).count } ?? ""
        return TitleNormaliser.normalise(title)
    }

    /// The organisation a column names in the header rows above `row` (merged cells read as shown).
    static func organisation(of column: Int, in t: SheetTable, above row: Int, among keys: Set<String>) -> String? {
        for r in stride(from: row - 1, through: max(0, row - 4), by: -1) {
            guard let text = t.displayed(CellRef(row: r, column: column))?.text, !text.isEmpty else { continue }
            let key = OrganisationKey.make(text)
            if keys.contains(key) { return key }
        }
        return nil
    }
}
