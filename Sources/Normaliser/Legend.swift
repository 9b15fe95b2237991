import Foundation
import XLSXReader

/// Row titles typed as codes or abbreviations («П5.2», «Н (пр.)», «ПП у–у») and spelled out in a legend: beside or
/// under the table («Условные обозначения»: код | расшифровка, «НП — наставнические пары»), or on a sheet of its own
/// («Сокращения»). A layout nobody described (issue 25): the legend's wordings were taken for the rows beside them, and
/// their values for those criteria. Each title that is a key of the legend is read as its wording, and the legend's own
/// cells are no rows of the form.
enum Legend {
    /// A legend: each key's wording, and the cells the legend takes on its sheet.
    struct Found {
        var wordings: [String: String]
        var cells: Set<CellRef>
    }

    /// A legend found among `rows` whose keys are the whole text of at least `leastKeys` cells of `titles` outside it
    /// (the same rows, for a legend beside its table). Nil when there is none.
    static func find(in rows: [Row], titles: [Row], announced: Bool = true, labels: HeaderLabels) -> Found? {
        // Where a legend is announced («Условные обозначения», «Расшифровка сокращений:»): its entries start there or
        // in the three rows under it (a base's names and positions, repeated, are no legend).
        // (A long note announces itself at its start: «Примечание: НП — …; Н — …».)
        let anchors = rows.filter { row in
            row.cells.contains { c in
                let head = c.text.utf8.count < 400 ? c.text.lowercased() : String(c.text.prefix(40)).lowercased()
                return labels.legendWords.contains { head.contains($0) }
            }
        }.map(\.index)
        // Candidate entries grouped by where they stand: a key and its wording in two cells side by side (by the key's
        // column), or «ключ — расшифровка» in one cell (by the column, one group per column).
        // (Rows of one legend follow each other: a gap of two rows or more starts another group.)
        var groups: [String: [(key: String, wording: String, cells: [CellRef])]] = [:]
        var runStart: [String: (start: Int, last: Int)] = [:]
        func group(_ kind: String, _ row: Int) -> String {
            if let r = runStart[kind], row - r.last <= 2 {
                runStart[kind] = (r.start, row)
                return "\(kind)@\(r.start)"
            }
            runStart[kind] = (row, row)
            return "\(kind)@\(row)"
        }
        for row in rows {
            let byColumn = Dictionary(row.cells.map { ($0.column, $0.text.trimmed) }, uniquingKeysWith: { a, _ in a })
            for (c, text) in byColumn where !text.isEmpty {
                // (A dash in a cell of its own between them: «Н | — | наставники».)
                let dash = ["—", "–", "-", "="].contains(byColumn[c + 1] ?? "") ? 1 : 0
                // (And nothing right of the wording: a table's numbering, wording, unit and value are no legend.)
                if isKey(text), let wording = byColumn[c + 1 + dash], isWording(wording, for: text),
                    (byColumn[c + 2 + dash] ?? "").isEmpty
                {
                    groups[group("pair\(c)", row.index), default: []].append(
                        (
                            key(text), wording,
                            (0...(1 + dash)).map { CellRef(row: row.index, column: c + $0) }
                        ))
                    continue
                }
                for part in text.split(separator: ";").map({ String($0).trimmed }) {
                    guard let (k, w) = inOneCell(part) else { continue }
                    groups[group("cell\(c)", row.index), default: []].append(
                        (key(k), w, [CellRef(row: row.index, column: c)]))
                }
            }
        }
        // Whole titles elsewhere: the cells that are not in the group.
        var best: Found?
        for (_, entries) in groups {
            let cells = Set(entries.flatMap(\.cells))
            let first = cells.map(\.row).min() ?? 0
            guard !announced || anchors.contains(where: { $0 <= first && first - $0 <= 3 }) else { continue }
            var titlesSeen: Set<String> = []
            for row in titles {
                for cell in row.cells where !cells.contains(CellRef(row: row.index, column: cell.column)) {
                    let text = key(cell.text.trimmed)
                    titlesSeen.insert(text)
                    if isShortTitle(text) { titlesSeen.formUnion(tokens(text)) }
                }
            }
            var wordings = Dictionary(entries.map { ($0.key, $0.wording) }, uniquingKeysWith: { a, _ in a })
            // A key in brackets («(пр.) — по приказу») spells out the word inside them too: titles hold it so.
            for (k, w) in wordings where k.count > 2 && k.hasPrefix("(") && k.hasSuffix(")") {
                let inner = String(k.dropFirst().dropLast())
                if wordings[inner] == nil { wordings[inner] = w }
            }
            let matched = wordings.keys.filter { titlesSeen.contains($0) }.count
            guard matched >= leastKeys, matched * 2 >= min(wordings.count, 8) else { continue }
            if matched > (best.map { m in m.wordings.keys.filter { titlesSeen.contains($0) }.count } ?? 0) {
                best = Found(wordings: wordings, cells: cells)
            }
        }
        return best
    }

