import CellReference
import Dataset
import Foundation
import XLSXReader

/// A sheet of proof links keyed by the form's row codes: «IND_01_03 | Приказ.pdf | … | скачать» on a portal's «Файлы»
/// sheet, or «1.9, 1.10 — https://…» on a «Ссылки» sheet typed by hand. Each address goes to the value whose row on
/// another sheet of the file carries the same code left of its value (its numbering, its indicator code). A code is
/// a short text with a digit; a code that two rows of the form carry, or that two addresses claim, gives nothing.
/// The keys are trusted only when most of the sheet's codes are found on the form: a list of documents numbered
/// 1, 2, 3 is no key to a form numbered the same way by chance.
enum LinkKeys {
    /// The addresses of `links` given to the values of `path`'s other sheets that have none, and the sheets given to.
    static func attach(
        _ links: SheetTable, of path: String, file: XLSXFile, read: [String: SheetTable] = [:],
        to dataset: inout Dataset
    ) throws -> (given: Int, sheets: [String]) {
        let (byKey, rows) = addresses(links)
        guard rows.count >= 3 else { return (0, []) }
        // The form's rows: each value's codes left of it.
        let store = dataset.observations
        let own = store.indices.filter { store.source(at: $0).file == path && store.source(at: $0).sheet != links.name }
        var rowsByKey: [String: Set<String>] = [:]  // key → "sheet!row"
        var valuesByRow: [String: [Int]] = [:]
        var tables: [String: SheetTable] = [:]
        for i in own {
            let source = store.source(at: i)
            guard let ref = A1.parse(source.cell) else { continue }
            if tables[source.sheet] == nil {
                guard let info = file.sheet(named: source.sheet) else { continue }
                tables[source.sheet] =
                    try read[source.sheet] ?? SheetSource(path: path, file: file, sheet: info).table()
            }
            let place = "\(source.sheet)!\(ref.row)"
            if valuesByRow[place] == nil {
                for c in 0..<ref.column {
                    guard let cell = tables[source.sheet]![ref.row, c], let key = key(cell.text) else { continue }
                    rowsByKey[key, default: []].insert(place)
                }
            }
            valuesByRow[place, default: []].append(i)
        }
        let found = byKey.keys.filter { rowsByKey[$0]?.count == 1 }
        // Most addresses' rows found on the form (a row has other codes too: a file's size, its date).
        let rowsFound = rows.filter { $0.contains { rowsByKey[$0]?.count == 1 } }.count
        guard rowsFound >= 3, rowsFound * 2 >= rows.count else { return (0, []) }
        var given = 0
        var sheets: Set<String> = []
        for key in found {
            let place = rowsByKey[key]!.first!
            for i in valuesByRow[place]! where dataset.observations.link(at: i) == nil {
                dataset.observations[i].link = byKey[key]!
                given += 1
                sheets.insert(String(place.split(separator: "!").first!))
            }
        }
        return (given, sheets.sorted())
    }

    /// The sheet's addresses by the codes of their rows: the texts of the row beside the address, and the text
    /// before an address inside its cell («1.9, 1.10 — https://…»), and each address's codes. A code two addresses
    /// claim is dropped.
    static func addresses(_ t: SheetTable) -> (byKey: [String: String], rows: [[String]]) {
        var out: [String: String] = [:]
        var rows: [[String]] = []
        var claimed = Set<String>()
        var hyperlinks: [Int: [(column: Int, url: String)]] = [:]
        for (ref, link) in t.hyperlinks {
            if let url = link.url { hyperlinks[ref.row, default: []].append((ref.column, url)) }
        }
        for row in t.rows {
            // A hyperlink of the row, even on a cell with no value (a HYPERLINK() formula without a stored result).
            var url = hyperlinks[row.index]?.min { $0.column < $1.column }?.url
            var keys: [String] = []
            for cell in row.cells {
                let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
                if t.hyperlinks[CellRef(row: row.index, column: cell.column)]?.url != nil { continue }
                if let range = text.range(of: "http"), url == nil {
                    let tail = text[range.lowerBound...].prefix { !$0.isWhitespace }
                    url = String(tail)
                    keys += codes(String(text[..<range.lowerBound]))
                    continue
                }
                keys += codes(text)
            }
            guard let url else { continue }
            rows.append(keys)
            for k in keys {
                if claimed.contains(k) { continue }
                if let other = out[k], other != url {
                    out[k] = nil
                    claimed.insert(k)
                } else {
                    out[k] = url
                }
            }
        }
        return (out, rows)
    }

    /// Whether a cell holds an address after the codes of the rows it proves («1.9, 1.10 — https://…»).
    static func isKeyedAddress(_ text: String) -> Bool {
        guard let range = text.range(of: "http") else { return false }
        return !codes(String(text[..<range.lowerBound])).isEmpty
    }

    /// The codes a text names: one code, or a list «1.9, 1.10», or a range «4.1–4.8» of one section.
    static func codes(_ text: String) -> [String] {
        let trimmed = text.trimmingCharacters(
            in: CharacterSet(charactersIn: " \t—–-:;,").union(.whitespacesAndNewlines))
        guard !trimmed.isEmpty, trimmed.count <= 60 else { return [] }
        var out: [String] = []
        for part in trimmed.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let p = part.trimmingCharacters(in: .whitespaces)
            let ends = p.split(whereSeparator: { $0 == "–" || $0 == "—" }).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if ends.count == 2, let a = key(ends[0]), let b = key(ends[1]), let range = range(a, b) {
                out += range
            } else if let k = key(p) {
                out.append(k)
            }
        }
        return out
    }

    /// «4.1» to «4.8»: the codes between, when both are of one section and the range is short.
    static func range(_ a: String, _ b: String) -> [String]? {
        guard let dotA = a.lastIndex(of: "."), let dotB = b.lastIndex(of: "."), a[..<dotA] == b[..<dotB],
            let x = Int(a[a.index(after: dotA)...]), let y = Int(b[b.index(after: dotB)...]), x < y, y - x <= 30
        else { return nil }
        return (x...y).map { "\(a[..<dotA]).\($0)" }
    }

    /// A text as a code: short, with a digit and no space inside («IND_01_03», «1.10», «п.2.3» as «2.3»), lowercased
    /// and without a final dot; nil for anything else.
    static func key(_ text: String) -> String? {
        var t = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for prefix in ["п.", "№"] where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        while t.hasSuffix(".") { t.removeLast() }
        guard !t.isEmpty, t.count <= 20, t.contains(where: \.isNumber), !t.contains(where: \.isWhitespace),
            !t.contains("://")
        else { return nil }
        return t
    }
}
