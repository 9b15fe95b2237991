import Catalogue
import Dataset
import Foundation
import XLSXReader

/// Reads input files of any supported layout into one dataset, with a report per file. A file that cannot
/// be read gets an error in its report and reading goes on with the next file.
package struct InputReader {
    package var context: NormaliserContext
    package var limits: ReaderLimits = .default
    /// The run's reporting year when the user gave one (`--year`): forms of another year are named against it,
    /// as the rest of the run judges them. Otherwise the year most forms give (`MainYear`).
    package var year: Int?

    package init(context: NormaliserContext) { self.context = context }

    /// What a list of files and folders holds: the files to read, and the files found in folders that are not
    /// spreadsheets at all (`.pdf`, `.docx`…: counted by the summary, never read).
    package struct Listing: Sendable {
        package var files: [String] = []
        package var others: [String] = []
    }

    /// The extensions of the files a folder gives to read besides `.xlsx`: spreadsheets a form may come in (and
    /// archives of them). Reading them says what each is and what to do (save as .xlsx, unpack), rather than the
    /// file silently missing from the run; a macro-enabled `.xlsm` is read like an `.xlsx`.
    package static let spreadsheetExtensions: Set<String> = ["xlsx", "xlsm", "xls", "ods", "csv", "zip"]

    /// Expands files and folders (recursively) into the files to read, sorted (see `list`).
    package static func expand(_ paths: [String]) -> [String] { list(paths).files }

    /// Expands files and folders (recursively): the files of `spreadsheetExtensions` to read, sorted, and the other
    /// files found in folders; Excel's lock files (`~$…`) and hidden files are skipped. Paths that don't exist are
    /// returned as they are, to be reported.
    package static func list(_ paths: [String]) -> Listing {
        var out = Listing()
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                var found = Listing()
                collect(in: p, into: &found)
                out.files += found.files.sorted()
                out.others += found.others.sorted()
            } else {
                out.files.append(p)
            }
        }
        return out
    }

    /// The files under a folder, recursively, with POSIX calls (Foundation's enumerator looks at every entry several
    /// times: 9 ms for 2,000 forms), as Foundation's enumerator listed them: hidden folders are entered, hidden
    /// files and lock files skipped, links not followed.
    private static func collect(in dir: String, into found: inout Listing) {
        guard let d = opendir(dir) else { return }
        defer { closedir(d) }
        let base = dir.hasSuffix("/") ? dir : dir + "/"
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            let path = base + name
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            // file systems that do not say: ask (without following links)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var st = stat()
                isFolder = lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder { collect(in: path, into: &found) }
            if name.hasPrefix("~$") || name.hasPrefix(".") { continue }
            // Every entry named *.xlsx (or another spreadsheet's extension) is taken, whatever it is (a link to
            // nowhere, a folder): reading it then says what is wrong with it, rather than the file silently missing
            // from the run.
            let ext = (name as NSString).pathExtension.lowercased()
            if spreadsheetExtensions.contains(ext) {
                found.files.append(path)
            } else if !isFolder {
                found.others.append(path)
            }
        }
    }

    /// Reads one file into `dataset`. A file's name names one form: when several sheets that name no organisation
    /// would take it, the file is read again without it (each sheet is then asked about).
    package func read(_ path: String, into dataset: inout Dataset) -> FileReport {
        let start = dataset
        var report = readOnce(path, into: &dataset)
        guard dataset.unnamedForms.filter({ $0.file == path && $0.byFileName }).count > 1 else {
            Self.repairLinks(after: start, in: &dataset, &report)
            return report
        }
        var again = self
        again.context.notNamedByFile.insert(path)
        dataset = start
        var second = again.readOnce(path, into: &dataset)
        for i in second.issues.indices where second.issues[i].kind == .missingOrganisation {
            second.issues[i].message += " (в книге несколько форм без наименования: имя файла не говорит, чья каждая)"
        }
        Self.repairLinks(after: start, in: &dataset, &second)
        return second
    }

    /// The addresses a recogniser or a typist broke («https: //», «sсhool.ru» with a Cyrillic «с»), in the values
    /// this file added after `start`, put back together (`LinkRepair`); each is said with both spellings.
    static func repairLinks(after start: Dataset, in dataset: inout Dataset, _ report: inout FileReport) {
        var repaired: [String: String?] = [:]
        func fixed(_ link: String) -> String? {
            if let known = repaired[link] { return known }
            let r = LinkRepair.repair(link)
            repaired[link] = r
            return r
        }
        func say(_ link: String, _ new: String, _ source: SourceRef) {
            report.issues.append(
                FileIssue(
                    .repairedLink, source,
                    "адрес в строке распознан или набран с ошибками: «\(link.replacingOccurrences(of: "\n", with: " "))» → «\(new)»"
                ))
        }
        for i in start.observations.count..<dataset.observations.count {
            guard let link = dataset.observations.link(at: i), let new = fixed(link) else { continue }
            var o = dataset.observations[i]
            o.link = new
            dataset.observations[i] = o
            say(link, new, o.source)
        }
        for i in start.unassigned.count..<dataset.unassigned.count {
            guard let link = dataset.unassigned[i].link, let new = fixed(link) else { continue }
            dataset.unassigned[i].link = new
            say(link, new, dataset.unassigned[i].source)
        }
    }

    private func readOnce(_ path: String, into dataset: inout Dataset) -> FileReport {
        var report = FileReport(file: path)
        do {
            let file = try XLSXFile.open(path, limits: limits)
            for skipped in file.skippedSheets { report.issues.append(skippedSheet(skipped.name, skipped.reason, path)) }
            // A workbook written by `mentoring consolidate`: its hidden «Данные» sheet holds everything.
            if let data = file.sheet(named: WorkbookContract.dataSheet) {
                var isData = false
                try readConfined(data, path, into: &dataset, &report) { dataset, report in
                    let reader = try file.rows(data)
                    guard let first = try reader.next(), DataSheetReader.isDataSheet(first) else { return }
                    isData = true
                    try DataSheetReader(context: context, file: path).read(
                        reader, sheet: data.name, header: first,
                        into: &dataset, report: &report)
                }
                if isData { return report }
            }
            var recognised = false
            var sheetContext = context
            sheetContext.ownerPlaces = OwnerPlaces.read(file)
            if file.sheets.contains(where: { context.labels.isReferenceSheet($0.name) }) {
                sheetContext.directory = OrganisationDirectory.find(in: file, context: context)
            }
            // Sheets of proof links apart from the form: given to the values of the same rows and columns once every
            // sheet is read (`LinkGrid`), else named.
            var linkSheets: [(table: SheetTable, count: Int, first: String)] = []
            // The sheets read, as they were read (a sheet in two languages by its Russian halves), for `LinkGrid`.
            var readTables: [String: SheetTable] = [:]
            // The workbook's dictionary of field codes, looked for once a sheet is headed by codes.
            var codes: (sheet: String, wordings: [String: String])?? = nil
            // The file's lists of documents that its link cells refer to by number («Прил. 3»), looked for once.
            var documentLists: [String: DocumentList.Found]?
            for sheet in file.sheets where sheet.state == .visible {
                if case .some(.some(let d)) = codes, d.sheet == sheet.name {
                    report.issues.append(
                        FileIssue(
                            .referenceSheet, SourceRef(file: path, sheet: sheet.name, cell: ""),
                            "лист «\(sheet.name)» — справочник кодов показателей, не форма: по нему прочитаны заголовки-коды"
                        ))
                    continue
                }
                // A sheet of lists for drop-downs («Справочник»: «Да/Нет», the forms of mentoring) is no form: read as
                // one, «Да» beside «ученик – ученик» was a count of programmes.
                if context.labels.isReferenceSheet(sheet.name) {
                    let message =
                        sheetContext.directory?.sheet == sheet.name
                        ? "лист «\(sheet.name)» — справочник организаций (кодов и ИНН: \(sheetContext.directory!.names.count)), "
                            + "не форма: по нему названы формы без наименования"
                        : "лист «\(sheet.name)» — справочник (списки для выбора), не форма: не читается"
                    report.issues.append(
                        FileIssue(.referenceSheet, SourceRef(file: path, sheet: sheet.name, cell: ""), message))
                    continue
                }
                try readConfined(sheet, path, into: &dataset, &report) { dataset, report in
                    let source = try SheetSource(path: path, file: file, sheet: sheet)
                    if let d = DelimitedRows.delimiter(source.peeked) {
                        try source.splitDelimited(d)
                        report.issues.append(
                            FileIssue(
                                .referenceSheet, SourceRef(file: path, sheet: sheet.name, cell: "A1"),
                                "лист «\(sheet.name)» — текст CSV, не разбитый на столбцы: каждая строка разбита по «\(d == "\t" ? "табуляции" : String(d))»"
                            ))
                    }
                    // A plan of events, a mentor's plan or minutes («Мероприятие | Срок | Ответственный»): mentoring's
                    // words and figures, no monitoring form (`PlanSheets`).
                    if let header = PlanSheets.header(source.peeked, labels: sheetContext.labels) {
                        report.issues.append(
                            FileIssue(
                                .skippedSheet,
                                SourceRef(
                                    file: path, sheet: sheet.name, cell: CellRef(row: header.row, column: 0).description
                                ),
                                "лист «\(sheet.name)» — план мероприятий или протокол (столбцы "
                                    + header.labels.map { "«\($0)»" }.joined(separator: ", ")
                                    + "), не форма мониторинга: не прочитан"))
                        return
                    }
                    // Links given as numbers of a list of documents («Прил. 3» → «Перечень подтверждающих документов»):
                    // the list on a sheet of its own is no form; beside or under the form its cells are no rows of it.
                    if documentLists?[sheet.name] != nil || DocumentList.announces(sheet.name, sheetContext.labels)
                        || DocumentList.references(in: source.peeked) >= 2
                    {
                        if documentLists == nil {
                            documentLists = try DocumentList.lists(in: file, path: path, labels: sheetContext.labels)
                        }
                        sheetContext.sheetHasDocumentList = !(documentLists?.isEmpty ?? true)
                        if let list = documentLists?[sheet.name] {
                            if list.wholeSheet {
                                report.issues.append(
                                    FileIssue(
                                        .referenceSheet, SourceRef(file: path, sheet: sheet.name, cell: ""),
                                        "лист «\(sheet.name)» — перечень подтверждающих документов (\(list.entries.count)), не форма: по нему прочитаны ссылки-номера формы"
                                    ))
                                return
                            }
                            try source.removeCells(list.cells)
                        }
                    }
                    if CodeDictionary.hasCodeHeader(source.peeked) {
                        if codes == nil { codes = .some(CodeDictionary.find(in: file, except: sheet.name)) }
                        if case .some(.some(let d)) = codes {
                            source.decode(d.wordings)
                            report.issues.append(
                                FileIssue(
                                    .referenceSheet, SourceRef(file: path, sheet: sheet.name, cell: ""),
                                    "заголовки-коды листа «\(sheet.name)» прочитаны по листу «\(d.sheet)» (кодов в нём: \(d.wordings.count))"
                                ))
                        }
                    }
                    // A long export's column of codes («ЦМН.3.02» beside «ПП уч-уч»): read through the dictionary.
                    // (Only through a sheet named as a dictionary: a form's «1.1 | wording» rows are no dictionary.)
                    if !CodeDictionary.hasCodeHeader(source.peeked), CodeDictionary.hasCodeColumn(source.peeked),
                        let d = CodeDictionary.find(
                            in: file, except: sheet.name, only: { sheetContext.labels.isReferenceSheet($0) })
                    {
                        try source.decodeColumns(d.wordings)
                        report.issues.append(
                            FileIssue(
                                .referenceSheet, SourceRef(file: path, sheet: sheet.name, cell: ""),
                                "коды показателей листа «\(sheet.name)» прочитаны по листу «\(d.sheet)» (кодов в нём: \(d.wordings.count))"
                            ))
                    }
                    // Titles typed as codes or abbreviations, spelled out in a legend beside or under the table or on
                    // a sheet of its own («Сокращения»): read as the legend's wordings (`Legend`).
                    if !Legend.isLegendSheet(sheet.name, labels: context.labels),
                        Legend.mentioned(in: source.peeked, labels: context.labels)
                            || file.sheets.contains(where: { Legend.isLegendSheet($0.name, labels: context.labels) })
                    {
                        // (Read apart: a sheet loaded whole is read otherwise by the layouts that stream.)
                        let rows = try SheetSource(path: path, file: file, sheet: sheet, peek: 100_000).peeked
                        var found = Legend.find(in: rows, titles: rows, labels: context.labels)
                        var from = "листа «\(sheet.name)»"
                        if found == nil {
                            for other in file.sheets
                            where other.name != sheet.name && Legend.isLegendSheet(other.name, labels: context.labels) {
                                guard let reader = try? file.rows(other) else { continue }
                                var legendRows: [Row] = []
                                while legendRows.count < 400, let row = try? reader.next() { legendRows.append(row) }
                                if let f = Legend.find(
                                    in: legendRows, titles: rows, announced: false, labels: context.labels)
                                {
                                    (found, from) = (f, "листа «\(other.name)»")
                                    break
                                }
                            }
                        }
                        if let found {
                            try source.applyLegend(found)
                            report.issues.append(
                                FileIssue(
                                    .referenceSheet, SourceRef(file: path, sheet: sheet.name, cell: ""),
                                    "сокращения в названиях строк листа «\(sheet.name)» прочитаны по расшифровке \(from) (сокращений: \(found.wordings.count))"
                                ))
                        }
                    }
                    // A template in Russian and the republic's language: each cell's Russian half is read.
                    if SheetLanguages.mayHold(source.peeked),
                        try source.keepRussian(
                            knows: {
                                sheetContext.resolver.knownWords(in: $0) + (sheetContext.labels.knows($0) ? 1 : 0)
                            },
                            name: {
                                sheetContext.organisationWords.looksLikeName($0)
                                    && !sheetContext.organisationWords.holdsForeignWord($0)
                            })
                    {
                        report.issues.append(
                            FileIssue(
                                .referenceSheet, SourceRef(file: path, sheet: sheet.name, cell: ""),
                                "лист «\(sheet.name)» — на двух языках: прочитаны подписи и формулировки на русском"))
                    }
                    /// A sheet of proof links apart from the form («ссылки», «Подтверждающие документы»): given to the
                    /// values of its rows and columns, or named, so that no link is lost unnamed.
                    func linkSheet() throws -> Bool {
                        let table = try source.table()
                        // Typed addresses, and hyperlinks (a HYPERLINK() formula without a stored result is no cell).
                        let typed = table.rows.flatMap { row in
                            row.cells.filter {
                                FormLayoutReader.isBareAddress($0.text.trimmed) || LinkKeys.isKeyedAddress($0.text)
                            }.map { CellRef(row: row.index, column: $0.column) }
                        }
                        let addresses = Set(typed).union(table.hyperlinks.filter { $0.value.url != nil }.keys).sorted {
                            ($0.row, $0.column) < ($1.row, $1.column)
                        }
                        guard addresses.count >= 3 else { return false }
                        linkSheets.append((table, addresses.count, addresses[0].description))
                        return true
                    }
                    // A sheet named as links is one, whatever its grid looks like (its numbering is no form's values).
                    let name = TitleNormaliser.normalise(sheet.name)
                    if name.hasPrefix("ссылк") || name.hasPrefix("подтвержда")
                        || WideLayoutReader.isLinkTitle(sheet.name, sheetContext.labels),
                        try linkSheet()
                    {
                        return
                    }
                    guard let plan = try SheetLayouts.best(source, context: sheetContext) else {
                        if try linkSheet() { return }
                        // No form: a title sheet may name the organisation of the forms after it.
                        if let title = try TitleSheetReader.read(source, context: sheetContext) {
                            sheetContext.titleSheet = title
                        }
                        return
                    }
                    // A summary gathered by formulas from the workbook's other sheets («Свод»: «=СОШ2!C13»,
                    // «='ООШ д.Ключи'!C13»): its figures are those sheets' own, read there; read again, they were taken
                    // for the last school's form.
                    if source.isLoaded, let gathered = try Self.gatheredSheets(source.table(), in: file) {
                        report.issues.append(
                            FileIssue(
                                .skippedSheet, SourceRef(file: path, sheet: sheet.name, cell: ""),
                                "лист «\(sheet.name)» собран формулами из листов "
                                    + gathered.map { "«\($0)»" }.joined(separator: ", ")
                                    + " — сводный, не форма организации: не прочитан, значения взяты с самих листов"))
                        return
                    }
                    let named = report.organisations.count
                    try plan.read(&dataset, &report)
                    if source.isLoaded { readTables[sheet.name] = try source.table() }
                    recognised = true
                    // An organisation's form named on this sheet: a later sheet that names nothing may continue it.
                    if plan.layout == .form, report.organisations.count > named, let year = report.year {
                        sheetContext.continuedForm = .init(
                            sheet: sheet.name, organisation: report.organisations.last!, year: year)
                        // A form that names its own organisation, another than a title sheet before it names: the title
                        // sheet is no title of the sheets after this form.
                        if let title = sheetContext.titleSheet, let titled = title.block.organisation,
                            OrganisationKey.make(titled) != OrganisationKey.make(report.organisations.last!)
                        {
                            sheetContext.titleSheet = nil
                        }
                    }
                }
            }
            // A sheet of raw figures that a form's formulas read («Расчёт»: the form's «=Расчёт!B3» in five cells or
            // more, and no other sheet): the form's source, not a second form — its rows, worded its own way, were
            // read as the organisation's values beside the form's own (`SourceSheets`).
            for (source, form) in SourceSheets.sources(readTables, labels: context.labels) {
                dataset.observations.removeAll { $0.source.file == path && $0.source.sheet == source }
                dataset.unassigned.removeAll { $0.source.file == path && $0.source.sheet == source }
                report.issues.append(
                    FileIssue(
                        .referenceSheet, SourceRef(file: path, sheet: source, cell: ""),
                        "лист «\(source)» — исходные данные формул листа «\(form)», не форма: его строки не учтены, значения взяты из формы"
                    ))
            }
            if let lists = documentLists, !lists.isEmpty {
                // (A number the list does not have stays the link's text: the findings name it «не ссылка», with its
                // cell, and say to give the address.)
                let given = DocumentList.resolve(lists, of: path, in: &dataset)
                if given > 0 {
                    report.issues.append(
                        FileIssue(
                            .referenceSheet, SourceRef(file: path, sheet: lists.keys.sorted()[0], cell: ""),
                            "ссылки-номера («Прил. 3», «[4]») прочитаны по перечню документов листа «\(lists.keys.sorted()[0])»: ссылок — \(given)"
                        ))
                }
            }
            for links in linkSheets {
                var (given, sheets) = try LinkGrid.attach(
                    links.table, of: path, file: file, read: readTables, to: &dataset)
                var how = "по названию строки и организации столбца"
                if given == 0 {
                    (given, sheets) = try LinkKeys.attach(
                        links.table, of: path, file: file, read: readTables, to: &dataset)
                    how = "по коду (номеру) строки"
                }
                if given > 0 {
                    report.issues.append(
                        FileIssue(
                            .referenceSheet, SourceRef(file: path, sheet: links.table.name, cell: links.first),
                            "ссылки листа «\(links.table.name)» отнесены к значениям листа "
                                + sheets.map { "«\($0)»" }.joined(separator: ", ")
                                + " \(how): \(given) из \(links.count)"))
                } else {
                    report.issues.append(
                        FileIssue(
                            .skippedSheet, SourceRef(file: path, sheet: links.table.name, cell: links.first),
                            "лист «\(links.table.name)» не прочитан: на нём ссылок — \(links.count), но не видно, к каким "
                                + "значениям формы они относятся; ссылки не учтены — перенесите их в столбец «Ссылка» формы"
                        ))
                }
            }
            if !recognised {
                let skipped = report.issues.filter { $0.kind == .skippedSheet }.count
                let why =
                    skipped > 0
                    ? "ни одна форма не прочитана: пропущено листов — \(skipped), причина названа у каждого листа"
                    : file.sheets.isEmpty
                        ? "в книге нет ни одного листа"
                        : "не удалось распознать форму: ни в одном столбце нет формулировок критериев каталога (нет ни формы организации, ни сводной выгрузки, ни таблицы по годам)"
                report.issues.append(FileIssue(.unknownLayout, nil, why))
            }
        } catch {
            report.issues.append(FileIssue(.error, nil, String(describing: error)))
        }
        return report
    }

    /// The other sheets of `file` that `table` gathers by formulas, sorted: three cells or more reading two visible
    /// sheets or more of the workbook, two of them named on the sheet (its columns headed by the sheets' names, «СОШ2 |
    /// Гимн | ООШ д.Ключи | Итого»); nil otherwise. (A template's form that reads its hidden data sheets is no summary.)
    static func gatheredSheets(_ table: SheetTable, in file: XLSXFile) -> [String]? {
        let (cells, sheets) = table.crossSheetFormulas
        let visible = Set(file.sheets.filter { $0.state == .visible }.map(\.name)).subtracting([table.name])
        guard cells >= 3, sheets.count >= 2, sheets.isSubset(of: visible) else { return nil }
        let texts = Set(table.rows.flatMap { $0.cells.map { $0.text.trimmed } })
        guard sheets.filter(texts.contains).count >= 2 else { return nil }
        return sheets.sorted()
    }

    /// Reads one sheet into its own dataset and report entries, kept only when the whole sheet was read: an
    /// error confined to the sheet (an impossible row number, a cell reference outside Excel's grid) drops
    /// what the sheet gave so far and leaves a `.skippedSheet` issue; the other sheets are still read.
    private func readConfined(
        _ sheet: SheetInfo, _ path: String, into dataset: inout Dataset, _ report: inout FileReport,
        _ body: (inout Dataset, inout FileReport) throws -> Void
    ) throws {
        var sheetData = Dataset(), sheetReport = report
        do {
            try body(&sheetData, &sheetReport)
        } catch let e as XLSXReadError where e.isConfinedToSheet {
            report.issues.append(skippedSheet(sheet.name, e, path))
            return
        }
        report = sheetReport
        dataset.merge(sheetData)
    }

    private func skippedSheet(_ name: String, _ e: XLSXReadError, _ path: String) -> FileIssue {
        let cell = e.location.flatMap { loc in loc.range(of: "ячейка ").map { String(loc[$0.upperBound...]) } } ?? ""
        return FileIssue(
            .skippedSheet, SourceRef(file: path, sheet: name, cell: cell),
            "лист «\(name)» пропущен, его значения не учтены: \(e.message)")
    }

    /// Reads every file in order and checks the forms against each other.
    ///
    /// A municipality fills one municipal form a year: when several files claim to be it, those that answer
    /// organisations' criteria are read again as organisations' forms (named by their sheet or file, or asked
    /// about); if several still claim it, each gets an error naming them all and none gives municipal values.
    ///
    /// A file named twice (the same path, or the same file by another spelling: relative and absolute, `./`, `..`,
    /// a link, a folder and a file inside it) is read once; its repetition gets a report of its own that names it.
    package func read(_ given: [String], into dataset: inout Dataset, progress: ((Int, Int) -> Void)? = nil)
        -> [FileReport]
    {
        let repeats = InputReader.repetitions(given)
        let paths = given.indices.filter { repeats[$0] == nil }.map { given[$0] }
        let reports = readDistinct(paths, into: &dataset, progress: progress)
        guard !repeats.isEmpty else { return reports }
        var out: [FileReport] = [], next = 0
        for (i, path) in given.enumerated() {
            if let first = repeats[i] {
                var r = FileReport(file: path)
                r.issues.append(
                    FileIssue(
                        .repeatedFile, nil,
                        path == given[first]
                            ? "файл указан повторно; прочитан и учтён один раз"
                            : "тот же файл, что «\(given[first])», указан повторно (другим путём); прочитан и учтён один раз"
                    ))
                out.append(r)
            } else {
                out.append(reports[next])
                next += 1
            }
        }
        return out
    }

    /// The paths of `paths` that name a file named before them (by device and inode, else by the standardised
    /// path), each with the index of its first naming.
    static func repetitions(_ paths: [String]) -> [Int: Int] {
        var first: [String: Int] = [:], repeats: [Int: Int] = [:]
        for (i, p) in paths.enumerated() {
            var st = stat()
            let id = stat(p, &st) == 0 ? "\(st.st_dev):\(st.st_ino)" : URL(fileURLWithPath: p).standardizedFileURL.path
            if let f = first[id] { repeats[i] = f } else { first[id] = i }
        }
        return repeats
    }

    private func readDistinct(_ paths: [String], into dataset: inout Dataset, progress: ((Int, Int) -> Void)?)
        -> [FileReport]
    {
        let start = dataset
        var reports = readEach(paths, into: &dataset, progress: progress)
        // Our own workbook of the forms' year among the forms is named and not read (`OwnResults`).
        let results = OwnResults.find(reports, year: context.runYear ?? context.defaultYear ?? MainYear.choose(reports))
        let given = paths
        var paths = paths
        if !results.isEmpty {
            paths.removeAll { results[$0] != nil }
            dataset = start
            reports = readEach(paths, into: &dataset, progress: nil)
        }
        var reader = self
        let claims = MunicipalClaims(reports, dataset: dataset, catalogue: context.catalogue)
        if !claims.organisationForms.isEmpty {
            reader.context.notMunicipal.formUnion(claims.organisationForms)
            dataset = start
            reports = reader.readEach(paths, into: &dataset, progress: nil)
        }
        // A form that states no year takes the year the other forms state (and says so: «проверьте»); the files are
        // read again with it, since without a year no value of such a form can be used.
        if reader.context.defaultYear == nil, reader.context.runYear == nil,
            reports.contains(where: { $0.year == nil && $0.issues.contains { $0.kind == .missingYear } }),
            let year = MainYear.choose(reports)
        {
            reader.context.runYear = year
            dataset = start
            reports = reader.readEach(paths, into: &dataset, progress: nil)
        }
        // One wording, one decision: a wording the matcher used by similarity in one form (its neighbours there
        // confirmed it) and asked about in another is used in all for that criterion (`CriterionResolver.agreed`);
        // if a form still refuses it (its values, its other rows), or the forms used it for different criteria,
        // it is asked about in all, so that the mapping file's answer gives every form the same. The files are
        // read again each time (rarely more than twice).
        var contested = Set<String>(), agreed: [String: String] = [:]
        for _ in 0..<6 {
            let asked = Set(dataset.unassigned.filter { $0.status == .doubtful }.map(\.key))
            let used = dataset.resolved.values.filter { $0.match == .fuzzy && asked.contains($0.key) }
            let mixed = Set(used.map(\.key))
            let refused = mixed.filter { agreed[$0] != nil },
                fresh = mixed.subtracting(contested).subtracting(agreed.keys)
            guard !refused.isEmpty || !fresh.isEmpty else { break }
            for key in refused { agreed[key] = nil; contested.insert(key) }
            for key in fresh {
                let ids = Set(used.filter { $0.key == key }.map(\.criterion))
                if ids.count == 1 { agreed[key] = ids.first! } else { contested.insert(key) }
            }
            dataset = start
            var again = reader
            again.context = reader.context.with(contested: contested, agreed: agreed)
            reports = again.readEach(paths, into: &dataset, progress: nil)
        }
        for i in reports.indices where claims.organisationForms.contains(reports[i].file) {
            guard
                let j = reports[i].issues.firstIndex(where: {
                    $0.kind == .missingOrganisation || $0.kind == .organisationGuessed
                })
            else { continue }
            reports[i].issues[j].message +=
                claims.count > 1
                ? " (формой муниципалитета выглядели файлов: \(claims.count); этот отвечает на критерии организаций — прочитан как форма организации)"
                : " (выглядел формой муниципалитета, но его количества — как у одной организации, а не сумма по организациям: прочитан как форма организации)"
        }
        MunicipalClaims(reports).refuse(&dataset, &reports)
        DatasetChecks.crossCheck(&dataset, reports: &reports, year: year, labels: context.labels)
        ShareScale.byParts(context.catalogue, &dataset, &reports)
        ShareContradiction.check(context.catalogue, &dataset, &reports)
        guard !results.isEmpty else { return reports }
        var read = reports.makeIterator()
        return given.map { results[$0] ?? read.next()! }
    }

    /// Reads the files into `dataset`, without the checks across files.
    func readEach(_ paths: [String], into dataset: inout Dataset, progress: ((Int, Int) -> Void)?) -> [FileReport] {
        // Files are parsed concurrently (one per core), each into its own dataset; the results are merged in
        // the order of `paths` as soon as that order allows, so the outcome is the same as reading them one by
        // one and only the files read ahead of their turn are held apart.
        var reports: [FileReport] = []
        reports.reserveCapacity(paths.count)
        var next = 0
        try? Parallel.pipeline(
            next: { () -> Int? in
                defer { next += 1 }
                return next < paths.count ? next : nil
            },
            transform: { i -> (Dataset, FileReport) in
                var d = Dataset()
                let r = read(paths[i], into: &d)
                return (d, r)
            },
            consume: { part in
                dataset.merge(part.0)
                reports.append(part.1)
                progress?(reports.count, paths.count)
            })
        return reports
    }

}

