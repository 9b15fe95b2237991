import Catalogue
import Foundation
import XLSXReader

/// Reads input files of any supported layout into one dataset, with a report per file. A file that cannot
/// be read gets an error in its report and reading goes on with the next file.
public struct InputReader {
    public let context: NormaliserContext
    public var limits: ReaderLimits = .default

    public init(context: NormaliserContext) { self.context = context }

    /// Expands files and folders (recursively) into the `.xlsx` files to read, sorted; Excel's lock files
    /// (`~$…`) and hidden files are skipped. Paths that don't exist are returned as they are, to be reported.
    public static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                let e = fm.enumerator(atPath: p)
                var found: [String] = []
                while let rel = e?.nextObject() as? String {
                    let name = (rel as NSString).lastPathComponent
                    if name.hasPrefix("~$") || name.hasPrefix(".") { continue }
                    if name.lowercased().hasSuffix(".xlsx") { found.append((p as NSString).appendingPathComponent(rel)) }
                }
                out += found.sorted()
            } else {
                out.append(p)
            }
        }
        return out
    }

    /// Reads one file into `dataset`.
    public func read(_ path: String, into dataset: inout Dataset) -> FileReport {
        var report = FileReport(file: path)
        do {
            let file = try XLSXFile.open(path, limits: limits)
            // A workbook written by `mentoring consolidate`: its hidden «Данные» sheet holds everything.
            if let data = file.sheet(named: "Данные") {
                let reader = try file.rows(data)
                if let first = try reader.next(), DataSheetReader.isDataSheet(first) {
                    try DataSheetReader(context: context, file: path).read(reader, sheet: data.name, header: first,
                                                                           into: &dataset, report: &report)
                    return report
                }
            }
            var recognised = false
            for sheet in file.sheets where sheet.state == .visible {
                if try readSheet(file, sheet, into: &dataset, report: &report) { recognised = true }
            }
            if !recognised {
                report.issues.append(FileIssue(.unknownLayout, nil,
                    "не удалось распознать форму: нет строки заголовка с «Критерий» и «Значение», нет столбца «Образовательная организация» с критериями, нет столбцов по годам"))
            }
        } catch {
            report.issues.append(FileIssue(.error, nil, String(describing: error)))
        }
        return report
    }

    /// Reads every file in order and checks the forms against each other.
    public func read(_ paths: [String], into dataset: inout Dataset, progress: ((Int, Int) -> Void)? = nil) -> [FileReport] {
        // Files are parsed concurrently (one per core), each into its own dataset; the results are merged in
        // the order of `paths` as soon as that order allows, so the outcome is the same as reading them one by
        // one and only the files read ahead of their turn are held apart.
        var pending = [(Dataset, FileReport)?](repeating: nil, count: paths.count)
        var reports: [FileReport] = []
        reports.reserveCapacity(paths.count)
        let lock = NSLock()
        var done = 0
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            var d = Dataset()
            let r = read(paths[i], into: &d)
            lock.lock()
            pending[i] = (d, r)
            while reports.count < paths.count, let (d, r) = pending[reports.count] {
                pending[reports.count] = nil
                dataset.merge(d)
                reports.append(r)
            }
            done += 1
            let n = done
            lock.unlock()
            progress?(n, paths.count)
        }
        DatasetChecks.crossCheck(&dataset, reports: &reports)
        return reports
    }

    private func readSheet(_ file: XLSXFile, _ sheet: SheetInfo, into dataset: inout Dataset,
                           report: inout FileReport) throws -> Bool {
        let reader = try file.rows(sheet)
        var peeked: [Row] = []
        while peeked.count < 40, let row = try reader.next() { peeked.append(row) }

        if TitleNormaliser.normalise(sheet.name) == "лучшие практики" {
            var rest = peeked
            while let row = try reader.next() { rest.append(row) }
            readBestPractices(rest, into: &dataset)
            return true
        }
        if let h = WideLayoutReader.findHeader(peeked, context: context, file: file.path, sheet: sheet.name) {
            try WideLayoutReader(context: context, file: file.path, sheet: sheet.name)
                .read(header: h, peeked: peeked, reader: reader, into: &dataset, report: &report)
            return true
        }
        var rows = peeked
        while let row = try reader.next() { rows.append(row) }
        var links: [CellRef: Hyperlink] = [:]
        for (ref, link) in reader.hyperlinks { links[ref] = link }
        let table = SheetTable(name: sheet.name, rows: rows, merged: reader.mergedRanges, hyperlinks: links,
                               hiddenColumns: reader.hiddenColumns)
        if let h = FormLayoutReader.findHeader(table) {
            FormLayoutReader(context: context, file: file.path, table: table).read(header: h, into: &dataset, report: &report)
            return true
        }
        if let h = HistoryReader.findHeader(table) {
            HistoryReader(context: context, file: file.path).read(table, header: h, into: &dataset, report: &report)
            return true
        }
        return false
    }

    private func readBestPractices(_ rows: [Row], into dataset: inout Dataset) {
        guard let header = rows.first(where: { r in r.cells.contains { TitleNormaliser.normalise($0.text) == "тема" } }) else { return }
        let cols = header.cells.filter { !HeaderLabels.number.contains(TitleNormaliser.normalise($0.text)) }.map(\.column)
        for row in rows where row.index > header.index {
            let values = cols.map { c in row.cells.first { $0.column == c }?.text ?? "" }
            if values.contains(where: { !$0.isEmpty }) { dataset.bestPractices.append(values) }
        }
    }
}

