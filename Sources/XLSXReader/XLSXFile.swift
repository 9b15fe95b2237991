import CXML2
import Foundation

/// An open XLSX workbook. Opening reads only the package structure (`_rels/.rels`, `workbook.xml` and its
/// relationships); shared strings and styles are read on first use; sheets are streamed row by row.
///
/// One `XLSXFile` must not be used from two threads at once; different files can be read in parallel.
public final class XLSXFile {
    /// The path the file was opened from (used in every error message).
    public let path: String
    /// The sheets in workbook order, with their visibility.
    public let sheets: [SheetInfo]
    /// The workbook uses the 1904 date system.
    public let date1904: Bool
    /// Sheets listed in the workbook that cannot be read (no part behind their `r:id`, an external target, a
    /// missing part): left out of `sheets`, each with the reason, so the rest of the workbook is read.
    public let skippedSheets: [SkippedSheet]
    /// The workbook's defined names (the Name Manager's), in file order.
    public let definedNames: [DefinedName]

    package let archive: ZipArchive
    private let sharedStringsPart: String?
    private let stylesPart: String?
    package var sharedStringsPartName: String? { sharedStringsPart }
    package var stylesPartName: String? { stylesPart }
    private var cachedStrings: [String]?
    private var cachedStyles: Styles?

    /// Opens a workbook. Throws `XLSXReadError` with a Russian message for anything that is not a
    /// readable XLSX (empty, old .xls, password-protected, .ods, broken zip, missing parts, bad XML).
    public static func open(_ path: String, limits: ReaderLimits = .default) throws -> XLSXFile {
        // The file's first bytes are looked at only when it does not open as a zip with entries: they then
        // tell an empty file, an old .xls or a workbook with a password from a damaged archive. A good file
        // is opened once.
        let archive: ZipArchive
        do {
            archive = try ZipArchive(path: path, limits: limits)
        } catch {
            try FileSniffer.check(path)
            throw error
        }
        if archive.entries.isEmpty { try FileSniffer.check(path) }
        return try XLSXFile(path: path, archive: archive)
    }