/// The «Лучшие практики» sheet of the municipal form (Table 35): Тема | Образовательная организация | Номинация.
struct BestPracticesReader: SheetLayout {
    static func recognise(_ sheet: SheetSource, context: NormaliserContext) throws -> LayoutPlan? {
        guard TitleNormaliser.normalise(sheet.sheet.name) == "лучшие практики" else { return nil }
        let table = try sheet.table()
        return LayoutPlan(layout: .municipalForm, score: 1) { dataset, _ in
            guard
                let header = table.rows.first(where: { r in
                    r.cells.contains { TitleNormaliser.normalise($0.text) == "тема" }
                })
            else { return }
            let cols = header.cells.filter { !context.labels.contains(.number, TitleNormaliser.normalise($0.text)) }
                .map(\.column)
            for row in table.rows where row.index > header.index {
                let values = cols.map { c in row.cells.first { $0.column == c }?.text ?? "" }
                if values.contains(where: { !$0.isEmpty }) { dataset.bestPractices.append(values) }
            }
        }
    }
}

/// Checks across files: two forms of one organisation and year, and forms of another year.
enum DatasetChecks {
    static func crossCheck(_ dataset: inout Dataset, reports: inout [FileReport], year: Int?, labels: HeaderLabels) {
        attributeBases(&dataset, &reports)
        branchSheets(&dataset, &reports, labels: labels)
        sheetRepeats(&dataset, &reports, labels: labels)
        // Forms per (organisation, year): the first file wins; a second, different one is an error.
        var keyOfName: [String: String] = [:]
        for o in dataset.organisations.values where keyOfName[o.name] == nil { keyOfName[o.name] = o.key }
        var firstFile: [String: String] = [:]
        var repeats: [(report: Int, first: String, orgKey: String, orgName: String, year: Int)] = []
        for (i, r) in reports.enumerated() where r.layout == .form {
            // A workbook may hold several forms, one a sheet.
            guard let year = r.year else { continue }
            for orgName in r.organisations {
                let orgKey = keyOfName[orgName] ?? OrganisationKey.make(orgName)
                let k = orgKey + "\u{1}\(year)"
                if let first = firstFile[k] {
                    if first != r.file { repeats.append((i, first, orgKey, orgName, year)) }
                } else {
                    firstFile[k] = r.file
                }
            }
        }
        guard repeats.isEmpty == false else { return checkYears(&reports, year: year) }
        // Only the files involved in a repeat are compared value by value.
        let involved = Set(repeats.flatMap { [$0.first, reports[$0.report].file] })
        var valuesOf: [String: [String: ObservedValue?]] = [:]  // file, organisation, year → criterion → value
        for o in dataset.observations where involved.contains(o.source.file) {
            guard let org = o.organisation else { continue }
            valuesOf[o.source.file + "\u{1}" + org + "\u{1}\(o.year)", default: [:]][o.criterion] = o.value
        }
        var dropped: Set<String> = []
        // One form's criteria that another form of the organisation already gives, with the same values.
        var droppedCriteria: Set<String> = []
        for rep in repeats {
            let r = reports[rep.report]
            let a = valuesOf[rep.first + "\u{1}" + rep.orgKey + "\u{1}\(rep.year)"] ?? [:]
            let b = valuesOf[r.file + "\u{1}" + rep.orgKey + "\u{1}\(rep.year)"] ?? [:]
            // Two files of one organisation that share no more than half their criteria are parts of its figures (a
            // municipality's tables a topic each, as a form over several sheets): no repeat.
            let shared = Set(a.keys).intersection(b.keys).count
            if !a.isEmpty, !b.isEmpty, shared * 2 <= min(a.count, b.count) { continue }
            let sharedAgree = a.keys.allSatisfy { k in b[k].map { $0 == a[k]! } ?? true }
            if a == b {
                reports[rep.report].issues.append(
                    FileIssue(
                        .duplicateForm, nil,
                        "повторная форма «\(rep.orgName)» за \(rep.year) год (совпадает с «\(rep.first)»); учтена один раз"
                    ))
            } else if sharedAgree {
                // The same values where both forms answer, and each answers criteria the other does not (a school's own
                // form and a summary of all schools): the second gives only what the first lacks.
                let extra = Set(b.keys).subtracting(a.keys)
                reports[rep.report].issues.append(
                    FileIssue(
                        .duplicateForm, nil,
                        "повторная форма «\(rep.orgName)» за \(rep.year) год: где обе отвечают (\(shared)), значения совпадают с «\(rep.first)»; "
                            + "из этой формы учтены только критерии, которых там нет (\(extra.count))"))
                for k in Set(b.keys).intersection(a.keys) {
                    droppedCriteria.insert(r.file + "\u{1}" + rep.orgKey + "\u{1}" + k)
                }
                continue
            } else if r.issues.contains(where: { $0.kind == .organisationGuessed }),
                let sheet = dataset.observations.first(where: {
                    $0.source.file == r.file && $0.organisation == rep.orgKey
                })?.source.sheet
            {
                // The name was guessed (from a title, the sheet's or the file's name) and is another form's: the form
                // is
                // asked about by file (the mapping file's sheet «Формы»), not dropped.
                dataset.unnamedForms.removeAll { $0.file == r.file && $0.sheet == sheet }
                dataset.unnamedForms.append(
                    UnnamedForm(file: r.file, sheet: sheet, year: rep.year, values: b.count, guess: nil))
                reports[rep.report].issues.append(
                    FileIssue(
                        .missingOrganisation, SourceRef(file: r.file, sheet: sheet, cell: ""),
                        "наименование «\(rep.orgName)» взято не из подписи и совпало с формой «\(rep.first)», а значения расходятся: "
                            + "значения формы (\(b.count)) не учтены; впишите организацию в файле сопоставления (check --mapping-out, "
                            + "лист «\(MappingSheets.forms)»), затем --mapping, или над таблицей формы"))
            } else if labels.prefersOver(r.file, rep.first), let i = reports.firstIndex(where: { $0.file == rep.first })
            {
                // The first is a draft of the second («…_черновик» and «…_итог»): the second is the form.
                // (Not an error of the file: it is superseded, as a repeated sheet is.)
                reports[i].issues.append(
                    FileIssue(
                        .duplicateForm, nil,
                        "форма «\(rep.orgName)» за \(rep.year) год — черновик: есть итоговая «\(r.file)», учтена она; "
                            + "значения этой формы не учтены"))
                dropped.insert(rep.first + "\u{1}" + rep.orgKey)
                continue
            } else {
                reports[rep.report].issues.append(
                    FileIssue(
                        .error, nil,
                        "вторая форма «\(rep.orgName)» за \(rep.year) год расходится с «\(rep.first)»; эта форма не учтена — оставьте одну"
                    ))
            }
            dropped.insert(r.file + "\u{1}" + rep.orgKey)
        }
        dataset.observations.removeAll { o in
            o.organisation.map {
                dropped.contains(o.source.file + "\u{1}" + $0)
                    || droppedCriteria.contains(o.source.file + "\u{1}" + $0 + "\u{1}" + o.criterion)
            } ?? false
        }
        checkYears(&reports, year: year)
    }