/// Checks across files: two forms of one organisation and year, and forms of another year.
enum DatasetChecks {
    static func crossCheck(_ dataset: inout Dataset, reports: inout [FileReport]) {
        // Forms per (organisation, year): the first file wins; a second, different one is an error.
        var keyOfName: [String: String] = [:]
        for o in dataset.organisations.values where keyOfName[o.name] == nil { keyOfName[o.name] = o.key }
        var firstFile: [String: String] = [:]
        var repeats: [(report: Int, first: String, orgKey: String, orgName: String, year: Int)] = []
        for (i, r) in reports.enumerated() where r.layout == .form {
            guard let orgName = r.organisations.first, let year = r.year else { continue }
            let orgKey = keyOfName[orgName] ?? OrganisationKey.make(orgName)
            let k = orgKey + "\u{1}\(year)"
            if let first = firstFile[k] { repeats.append((i, first, orgKey, orgName, year)) } else { firstFile[k] = r.file }
        }
        guard repeats.isEmpty == false else { return checkYears(&reports) }
        // Only the files involved in a repeat are compared value by value.
        let involved = Set(repeats.flatMap { [$0.first, reports[$0.report].file] })
        var valuesOf: [String: [String: ObservedValue?]] = [:]   // file, organisation, year → criterion → value
        for o in dataset.observations where involved.contains(o.source.file) {
            guard let org = o.organisation else { continue }
            valuesOf[o.source.file + "\u{1}" + org + "\u{1}\(o.year)", default: [:]][o.criterion] = o.value
        }
        var dropped: Set<String> = []
        for rep in repeats {
            let r = reports[rep.report]
            let a = valuesOf[rep.first + "\u{1}" + rep.orgKey + "\u{1}\(rep.year)"] ?? [:]
            let b = valuesOf[r.file + "\u{1}" + rep.orgKey + "\u{1}\(rep.year)"] ?? [:]
            if a == b {
                reports[rep.report].issues.append(FileIssue(.duplicateForm, nil,
                    "повторная форма «\(rep.orgName)» за \(rep.year) год (совпадает с «\(rep.first)»); учтена один раз"))
            } else {
                reports[rep.report].issues.append(FileIssue(.error, nil,
                    "вторая форма «\(rep.orgName)» за \(rep.year) год расходится с «\(rep.first)»; эта форма не учтена — оставьте одну"))
            }
            dropped.insert(r.file + "\u{1}" + rep.orgKey)
        }
        dataset.observations.removeAll { o in o.organisation.map { dropped.contains(o.source.file + "\u{1}" + $0) } ?? false }
        checkYears(&reports)
    }

    /// The year most forms give; a form of another year is an error.
    static func checkYears(_ reports: inout [FileReport]) {
        let years = reports.filter { $0.layout == .form || $0.layout == .wide }.compactMap(\.year)
        let counts = Dictionary(years.map { ($0, 1) }, uniquingKeysWith: +)
        if let main = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key, counts.count > 1 {
            for i in reports.indices where (reports[i].layout == .form) && reports[i].year != nil && reports[i].year != main {
                reports[i].issues.append(FileIssue(.yearMismatch, nil,
                    "форма за \(reports[i].year!) год, а остальные — за \(main); проверьте отчётный год"))
            }
        }
    }
}
