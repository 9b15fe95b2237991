import Catalogue
import Dataset
import XLSXReader

/// A form laid out as a grid of cards, two to four across (a «дашборд» a deputy head made; a layout nobody described,
/// issue 25): each card a criterion's title (often merged over two cells and two rows), its value under it or to its
/// right, and the document's link beside the value or under it; the cards grouped under direction banners. It is
/// read as the usual form once each card stands in a row of its own (`criterion | value | link`), in reading order
/// (row by row, left to right), with each banner as a section row; the block above the first card stays where it
/// is, and every cell the reading names is named where it stands on the sheet (`cellOrigins`). Read only when no
/// other reading of the sheet found a form.
extension FormLayoutReader {
    /// The table with a row per card, and where each of its cells stands on the sheet; nil when the sheet holds
    /// fewer than four cards with a value, or no row with two cards side by side.
    /// `rows`: how many rows of the sheet must hold two cards side by side (more where another reading may still
    /// explain the sheet).
    static func cardGrid(_ table: SheetTable, context: NormaliserContext, rows least: Int = 1)
        -> (table: SheetTable, origins: [CellRef: CellRef])?
    {
        func span(_ ref: CellRef) -> MergedRange {
            table.merged.first { $0.contains(ref) } ?? MergedRange(first: ref, last: ref)
        }
        func isLink(_ ref: CellRef, _ cell: Cell) -> Bool {
            table.hyperlinks[ref]?.url != nil || FormLayoutReader.isAddressStart(cell.text.trimmed)
        }
        // A field of the header block («Образовательная организация:», «Школа: МБОУ …»): no card.
        // (A label of the links, «Ссылка», is none of a card's values either.)
        func isField(_ text: String) -> Bool {
            let t = text.trimmed
            if t.hasSuffix(":") || WideLayoutReader.isLinkTitle(t, context.labels)
                || context.labels.role(of: TitleNormaliser.normalise(t), among: HeaderBlock.fieldRoles) != nil
            {
                return true
            }
            guard let (label, _) = HeaderBlock.split(t) else { return false }
            return context.labels.role(of: TitleNormaliser.normalise(label), among: HeaderBlock.fieldRoles) != nil
        }
        // A card's title: a text of two words or more that some criterion resembles.
        func isTitle(_ ref: CellRef, _ cell: Cell) -> Bool {
            guard cell.storedNumber == nil, !isLink(ref, cell), !isField(cell.text) else { return false }
            let t = cell.text.trimmed
            guard t.count >= 6, t.contains(where: { $0 == " " || $0 == "-" || $0 == "–" }),
                t.contains(where: \.isLetter),
                ValueParser.yesNo(t.lowercased()) == nil
            else { return false }
            let e = context.resolver.evidence(RowQuery(title: t, year: nil, scope: .any))
            return e.fixed != nil || (e.candidates.first?.score ?? 0) >= 0.3
        }
        // Cheaply first: rows with two texts of two words or more side by side, as many as the grid needs; and no
        // sheet of many texts (a list, an export: more than 600) is looked at card by card, each a pass of the resolver.
        func wordy(_ c: Cell) -> Bool {
            c.storedNumber == nil && c.text.count >= 6
                && c.text.contains(where: { $0 == " " || $0 == "-" || $0 == "–" })
        }
        guard table.rows.count <= 400, table.rows.filter({ $0.cells.filter(wordy).count >= 2 }).count >= least,
            table.rows.reduce(0, { $0 + $1.cells.filter(wordy).count }) <= 600
        else { return nil }
        var cells: [CellRef: Cell] = [:]
        for row in table.rows where !row.hidden {
            for c in row.cells where !c.text.trimmed.isEmpty && !table.hiddenColumns.contains(c.column) {
                cells[CellRef(row: row.index, column: c.column)] = c
            }
        }
        // The titles, each with the columns its card may use: up to the next title's on the same row.
        // (A title merged over most of the sheet's width is the form's title or a banner, no card.)
        let firstColumn = cells.keys.map(\.column).min() ?? 0
        let width = (cells.keys.map(\.column).max() ?? 0) - firstColumn + 1
        let titleRefs = cells.filter { ref, cell in
            let s = span(ref)
            let wide = width >= 3 && (s.last.column - s.first.column + 1) * 4 >= width * 3
            return !wide && isTitle(ref, cell)
        }.keys.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        let titles = Set(titleRefs)
        let lastColumn = cells.keys.map(\.column).max() ?? 0
        var cards: [(title: CellRef, value: CellRef?, link: CellRef?)] = []
        var taken = Set<CellRef>()
        for t in titleRefs {
            let s = span(t)
            let nextTitle = titleRefs.filter {
                $0.row >= s.first.row && $0.row <= s.last.row && $0.column > s.last.column
            }
            .map(\.column).min()
            let right = (nextTitle ?? lastColumn + 1) - 1
            func free(_ ref: CellRef) -> Cell? {
                guard let c = cells[ref], !titles.contains(ref), !taken.contains(ref) else { return nil }
                return c
            }
            // The value: to the title's right (within its card), else under it (past empty spacer rows, within its
            // columns).
            var value: CellRef?
            if s.last.column < right {
                for col in (s.last.column + 1)...right {
                    let ref = CellRef(row: s.first.row, column: col)
                    if let c = free(ref), !isLink(ref, c), !isField(c.text) {
                        value = ref
                        break
                    }
                }
            }
            below: for r in (s.last.row + 1)...(s.last.row + 3) where value == nil {
                if titleRefs.contains(where: {
                    $0.row == r && $0.column >= s.first.column && $0.column <= s.last.column
                }) {
                    break
                }
                for col in s.first.column...max(s.last.column, s.first.column) {
                    let ref = CellRef(row: r, column: col)
                    if let c = free(ref), !isLink(ref, c), !isField(c.text) {
                        value = ref
                        break below
                    }
                }
            }
            // The link: beside the value (within the card), else under it, else beside the title.
            var link: CellRef?
            if let v = value {
                let vs = span(v)
                let places =
                    (vs.last.column + 1 <= right
                        ? ((vs.last.column + 1)...right).map { CellRef(row: v.row, column: $0) } : [])
                    + (1...2).flatMap { d in
                        (s.first.column...max(right, s.first.column)).map { CellRef(row: vs.last.row + d, column: $0) }
                    }
                link = places.first { ref in free(ref).map { isLink(ref, $0) } ?? false }
            }
            guard let v = value else { continue }
            taken.insert(v)
            if let l = link { taken.insert(l) }
            cards.append((t, v, link))
        }
        let rowsWithTwo = Dictionary(grouping: cards, by: { $0.title.row }).values.filter { $0.count >= 2 }.count
        guard cards.count >= 4, rowsWithTwo >= least, least == 1 || cards.count >= 8, let first = cards.first?.title.row
        else { return nil }
        // Banners between the cards: a row of one text that is no card's, kept as a section row.
        let used = Set(cards.flatMap { [$0.title] + [$0.value, $0.link].compactMap { $0 } })
        var banners: [CellRef] = []
        for row in table.rows where row.index > first {
            let texts = row.cells.filter {
                !$0.text.trimmed.isEmpty && !used.contains(CellRef(row: row.index, column: $0.column))
            }
            if texts.count == 1, row.cells.filter({ !$0.text.trimmed.isEmpty }).count == 1,
                texts[0].storedNumber == nil,
                !titles.contains(CellRef(row: row.index, column: texts[0].column))
            {
                banners.append(CellRef(row: row.index, column: texts[0].column))
            }
        }
        // The block above the first card as it is, a header row, then a row per card and banner in reading order.
        var out = RearrangedTable(table, header: first - 1)
        let order: [(at: CellRef, card: Int?)] =
            (cards.indices.map { (cards[$0].title, Optional($0)) } + banners.map { ($0, nil) })
            .sorted { ($0.at.row, $0.at.column) < ($1.at.row, $1.at.column) }
        for (n, item) in order.enumerated() {
            let card = item.card.map { cards[$0] }
            let places = [(item.at, 0), (card?.value, 1), (card?.link, 2)]
            out.append(
                first + n,
                places.compactMap { ref, column in ref.flatMap { r in cells[r].map { ($0, r, column) } } })
        }
        return out.table()
    }
}
