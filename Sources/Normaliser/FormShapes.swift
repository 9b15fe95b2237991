import Catalogue
import Foundation
import XLSXReader

/// Layouts recognised once per shape (issue 28). Forms of one template differ in their organisation, their values
/// and their links, not in what `FormLayoutReader.findColumns` decides from: the header row, the criteria's titles,
/// which cells hold numbers, answers or links. A form's columns are therefore looked up by its shape before they are
/// recognised, and a form whose shape was seen takes the columns recognised for the first form of that shape.
///
/// The shape is a fingerprint of everything the recogniser reads, relative to the header row (R) and the criterion
/// column it found (`Fingerprint`):
/// - rows R−1, R and R+1 (the header's titles, read by `headerTitle`), every text of 12 characters or more with a
///   space that is not a stored number (the recogniser asks the resolver about those), and the first cell of a merged
///   range (the header titles show it) are kept exactly, byte for byte;
/// - rows above R−1 when a header row was found are read by the recogniser only for the labels of its columns: each
///   cell is kept as its column and that label's role (the organisation's name, the municipality, ИНН are not kept);
/// - any other cell is kept as what the recogniser asks of it: its kind of value and what it looks like
///   (`RowOutcome.hint`), whether it is empty, a unit, a link, a header label or an organisation's label, whether it
///   parses as a number;
/// - which columns number the criterion rows (`isNumbering` of `valueCounts`' numbers: 1, 2, 3 …), whatever their
///   numbers; the merged ranges, hidden columns and the cells with hyperlinks exactly; whether each such row is a row of
///   column numbers; whether the header block names an organisation and the reporting year it states (read for each
///   form: `HeaderBlock` and the title);
/// - the context's years are in the reporting year; the cache belongs to one context (`NormaliserContext.shapes`),
///   which gets a new one with every new resolver.
/// Two forms with equal fingerprints are recognised alike, so a hit is verified by computing the new form's
/// fingerprint against the cached shape's header row and comparing it in full: any departure (a row moved, a value
/// column added, another label, a text reworded) is a miss, and the form is recognised from scratch.
final class FormShapes: @unchecked Sendable {
    /// What is cached for a shape: the anchor the fingerprint is taken against, the fingerprint and the columns.
    private struct Entry {
        var anchor: Anchor
        var fingerprint: Fingerprint
        var columns: FormLayoutReader.Columns
    }

    /// The header row and criterion column of a shape, and whether a row of labels was found above the values.
    struct Anchor: Equatable {
        var row: Int
        var criterion: Int
        var headerFound: Bool
    }

    private var entries: [Int: [Entry]] = [:]
    private var count = 0
    private let lock = NSLock()
    /// Shapes kept per key of cell positions, and in all (past it the cache starts afresh): a shape keeps its cells
    /// and their texts (some tens of kilobytes for a form of 60 rows), so the cache stays within a few tens of MB.
    private let perKey = 8, limit = 1_000
    /// What the recogniser asks of a text (per context: the labels are the context's).
    private let classes = Memo<TextKey, TextClass>(limit: 20_000)
    private let numberClasses = Memo<NumberKey, TextClass>(limit: 20_000)
    /// How many forms took a cached shape and how many were recognised (for tests and profiles).
    private(set) var hits = 0
    private(set) var misses = 0

    /// The columns of `reader`'s table: a cached shape's when the table fits it exactly, else `recognise()`'s.
    func columns(_ reader: FormLayoutReader, recognise: () -> FormLayoutReader.Columns?) -> FormLayoutReader.Columns? {
        let key = Self.positionKey(reader.table)
        lock.lock()
        let candidates = entries[key] ?? []
        lock.unlock()
        var tried: [(Anchor, Fingerprint)] = []
        for entry in candidates {
            let fingerprint: Fingerprint
            if let done = tried.first(where: { $0.0 == entry.anchor }) {
                fingerprint = done.1
            } else {
                fingerprint = self.fingerprint(reader, entry.anchor)
                tried.append((entry.anchor, fingerprint))
            }
            if fingerprint == entry.fingerprint {
                lock.lock()
                hits += 1
                lock.unlock()
                return entry.columns
            }
        }
        let recognised = recognise()
        lock.lock()
        misses += 1
        lock.unlock()
        guard let columns = recognised else { return nil }
        let anchor = Anchor(row: columns.row, criterion: columns.criterion, headerFound: columns.headerFound)
        let fingerprint =
            tried.first(where: { $0.0 == anchor })?.1 ?? self.fingerprint(reader, anchor)
        lock.lock()
        if count >= limit { entries.removeAll(keepingCapacity: true); count = 0 }
        var list = entries[key] ?? []
        if !list.contains(where: { $0.anchor == anchor && $0.fingerprint == fingerprint }) {
            if list.count >= perKey { list.removeFirst() } else { count += 1 }
            list.append(Entry(anchor: anchor, fingerprint: fingerprint, columns: columns))
            entries[key] = list
        }
        lock.unlock()
        return columns
    }

