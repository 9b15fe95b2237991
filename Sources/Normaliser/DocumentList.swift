import Catalogue
import Dataset
import Foundation
import XLSXReader

/// Proof links kept apart from the table: the form's link column holds a reference to a numbered list of documents
/// («Прил. 3», «см. п. 5», «док. № 7», «[4]», «№ 3», «д.3»), and the list gives each number its address — on a sheet
/// of its own («Перечень подтверждающих документов»: № | Наименование | Ссылка), beside the table or under it
/// («Приложения: 1. Приказ № 45 от 01.09.2024 — https://…»). A layout nobody described (issue 25): every such row
/// was «нет ссылки», and a list beside the table gave its own rows' addresses to the form's rows on the same lines.
enum DocumentList {
    /// A numbered document with its address, and the cells the list takes on its sheet.
    struct Entry: Equatable {
        var number: Int
        var url: String
        var cells: [CellRef]
    }

    /// A list of documents on one sheet: its entries by number, and every cell it takes (entries and heading).
    struct Found {
        var sheet: String
        var entries: [Int: Entry]
        var cells: Set<CellRef>
        /// Whether the list is all its sheet holds (a sheet of its own, no form).
        var wholeSheet = false
    }

    /// The number a link cell refers to: «Прил. 3», «Прил.6», «см. п. 5», «док. № 7», «[4]», «№ 3», «д.3»,
    /// «Приложение 2». Nil for anything else (an address, a document's title and date, «нет»).
    static func reference(_ text: String) -> Int? {
        let t = text.trimmed
        guard t.utf8.count <= 40, t.contains(where: \.isNumber) else { return nil }
        let ns = t as NSString
        guard let m = referencePattern.firstMatch(in: t, range: NSRange(location: 0, length: ns.length)) else {
            return nil
        }
        let group = m.range(at: 1).location != NSNotFound ? m.range(at: 1) : m.range(at: 2)
        return Int(ns.substring(with: group))
    }

    static let referencePattern = try! NSRegularExpression(
        pattern:
            #"^(?:см\.?\s*)?(?:(?:прил(?:ожение|\.)?|п\.|пункт|док(?:умент|\.)?\s*№?|д\.|№)\s*(\d{1,3})|\[(\d{1,3})\])\.?$"#,
        options: [.caseInsensitive])

    /// How many cells of `rows` are references to a numbered document.
    static func references(in rows: [Row]) -> Int {
        rows.reduce(0) { n, row in n + row.cells.filter { $0.storedNumber == nil && reference($0.text) != nil }.count }
    }

    /// The list of documents on a sheet, nil when there is none: at least two numbered entries, each a number and an
    /// address in one row with nothing but text between them (a form's row has its value there), or a line «3.
    /// Приказ … — https://…» in one cell; announced by a word of a list («перечень», «приложения», «источники»,
    /// «документ») in the rows above the entries, in their header or in the sheet's name.
    static func find(in table: SheetTable, labels: HeaderLabels) -> Found? {
        var entries: [Int: Entry] = [:]
        var first: Int?
        for row in table.rows {
            guard let e = entry(row, table.hyperlinks), entries[e.number] == nil else { continue }
            entries[e.number] = e
            first = first ?? row.index
        }
        guard entries.count >= 2, let first else { return nil }
        // Announced: the sheet's name, or a cell of the three rows above the first entry.
        let announced =
            announces(table.name, labels)
            || table.rows.contains { row in
                row.index < first && row.index >= first - 3 && row.cells.contains { announces($0.text, labels) }
            }
        guard announced else { return nil }
        var cells = Set(entries.values.flatMap(\.cells))
        // The heading and the header right above the entries, in the entries' columns.
        let columns = Set(cells.map(\.column))
        for row in table.rows where row.index < first && row.index >= first - 3 {
            for c in row.cells where columns.contains(c.column) || announces(c.text, labels) {
                cells.insert(CellRef(row: row.index, column: c.column))
            }
        }
        return Found(sheet: table.name, entries: entries, cells: cells)
    }

    /// Whether a text announces a list of documents (labels.tsv, role `document_list`: «Перечень», «Приложения»,
    /// «Источники», «документ», looked for inside the text).
    static func announces(_ text: String, _ labels: HeaderLabels) -> Bool {
        guard text.utf8.count < 300 else { return false }
        let t = text.lowercased()
        return labels.documentListWords.contains { t.contains($0) }
    }