    /// One organisation's form twice in one workbook, on two sheets («Лист1» and «Лист1 (2)»): the same values are
    /// used once; different values are an error naming both sheets, and only the first sheet's are used — as for two
    /// files of one organisation. Sheets that share no more than half their criteria are one form's parts (a sheet a
    /// direction), not repeats. Before, both sheets' values were kept, and the second's silently took the first's
    /// place.
    /// A branch's sheet in its organisation's workbook («Филиал МБОУ «Пычасская СОШ» — «Малопычасская НОШ»» beside the
    /// sheets of МБОУ «Пычасская СОШ»): a part of that organisation, not one of its own, unless the register lists it.
    /// Its values are named and not used (the organisation's sheets give its figures), as a branch's row of a table of
    /// organisations is (`WideLayoutReader`).
    static func branchSheets(_ dataset: inout Dataset, _ reports: inout [FileReport], labels: HeaderLabels) {
        var orgsOfFile: [String: Set<String>] = [:]
        for o in dataset.observations {
            if let org = o.organisation { orgsOfFile[o.source.file, default: []].insert(org) }
        }
        var dropped: Set<String> = []  // file, organisation
        for (file, orgs) in orgsOfFile where orgs.count > 1 {
            for branch in orgs {
                guard let name = dataset.organisations[branch]?.name, labels.isBranch(name) else { continue }
                let words = Set(OrganisationWords.words(of: OrganisationWords.fold(name).lowercased()))
                guard
                    let parent = orgs.first(where: { other in
                        guard other != branch, let n = dataset.organisations[other]?.name, !labels.isBranch(n) else {
                            return false
                        }
                        let own = Set(OrganisationWords.words(of: OrganisationWords.fold(n).lowercased()))
                        return !own.isEmpty && own.isSubset(of: words)
                    }), let i = reports.firstIndex(where: { $0.file == file })
                else { continue }
                let sheet = dataset.observations.first { $0.source.file == file && $0.organisation == branch }?.source
                    .sheet
                reports[i].issues.append(
                    FileIssue(
                        .branchRow, SourceRef(file: file, sheet: sheet ?? "", cell: ""),
                        "«\(name)» — филиал организации «\(dataset.organisations[parent]?.name ?? parent)» в той же книге, не "
                            + "отдельная организация; значения листа филиала не учтены (если филиал отчитывается сам, внесите его "
                            + "в реестр организаций: --organisations)"))
                reports[i].organisations.removeAll { $0 == name }
                dropped.insert(file + "\u{1}" + branch)
            }
        }
        guard !dropped.isEmpty else { return }
        dataset.observations.removeAll { o in
            o.organisation.map { dropped.contains(o.source.file + "\u{1}" + $0) } ?? false
        }
        // (A branch no other file gives values of is no organisation of the run.)
        let left = Set(dataset.observations.compactMap(\.organisation))
        for key in Set(dropped.map { String($0.split(separator: "\u{1}").last!) }) where !left.contains(key) {
            dataset.organisations[key] = nil
        }
    }