    /// The positions of the table's cells, its merged ranges and hidden columns: forms of one shape share them.
    static func positionKey(_ table: SheetTable) -> Int {
        var h = Hasher()
        h.combine(table.rows.count)
        for row in table.rows {
            h.combine(row.index)
            h.combine(row.cells.count)
            for cell in row.cells { h.combine(cell.column) }
        }
        h.combine(table.merged.count)
        h.combine(table.hiddenColumns.count)
        h.combine(table.hyperlinks.count)
        return h.finalize()
    }

    // MARK: The fingerprint

    struct Fingerprint: Equatable {
        var rows: [RowMark] = []
        var cells: [Mark] = []
        var merged: [MergedRange] = []
        var hiddenColumns: Set<Int> = []
        var links: Set<CellRef> = []
        /// Whether the header block names an organisation, and the reporting year above the header.
        var named = false
        var reportingYear: Int?
        /// The columns whose numbers in the criterion rows count them (`FormLayoutReader.isNumbering`).
        var numbering: [Int] = []
    }

    struct RowMark: Equatable {
        var index: Int
        var hidden: Bool
        var cells: Int
        /// Whether the row is a row of column numbers (for rows not kept exactly).
        var columnNumbers: Bool
    }

    enum Mark: Equatable {
        /// The cell as it is (its text compared byte for byte).
        case exact(Exact)
        /// Above the header: the column and the role of its text among the header's labels.
        case label(column: Int, role: HeaderLabels.Role?)
        /// A value, a link, a short text: what the recogniser asks of it.
        case value(column: Int, ValueMark)
    }

    struct Exact: Equatable {
        var cell: Cell

