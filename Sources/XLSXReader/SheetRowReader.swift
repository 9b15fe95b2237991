import CXML2
import Foundation

/// Streams the rows of one worksheet. Memory stays constant whatever the sheet's size: only the current
/// row is held, plus the merged ranges, hyperlinks and hidden columns, which are small.
public final class SheetRowReader {
    public let sheet: SheetInfo
    /// Merged ranges (complete once `next()` has returned nil).
    public private(set) var mergedRanges: [MergedRange] = []
    /// Hyperlinks by cell, a range-wide link expanded to each cell (complete once `next()` has returned nil).
    public private(set) var hyperlinks: [(CellRef, Hyperlink)] = []
    /// Zero-based hidden columns (from `<cols>`, which precedes the cells).
    public private(set) var hiddenColumns: Set<Int> = []

    private let file: XLSXFile
    private let xml: XMLStream
    private let strings: [String]
    private let styles: Styles
    private let date1904: Bool
    private var finished = false
    private var lastRow = -1
    private var pendingLinks: [(ref: Substring, rid: String?, location: String?, display: String?)] = []

    // Interned element and attribute names, compared by pointer.
    private let nRow, nC, nV, nIs, nT, nF, nCol, nMergeCell, nHyperlink, nRPh: XMLStream.Name
    private let aR, aT, aS, aHidden, aRef, aId, aLocation, aDisplay, aMin, aMax: XMLStream.Name

    init(file: XLSXFile, sheet: SheetInfo, strings: [String], styles: Styles) throws {
        self.file = file
        self.sheet = sheet
        self.strings = strings
        self.styles = styles
        self.date1904 = file.date1904
        xml = try XMLStream(entry: file.archive.open(sheet.part), limits: file.archive.limits)
        nRow = xml.intern("row"); nC = xml.intern("c"); nV = xml.intern("v"); nIs = xml.intern("is"); nT = xml.intern("t")
        nF = xml.intern("f"); nCol = xml.intern("col"); nMergeCell = xml.intern("mergeCell")
        nHyperlink = xml.intern("hyperlink"); nRPh = xml.intern("rPh")
        aR = xml.intern("r"); aT = xml.intern("t"); aS = xml.intern("s"); aHidden = xml.intern("hidden")
        aRef = xml.intern("ref"); aId = xml.intern("id"); aLocation = xml.intern("location")
        aDisplay = xml.intern("display"); aMin = xml.intern("min"); aMax = xml.intern("max")
    }

    private func where_(_ cell: String? = nil) -> String {
        "лист «\(sheet.name)»" + (cell.map { ", ячейка \($0)" } ?? "")
    }

    /// The next row, or nil at the end of the sheet.
    public func next() throws -> Row? {
        if finished { return nil }
        while try xml.next() {
            guard xml.node == .element, let name = xml.localName else { continue }
            if name == nRow {
                return try readRow()
            } else if name == nCol {
                var lo = 0, hi = 0, hidden = false
                xml.forEachAttribute { n, v in
                    if n == aMin { lo = Int(atol(cstr(v))) } else if n == aMax { hi = Int(atol(cstr(v))) }
                    else if n == aHidden { hidden = xmlEquals(v, "1") || xmlEquals(v, "true") }
                }
                if hidden, lo >= 1, hi >= lo { for c in lo...min(hi, CellRef.maxColumns) { hiddenColumns.insert(c - 1) } }
            } else if name == nMergeCell {
                var ref: String?
                xml.forEachAttribute { n, v in if n == aRef { ref = String(cString: v) } }
                if let ref {
                    guard let range = MergedRange(Substring(ref)) else {
                        throw XLSXReadError(.badReference, file: file.path, location: where_(),
                                            "неверный диапазон объединения «\(ref)»")
                    }
                    mergedRanges.append(range)
                }
            } else if name == nHyperlink {
                var ref: String?, rid: String?, location: String?, display: String?
                xml.forEachAttribute { n, v in
                    if n == aRef { ref = String(cString: v) } else if n == aId { rid = String(cString: v) }
                    else if n == aLocation { location = String(cString: v) } else if n == aDisplay { display = String(cString: v) }
                }
                if let ref { pendingLinks.append((Substring(ref), rid, location, display)) }
            }
        }
        finished = true
        try resolveHyperlinks()
        return nil
    }