    static func sheetRepeats(_ dataset: inout Dataset, _ reports: inout [FileReport], labels: HeaderLabels) {
        var sheets: [String: [String]] = [:]  // file, organisation, year → its sheets, in order
        var values: [String: [String: ObservedValue?]] = [:]  // … and sheet → criterion → value
        for o in dataset.observations {
            guard let org = o.organisation else { continue }
            let k = o.source.file + "\u{1}" + org + "\u{1}\(o.year)"
            if !(sheets[k]?.contains(o.source.sheet) ?? false) { sheets[k, default: []].append(o.source.sheet) }
            values[k + "\u{1}" + o.source.sheet, default: [:]][o.criterion] = o.value
        }
        var dropped: Set<String> = []  // file, organisation, year, sheet
        var droppedCriteria: Set<String> = []  // … and criterion
        for (k, list) in sheets where list.count > 1 {
            let parts = k.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
            let (file, org, year) = (parts[0], parts[1], parts[2])
            let name = dataset.organisations[org]?.name ?? org
            guard let i = reports.firstIndex(where: { $0.file == file }) else { continue }
            let first = values[k + "\u{1}" + list[0]] ?? [:]
            for sheet in list.dropFirst() {
                let these = values[k + "\u{1}" + sheet] ?? [:]
                // A form over several sheets (one a direction) shares no criteria between them: no repeat.
                let shared = Set(these.keys).intersection(first.keys).count
                guard shared * 2 > min(these.count, first.count) else { continue }
                let same = these == first
                // A corrected sheet after the first («Форма (исправленная)» after «Форма»; labels.tsv, roles `draft`,
                // `final`): the corrected one is the form.
                if !same, labels.prefersOver(sheet, list[0]) {
                    reports[i].issues.append(
                        FileIssue(
                            .duplicateForm, SourceRef(file: file, sheet: list[0], cell: ""),
                            "лист «\(sheet)» — исправленная форма «\(name)» за \(year) год: учтена она; значения листа «\(list[0])» "
                                + "(\(first.count)) не учтены"))
                    dropped.insert(k + "\u{1}" + list[0])
                    continue
                }
                // A sheet of the organisation's totals after its units' sheets («Свод» after «Пычас» and the branch): its
                // values are the organisation's; a unit's sheet gives only what the totals lack (its documents).
                if !same, labels.isTotal(sheet), !labels.isTotal(list[0]) {
                    let taken = Set(these.keys).intersection(first.keys)
                    reports[i].issues.append(
                        FileIssue(
                            .duplicateForm, SourceRef(file: file, sheet: sheet, cell: ""),
                            "лист «\(sheet)» — итоги «\(name)» за \(year) год: учтены его значения; с листа «\(list[0])» — "
                                + "только критерии, которых в итогах нет (\(first.count - taken.count))"))
                    for c in taken { droppedCriteria.insert(k + "\u{1}" + list[0] + "\u{1}" + c) }
                    continue
                }
                // (Not an error of the file: its first sheet is used, so the file is read, not left out.)
                reports[i].issues.append(
                    FileIssue(
                        .duplicateForm, SourceRef(file: file, sheet: sheet, cell: ""),
                        same
                            ? "повторная форма «\(name)» за \(year) год на листе «\(sheet)» (совпадает с листом «\(list[0])»); учтена один раз"
                            : "вторая форма «\(name)» за \(year) год на листе «\(sheet)» расходится с листом «\(list[0])»: "
                                + "значения листа «\(sheet)» (\(these.count)) не учтены, учтён лист «\(list[0])» — оставьте одну форму"
                    ))
                dropped.insert(k + "\u{1}" + sheet)
            }
        }
        guard !dropped.isEmpty || !droppedCriteria.isEmpty else { return }
        dataset.observations.removeAll { o in
            o.organisation.map {
                let sheet = o.source.file + "\u{1}" + $0 + "\u{1}\(o.year)\u{1}" + o.source.sheet
                return dropped.contains(sheet) || droppedCriteria.contains(sheet + "\u{1}" + o.criterion)
            }
                ?? false
        }
    }

