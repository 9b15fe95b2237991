import ArgumentParser
import Catalogue
import Dataset
import Foundation
import Normaliser
import XLSXReader

/// Lists the sheets of XLSX files and their cells: a first look at an export, and the reader's benchmark. The cells of
/// a base of mentors or mentees (a table with a column of ФИО) are never shown: only its size.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect", abstract: "Показать листы и ячейки файлов XLSX.")

    @Argument(help: ArgumentHelp("Файлы XLSX или папки с ними.", valueName: "ФАЙЛЫ"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("Показать первые N строк каждого листа.", valueName: "N"))
    var cells: Int = 0

    @Flag(
        name: .long,
        help: "Только прочитать все ячейки (файлы — параллельно на всех ядрах) и вывести их число и скорость.")
    var count = false

    @Flag(
        name: .long,
        help:
            "Замерить «пол» чтения на этой машине: только распаковка, распаковка и разбор XML без ячеек, полное чтение."
    )
    var floor = false

    mutating func run() throws {
        if floor { return try measureFloor() }
        if count { return try countAll() }
        var failed = 0
        for path in ArgumentRuns.expand(files) {
            do {
                try inspect(path)
            } catch {
                failed += 1
                FileHandle.standardError.write(Data("ошибка: \(error)\n".utf8))
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }

    /// The bases' labels, when the catalogue is at hand (without it the ФИО words alone mark a personal table).
    static let rules: BaseRules? = {
        guard let dir = try? Catalogue.locateTemplates(), let catalogue = try? Catalogue.load(from: dir) else {
            return nil
        }
        return try? BaseRules.load(from: dir, catalogue: catalogue)
    }()

    /// The current sheet stopped on an error confined to it.
    private var spoiled = false

    private mutating func inspect(_ path: String) throws {
        let file = try XLSXFile.open(path)
        print("\(path): листов \(file.sheets.count)\(file.date1904 ? ", даты 1904" : "")")
        for skipped in file.skippedSheets { warn(skipped.reason) }
        for sheet in file.sheets {
            spoiled = false
            let reader = try file.rows(sheet)
            var n = 0, rows = 0, shown = 0
            // The first rows decide whether the sheet holds personal data before any cell is shown.
            var ahead: [Row] = []
            if cells > 0 {
                while ahead.count < 40, let row = try nextRow(reader) { ahead.append(row) }
            }
            let personal = cells > 0 && PersonalData.isPersonalTable(ahead, rules: Self.rules)
            if personal {
                print(
                    "  лист «\(sheet.name)»: таблица с ФИО (база наставников или наставляемых) — персональные данные, ячейки не показываются"
                )
            }
            while let row = ahead.isEmpty ? try nextRow(reader) : ahead.removeFirst() {
                n += row.cells.count
                if !row.cells.isEmpty { rows += 1 }
                if shown < cells, !personal, !row.cells.isEmpty {
                    shown += 1
                    let text = row.cells.map { c -> String in
                        let ref = CellRef(row: row.index, column: c.column)
                        return "\(ref)=\(describe(c))"
                    }.joined(separator: "\t")
                    print("  \(text)")
                }
            }
            if spoiled { continue }
            let state = sheet.state == .visible ? "" : " (\(sheet.state == .hidden ? "скрыт" : "очень скрыт"))"
            print(
                "  лист «\(sheet.name)»\(state): строк \(rows), ячеек \(n), объединений \(reader.mergedRanges.count), гиперссылок \(reader.hyperlinks.count)"
            )
            for (ref, link) in reader.hyperlinks.prefix(personal ? 0 : cells) {
                print("    ссылка \(ref): \(link.url ?? link.location ?? "")")
            }
        }
    }

    /// `--floor`: the same parts of the same files through libzip alone, libzip and a bare libxml2 tokeniser, and
    /// the whole reader, each timed over all files on all cores.
    private func measureFloor() throws {
        let t = try ReaderFloor.measure(ArgumentRuns.expand(files))
        func s(_ x: Double) -> String { String(format: "%.3f", x) }
        print(
            "распаковка\t\(s(t.inflate))\tразбор XML без ячеек\t\(s(t.tokenise))\tполное чтение\t\(s(t.read))\tбайт XML\t\(t.bytes)\tячеек\t\(t.cells)"
        )
    }

    /// `--count`: reads every cell of every file, the files in parallel on all cores; prints a line per file
    /// (in the order given) and, for several files, the total.
    private func countAll() throws {
        let paths = ArgumentRuns.expand(files)
        let start = Date()
        let results = CellCount.all(paths)
        let seconds = Date().timeIntervalSince(start)
        var total = 0, failed = 0
        for (path, result) in zip(paths, results) {
            for warning in result.warnings {
                FileHandle.standardError.write(
                    Data("предупреждение: \(warning); лист пропущен, остальные листы прочитаны\n".utf8))
            }
            if let error = result.error {
                failed += 1
                FileHandle.standardError.write(Data("ошибка: \(error)\n".utf8))
                continue
            }
            total += result.cells
            if paths.count == 1 { continue }
            print("\(path)\tячеек \(result.cells)")
        }
        let rate = Int(Double(total) / max(seconds, 1e-9))
        let what = paths.count == 1 ? paths[0] : "всего: файлов \(paths.count - failed) из \(paths.count)"
        print("\(what)\tячеек \(total)\tсекунд \(String(format: "%.3f", seconds))\tячеек/с \(rate)")
        if failed > 0 { throw ExitCode(1) }
    }

    /// The next row; an error confined to the sheet ends the sheet with a warning (the other sheets are read).
    private mutating func nextRow(_ reader: SheetRowReader) throws -> Row? {
        do {
            return try reader.next()
        } catch let e as XLSXReadError where e.isConfinedToSheet {
            warn(e)
            spoiled = true
            return nil
        }
    }

    private func warn(_ e: XLSXReadError) {
        FileHandle.standardError.write(Data("предупреждение: \(e); лист пропущен, остальные листы прочитаны\n".utf8))
    }

    private func describe(_ c: Cell) -> String {
        switch c.value {
        case .text(let s): return "«\(s)»"
        case .number(let d): return c.isPercent ? "\(d) (%)" : "\(d)"
        case .bool(let b): return b ? "ИСТИНА" : "ЛОЖЬ"
        case .date(_, let serial): return "дата(\(serial))"
        case .duration: return "длительность(\(c.value.plainText))"
        case .error(let e): return "ошибка(\(e))"
        }
    }
}
