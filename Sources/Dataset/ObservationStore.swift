import Catalogue
import XLSXReader

/// The observations of a dataset, stored column by column: 28 to 40 bytes per value instead of the 184 of an
/// `Observation` with its nine text fields (28 where file, sheet and year are the same over a chunk of values, as in
/// a wide export, and the number is a whole one of 32 bits). Texts that repeat (criterion ids, organisation keys, file
/// and sheet names, raw cell texts, links, text answers) are kept once in a pool and referred to by number; a cell
/// address is kept as its row and column.
///
/// It is a collection of `Observation`s: reading an element builds the struct, writing one stores it back.
/// The hot loops of aggregation and the report use the per-field accessors (`criterion(at:)`, `value(at:)`…),
/// which build nothing.
package struct ObservationStore: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, Sendable {
    private var pool = TextPool()
    private var criteria = ChunkedColumn<Int32>()
    private var organisations = ChunkedColumn<Int32>()  // -1: the municipality
    private var years = ChunkedColumn<Int32>()
    private var files = ChunkedColumn<Int32>()
    private var sheets = ChunkedColumn<Int32>()
    private var cellRows = ChunkedColumn<Int32>()  // -1: the address is in `oddCells`
    private var cellColumns = ChunkedColumn<Int16>()
    private var matches = ChunkedColumn<MatchKind>()
    private var kinds = ChunkedColumn<ValueKind>()
    // A whole number of 32 bits, an index in `doubles`, a pooled text or an index in `lists`.
    private var payloads = ChunkedColumn<UInt32>()
    /// The bits of the numbers that are not whole numbers of 32 bits (most values are counts: 4 bytes a value saved).
    private var doubles = ChunkedColumn<UInt64>()
    private var raws = ChunkedColumn<Int32>()
    private var links = ChunkedColumn<Int32>()  // -1: no link
    private var lists: [[String]] = []
    private var linkTexts: [Int: String] = [:]  // rare: sparse
    private var notes: [Int: String] = [:]
    private var oddCells: [Int: String] = [:]

    private enum ValueKind: UInt8, Sendable { case none, number, integer, text, list, note }

    /// How a number is kept: a whole number of 32 bits in the payload (not -0), any other in `doubles`.
    private mutating func payload(number d: Double) -> (ValueKind, UInt32) {
        if let n = Int32(exactly: d), Double(n).bitPattern == d.bitPattern { return (.integer, UInt32(bitPattern: n)) }
        doubles.append(d.bitPattern)
        return (.number, UInt32(doubles.count - 1))
    }

    package init() {}

    package var startIndex: Int { 0 }
    package var endIndex: Int { criteria.count }
    package func index(after i: Int) -> Int { i + 1 }
    package func index(before i: Int) -> Int { i - 1 }

    package subscript(i: Int) -> Observation {
        get {
            Observation(
                criterion: criterion(at: i), year: year(at: i), organisation: organisation(at: i), value: value(at: i),
                raw: pool[raws[i]], link: link(at: i), linkText: linkTexts[i], note: notes[i],
                source: source(at: i), match: matches[i])
        }
        set { store(newValue, at: i) }
    }

    // MARK: fields, read in place

    package func criterion(at i: Int) -> String { pool[criteria[i]] }
    package func year(at i: Int) -> Int { Int(years[i]) }
    package func organisation(at i: Int) -> String? { organisations[i] < 0 ? nil : pool[organisations[i]] }
    package func link(at i: Int) -> String? { links[i] < 0 ? nil : pool[links[i]] }
    package func raw(at i: Int) -> String { pool[raws[i]] }

    package func value(at i: Int) -> ObservedValue? {
        switch kinds[i] {
        case .none: return nil
        case .number: return .number(Double(bitPattern: doubles[Int(payloads[i])]))
        case .integer: return .number(Double(Int32(bitPattern: payloads[i])))
        case .text: return .text(pool[Int32(bitPattern: payloads[i])])
        case .list: return .list(lists[Int(payloads[i])])
        case .note: return .note(pool[Int32(bitPattern: payloads[i])])
        }
    }

    /// The number reported, without building the value.
    package func number(at i: Int) -> Double? {
        switch kinds[i] {
        case .number: return Double(bitPattern: doubles[Int(payloads[i])])
        case .integer: return Double(Int32(bitPattern: payloads[i]))
        default: return nil
        }
    }

    package func source(at i: Int) -> SourceRef {
        let cell =
            cellRows[i] < 0
            ? oddCells[i] ?? "" : CellRef(row: Int(cellRows[i]), column: Int(cellColumns[i])).description
        return SourceRef(file: pool[files[i]], sheet: pool[sheets[i]], cell: cell)
    }

    /// A number that stands for the organisation key (equal keys, equal numbers; -1 for the municipality):
    /// for grouping without hashing the key's text.
    package func organisationID(at i: Int) -> Int32 { organisations[i] }
    /// A number that stands for the value's file (equal paths, equal numbers): for grouping by file without hashing
    /// its path.
    package func fileID(at i: Int) -> Int32 { files[i] }
    /// A number that stands for the criterion id (see `organisationID(at:)`).
    package func criterionID(at i: Int) -> Int32 { criteria[i] }
    /// A number that stands for the link's text (see `organisationID(at:)`); -1 without a link.
    package func linkID(at i: Int) -> Int32 { links[i] }
    /// The text a number of `organisationID(at:)`, `criterionID(at:)` or `linkID(at:)` stands for.
    package func text(ofID id: Int32) -> String { pool[id] }
    /// The number that stands for `text`, if the store holds it.
    package func id(of text: String) -> Int32? { pool.existingID(text) }

    // MARK: adding

    package mutating func append(_ o: Observation) {
        criteria.append(0); organisations.append(0); years.append(0); files.append(0); sheets.append(0)
        cellRows.append(0); cellColumns.append(0); matches.append(.exact); kinds.append(.none); payloads.append(0)
        raws.append(0); links.append(0)
        store(o, at: criteria.count - 1)
    }

    package mutating func append<S: Sequence>(contentsOf other: S) where S.Element == Observation {
        if let store = other as? ObservationStore { return append(store: store) }
        for o in other { append(o) }
    }

    /// Appends another store: its pool is merged once, its columns are copied with their texts renumbered.
    private mutating func append(store other: ObservationStore) {
        let map = other.pool.keys.map { pool.id(key: $0) }
        func renumber(_ id: Int32) -> Int32 { id < 0 ? id : map[Int(id)] }
        let offset = count
        criteria.append(other.criteria, renumber)
        organisations.append(other.organisations, renumber)
        years.append(other.years)
        files.append(other.files, renumber)
        sheets.append(other.sheets, renumber)
        cellRows.append(other.cellRows)
        cellColumns.append(other.cellColumns)
        matches.append(other.matches)
        raws.append(other.raws, renumber)
        links.append(other.links, renumber)
        let listOffset = UInt32(lists.count), doubleOffset = UInt32(doubles.count)
        lists += other.lists
        doubles.append(other.doubles)
        var i = 0
        other.payloads.forEach { p in
            let k = other.kinds[i]
            i += 1
            kinds.append(k)
            switch k {
            case .text, .note: payloads.append(UInt32(bitPattern: map[Int(p)]))
            case .list: payloads.append(p + listOffset)
            case .number: payloads.append(p + doubleOffset)
            case .none, .integer: payloads.append(p)
            }
        }
        for (i, s) in other.linkTexts { linkTexts[i + offset] = s }
        for (i, s) in other.notes { notes[i + offset] = s }
        for (i, s) in other.oddCells { oddCells[i + offset] = s }
    }

    /// Appends the values of `other` at `indices`, as appending `other[i]` for each would (the same fields, texts
    /// numbered in the same order), without building an observation or hashing a text again: `other`'s numbers
    /// are mapped to this store's once each. For a municipality's part of a country's values.
    mutating func append(_ other: ObservationStore, at indices: [Int32]) {
        var map: [Int32: Int32] = [:]
        func id(_ n: Int32) -> Int32 {
            if n < 0 { return n }
            if let known = map[n] { return known }
            let mine = pool.id(key: other.pool.keys[Int(n)])
            map[n] = mine
            return mine
        }
        for k in indices {
            let i = Int(k), j = count
            criteria.append(id(other.criteria[i]))
            organisations.append(id(other.organisations[i]))
            years.append(other.years[i])
            files.append(id(other.files[i]))
            sheets.append(id(other.sheets[i]))
            cellRows.append(other.cellRows[i])
            cellColumns.append(other.cellColumns[i])
            if other.cellRows[i] < 0 { oddCells[j] = other.oddCells[i] ?? "" }
            matches.append(other.matches[i])
            let kind = other.kinds[i]
            kinds.append(kind)
            switch kind {
            case .text, .note:
                payloads.append(UInt32(bitPattern: id(Int32(bitPattern: other.payloads[i]))))
            case .list: payloads.append(UInt32(lists.count)); lists.append(other.lists[Int(other.payloads[i])])
            case .number:
                payloads.append(UInt32(doubles.count)); doubles.append(other.doubles[Int(other.payloads[i])])
            case .none, .integer: payloads.append(other.payloads[i])
            }
            raws.append(id(other.raws[i]))
            links.append(id(other.links[i]))
            if let t = other.linkTexts[i] { linkTexts[j] = t }
            if let n = other.notes[i] { notes[j] = n }
        }
    }

    /// The store's number for `text`, added if new: for the appends below, which take the numbers of texts
    /// that repeat (a file, a sheet, an organisation, a column's criterion) instead of hashing them per value.
    package mutating func intern(_ text: String) -> Int32 { pool.id(text) }

    /// Appends a value read at (`row`, `column`) of a sheet; file, sheet, criterion and organisation (-1 for
    /// the municipality) are numbers from `intern(_:)`. Builds no `SourceRef` or cell address text.
    package mutating func append(
        criterion: Int32, year: Int, organisation: Int32, value: ObservedValue?, raw: String,
        link: String?, linkText: String?, note: String?, file: Int32, sheet: Int32,
        row: Int, column: Int, match: MatchKind
    ) {
        let i = criteria.count
        criteria.append(criterion); organisations.append(organisation); years.append(Int32(clamping: year))
        files.append(file); sheets.append(sheet)
        if row >= 0, row < CellRef.maxRows, column >= 0, column < CellRef.maxColumns {
            cellRows.append(Int32(row)); cellColumns.append(Int16(column))
        } else {
            cellRows.append(-1); cellColumns.append(0); oddCells[i] = ""
        }
        matches.append(match)
        switch value {
        case nil: kinds.append(.none); payloads.append(0)
        case .number(let d)?:
            let (kind, p) = payload(number: d)
            kinds.append(kind); payloads.append(p)
        case .text(let s)?: kinds.append(.text); payloads.append(UInt32(bitPattern: pool.id(s)))
        case .note(let s)?: kinds.append(.note); payloads.append(UInt32(bitPattern: pool.id(s)))
        case .list(let l)?: kinds.append(.list); payloads.append(UInt32(lists.count)); lists.append(l)
        }
        raws.append(pool.id(raw))
        links.append(link.map { pool.id($0) } ?? -1)
        if let linkText { linkTexts[i] = linkText }
        if let note { notes[i] = note }
    }

    private mutating func store(_ o: Observation, at i: Int) {
        criteria[i] = pool.id(o.criterion)
        organisations[i] = o.organisation.map { pool.id($0) } ?? -1
        years[i] = Int32(clamping: o.year)
        files[i] = pool.id(o.source.file)
        sheets[i] = pool.id(o.source.sheet)
        if let ref = CellRef(Substring(o.source.cell)), ref.description == o.source.cell {
            cellRows[i] = Int32(ref.row); cellColumns[i] = Int16(ref.column); oddCells[i] = nil
        } else {
            cellRows[i] = -1; cellColumns[i] = 0; oddCells[i] = o.source.cell
        }
        matches[i] = o.match
        switch o.value {
        case nil: kinds[i] = .none; payloads[i] = 0
        case .number(let d)?: (kinds[i], payloads[i]) = payload(number: d)
        case .text(let s)?: kinds[i] = .text; payloads[i] = UInt32(bitPattern: pool.id(s))
        case .note(let s)?: kinds[i] = .note; payloads[i] = UInt32(bitPattern: pool.id(s))
        case .list(let l)?: kinds[i] = .list; payloads[i] = UInt32(lists.count); lists.append(l)
        }
        raws[i] = pool.id(o.raw)
        links[i] = o.link.map { pool.id($0) } ?? -1
        linkTexts[i] = o.linkText
        notes[i] = o.note
    }

    // MARK: removing

    package mutating func replaceSubrange<C: Collection>(_ range: Range<Int>, with new: C)
    where C.Element == Observation {
        var out = ObservationStore()
        out.pool = pool
        for i in 0..<range.lowerBound { out.append(self[i]) }
        for o in new { out.append(o) }
        for i in range.upperBound..<count { out.append(self[i]) }
        self = out
    }

    package mutating func removeAll(where shouldRemove: (Observation) throws -> Bool) rethrows {
        var out = ObservationStore()
        out.pool = pool
        for o in self where try !shouldRemove(o) { out.append(o) }
        self = out
    }

}

extension ObservationStore: Codable {
    package init(from decoder: Decoder) throws {
        self.init()
        append(contentsOf: try [Observation](from: decoder))
    }

    package func encode(to encoder: Encoder) throws { try Array(self).encode(to: encoder) }
}

/// Texts kept once and referred to by number; looked up by their bytes (`TextKey`). The texts are kept as their
/// keys, so that merging one pool into another (a file's store into the run's) hashes no text again.
struct TextPool: Sendable {
    private(set) var keys: [TextKey] = []
    private var ids: [TextKey: Int32] = [:]

    subscript(id: Int32) -> String { keys[Int(id)].text }

    func existingID(_ s: String) -> Int32? { ids[TextKey(s)] }

    mutating func id(_ s: String) -> Int32 { id(key: TextKey(s)) }

    mutating func id(key: TextKey) -> Int32 {
        if let known = ids[key] { return known }
        let id = Int32(keys.count)
        keys.append(key)
        ids[key] = id
        return id
    }
}