    private init(path: String, archive: ZipArchive) throws {
        self.path = path
        self.archive = archive
        if archive.contains("mimetype"),
            let mime = try? archive.readAll("mimetype"),
            String(decoding: mime, as: UTF8.self).contains("opendocument")
        {
            throw XLSXReadError(
                .ods, file: path,
                "это таблица OpenDocument (.ods), а не XLSX; сохраните её в LibreOffice как «Книга Excel 2007–365 (.xlsx)»"
            )
        }
        let root = try PartPaths.relationships(of: "", in: archive)
        let workbookPart: String
        if let rel = root.first(where: { $0.type == "officeDocument" && !$0.isExternal }) {
            workbookPart = rel.target
        } else if archive.contains("xl/workbook.xml") {
            workbookPart = "xl/workbook.xml"
        } else {
            // An archive of forms (a folder packed to be sent): say so, and what to do.
            let books = archive.entries.keys.filter { k in
                ["xlsx", "xlsm", "xls", "ods", "csv"].contains((k as NSString).pathExtension)
            }
            if !books.isEmpty || path.lowercased().hasSuffix(".zip") {
                throw XLSXReadError(
                    .missingPart, file: path,
                    "это архив ZIP, а не книга XLSX" + (books.isEmpty ? "" : " (в нём таблиц: \(books.count))")
                        + "; распакуйте его и укажите распакованную папку")
            }
            let ext = (path as NSString).pathExtension.lowercased()
            if !ext.isEmpty && ext != "xlsx" && ext != "xlsm" {  // a .docx, .pptx, .odt: a zip too, not a table
                throw XLSXReadError(
                    .missingPart, file: path, "это файл .\(ext), а не таблица; нужна форма в формате .xlsx")
            }
            throw XLSXReadError(
                .missingPart, file: path,
                "не найдена книга (нет «_rels/.rels» с основной частью и нет «xl/workbook.xml») — это не XLSX")
        }
        guard archive.contains(workbookPart) else {
            throw XLSXReadError(.missingPart, file: path, "нет обязательной части «\(workbookPart)»")
        }
        let rels = try PartPaths.relationships(of: workbookPart, in: archive)
        let byId = Dictionary(rels.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sharedStringsPart = rels.first { $0.type == "sharedStrings" }?.target
        stylesPart = rels.first { $0.type == "styles" }?.target

        let book = WorkbookSink()
        try SAXParser.parse(archive.open(workbookPart), into: book)
        var sheets: [SheetInfo] = []
        var skipped: [SkippedSheet] = []
        for (title, state, rid) in book.sheets {
            let location = "лист «\(title)»"
            // A chart sheet (a chart on a tab of its own, often the first) or a dialog sheet holds no cells: no sheet
            // to read, as other readers list it apart.
            if let rel = byId[rid], rel.type == "chartsheet" || rel.type == "dialogsheet" { continue }
            if let rel = byId[rid], !rel.isExternal {
                if archive.contains(rel.target) {
                    sheets.append(SheetInfo(name: title, state: state, part: rel.target))
                } else {
                    skipped.append(
                        SkippedSheet(
                            name: title,
                            reason: XLSXReadError(
                                .missingPart, file: path, location: location,
                                "нет части листа «\(rel.target)»")))
                }
            } else {
                skipped.append(
                    SkippedSheet(
                        name: title,
                        reason: XLSXReadError(
                            .missingPart, file: path, location: location,
                            "в связях книги нет части листа (r:id=\"\(rid)\")")))
            }
        }
        let date1904 = book.date1904
        self.definedNames = book.names
        // An empty `<sheets/>` is an empty workbook, not an error: there is simply nothing to read.
        self.sheets = sheets
        self.skippedSheets = skipped
        self.date1904 = date1904
    }

    /// The sheet with a given name (exact, then case-insensitive).
    public func sheet(named name: String) -> SheetInfo? {
        sheets.first { $0.name == name } ?? sheets.first { $0.name.lowercased() == name.lowercased() }
    }

    func sharedStrings() throws -> [String] {
        if let s = cachedStrings { return s }
        let s = try SharedStrings.read(part: sharedStringsPart, archive: archive)
        cachedStrings = s
        return s
    }

    func styles() throws -> Styles {
        if let s = cachedStyles { return s }
        let s = try Styles.read(part: stylesPart, archive: archive)
        cachedStyles = s
        return s
    }

    /// Streams the rows of a sheet. Merged ranges and hyperlinks follow the cells in the file, so they
    /// are available on the reader once it has returned nil.
    public func rows(_ sheet: SheetInfo) throws -> SheetRowReader {
        guard archive.contains(sheet.part) else {
            throw XLSXReadError(
                .missingPart, file: path, location: "лист «\(sheet.name)»",
                "нет части листа «\(sheet.part)»")
        }
        return try SheetRowReader(file: self, sheet: sheet)
    }

    /// Reads every sheet whole. A sheet spoiled by an error confined to it (`XLSXReadError.isConfinedToSheet`)
    /// is skipped and listed with its reason, after those skipped when the workbook was opened; any other
    /// error is thrown.
    public func readAllSheets() throws -> (tables: [SheetTable], skipped: [SkippedSheet]) {
        var tables: [SheetTable] = [], skipped = skippedSheets
        for sheet in sheets {
            do {
                tables.append(try readSheet(sheet))
            } catch let e as XLSXReadError where e.isConfinedToSheet {
                skipped.append(SkippedSheet(name: sheet.name, reason: e))
            }
        }
        return (tables, skipped)
    }

    /// Reads a whole sheet into memory (for small sheets such as one organisation's form).
    public func readSheet(_ sheet: SheetInfo) throws -> SheetTable {
        let reader = try rows(sheet)
        var rows: [Row] = []
        while let row = try reader.next() { rows.append(row) }
        var links: [CellRef: Hyperlink] = [:]
        for (ref, link) in reader.hyperlinks { links[ref] = link }
        var table = SheetTable(
            name: sheet.name, rows: rows, merged: reader.mergedRanges, hyperlinks: links,
            hiddenColumns: reader.hiddenColumns)
        table.uncomputedFormulas = Set(reader.uncomputedFormulas)
        table.headerFooter = reader.headerFooter
        return table
    }
}

/// The sheets of `workbook.xml` (name, state, relationship id), its date system and its defined names.
private final class WorkbookSink: SAXSink {
    var sheets: [(name: String, state: SheetState, rid: String)] = []
    var date1904 = false
    var names: [DefinedName] = []
    private var nameDepth = -1
    private var nameText: [UInt8] = []

    override func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.equals("definedName"), names.count < DefinedName.maxNames {
            var defined = DefinedName(name: "", sheetIndex: nil, formula: "")
            attributes.forEach { n, v in
                if n.equals("name") {
                    defined.name = v.string
                } else if n.equals("localSheetId") {
                    defined.sheetIndex = v.leadingInteger
                }
            }
            names.append(defined)
            nameDepth = depth
            nameText.removeAll()
        } else if name.equals("workbookPr") {
            attributes.forEach { n, v in if n.equals("date1904") { date1904 = v.isTrue } }
        } else if name.equals("sheet") {
            var title = "", state = SheetState.visible, rid = ""
            attributes.forEach { n, v in
                if n.equals("name") {
                    title = v.string
                } else if n.equals("state") {
                    state = SheetState(rawValue: v.string) ?? .visible
                } else if n.equals("id") {
                    rid = v.string
                }
            }
            sheets.append((title, state, rid))
        }
    }

    override func end(_ name: XMLName) {
        guard depth == nameDepth else { return }
        nameDepth = -1
        names[names.count - 1].formula = nameText.withUnsafeBufferPointer { StringEscapes.decode(bytes: $0) }
    }

    override func text(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        guard nameDepth >= 0, nameText.count + count <= DefinedName.maxBytes else { return }
        nameText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }
}
