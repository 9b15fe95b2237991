import Catalogue
import Foundation
import XLSXReader

/// A form whose answers are marks in option columns (Templates/mark_columns.tsv): «Имеется | Отсутствует | В
/// разработке», «Да | Нет | Количество», «Реализуется | Не реализуется | Кол-во программ», each section under a header
/// of its own, the school's «X», «✓», «+» or «1» in one of them — a form nobody described (issue 25). It had been read
/// with several candidate value columns and asked about whole. It is read as the usual form once each row's answer
/// stands in one column: the number of its count column when it has one, else «да» or «нет» by the column of its mark;
/// marks in both is no answer («отмечено и «да», и «нет»»: named, not used). The block above the first header stays
/// where it is, and every cell is named where it stands on the sheet (`cellOrigins`).
extension FormLayoutReader {
    struct MarkColumns: Sendable {
        var yes: Set<String> = [], no: Set<String> = [], count: Set<String> = [], marks: Set<String> = []

        static func load(from directory: URL) throws -> MarkColumns {
            var m = MarkColumns()
            let path = directory.appendingPathComponent("mark_columns.tsv").path
            guard FileManager.default.fileExists(atPath: path) else { return m }
            let file = try TSVFile(path: path)
            try file.require(["text", "kind"])
            for (line, f) in file.records {
                let t = norm(f["text"]!)
                switch f["kind"]! {
                case "yes": m.yes.insert(t)
                case "no": m.no.insert(t)
                case "count": m.count.insert(t)
                case "mark": m.marks.insert(t)
                default: throw CatalogueError(file: path, line: line, "kind — yes, no, count или mark")
                }
            }
            return m
        }

        static func norm(_ s: String) -> String {
            s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().replacingOccurrences(of: "ё", with: "е")
        }

        static let shared: MarkColumns =
            (try? Catalogue.locateTemplates()).flatMap { try? load(from: $0) } ?? MarkColumns()
    }

    /// A header of option columns: where the title, the «да» and «нет» marks, the count and the link stand.
    struct GridHeader {
        var title: Int
        var yes: [Int], no: [Int]
        var count: Int?, link: Int?
    }

    static func gridHeader(_ row: Row, _ m: MarkColumns) -> GridHeader? {
        var yes: [Int] = [], no: [Int] = [], count: Int?, link: Int?, others: [Int] = []
        for c in row.cells {
            let t = MarkColumns.norm(c.text)
            guard !t.isEmpty else { continue }
            let short = t.split(whereSeparator: \.isWhitespace).count <= 3
            if m.yes.contains(t) {
                yes.append(c.column)
            } else if m.no.contains(t) {
                no.append(c.column)
            } else if m
                .count.contains(t) || (short && (t.hasPrefix("количество") || t.hasPrefix("кол-во")))
            {
                if count == nil { count = c.column }
            } else if short && t.contains("ссылк") || t.hasPrefix("ссылк") {
                if link == nil { link = c.column }
            } else if t != "№" && t != "№ п/п" && t.contains(where: \.isLetter) {
                // (A row's number, «1.2», is no header's word.)
                others.append(c.column)
            }
        }
        // A header's own words are short («Критерий», «Форма наставничества»); a row of answers has a criterion's title.
        guard let title = others.min(),
            row.cells.first(where: { $0.column == title }).map({
                $0.text.split(whereSeparator: \.isWhitespace).count <= 3
            }) == true
        else { return nil }
        // A header of marks has both kinds; a section's header of counts only («Критерий | Количество | Ссылка») counts
        // too once the sheet is known to hold marks.
        guard (!yes.isEmpty && !no.isEmpty) || (count != nil && yes.isEmpty && no.isEmpty) else { return nil }
        return GridHeader(title: title, yes: yes, no: no, count: count, link: link)
    }

    /// A header row of another kind («№ | Критерий | до 50 % | …»): «№» and a short title, read as a header that gives
    /// no value column.
    static func otherHeader(_ row: Row) -> GridHeader? {
        let texts = row.cells.filter { !$0.text.trimmed.isEmpty }
        guard let number = texts.first, ["№", "№ п/п"].contains(MarkColumns.norm(number.text)),
            let title = texts.dropFirst().first, title.text.split(whereSeparator: \.isWhitespace).count <= 3
        else { return nil }
        return GridHeader(title: title.column, yes: [], no: [], count: nil, link: nil)
    }

    /// The table with each row's answer in one column, and where each cell stands on the sheet; nil when the sheet
    /// has no header of option columns with three marked rows under it.
    static func markGrid(_ table: SheetTable, context: NormaliserContext)
        -> (table: SheetTable, origins: [CellRef: CellRef])?
    {
        let m = MarkColumns.shared
        guard !m.yes.isEmpty, !m.marks.isEmpty else { return nil }
        var headers: [Int: GridHeader] = [:]
        var marked = 0, hasOptions = false
        for row in table.rows {
            if let h = gridHeader(row, m) {
                headers[row.index] = h
                if !h.yes.isEmpty { hasOptions = true }
            }
        }
        guard hasOptions, let first = headers.keys.min() else { return nil }
        func isMark(_ cell: Cell?) -> Bool { cell.map { m.marks.contains(MarkColumns.norm($0.text)) } ?? false }
        var out = RearrangedTable(table, header: first)
        var current = headers[first]
        for row in table.rows where row.index > first {
            if let h = headers[row.index] { current = h; continue }
            // Another header of this sheet whose columns are neither marks nor counts («№ | Критерий | до 50 % | 50–70 %
            // | …», bands of a level): its rows give no value here.
            if let other = otherHeader(row) { current = other; continue }
            func cell(_ c: Int?) -> Cell? { c.flatMap { c in row.cells.first { $0.column == c } } }
            var cells: [(cell: Cell, from: CellRef, column: Int)] = []
            func put(_ c: Cell, at column: Int) { cells.append((c, CellRef(row: row.index, column: c.column), column)) }
            guard let h = current, let title = cell(h.title), !title.text.trimmed.isEmpty else {
                // A section's row (its title in another column) stays a row of its own.
                if let only = row.cells.first(where: { !$0.text.trimmed.isEmpty }),
                    row.cells.filter({
                        !$0.text.trimmed.isEmpty
                    }).count == 1
                {
                    put(only, at: 0)
                    out.append(row.index, cells, hidden: row.hidden)
                }
                continue
            }
            put(title, at: 0)
            let yes = h.yes.contains { isMark(cell($0)) }, no = h.no.contains { isMark(cell($0)) }
            if let count = cell(h.count), !count.text.trimmed.isEmpty {
                put(count, at: 1)
            } else if yes || no {
                let at = (yes ? h.yes : h.no).first { isMark(cell($0)) }!
                var answer = cell(at)!
                answer.value = .text(yes && no ? "отмечено и «да», и «нет»" : yes ? "да" : "нет")
                put(answer, at: 1)
                marked += 1
            }
            if let link = cell(h.link) { put(link, at: 2) }
            out.append(row.index, cells, hidden: row.hidden)
        }
        guard marked >= 3 else { return nil }
        return out.table()
    }
}
