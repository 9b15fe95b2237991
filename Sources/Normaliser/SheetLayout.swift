import Catalogue
import Dataset
import XLSXReader

/// A sheet as the layouts see it while one is being chosen: its first rows, and all of it on demand (read
/// once). A layout that streams (the wide export) reads on from `reader` when the rest was not loaded.
final class SheetSource {
    let path: String
    let sheet: SheetInfo
    let reader: SheetRowReader
    /// The first rows (all of them once `table()` was called).
    private(set) var peeked: [Row] = []
    private var loaded: SheetTable?

    init(path: String, file: XLSXFile, sheet: SheetInfo, peek: Int = 40) throws {
        self.path = path
        self.sheet = sheet
        reader = try file.rows(sheet)
        while peeked.count < peek, let row = try reader.next() { peeked.append(row) }
    }

    /// The whole sheet with its merged ranges and hyperlinks.
    func table() throws -> SheetTable {
        if let loaded { return loaded }
        while let row = try reader.next() { peeked.append(row) }
        var links: [CellRef: Hyperlink] = [:]
        for (ref, link) in reader.hyperlinks { links[ref] = link }
        var t = SheetTable(
            name: sheet.name, rows: peeked, merged: reader.mergedRanges, hyperlinks: links,
            hiddenColumns: reader.hiddenColumns)
        t.uncomputedFormulas = Set(reader.uncomputedFormulas)
        t.crossSheetFormulas = reader.crossSheetFormulas
        t.headerFooter = reader.headerFooter
        loaded = t
        return t
    }

    var isLoaded: Bool { loaded != nil }

    /// The whole sheet's rows split into cells at `delimiter` (`DelimitedRows`): loads the sheet first, so that a
    /// layout that streams finds every row in `peeked`.
    func splitDelimited(_ delimiter: Character) throws {
        let whole = try table()
        peeked = DelimitedRows.split(peeked, by: delimiter)
        loaded = SheetTable(
            name: whole.name, rows: peeked, merged: [], hyperlinks: [:], hiddenColumns: whole.hiddenColumns)
    }

    /// Reads a column of codes through a workbook's dictionary of codes (`CodeDictionary.decodeColumns`): loads the
    /// sheet first.
    func decodeColumns(_ wordings: [String: String]) throws {
        let whole = try table()
        peeked = CodeDictionary.decodeColumns(peeked, wordings)
        var t = whole
        t.rows = peeked
        loaded = t
    }

    /// Reads the titles that are keys of a legend as its wordings, the legend's own cells gone (`Legend`): loads the
    /// sheet first.
    func applyLegend(_ legend: Legend.Found) throws {
        let whole = try table()
        peeked = Legend.apply(legend, to: peeked)
        var t = whole
        t.rows = peeked
        loaded = t
    }

    /// The sheet without `cells` (a list of documents beside or under the form, `DocumentList`): loads the sheet first.
    func removeCells(_ cells: Set<CellRef>) throws {
        var t = try table()
        peeked = peeked.map { row in
            var r = row
            r.cells.removeAll { cells.contains(CellRef(row: row.index, column: $0.column)) }
            return r
        }
        t.rows = peeked
        loaded = t
    }

    /// Keeps the Russian half of the cells of a sheet in two languages (`SheetLanguages`): loads the sheet first.
    func keepRussian(knows: (String) -> Int, name: (String) -> Bool) throws -> Bool {
        let whole = try table()
        let rows = SheetLanguages.keepRussian(peeked, knows: knows, name: name)
        guard rows != peeked else { return false }
        peeked = rows
        var t = whole
        t.rows = rows
        loaded = t
        return true
    }

    /// Reads the first rows' header of field codes through a workbook's dictionary of codes (`CodeDictionary`);
    /// before the sheet is loaded.
    func decode(_ wordings: [String: String]) {
        precondition(loaded == nil)
        peeked = CodeDictionary.decode(peeked, wordings)
    }
}

/// How a layout would read a sheet: how much of the sheet it explains (0…1) and the reading itself.
struct LayoutPlan {
    var layout: InputLayout
    var score: Double
    var read: (inout Dataset, inout FileReport) throws -> Void
    /// How many rows with a value some criterion resembles, where the reading counts them (a form's); nil elsewhere.
    var rows: Int? = nil
}

/// An input layout: recognises a sheet by the evidence it finds there and reads it. The layout that
/// explains a sheet best reads it. Adding a layout = one file conforming to this, listed in `all`, plus its
/// labels in Templates/labels.tsv.
protocol SheetLayout {
    /// nil when the layout cannot read the sheet; otherwise its plan.
    static func recognise(_ sheet: SheetSource, context: NormaliserContext) throws -> LayoutPlan?
}

enum SheetLayouts {
    /// Layouts of visible sheets, tried in this order; a plan that explains the sheet fully (score 1) ends the
    /// search before the sheet is loaded whole (a wide export then streams).
    /// The bases of mentors and mentees come first: a sheet of personal data is never read as anything else.
    static let all: [SheetLayout.Type] = [
        BaseLayoutReader.self, BestPracticesReader.self, WideLayoutReader.self, FormLayoutReader.self,
        HistoryReader.self
    ]

    /// The best plan for a sheet, if any layout can read it.
    static func best(_ sheet: SheetSource, context: NormaliserContext) throws -> LayoutPlan? {
        var best: LayoutPlan?
        for layout in all {
            guard let plan = try layout.recognise(sheet, context: context) else { continue }
            if plan.score > (best?.score ?? 0) { best = plan }
            if plan.score >= 1 { break }
        }
        return best
    }
}