    /// A row of a list: its number, its address, its cells.
    static func entry(_ row: Row, _ hyperlinks: [CellRef: Hyperlink]) -> Entry? {
        func address(_ c: Cell) -> String? {
            if let url = hyperlinks[CellRef(row: row.index, column: c.column)]?.url, isWebAddress(url) { return url }
            let t = c.text.trimmed
            return FormLayoutReader.isBareAddress(t) && isWebAddress(t) ? t : nil
        }
        let cells = row.cells.filter { !$0.text.trimmed.isEmpty }
        for (i, c) in cells.enumerated() {
            // A line in one cell: «1. Приказ № 45 от 01.09.2024 — https://…», «[4] Реестр программ» (its address a
            // hyperlink on it or in a cell to its right).
            if let (n, rest) = numberedLine(c.text) {
                if let url = rest.range(of: #"https?://\S+"#, options: .regularExpression).map({ String(rest[$0]) }) {
                    return Entry(number: n, url: trimmedURL(url), cells: [CellRef(row: row.index, column: c.column)])
                }
                if let url = address(c) {
                    return Entry(number: n, url: url, cells: [CellRef(row: row.index, column: c.column)])
                }
                if let next = cells.dropFirst(i + 1).first, let url = address(next) {
                    return Entry(
                        number: n, url: url,
                        cells: [CellRef(row: row.index, column: c.column), CellRef(row: row.index, column: next.column)]
                    )
                }
                // (A numbered section of the form, «1. Нормативная база», beside the list's row: passed over.)
                continue
            }
            // A number in a cell of its own, then the document's title, then its address.
            guard let n = number(c) else { continue }
            let after = cells.dropFirst(i + 1).prefix(4)
            // (A form's own numbering in the same row, «1 | Положение … | 1 | № 1», is passed over.)
            guard let urlIndex = after.firstIndex(where: { address($0) != nil }) else { continue }
            let between = after[after.startIndex..<urlIndex]
            // Text between, a document's title; no value (a form's row «1 | Положение … | 1 | https://…»).
            // (A value right before its link, «12 | https://…», is a form's row.)
            // Text between, no value: a year or a date may stand beside a document's title («2024», «от 28.08.2024»).
            guard !between.isEmpty, between.first!.storedNumber == nil, between.first!.text.trimmed.count >= 5,
                between.allSatisfy({ isDocumentText($0) }),
                let url = address(cells[urlIndex])
            else { continue }
            let taken = [c] + Array(between) + [cells[urlIndex]]
            return Entry(number: n, url: url, cells: taken.map { CellRef(row: row.index, column: $0.column) })
        }
        return nil
    }

    /// A cell that may stand between a document's number and its address: a title, a date, a year — no answer.
    static func isDocumentText(_ c: Cell) -> Bool {
        if let n = c.storedNumber { return n == n.rounded() && n >= 1990 && n <= 2100 }
        let t = c.text.trimmed
        return t.count >= 4 && ValueParser.yesNo(t.lowercased()) == nil
    }

    /// A whole number from 1 to 999 alone in a cell («3», «3.», «[3]», «Прил. 3»).
    static func number(_ c: Cell) -> Int? {
        if let n = c.storedNumber {
            return n == n.rounded() && n >= 1 && n < 1000 ? Int(n) : nil
        }
        let t = c.text.trimmed
        if let n = reference(t) { return n }
        guard t.count <= 5, let m = t.range(of: #"^\[?\d{1,3}[\].]?$"#, options: .regularExpression) else { return nil }
        return Int(t[m].filter(\.isNumber))
    }

    /// «1. Приказ …», «[4] Реестр …», «3) Справка …»: the number and the rest, the rest with letters.
    static func numberedLine(_ text: String) -> (Int, String)? {
        let t = text.trimmed
        guard let m = t.range(of: #"^\[?(\d{1,3})[\].)]\s+"#, options: .regularExpression) else { return nil }
        let rest = String(t[m.upperBound...])
        guard rest.contains(where: \.isLetter), let n = Int(t[m].filter(\.isNumber)) else { return nil }
        return (n, rest)
    }

    static func isWebAddress(_ s: String) -> Bool {
        let l = s.lowercased()
        return l.hasPrefix("http://") || l.hasPrefix("https://") || l.hasPrefix("www.")
    }

    /// An address cut out of a line, without the punctuation that ends the line.
    static func trimmedURL(_ s: String) -> String {
        var u = s
        while let last = u.last, ".,;)»".contains(last) { u.removeLast() }
        return u
    }

    /// The lists of documents of a workbook's visible sheets, by sheet.
    static func lists(in file: XLSXFile, path: String, labels: HeaderLabels) throws -> [String: Found] {
        var out: [String: Found] = [:]
        for sheet in file.sheets where sheet.state == .visible {
            let table = try SheetSource(path: path, file: file, sheet: sheet, peek: 100_000).table()
            if let found = find(in: table, labels: labels) {
                var f = found
                f.wholeSheet =
                    references(in: table.rows) < 2
                    && f.entries.count * 2 >= table.rows.filter { !$0.cells.isEmpty }.count - 3
                out[sheet.name] = f
            }
        }
        return out
    }

    /// Each value of `path` whose link is a reference to a numbered document given that document's address: from the
    /// list on its own sheet when there is one, else from the lists of the other sheets when they agree. How many were
    /// given; a number no list has stays the link's text (the findings name it «не ссылка»).
    static func resolve(_ lists: [String: Found], of path: String, in dataset: inout Dataset) -> Int {
        func address(_ n: Int, on sheet: String) -> String? {
            if let own = lists[sheet] { return own.entries[n]?.url }
            let urls = Set(lists.values.compactMap { $0.entries[n]?.url })
            return urls.count == 1 ? urls.first : nil
        }
        var given = 0
        let store = dataset.observations
        for i in store.indices where store.source(at: i).file == path {
            guard let text = store.link(at: i), let n = reference(text) else { continue }
            if let url = address(n, on: store.source(at: i).sheet) {
                dataset.observations[i].link = url
                dataset.observations[i].linkText = text
                given += 1
            }
        }
        for i in dataset.unassigned.indices where dataset.unassigned[i].source.file == path {
            guard let text = dataset.unassigned[i].link, let n = reference(text),
                let url = address(n, on: dataset.unassigned[i].source.sheet)
            else { continue }
            dataset.unassigned[i].link = url
        }
        return given
    }
}