    /// The organisation of each base that no label above it names: the organisation of the form in the same file,
    /// else of the only form in the same folder; otherwise the base is reported as not attributable (file and sheet).
    static func attributeBases(_ dataset: inout Dataset, _ reports: inout [FileReport]) {
        guard dataset.bases.contains(where: { $0.organisation == nil }) else { return }
        var keyOfName: [String: String] = [:]
        for o in dataset.organisations.values where keyOfName[o.name] == nil { keyOfName[o.name] = o.key }
        func organisation(_ name: String) -> Organisation {
            let key = keyOfName[name] ?? OrganisationKey.make(name)
            return dataset.organisations[key] ?? Organisation(key: key, name: name, type: .unknown)
        }
        func folder(_ path: String) -> String { (path as NSString).deletingLastPathComponent }
        var formOfFile: [String: String] = [:], formsInFolder: [String: [String: String]] = [:]
        for r in reports where r.layout == .form {
            guard let name = r.organisations.first else { continue }
            formOfFile[r.file] = name
            formsInFolder[folder(r.file), default: [:]][organisation(name).key] = name
        }
        let reportOf = Dictionary(reports.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { a, _ in a })
        for i in dataset.bases.indices where dataset.bases[i].organisation == nil {
            let base = dataset.bases[i]
            let inFolder = formsInFolder[folder(base.file)] ?? [:]
            let name = formOfFile[base.file] ?? (inFolder.count == 1 ? inFolder.values.first : nil)
            guard let r = reportOf[base.file] else { continue }
            if let name {
                dataset.bases[i].organisation = organisation(name)
                if reports[r].organisations.isEmpty { reports[r].organisations = [dataset.bases[i].organisation!.name] }
            } else {
                let why =
                    inFolder.isEmpty
                    ? "в той же папке нет формы организации" : "в той же папке формы \(inFolder.count) организаций"
                reports[r].issues.append(
                    FileIssue(
                        .unattributedBase, SourceRef(file: base.file, sheet: base.sheet, cell: ""),
                        "\(base.kind.russian) на листе «\(base.sheet)» не отнесена ни к одной организации: над таблицей не указана "
                            + "«Образовательная организация», а \(why); база не сверена с формой"))
            }
        }
    }

