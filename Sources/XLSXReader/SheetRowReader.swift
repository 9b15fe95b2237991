import Foundation

/// Streams the rows of one worksheet. The sheet's XML goes through libxml2's push parser a chunk at a time
/// (`SAXParser`); the rows finished in a chunk wait in a small queue. Memory stays constant whatever the
/// sheet's size: the rows of one chunk, plus the merged ranges, hyperlinks and hidden columns, which are small.
public final class SheetRowReader {
    public let sheet: SheetInfo
    /// Merged ranges (complete once `next()` has returned nil).
    public var mergedRanges: [MergedRange] { sink.mergedRanges }
    /// Hyperlinks by cell, a range-wide link expanded to each cell (complete once `next()` has returned nil).
    public private(set) var hyperlinks: [(CellRef, Hyperlink)] = []
    /// Cells that hold a formula with no cached value: nothing to read there, though the cell is not empty
    /// (complete once `next()` has returned nil; at most 100 000).
    public var uncomputedFormulas: [CellRef] { sink.uncomputedFormulas }
    /// How many cells hold a formula that reads another sheet, and the sheets read (complete once `next()` has
    /// returned nil).
    public var crossSheetFormulas: (cells: Int, sheets: Set<String>) { (sink.crossSheetCells, sink.referencedSheets) }
    /// What the page's header and footer print, a section each (`HeaderFooterText`; complete once `next()` has
    /// returned nil).
    public var headerFooter: [String] { sink.headerFooter.flatMap(HeaderFooterText.sections) }
    /// Zero-based hidden columns (from `<cols>`, which precedes the cells).
    public var hiddenColumns: Set<Int> { sink.hiddenColumns }

    private let file: XLSXFile
    private let sink: SheetSink
    private var parser: SAXParser?
    private var position = 0

    init(file: XLSXFile, sheet: SheetInfo) throws {
        self.file = file
        self.sheet = sheet
        sink = SheetSink(file: file, sheet: sheet)
        let entry = try file.archive.open(sheet.part)
        let parser = ParserPool.acquire()
        do {
            try parser.begin(entry, into: sink)
        } catch {
            ParserPool.release(parser)
            throw error
        }
        self.parser = parser
    }

    deinit {
        if let parser { ParserPool.release(parser) }
    }

    /// The next row, or nil at the end of the sheet.
    public func next() throws -> Row? {
        while position == sink.rows.count {
            sink.rows.removeAll(keepingCapacity: true)
            position = 0
            guard let parser else { return nil }
            let more: Bool
            do {
                more = try parser.step()
            } catch {
                self.parser = nil
                ParserPool.release(parser)
                throw error
            }
            if !more {
                self.parser = nil
                ParserPool.release(parser)
                try resolveHyperlinks()
                if sink.rows.isEmpty { return nil }
            }
        }
        position += 1
        return sink.rows[position - 1]
    }

    private func resolveHyperlinks() throws {
        // A HYPERLINK formula's target first: a <hyperlink> on the same cell, which Excel follows, comes after it.
        hyperlinks.append(contentsOf: sink.formulaLinks)
        sink.formulaLinks = []
        guard !sink.pendingLinks.isEmpty else { return }
        let rels = try PartPaths.relationships(of: sheet.part, in: file.archive)
        let byId = Dictionary(rels.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for link in sink.pendingLinks {
            guard let range = MergedRange(Substring(link.ref)) else {
                throw XLSXReadError(
                    .badReference, file: file.path, location: "лист «\(sheet.name)»",
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
        sink.pendingLinks = []
    }
}