    private func readRow() throws -> Row {
        var index = lastRow + 1
        var hidden = false
        var badRef: String?
        xml.forEachAttribute { n, v in
            if n == aR {
                let r = atol(cstr(v))
                if r >= 1 && r <= CellRef.maxRows { index = r - 1 } else { badRef = String(cString: v) }
            } else if n == aHidden { hidden = xmlEquals(v, "1") || xmlEquals(v, "true") }
        }
        if let badRef {
            throw XLSXReadError(.badReference, file: file.path, location: where_(),
                                "номер строки «\(badRef)» вне пределов Excel (1…1 048 576)")
        }
        lastRow = index
        var row = Row(index: index, hidden: hidden, cells: [])
        if xml.isEmptyElement { return row }
        let depth = xml.depth
        var lastColumn = -1
        while try xml.next() {
            if xml.node == .endElement, xml.depth == depth { break }
            guard xml.node == .element, xml.localName == nC else { continue }
            if let cell = try readCell(row: index, previousColumn: lastColumn) {
                lastColumn = cell.column
                row.cells.append(cell)
            } else {
                lastColumn += 1
            }
        }
        return row
    }

    private func readCell(row: Int, previousColumn: Int) throws -> Cell? {
        var column = previousColumn + 1
        var type: UInt8 = 0           // 0 = n, s, b, e, d, i(inlineStr), t(str)
        var style = 0
        var badRef: String?
        xml.forEachAttribute { n, v in
            if n == aR {
                if let ref = parseRef(v) { column = ref.column } else { badRef = String(cString: v) }
            } else if n == aT {
                if xmlEquals(v, "s") { type = UInt8(ascii: "s") }
                else if xmlEquals(v, "str") { type = UInt8(ascii: "t") }
                else if xmlEquals(v, "inlineStr") { type = UInt8(ascii: "i") }
                else if xmlEquals(v, "b") { type = UInt8(ascii: "b") }
                else if xmlEquals(v, "e") { type = UInt8(ascii: "e") }
                else if xmlEquals(v, "d") { type = UInt8(ascii: "d") }
            } else if n == aS {
                style = atol(cstr(v))
            }
        }
        if let badRef {
            throw XLSXReadError(.badReference, file: file.path, location: where_(badRef),
                                "ссылка на ячейку «\(badRef)» неверна или вне пределов Excel (XFD1048576)")
        }
        if xml.isEmptyElement { return nil }
        let depth = xml.depth
        var raw: String?
        var number: Double?
        var hasFormula = false
        while try xml.next() {
            if xml.node == .endElement {
                if xml.depth == depth { break }
                continue
            }
            guard xml.node == .element, let name = xml.localName else { continue }
            if name == nV {
                if type == 0 || type == UInt8(ascii: "s") {
                    number = try numericText()
                    if number == nil, type == 0 { raw = lastText }
                } else {
                    raw = try xml.elementText()
                    if type == UInt8(ascii: "t") { raw = raw.map(StringEscapes.decode) }
                }
            } else if name == nIs {
                raw = try xml.stringItemText(t: nT, skipping: nRPh)
            } else if name == nF {
                hasFormula = true
                _ = try xml.elementText()
            }
        }
        let kind = styles.kind(ofStyle: style)
        let ref = { CellRef(row: row, column: column).description }
        let value: CellValue
        switch type {
        case UInt8(ascii: "s"):
            guard let n = number else { return nil }
            let i = Int(n)
            guard i >= 0, i < strings.count else {
                throw XLSXReadError(.badSharedString, file: file.path, location: where_(ref()),
                                    "номер общей строки \(i) вне таблицы общих строк (их \(strings.count))")
            }
            value = .text(strings[i])
        case UInt8(ascii: "b"):
            guard let r = raw else { return nil }
            value = .bool(r == "1" || r.lowercased() == "true")
        case UInt8(ascii: "e"):
            guard let r = raw else { return nil }
            value = .error(r)
        case UInt8(ascii: "d"):
            guard let r = raw else { return nil }
            if let d = XLSXDates.parseISO(r) {
                if d.timeOnly {
                    // A time of day alone is a fraction of a day, as a time-formatted number would be.
                    let serial = d.date.timeIntervalSince(XLSXDates.epoch1900) / 86_400
                    value = .date(XLSXDates.date(fromSerial: serial, date1904: date1904), serial: serial)
                } else {
                    value = .date(d.date, serial: XLSXDates.serial(of: d.date, date1904: date1904))
                }
            } else {
                value = .text(r)
            }
        case UInt8(ascii: "i"), UInt8(ascii: "t"):
            guard let r = raw else { return nil }
            value = .text(r)
        default:
            if let n = number {
                switch kind {
                case .date: value = .date(XLSXDates.date(fromSerial: n, date1904: date1904), serial: n)
                case .duration: value = .duration(n * 86_400)
                default: value = .number(n)
                }
            } else if let r = raw {
                value = .text(r)
            } else {
                return nil
            }
        }
        return Cell(column: column, value: value, isPercent: kind == .percent, isTextFormat: kind == .text,
                    hasFormula: hasFormula)
    }