    /// The run's year (`--year`, else the year most forms give); a form of another year is an error.
    static func checkYears(_ reports: inout [FileReport], year given: Int?) {
        let years = Set(reports.filter { $0.layout == .form || $0.layout == .wide }.compactMap(\.year))
        guard let main = MainYear.choose(reports, override: given), years.count > 1 || (given != nil && years != [main])
        else { return }
        for i in reports.indices where (reports[i].layout == .form) && reports[i].year != nil && reports[i].year != main
        {
            let against = given != nil ? "а отчётный год — \(main) (--year)" : "а остальные — за \(main)"
            reports[i].issues.append(
                FileIssue(
                    .yearMismatch, nil,
                    "форма за \(reports[i].year!) год, \(against); проверьте отчётный год"))
        }
    }
}

/// The reporting year of a run, chosen in one place: `--year` when given, otherwise the year most forms
/// and wide exports give (the later one on a tie).
package enum MainYear {
    package static func choose(_ reports: [FileReport], override: Int? = nil) -> Int? {
        if let override { return override }
        return most(reports.filter { $0.layout == .form || $0.layout == .wide }.compactMap(\.year))
    }

    /// The year given most often (the later one on a tie); nil for none.
    package static func most(_ years: [Int]) -> Int? {
        Dictionary(years.map { ($0, 1) }, uniquingKeysWith: +).max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}
