import Catalogue
import Dataset
import Foundation
import XLSXReader

/// Answers packed into one cell: a direction's figures typed as one text («кураторов — 1; наставников — 25;
/// наставляемых — 71, из них 15–19 лет — 18»), as a regional system's free-text field exports them or a deputy head
/// types a summary — a layout nobody described (issue 25). Each answer is read as a row of its own, under a row that
/// names its cell's direction (a section, as in a form), with the link its row gives; every cell the reading names is
/// the packed cell on the sheet (`cellOrigins`). Used only when the sheet is no form otherwise: before, such a sheet
/// was skipped whole («ни в одном столбце нет формулировок»).
extension FormLayoutReader {
    /// The table with a row per packed answer, where each of its cells stands on the sheet, and the rows whose link
    /// is one address for all the answers of their cell (`sharedLinks`); nil when no column holds three cells of two
    /// numeric answers or more.
    static func packedAnswers(_ table: SheetTable, context: NormaliserContext)
        -> (table: SheetTable, origins: [CellRef: CellRef], sharedLinks: Set<Int>)?
    {
        var counts: [Int: Int] = [:]
        for row in table.rows.prefix(400) {
            for cell in row.cells where cell.storedNumber == nil && cell.text.utf8.count >= 12 {
                let numeric = answers(in: cell.text).filter {
                    RowOutcome.hint(text: $0.value).map { $0 != .text } ?? false
                }
                if numeric.count >= 2 { counts[cell.column, default: 0] += 1 }
            }
        }
        guard let (column, n) = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), n >= 3,
            let first = table.rows.first(where: { row in
                row.cells.contains { $0.column == column && answers(in: $0.text).count >= 2 }
            })?.index
        else { return nil }
        // The column of the documents: the one right or left of the answers that holds addresses most often.
        var addressCount: [Int: Int] = [:]
        for row in table.rows where row.index >= first {
            for cell in row.cells where cell.column != column {
                if !addresses(cell.text).isEmpty
                    || table.hyperlinks[CellRef(row: row.index, column: cell.column)] != nil
                {
                    addressCount[cell.column, default: 0] += 1
                }
            }
        }
        let linkColumn = addressCount.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        var rows = table.rows.filter { $0.index < first }
        var origins: [CellRef: CellRef] = [:]
        var shared: Set<Int> = []
        var r = first
        rows.append(
            Row(
                index: r, hidden: false,
                cells: [
                    Cell(column: 0, value: .text("Показатель")), Cell(column: 1, value: .text("Значение")),
                    Cell(column: 2, value: .text("Ссылка"))
                ]))
        r += 1
        for row in table.rows where row.index >= first {
            let at = CellRef(row: row.index, column: column)
            guard let packed = row.cells.first(where: { $0.column == column }), !packed.text.trimmed.isEmpty else {
                continue
            }
            // The row's direction: its text nearest left of the answers that is no number.
            let direction = row.cells.last {
                $0.column < column && $0.column != linkColumn && $0.storedNumber == nil
                    && $0.text.contains(where: \.isLetter) && !isNumberingOnly($0.text)
            }
            var urls: [String] = []
            if let lc = linkColumn {
                let ref = CellRef(row: row.index, column: lc)
                urls = addresses(table.cell(ref)?.text ?? "")
                if urls.isEmpty, let url = table.hyperlinks[ref]?.url { urls = [url] }
            }
            if let d = direction {
                rows.append(Row(index: r, hidden: row.hidden, cells: [Cell(column: 0, value: .text(d.text.trimmed))]))
                origins[CellRef(row: r, column: 0)] = CellRef(row: row.index, column: d.column)
                // (A row left empty after it: the direction heads its answers, it is no first line of their wording.)
                r += 2
            }
            var found = answers(in: packed.text)
            // A cell of one text that is no answer: read as the direction's value, to be matched or named.
            if found.isEmpty { found = [(direction?.text.trimmed ?? "", packed.text.trimmed)] }
            for (k, answer) in found.enumerated() {
                var cells = [Cell(column: 0, value: .text(answer.wording)), Cell(column: 1, value: .text(answer.value))]
                // Addresses one to an answer in order, or one for the whole row.
                let url = urls.count == found.count ? urls[k] : urls.count == 1 ? urls[0] : nil
                if let url, let lc = linkColumn {
                    if urls.count == 1 && found.count > 1 { shared.insert(r) }
                    cells.append(Cell(column: 2, value: .text(url)))
                    origins[CellRef(row: r, column: 2)] = CellRef(row: row.index, column: lc)
                }
                origins[CellRef(row: r, column: 0)] = at
                origins[CellRef(row: r, column: 1)] = at
                rows.append(Row(index: r, hidden: row.hidden, cells: cells))
                r += 1
            }
        }
        let links = table.hyperlinks.filter { $0.key.row < first }
        var t = SheetTable(
            name: table.name, rows: rows, merged: table.merged.filter { $0.last.row < first }, hyperlinks: links,
            hiddenColumns: [])
        t.uncomputedFormulas = table.uncomputedFormulas.filter { $0.row < first }
        t.headerFooter = table.headerFooter
        return (t, origins, shared)
    }

    /// The answers a text packs, each a wording and its value after a dash between spaces or a colon («наставников —
    /// 25»), cut at «;» and line breaks, and at «,» or «:» where both sides are answers («всего ПП — 14: ученик–ученик —
    /// 5, учитель–учитель — 4»); never inside parentheses or quotes («3 (план на 2025 г.: наставников — 30)»).
    static func answers(in text: String) -> [(wording: String, value: String)] {
        guard text.includes(" — ") || text.includes(" – ") || text.includes(" - ") || text.includes(": ") else {
            return []
        }
        var out: [(wording: String, value: String)] = []
        for segment in topLevelSplit(text, at: [";", "\n"]) {
            let pieces = topLevelSplit(segment.text, at: [",", ":"], keepingSeparators: true)
            var item = ""
            for piece in pieces {
                let alone = piece.text.trimmed
                if !item.isEmpty, answer(item) != nil, answer(alone) != nil {
                    out.append(answer(item)!)
                    item = alone
                } else {
                    item = item.isEmpty ? alone : item + piece.separator + piece.text
                }
            }
            if let last = answer(item) { out.append(last) }
        }
        return completed(out)
    }

    /// Answers that leave out the words their list shares («соглашений с другими ОО — 1; с предприятиями — 1»): an
    /// answer that begins with a preposition the answer before it has after its first words takes those words
    /// («соглашений с предприятиями»).
    static func completed(_ answers: [(wording: String, value: String)]) -> [(wording: String, value: String)] {
        var out = answers
        let prepositions: Set<String> = ["с", "из", "по", "в", "на", "для", "от"]
        for k in out.indices.dropFirst() {
            let own = out[k].wording.split(separator: " ").map(String.init)
            guard let first = own.first, prepositions.contains(first) else { continue }
            let above = out[k - 1].wording.split(separator: " ").map(String.init)
            guard let at = above.firstIndex(where: { $0.lowercased() == first }), at >= 1 else { continue }
            out[k].wording = (above[..<at] + own).joined(separator: " ")
        }
        return out
    }

    /// «наставников — 25» → («наставников», «25»): the text cut at its first separator outside parentheses and
    /// quotes; nil without one, or with no letter before it or nothing after it.
    static func answer(_ text: String) -> (wording: String, value: String)? {
        let t = text.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        var depth = 0
        var i = t.startIndex
        while i < t.endIndex {
            let ch = t[i]
            if ch == "(" || ch == "«" { depth += 1 } else if ch == ")" || ch == "»" { depth = max(0, depth - 1) }
            if depth == 0 {
                for sep in [" — ", " – ", " - ", ": "] where t[i...].hasPrefix(sep) {
                    let wording = String(t[..<i]).trimmed
                    let value = String(t[t.index(i, offsetBy: sep.count)...]).trimmed
                    guard wording.count >= 2, wording.contains(where: \.isLetter), !value.isEmpty,
                        !value.hasPrefix("//")
                    else { return nil }
                    return (wording, value)
                }
            }
            i = t.index(after: i)
        }
        return nil
    }

    /// The text cut at each of `separators` that stands outside parentheses and quotes (a «,» or «:» only before a
    /// space); with `keepingSeparators` each piece keeps the separator before it.
    static func topLevelSplit(_ text: String, at separators: Set<Character>, keepingSeparators: Bool = false)
        -> [(separator: String, text: String)]
    {
        var out: [(separator: String, text: String)] = []
        var depth = 0, current = "", before = ""
        let chars = Array(text)
        for (k, ch) in chars.enumerated() {
            if ch == "(" || ch == "«" { depth += 1 } else if ch == ")" || ch == "»" { depth = max(0, depth - 1) }
            let spaced = ch == ";" || ch == "\n" || (k + 1 < chars.count && chars[k + 1] == " ")
            if depth == 0, separators.contains(ch), spaced {
                out.append((before, current))
                current = ""
                before = keepingSeparators ? String(ch) : ""
                continue
            }
            current.append(ch)
        }
        out.append((before, current))
        return out.filter { !$0.text.trimmed.isEmpty }
    }

    /// Every address a text holds («приказ: https://…pdf; https://…»), without the punctuation after it.
    static func addresses(_ text: String) -> [String] {
        guard text.includes("http") || text.includes("www.") else { return [] }
        return text.components(separatedBy: CharacterSet.whitespacesAndNewlines).compactMap { word -> String? in
            let w = word.trimmingCharacters(in: CharacterSet(charactersIn: ";,.)(«»\""))
            return w.hasPrefix("http") || w.hasPrefix("www.") ? w : nil
        }
    }
}
