import Foundation
import XLSXReader

/// Exports whose columns are headed by field codes only («P1_1», «ind_05», «3.1.2»), with a sheet that says what each
/// code means («Справочник показателей», «Расшифровка»: код | наименование показателя | единица измерения). The
/// header of codes is read through that sheet, as a person reads it: the code's wording (and a unit «%») stands in its
/// cell.
enum CodeDictionary {
    /// A header of codes needs at least this many of its cells to be codes.
    static let leastCodes = 3

    /// A field code: one token of Latin letters, digits, «_», «.», «-», with a digit and something else besides
    /// digits («P1_1», «3.1.2»; not «2024», not «Код»).
    static func isCode(_ text: String) -> Bool {
        // Most cells are words: a text of more than 64 bytes, or one whose first byte is no ASCII letter, digit or
        // blank, is no code (asked of every cell at the top of every sheet).
        // (A code may start with Cyrillic capitals and a dot: «ЦМН.3.01».)
        guard let b = text.utf8.first, text.utf8.count <= 64, b < 0x80 || text.contains(".") else { return false }
        let t = text.trimmingCharacters(in: .whitespaces)
        guard (2...24).contains(t.count), t.contains(where: \.isNumber),
            t.unicodeScalars.allSatisfy({
                ($0.isASCII && CharacterSet.alphanumerics.contains($0)) || "_.-".unicodeScalars.contains($0)
                    || ("А"..."Я").contains($0)
            }),
            t.contains(where: { !$0.isNumber })
        else { return false }
        return t.first.map { $0.isLetter || $0.isNumber } ?? false
    }

    /// Whether one of the rows is a header of codes.
    static func hasCodeHeader(_ rows: [Row]) -> Bool {
        rows.prefix(12).contains { row in row.cells.filter { isCode($0.value.plainText) }.count >= leastCodes }
    }

    /// The code → wording pairs of the workbook's sheets other than `except`: a column of codes with the wording in
    /// the next column (and a unit in the one after it, when its header says so). At least `leastCodes` pairs.
    static func find(in file: XLSXFile, except: String, only: (String) -> Bool = { _ in true })
        -> (sheet: String, wordings: [String: String])?
    {
        for sheet in file.sheets where sheet.name != except && only(sheet.name) {
            guard let reader = try? file.rows(sheet) else { continue }
            var pairs: [Int: [String: String]] = [:]
            var read = 0
            while read < 400, let row = try? reader.next() {
                read += 1
                let byColumn = Dictionary(
                    row.cells.map { ($0.column, $0.value.plainText.trimmingCharacters(in: .whitespaces)) },
                    uniquingKeysWith: { a, _ in a })
                for (c, code) in byColumn where isCode(code) {
                    guard let wording = byColumn[c + 1], wording.split(separator: " ").count >= 2,
                        wording.contains(where: \.isLetter)
                    else { continue }
                    let unit = byColumn[c + 2] ?? ""
                    let percent = unit == "%" || unit.lowercased().hasPrefix("доля") || unit.lowercased() == "проц."
                    pairs[c, default: [:]][code] = percent && !wording.contains("%") ? wording + ", %" : wording
                }
            }
            if let best = pairs.max(by: { $0.value.count < $1.value.count }), best.value.count >= leastCodes {
                return (sheet.name, best.value)
            }
        }
        return nil
    }

    /// Whether a column of the rows holds codes with letters («ЦМН.3.01», not a numbering «1.1») in at least
    /// `leastCodes` rows (a long export's «Код показателя»).
    static func hasCodeColumn(_ rows: [Row]) -> Bool {
        var counts: [Int: Int] = [:]
        for row in rows.prefix(40) {
            for c in row.cells where isCode(c.value.plainText) && c.value.plainText.contains(where: \.isLetter) {
                counts[c.column, default: 0] += 1
            }
        }
        return counts.values.contains { $0 >= leastCodes }
    }

    /// The rows with every cell that is a code of `wordings` read as its wording, in a column that holds at least
    /// `leastCodes` of them: a long export names each indicator by its code and a short name («ЦМН.3.02 | ПП уч-уч»),
    /// the full wording standing on the dictionary sheet.
    static func decodeColumns(_ rows: [Row], _ wordings: [String: String]) -> [Row] {
        var counts: [Int: Int] = [:]
        for row in rows {
            for c in row.cells where wordings[c.value.plainText.trimmingCharacters(in: .whitespaces)] != nil {
                counts[c.column, default: 0] += 1
            }
        }
        let columns = Set(counts.filter { $0.value >= leastCodes }.keys)
        guard !columns.isEmpty else { return rows }
        var out = rows
        for i in out.indices {
            for j in out[i].cells.indices where columns.contains(out[i].cells[j].column) {
                if let w = wordings[out[i].cells[j].value.plainText.trimmingCharacters(in: .whitespaces)] {
                    out[i].cells[j].value = .text(w)
                }
            }
        }
        return out
    }

    /// The rows with each header of codes read through the wordings; other rows as they are.
    static func decode(_ rows: [Row], _ wordings: [String: String]) -> [Row] {
        var out = rows
        for i in out.indices.prefix(12) {
            let codes = out[i].cells.filter { wordings[$0.value.plainText.trimmingCharacters(in: .whitespaces)] != nil }
            guard codes.count >= leastCodes else { continue }
            for j in out[i].cells.indices {
                if let w = wordings[out[i].cells[j].value.plainText.trimmingCharacters(in: .whitespaces)] {
                    out[i].cells[j].value = .text(w)
                }
            }
        }
        return out
    }
}