        static func == (a: Exact, b: Exact) -> Bool {
            guard a.cell.column == b.cell.column, a.cell.isPercent == b.cell.isPercent,
                a.cell.isTextFormat == b.cell.isTextFormat, a.cell.hasFormula == b.cell.hasFormula
            else { return false }
            if case .text(var x) = a.cell.value, case .text(var y) = b.cell.value {
                return x.withUTF8 { p in
                    y.withUTF8 { q in
                        p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0)
                    }
                }
            }
            return a.cell.value == b.cell.value
        }
    }

    struct ValueMark: Equatable {
        /// The case of the cell's value (text, number, bool, date, duration, error).
        var kind: UInt8
        var isPercent: Bool
        var hint: ValueHint?
        var text: TextClass
    }

    /// What the recogniser asks of a cell's text.
    struct TextClass: Equatable {
        var empty: Bool
        /// 12 characters or more with a space: a possible criterion's title.
        var long: Bool
        var role: HeaderLabels.Role?
        var organisationLabel: Bool
        var unit: Bool
        var link: Bool
        var parsed: Double?
        /// `RowOutcome.hint` of a cell that holds this text (neither a stored number nor a boolean).
        var hint: ValueHint?

        static func == (a: TextClass, b: TextClass) -> Bool {
            a.empty == b.empty && a.long == b.long && a.role == b.role && a.organisationLabel == b.organisationLabel
                && a.unit == b.unit && a.link == b.link && (a.parsed == nil) == (b.parsed == nil)
                && a.hint == b.hint
        }
    }

    private struct NumberKey: Hashable {
        var value: Double
        var isPercent: Bool
    }

    private static let headerRoles: [HeaderLabels.Role] = [.criterion, .value, .link, .direction, .note, .number]

    private func textClass(_ text: String, _ context: NormaliserContext) -> TextClass {
        classes.value(TextKey(text)) { Self.classify(text, context) }
    }

    private static func classify(_ t: String, _ context: NormaliserContext) -> TextClass {
        let normalised = TitleNormaliser.normalise(t)
        let lower = t.lowercased()
        return TextClass(
            empty: t.trimmed.isEmpty, long: t.count >= 12 && t.contains(" "),
            role: context.labels.role(of: normalised, among: headerRoles),
            organisationLabel: context.labels.contains(.organisation, normalised),
            unit: context.labels.unitHint(t) != nil, link: lower.hasPrefix("http") || lower.hasPrefix("www."),
            parsed: Double(t.trimmed), hint: RowOutcome.hint(text: t))
    }

    private func cellClass(_ cell: Cell, _ context: NormaliserContext) -> TextClass {
        if case .number(let d) = cell.value {
            return numberClasses.value(NumberKey(value: d, isPercent: cell.isPercent)) {
                Self.classify(cell.text, context)
            }
        }
        return textClass(cell.text, context)
    }

    private static func kind(_ value: CellValue) -> UInt8 {
        switch value {
        case .text: return 0
        case .number: return 1
        case .bool: return 2
        case .date: return 3
        case .duration: return 4
        case .error: return 5
        }
    }

    /// The fingerprint of `reader`'s table against `anchor` (see the type's comment).
    func fingerprint(_ reader: FormLayoutReader, _ anchor: Anchor) -> Fingerprint {
        let table = reader.table, context = reader.context
        let r = anchor.row
        var f = Fingerprint()
        f.merged = table.merged
        f.hiddenColumns = table.hiddenColumns
        f.links = Set(table.hyperlinks.keys)
        f.named = reader.labels(above: r).organisation.map { !$0.trimmed.isEmpty } ?? false
        f.reportingYear = reader.reportingYear(above: r)
        let mergedFirsts = Set(table.merged.map(\.first))
        // Row R+1 is a part of the header when its criterion cell is empty or repeats the header's (`subHeader`):
        // then it is kept exactly.
        let criterionHeader = table.displayed(CellRef(row: r, column: anchor.criterion))?.text.trimmed ?? ""
        let below = table.cell(CellRef(row: r + 1, column: anchor.criterion))
        let belowIsRow =
            below.map { cell in
                if case .text(let t) = cell.value, cell.storedNumber == nil, textClass(t, context).long {
                    return !t.trimmed.isEmpty && t.trimmed != criterionHeader
                }
                return false
            } ?? false
        // `valueCounts`' counts and numbers of each column over the criterion rows (its own column aside: never counted).
        var counted: [Int: Int] = [:], numbers: [Int: [Double]] = [:]
        func count(_ cell: Cell, _ hint: ValueHint?, _ parsed: @autoclosure () -> Double?) {
            guard cell.column != anchor.criterion, let hint, hint != .text else { return }
            counted[cell.column, default: 0] += 1
            if let n = cell.storedNumber ?? parsed() { numbers[cell.column, default: []].append(n) }
        }
        f.rows.reserveCapacity(table.rows.count)
        f.cells.reserveCapacity(table.rows.reduce(0) { $0 + $1.cells.count })
        for row in table.rows {
            let i = row.index
            let exactRow = i == r - 1 || i == r || (i == r + 1 && !belowIsRow)
            let criterionRow =
                i > r
                && !(row.cells.first(where: { $0.column == anchor.criterion })?.text.trimmed.isEmpty ?? true)
            if exactRow {
                f.rows.append(RowMark(index: i, hidden: row.hidden, cells: row.cells.count, columnNumbers: false))
                for cell in row.cells {
                    f.cells.append(.exact(Exact(cell: cell)))
                    if criterionRow { count(cell, RowOutcome.hint(cell), Double(cell.text.trimmed)) }
                }
                continue
            }
            if anchor.headerFound && i < r - 1 {
                f.rows.append(RowMark(index: i, hidden: row.hidden, cells: row.cells.count, columnNumbers: false))
                for cell in row.cells {
                    if mergedFirsts.contains(CellRef(row: i, column: cell.column)) {
                        f.cells.append(.exact(Exact(cell: cell)))
                    } else {
                        let role = context.labels.role(
                            of: TitleNormaliser.normalise(cell.text), among: Self.headerRoles)
                        f.cells.append(.label(column: cell.column, role: role))
                    }
                }
                continue
            }
            f.rows.append(
                RowMark(
                    index: i, hidden: row.hidden, cells: row.cells.count, columnNumbers: reader.isColumnNumbers(row)))
            for cell in row.cells {
                // Kept exactly (without asking its class): any text that may be 12 characters or more with a space.
                if Self.mayBeLong(cell) || mergedFirsts.contains(CellRef(row: i, column: cell.column)) {
                    f.cells.append(.exact(Exact(cell: cell)))
                    if criterionRow, cell.column != anchor.criterion {
                        count(cell, RowOutcome.hint(cell), Double(cell.text.trimmed))
                    }
                    continue
                }
                let text = cellClass(cell, context)
                // `RowOutcome.hint(cell)`, its text's part from the class.
                let hint: ValueHint?
                switch cell.value {
                case .bool: hint = .yesno
                case .number: hint = cell.isPercent ? .percent : .number
                default: hint = text.hint
                }
                if criterionRow { count(cell, hint, text.parsed) }
                f.cells.append(
                    .value(
                        column: cell.column,
                        ValueMark(kind: Self.kind(cell.value), isPercent: cell.isPercent, hint: hint, text: text)))
            }
        }
        f.numbering = counted.keys.filter { reader.isNumbering(numbers[$0] ?? [], of: counted[$0]!) }.sorted()
        return f
    }

    /// Whether a cell that holds no stored number shows a text of 12 bytes or more with a space byte: a superset of the
    /// texts the recogniser sends to the resolver (12 characters or more with a space), decided without hashing.
    static func mayBeLong(_ cell: Cell) -> Bool {
        if cell.storedNumber != nil { return false }
        var t = cell.text
        return t.withUTF8 { b in b.count >= 12 && b.contains(0x20) }
    }
}
