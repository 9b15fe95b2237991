import Foundation

/// Turns the SAX events of a worksheet into rows of cells: `<row>`, `<c>` with its `<v>`, `<is>` and `<f>`,
/// and around the cells `<col>` (hidden columns), `<mergeCell>` and `<hyperlink>`.
///
/// Shared strings and styles are read when the first cell needs them (a sheet of inline strings never
/// reads the shared strings). An impossible reference stops the parse with an error naming the cell.
final class SheetSink: SAXSink {
    /// Rows finished and not yet handed out (`SheetRowReader` empties it).
    var rows: [Row] = []
    private(set) var mergedRanges: [MergedRange] = []
    private(set) var hiddenColumns: Set<Int> = []
    var pendingLinks: [(ref: String, rid: String?, location: String?, display: String?)] = []
    /// Links given by a HYPERLINK("…"; "…") formula in a cell, with the cell's shown text.
    var formulaLinks: [(cell: CellRef, link: Hyperlink)] = []
    /// Cells holding a formula with no cached value (a file written by a program that does not compute formulas).
    var uncomputedFormulas: [CellRef] = []
    /// Cells whose formula reads another sheet («=СОШ2!C13», «='ООШ д.Ключи'!C13»), and the sheets they read (at most
    /// `maxReferencedSheets` names): a summary gathered from the workbook's other sheets.
    var crossSheetCells = 0
    var referencedSheets: Set<String> = []
    static let maxReferencedSheets = 64
    /// At most this many are kept (memory stays bounded on a hostile sheet of formulas).
    static let maxUncomputedFormulas = 100_000
    /// The raw texts of the page's header and footer (`<oddHeader>`, `<firstFooter>` …, after the cells), with their
    /// codes («&C&"Arial,Bold"МБОУ…&R&D»); `HeaderFooterText` reads them.
    private(set) var headerFooter: [String] = []
    private var headerFooterDepth = -1
    private var headerFooterText: [UInt8] = []

    private let file: XLSXFile
    private let sheet: SheetInfo
    private let date1904: Bool
    private var strings: [String]?
    private var styles: Styles?

    // The row being read.
    private var rowDepth = -1
    private var row = Row(index: -1, hidden: false, cells: [])
    private var lastRow = -1
    private var lastColumn = -1

    // The cell being read.
    private var cellDepth = -1
    private var column = 0
    private var type = CellType.number
    private var style = 0
    private var hasFormula = false
    /// The text of the cell's `<f>` while it may be a HYPERLINK formula (bounded: a link is short).
    private var formulaText: [UInt8] = []
    private var inFormula = false
    private var formulaDepth = -1
    /// The text of the cell's `<v>` (nil when none), and of its `<is>`.
    private var valueText: [UInt8] = []
    private var hasValue = false
    /// Whether `<v>` says `xml:space="preserve"`: its whitespace is the value (a formula that returns « »).
    private var preserveValue = false
    private var inlineText: String?
    private var inValue = false
    private var valueDepth = -1
    private var inItem = false
    private var item = StringItemText()

    /// The `t` attribute of a cell.
    private enum CellType { case number, shared, bool, error, date, inline, formulaString }

    init(file: XLSXFile, sheet: SheetInfo) {
        self.file = file
        self.sheet = sheet
        self.date1904 = file.date1904
        valueText.reserveCapacity(64)
    }

    private func where_(_ cell: String? = nil) -> String {
        "лист «\(sheet.name)»" + (cell.map { ", ячейка \($0)" } ?? "")
    }

    // MARK: events