    static let leastKeys = 3

    /// Whether a sheet's first rows announce a legend (labels.tsv, role `legend`).
    static func mentioned(in rows: [Row], labels: HeaderLabels) -> Bool {
        rows.contains { row in
            row.cells.contains { c in
                let t = c.text
                return t.utf8.count < 400 && labels.legendWords.contains { t.lowercased().contains($0) }
            }
        }
    }

    /// Whether a sheet's name says it is a legend («Сокращения», «Расшифровка»; labels.tsv, role `legend_sheet`).
    static func isLegendSheet(_ name: String, labels: HeaderLabels) -> Bool {
        let n = name.lowercased()
        return labels.legendSheetWords.contains { n.contains($0) }
    }

    /// The rows with each cell that is a key of the legend read as its wording, and the legend's own cells gone.
    static func apply(_ legend: Found, to rows: [Row]) -> [Row] {
        rows.map { row in
            var cells = row.cells.filter { !legend.cells.contains(CellRef(row: row.index, column: $0.column)) }
            for i in cells.indices where cells[i].storedNumber == nil {
                let text = key(cells[i].text.trimmed)
                if let w = legend.wordings[text] {
                    cells[i].value = .text(w)
                } else if isShortTitle(text), let expanded = expand(text, legend.wordings) {
                    cells[i].value = .text(expanded)
                }
            }
            return Row(index: row.index, hidden: row.hidden, cells: cells)
        }
    }

    /// A title short enough to be made of abbreviations («Пол. (ПДО)», «Кол-во Н (пр.)»): six words at most, no address.
    static func isShortTitle(_ text: String) -> Bool {
        text.count <= 40 && text.split(separator: " ").count <= 6 && !FormLayoutReader.isAddressStart(text)
    }

    /// The words of a short title, apart from the brackets around them: «Пол. (ПДО)» → «Пол.», «ПДО».
    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," || $0 == "/" }).map(String.init)
    }

    /// The title with each of its words that is a key spelled out; nil when none is.
    static func expand(_ text: String, _ wordings: [String: String]) -> String? {
        var changed = false
        var out = ""
        var word = ""
        func flush() {
            if let w = wordings[word] {
                out += w
                changed = true
            } else {
                out += word
            }
            word = ""
        }
        for ch in text {
            if ch == " " || ch == "(" || ch == ")" || ch == "," || ch == "/" {
                flush()
                out.append(ch)
            } else {
                word.append(ch)
            }
        }
        flush()
        return changed ? out : nil
    }

    /// A key: the text with its dashes made one and its spaces collapsed.
    static func key(_ text: String) -> String {
        text.replacingOccurrences(of: "[–—−]", with: "-", options: .regularExpression)
            .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: " - ", with: "-")
    }

    /// Whether a text may be a key: short (at most 16 characters, three words), with a letter or a footnote mark.
    static func isKey(_ text: String) -> Bool {
        text.count <= 16 && text.split(separator: " ").count <= 3
            && (text.contains(where: \.isLetter) || text.hasSuffix(")") || text.allSatisfy { $0 == "*" })
            && !FormLayoutReader.isAddressStart(text)
    }

    /// Whether a text may spell out `key`: three words at least, longer than it twice, no address, no number.
    static func isWording(_ text: String, for key: String) -> Bool {
        text.split(separator: " ").count >= 3 && text.count >= 2 * key.count && !FormLayoutReader.isAddressStart(text)
            && text.contains(where: \.isLetter)
    }

    /// «НП — наставнические пары», «П5.3: доля …», «1) Наставляемые …»: the key and its wording; nil otherwise.
    static func inOneCell(_ text: String) -> (String, String)? {
        var t = text
        for prefix in [
            "Примечание:", "Примечание 2:", "Условные обозначения:", "Расшифровка сокращений:", "Сокращения:"
        ]
        where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)).trimmed
        }
        for sep in [" — ", " – ", " - ", ": ", " = "] {
            guard let r = t.range(of: sep) else { continue }
            let k = String(t[..<r.lowerBound]).trimmed, w = String(t[r.upperBound...]).trimmed
            // (An abbreviation of a word or two spelled out in a word: «Н — наставники», «Об. — обучающиеся».)
            let short =
                k.count <= 6 && w.count >= 2 * k.count && w.contains(where: \.isLetter)
                && !FormLayoutReader.isAddressStart(w)
            if isKey(k), isWording(w, for: k) || short { return (k, w) }
        }
        // A footnote's mark and its note: «1) …», «** …».
        if let m = t.range(of: #"^(\d{1,2}\)|\*{1,3})\s+"#, options: .regularExpression) {
            let k = String(t[m]).trimmed, w = String(t[m.upperBound...]).trimmed
            if isWording(w, for: k) { return (k, w) }
        }
        return nil
    }
}