    private var lastText: String?

    /// Reads the text of a `<v>` element as a number without building a String when it is numeric.
    private func numericText() throws -> Double? {
        lastText = nil
        if xml.isEmptyElement { return nil }
        let depth = xml.depth
        var result: Double?
        while try xml.next() {
            if xml.node == .endElement && xml.depth == depth { break }
            if xml.node == .text || xml.node == .significantWhitespace, let p = xml.rawValue {
                let start = cstr(p)
                var end: UnsafeMutablePointer<CChar>?
                let d = strtod(start, &end)
                if let end, end != UnsafeMutablePointer(mutating: start), end.pointee == 0 {
                    result = d
                } else {
                    lastText = String(cString: p)
                }
            }
        }
        return result
    }

    private func parseRef(_ p: UnsafePointer<xmlChar>) -> CellRef? {
        var col = 0, row = 0, i = 0, letters = 0, digits = 0
        while true {
            let ch = p[i]
            if ch == 0 { break }
            if ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 {
                guard digits == 0, letters < 3 else { return nil }
                col = col * 26 + Int((ch | 0x20) - 97) + 1
                letters += 1
            } else if ch >= 48 && ch <= 57 {
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(ch - 48)
                digits += 1
            } else if ch != 36 {
                return nil
            }
            i += 1
        }
        guard letters > 0, digits > 0, row >= 1, row <= CellRef.maxRows, col <= CellRef.maxColumns else { return nil }
        return CellRef(row: row - 1, column: col - 1)
    }

    private func resolveHyperlinks() throws {
        guard !pendingLinks.isEmpty else { return }
        let rels = try PartPaths.relationships(of: sheet.part, in: file.archive)
        let byId = Dictionary(rels.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for link in pendingLinks {
            guard let range = MergedRange(link.ref) else {
                throw XLSXReadError(.badReference, file: file.path, location: where_(),
                                    "неверная ссылка гиперссылки «\(link.ref)»")
            }
            let url = link.rid.flatMap { byId[$0]?.target }
            let h = Hyperlink(url: url, location: link.location, display: link.display)
            let cells = (range.last.row - range.first.row + 1) * (range.last.column - range.first.column + 1)
            guard cells <= 100_000 else { hyperlinks.append((range.first, h)); continue }
            for r in range.first.row...range.last.row {
                for c in range.first.column...range.last.column { hyperlinks.append((CellRef(row: r, column: c), h)) }
            }
        }
        pendingLinks = []
    }
}

@inline(__always)
func cstr(_ p: UnsafePointer<xmlChar>) -> UnsafePointer<CChar> {
    UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self)
}