    override func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if cellDepth >= 0 {
            if inItem {
                item.start(name, depth: depth)
            } else if name.equals("v") {
                inValue = true
                valueDepth = depth
                hasValue = true
                valueText.removeAll(keepingCapacity: true)
                attributes.forEach { n, v in if n.equals("space") { preserveValue = v.equals("preserve") } }
            } else if name.equals("is") {
                inItem = true
                item.begin(depth: depth)
            } else if name.equals("f") {
                hasFormula = true
                inFormula = true
                formulaDepth = depth
                formulaText.removeAll(keepingCapacity: true)
            }
        } else if rowDepth >= 0 {
            if name.equals("c") { startCell(attributes) }
        } else if name.equals("row") {
            startRow(attributes)
        } else if name.equals("col") {
            var lo = 0, hi = 0, hidden = false
            attributes.forEach { n, v in
                if n.equals("min") {
                    lo = v.leadingInteger
                } else if n.equals("max") {
                    hi = v.leadingInteger
                } else if n.equals("hidden") {
                    hidden = v.isTrue
                }
            }
            if hidden, lo >= 1, hi >= lo { for c in lo...min(hi, CellRef.maxColumns) { hiddenColumns.insert(c - 1) } }
        } else if HeaderFooterText.isPart(name) {
            headerFooterDepth = depth
            headerFooterText.removeAll()
        } else if name.equals("mergeCell") {
            var ref: String?
            attributes.forEach { n, v in if n.equals("ref") { ref = v.string } }
            if let ref {
                guard let range = MergedRange(Substring(ref)) else {
                    return fail(
                        XLSXReadError(
                            .badReference, file: file.path, location: where_(),
                            "неверный диапазон объединения «\(ref)»"))
                }
                mergedRanges.append(range)
            }
        } else if name.equals("hyperlink") {
            var ref: String?, rid: String?, location: String?, display: String?
            attributes.forEach { n, v in
                if n.equals("ref") {
                    ref = v.string
                } else if n.equals("id") {
                    rid = v.string
                } else if n.equals("location") {
                    location = v.string
                } else if n.equals("display") {
                    display = v.string
                }
            }
            if let ref { pendingLinks.append((ref, rid, location, display)) }
        }
    }

    override func end(_ name: XMLName) {
        if cellDepth >= 0 {
            if depth == cellDepth {
                finishCell()
            } else if inItem {
                if depth == item.itemDepth {
                    inlineText = item.finish()
                    inItem = false
                } else {
                    item.end(depth: depth)
                }
            } else if depth == valueDepth {
                inValue = false
                valueDepth = -1
            } else if depth == formulaDepth {
                inFormula = false
                formulaDepth = -1
            }
        } else if depth == rowDepth {
            rowDepth = -1
            rows.append(row)
        } else if depth == headerFooterDepth {
            headerFooterDepth = -1
            if headerFooter.count < HeaderFooterText.maxParts {
                headerFooter.append(headerFooterText.withUnsafeBufferPointer { StringEscapes.decode(bytes: $0) })
            }
        }
    }

    override func text(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        if inValue {
            guard valueText.count + count <= SAXParser.maxTextBytes else { return tooLong() }
            valueText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        } else if inItem, item.collecting {
            guard item.append(bytes, count) else { return tooLong() }
        } else if inFormula, formulaText.count + count <= FormulaLink.maxFormulaBytes {
            formulaText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        } else if headerFooterDepth >= 0, headerFooterText.count + count <= HeaderFooterText.maxBytes {
            headerFooterText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        }
    }

    private func tooLong() {
        fail(
            XLSXReadError(
                .limitExceeded, file: file.path, location: where_(CellRef(row: row.index, column: column).description),
                "текст ячейки длиннее \(SAXParser.maxTextBytes / 1_000_000) МБ"))
    }

    // MARK: rows and cells

    private func startRow(_ attributes: XMLAttributes) {
        var index = lastRow + 1
        var hidden = false
        var badRef: String?
        attributes.forEach { n, v in
            if n.equals("r") {
                let r = v.leadingInteger
                if r >= 1 && r <= CellRef.maxRows { index = r - 1 } else { badRef = v.string }
            } else if n.equals("hidden") {
                hidden = v.isTrue
            }
        }
        if let badRef {
            return fail(
                XLSXReadError(
                    .badReference, file: file.path, location: where_(),
                    "номер строки «\(badRef)» вне пределов Excel (1…1 048 576)"))
        }
        lastRow = index
        lastColumn = -1
        rowDepth = depth
        let capacity = row.cells.count
        row = Row(index: index, hidden: hidden, cells: [])
        row.cells.reserveCapacity(capacity)
    }

    private func startCell(_ attributes: XMLAttributes) {
        column = lastColumn + 1
        type = .number
        style = 0
        var badRef: String?
        attributes.forEach { n, v in
            if n.equals("r") {
                if let ref = parseRef(v) { column = ref } else { badRef = v.string }
            } else if n.equals("t") {
                if v.equals("s") {
                    type = .shared
                } else if v.equals("str") {
                    type = .formulaString
                } else if v.equals("inlineStr") {
                    type = .inline
                } else if v.equals("b") {
                    type = .bool
                } else if v.equals("e") {
                    type = .error
                } else if v.equals("d") {
                    type = .date
                }
            } else if n.equals("s") {
                style = v.leadingInteger
            }
        }
        if let badRef {
            return fail(
                XLSXReadError(
                    .badReference, file: file.path, location: where_(badRef),
                    "ссылка на ячейку «\(badRef)» неверна или вне пределов Excel (XFD1048576)"))
        }
        lastColumn = column
        cellDepth = depth
        hasFormula = false
        inFormula = false
        formulaDepth = -1
        formulaText.removeAll(keepingCapacity: true)
        hasValue = false
        preserveValue = false
        inValue = false
        valueDepth = -1
        inItem = false
        inlineText = nil
    }

    private func finishCell() {
        cellDepth = -1
        do {
            let value = try cellValue()
            if let value {
                let kind = try numberKind(style)
                row.cells.append(
                    Cell(
                        column: column, value: value, isPercent: kind == .percent,
                        isTextFormat: kind == .text, hasFormula: hasFormula))
            }
            if value == nil, hasFormula, uncomputedFormulas.count < SheetSink.maxUncomputedFormulas {
                uncomputedFormulas.append(CellRef(row: row.index, column: column))
            }
            if hasFormula, !formulaText.isEmpty, let link = FormulaLink.parse(formulaText, shown: value) {
                formulaLinks.append((CellRef(row: row.index, column: column), link))
            }
            // (With a stored result or none: a form saved by a program that keeps no results reads its source too.)
            if hasFormula, formulaText.contains(UInt8(ascii: "!")) {
                crossSheetCells += 1
                if referencedSheets.count < SheetSink.maxReferencedSheets {
                    referencedSheets.formUnion(FormulaLink.sheetNames(formulaText))
                }
            }
        } catch let error as XLSXReadError {
            fail(error)
        } catch {
            fail(XLSXReadError(.malformedXML, file: file.path, location: where_(), "\(error)"))
        }
    }

    /// The text of `<v>` as a String; whitespace alone counts as no text (as the XML layer has always read it).
    private var valueString: String? {
        guard hasValue, !valueText.allSatisfy(isBlank) else { return hasValue ? "" : nil }
        return String(decoding: valueText, as: UTF8.self)
    }

    private func cellValue() throws -> CellValue? {
        switch type {
        case .number, .shared:
            let number = parsedNumber()
            if type == .shared {
                guard let n = number else { return nil }
                let i = Int(exactly: n.rounded(.towardZero)) ?? -1
                let table = try sharedStrings()
                guard i >= 0, i < table.count else {
                    throw XLSXReadError(
                        .badSharedString, file: file.path,
                        location: where_(CellRef(row: row.index, column: column).description),
                        "номер общей строки \(i) вне таблицы общих строк (их \(table.count))")
                }
                return .text(table[i])
            }
            if let n = number {
                switch try numberKind(style) {
                case .date: return .date(XLSXDates.date(fromSerial: n, date1904: date1904), serial: n)
                case .duration: return .duration(n * 86_400)
                default: return .number(n)
                }
            }
            if let text = inlineText { return .text(text) }
            guard hasValue, !valueText.isEmpty, !valueText.allSatisfy(isBlank) else { return nil }
            return .text(String(decoding: valueText, as: UTF8.self))
        case .bool:
            guard let r = inlineText ?? valueString else { return nil }
            return .bool(r == "1" || r.lowercased() == "true")
        case .error:
            guard let r = inlineText ?? valueString else { return nil }
            return .error(r)
        case .date:
            guard let r = inlineText ?? valueString else { return nil }
            guard let d = XLSXDates.parseISO(r) else { return .text(r) }
            if d.timeOnly {
                // A time of day alone is a fraction of a day, as a time-formatted number would be.
                let serial = d.date.timeIntervalSince(XLSXDates.epoch1900) / 86_400
                return .date(XLSXDates.date(fromSerial: serial, date1904: date1904), serial: serial)
            }
            return .date(d.date, serial: XLSXDates.serial(of: d.date, date1904: date1904))
        case .inline:
            guard let r = inlineText ?? valueString else { return nil }
            return .text(r)
        case .formulaString:
            if let text = inlineText { return .text(text) }
            // An empty result (a formula that returns "") shows nothing: no value, as openpyxl reads it; whitespace
            // alone is a value only where the file says to keep it (xml:space="preserve").
            guard hasValue, !valueText.isEmpty, preserveValue || !valueText.allSatisfy(isBlank) else { return nil }
            return .text(valueText.withUnsafeBufferPointer { StringEscapes.decode(bytes: $0) })
        }
    }

    /// The `<v>` text as a number when the whole of it is one (as `strtod` reads it), without making a String.
    private func parsedNumber() -> Double? {
        guard hasValue, !valueText.isEmpty else { return nil }
        // Plain integers, the most common case, without strtod.
        var n = 0, ok = valueText.count <= 15
        var i = 0
        let negative = valueText[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        if ok, i < valueText.count {
            while i < valueText.count {
                let d = valueText[i] &- 48
                if d > 9 { ok = false; break }
                n = n * 10 + Int(d)
                i += 1
            }
            if ok { return negative ? -Double(n) : Double(n) }
        }
        valueText.append(0)
        defer { valueText.removeLast() }
        return valueText.withUnsafeBufferPointer { b -> Double? in
            let start = UnsafeRawPointer(b.baseAddress!).assumingMemoryBound(to: CChar.self)
            var end: UnsafeMutablePointer<CChar>?
            let d = strtod(start, &end)
            guard let end, UnsafePointer(end) != start, UnsafePointer(end) == start + (b.count - 1) else { return nil }
            return d
        }
    }

    private func sharedStrings() throws -> [String] {
        if let strings { return strings }
        let s = try file.sharedStrings()
        strings = s
        return s
    }

    private func numberKind(_ style: Int) throws -> NumberKind {
        if let styles { return styles.kind(ofStyle: style) }
        let s = try file.styles()
        styles = s
        return s.kind(ofStyle: style)
    }

    /// The zero-based column of an A1 reference (`$` allowed), nil when malformed or outside Excel's grid.
    private func parseRef(_ v: XMLValue) -> Int? {
        var col = 0, row = 0, letters = 0, digits = 0
        var p = v.begin
        while p < v.end {
            let ch = p.pointee
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
            p += 1
        }
        guard letters > 0, digits > 0, row >= 1, row <= CellRef.maxRows, col <= CellRef.maxColumns else { return nil }
        return col - 1
    }
}

@inline(__always)
private func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
