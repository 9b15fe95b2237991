import Catalogue
import Dataset
import Foundation
import XLSXReader

/// A paper blank filled in a spreadsheet: each field's value on a line and its caption in small print in brackets
/// under it («подстрочная подпись»: «47» over «(количество наставников, утверждённых приказом)», «МБОУ «СОШ № 3»»
/// over «(полное наименование образовательной организации)»), or, on some blanks, over it; two or three fields may
/// share a row, and a field captioned as the document's link («(ссылка на документ)») is the link of the fields
/// beside it. A layout nobody described (issue 25): read as a question over its answer it pairs every caption with
/// the next field's value. It is read as the usual form once each field stands in a row of its own (`criterion |
/// value | link`, its caption the criterion) in reading order, with the header block's fields (organisation, year,
/// signature) as label and value above the header; every cell the reading names is named where it stands on the
/// sheet (`cellOrigins`).
extension FormLayoutReader {
    /// The table with a row per field, and where each of its cells stands on the sheet; nil unless at least four rows
    /// hold nothing but captions in brackets, each against a value.
    static func captionedFields(_ table: SheetTable, context: NormaliserContext)
        -> (table: SheetTable, origins: [CellRef: CellRef])?
    {
        // A blank is a page or two: a sheet of thousands of rows (an export, a hostile file) is none, and is not
        // looked at cell by cell.
        guard table.rows.count <= 600 else { return nil }
        var cells: [CellRef: Cell] = [:]
        for row in table.rows where !row.hidden {
            for c in row.cells where !c.text.trimmed.isEmpty && !table.hiddenColumns.contains(c.column) {
                cells[CellRef(row: row.index, column: c.column)] = c
            }
        }
        func span(_ ref: CellRef) -> MergedRange {
            table.merged.first { $0.contains(ref) } ?? MergedRange(first: ref, last: ref)
        }
        // Rows of captions only, each caption against a value above or below it.
        let captions = Set(cells.filter { Self.captionText($0.value.text) != nil }.keys)
        guard captions.count >= 4 else { return nil }
        let byRow = Dictionary(grouping: cells.keys, by: \.row)
        let captionRows = Set(captions.map(\.row)).filter { r in (byRow[r] ?? []).allSatisfy { captions.contains($0) } }
        guard captionRows.count >= 4 else { return nil }
        // The value of a caption: the filled cell of the next row up (or down) whose columns meet the caption's.
        func value(of caption: CellRef, step: Int) -> CellRef? {
            let s = span(caption)
            let r = (step < 0 ? s.first.row : s.last.row) + step
            guard !captionRows.contains(r) else { return nil }
            return (byRow[r] ?? []).filter { ref in
                guard ref.row == r || span(ref).contains(CellRef(row: r, column: ref.column)) else { return false }
                let v = span(ref)
                return v.first.column <= s.last.column && v.last.column >= s.first.column
            }.min { abs($0.column - caption.column) < abs($1.column - caption.column) }
        }
        let inRows = captions.filter { captionRows.contains($0.row) }
        let above = inRows.filter { value(of: $0, step: -1) != nil }.count
        let below = inRows.filter { value(of: $0, step: 1) != nil }.count
        // Under the line unless the values stand under their captions more often (the blank's usual way).
        let step = below > above ? 1 : -1
        guard max(above, below) >= 4 else { return nil }
        var fields: [(caption: CellRef, value: CellRef)] = []
        var taken = Set<CellRef>()
        for c in inRows.sorted(by: { ($0.row, $0.column) < ($1.row, $1.column) }) {
            guard let v = value(of: c, step: step), !taken.contains(v) else { continue }
            taken.insert(v)
            fields.append((c, v))
        }
        func isLinkField(_ f: (caption: CellRef, value: CellRef)) -> Bool {
            let caption = Self.captionText(cells[f.caption]!.text) ?? ""
            return WideLayoutReader.isLinkTitle(caption, context.labels)
        }
        // The header block's fields (organisation, year, the head's signature) before the first criterion's: label and
        // value above the header, where the reader of the header block looks.
        func isBlockField(_ f: (caption: CellRef, value: CellRef)) -> Bool {
            let caption = TitleNormaliser.normalise(Self.captionText(cells[f.caption]!.text) ?? "")
            return context.labels.role(of: caption, among: HeaderBlock.fieldRoles + [.footer, .fullName]) != nil
        }
        // (The fields above the first section heading are the header block's, where it has a heading and few fields
        // above it; else the leading fields whose captions are the header block's labels.)
        let used = Set(fields.flatMap { [$0.caption, $0.value] })
        let lone = cells.keys.filter { ref in
            !used.contains(ref) && !captions.contains(ref) && byRow[ref.row]?.count == 1
        }
        func top(_ f: (caption: CellRef, value: CellRef)) -> Int { min(f.caption.row, f.value.row) }
        let firstTop = fields.first.map(top) ?? 0
        let heading = lone.map(\.row).filter { $0 > firstTop }.min()
        let firstCriterion =
            heading.flatMap { h in
                let above = fields.filter { top($0) < h }.count
                return above <= 8 ? above : nil
            } ?? (fields.firstIndex { !isBlockField($0) && !isLinkField($0) } ?? fields.count)
        let block = fields[..<firstCriterion]
        let body = fields[firstCriterion...]
        guard body.filter({ !isLinkField($0) }).count >= 4 else { return nil }
        let header = (block.map { max($0.caption.row, $0.value.row) }.max() ?? -1) + 1
        let blockRows = Set(block.flatMap { [$0.caption.row, $0.value.row] })
        var out = RearrangedTable(table, header: header) { !blockRows.contains($0.index) }
        func captionCell(_ ref: CellRef) -> Cell {
            var c = cells[ref]!
            // Capitalised as a title: a title's line in small letters continues the line above.
            let t = Self.captionText(c.text) ?? c.text
            c.value = .text(t.prefix(1).uppercased() + t.dropFirst())
            return c
        }
        func valueCell(_ ref: CellRef) -> Cell? {
            var c = cells[ref]!
            if c.storedNumber == nil, c.text.contains("_") {
                let t = c.text.trimmingCharacters(in: CharacterSet(charactersIn: "_ "))
                guard !t.isEmpty else { return nil }
                c.value = .text(t)
            }
            return c
        }
        for (row, fs) in Dictionary(grouping: block, by: \.value.row) {
            // Fields side by side (the head's name and the signature): label, value, label, value.
            var places: [(cell: Cell, from: CellRef, column: Int)] = []
            for f in fs.sorted(by: { $0.caption.column < $1.caption.column }) {
                places.append((captionCell(f.caption), f.caption, places.count))
                if let v = valueCell(f.value) { places.append((v, f.value, places.count)) }
            }
            out.insertAbove(row, places)
        }
        // The body in reading order: a row per field, with the link of its row (a link field after it on the same row,
        // else one alone on the next row); texts that are no field's (direction banners) as section rows.
        let bodyRows = Dictionary(grouping: body, by: top)
        let banners = lone.filter { ref in ref.row >= header && (body.first.map { ref.row > top($0) - 3 } ?? false) }
        var n = header + 1
        let items: [(row: Int, banner: CellRef?)] =
            bodyRows.keys.map { ($0, nil) } + banners.map { ($0.row, Optional($0)) }
        for item in items.sorted(by: { $0.row < $1.row }) {
            if let b = item.banner {
                out.append(n, [(cells[b]!, b, 0)])
                n += 1
                continue
            }
            let row = bodyRows[item.row]!.sorted { $0.caption.column < $1.caption.column }
            var link = row.last(where: isLinkField).map(\.value)
            if link == nil, let next = bodyRows[item.row + 2] ?? bodyRows[item.row + 3],
                next.allSatisfy(isLinkField)
            {
                link = next.first?.value
            }
            for f in row where !isLinkField(f) {
                var places = [(captionCell(f.caption), f.caption, 0)]
                if let v = valueCell(f.value) {
                    if table.hyperlinks[f.value]?.url != nil || Self.isAddressStart(v.text) {
                        places.append((v, f.value, 2))
                    } else {
                        places.append((v, f.value, 1))
                    }
                }
                if let l = link, let lc = valueCell(l) { places.append((lc, l, 2)) }
                out.append(n, places)
                n += 1
            }
        }
        return out.table()
    }

    /// The words of a caption in brackets («(отчётный год)» → «отчётный год»); nil for other texts.
    static func captionText(_ text: String) -> String? {
        let t = text.trimmed
        guard t.count >= 4, t.hasPrefix("("), t.hasSuffix(")"), !t.dropFirst().hasPrefix("("),
            t.contains(where: \.isLetter)
        else { return nil }
        let inner = String(t.dropFirst().dropLast()).trimmed
        // Two bracketed texts side by side («(а) … (б)») are no one caption.
        guard !inner.contains(")") || inner.contains("(") else { return nil }
        return inner
    }
}
