import Catalogue
import Foundation
import Normaliser

/// How many of the files given were read, skipped (and how many of those are not `.xlsx` at all: an `.xls`, `.ods`,
/// `.csv` or `.zip` found in a folder) and named twice: the part of the summary line `consolidate` and `check` share.
struct FileCounts {
    var read = 0, skipped = 0, repeated = 0
    /// The skipped files by extension other than `.xlsx`: «.xls» → 2.
    var notXLSX: [String: Int] = [:]

    init(_ reports: [FileReport]) {
        for r in reports {
            if r.repeated { repeated += 1; continue }
            if r.failed {
                skipped += 1
                let ext = (r.file as NSString).pathExtension.lowercased()
                if ext != "xlsx" && !ext.isEmpty { notXLSX["." + ext, default: 0] += 1 }
            } else {
                read += 1
            }
        }
    }

    /// «файлов прочитано 93, пропущено 4 (из них не .xlsx — 4: .csv — 1, .ods — 1, .xls — 1, .zip — 1), указано повторно 1»
    var line: String {
        let n = notXLSX.values.reduce(0, +)
        return "файлов прочитано \(read), пропущено \(skipped)" +
            (n == 0 ? "" : " (из них не .xlsx — \(n): " + notXLSX.sorted { $0.key < $1.key }.map { "\($0.key) — \($0.value)" }.joined(separator: ", ") + ")") +
            (repeated == 0 ? "" : ", указано повторно \(repeated) (учтены один раз)")
    }

    /// The files named twice, each with what it repeats.
    static func repeatedLines(_ repeated: [FileReport]) -> [String] {
        repeated.map { r in "Указан повторно: \(r.file) — " + (r.issues.first { $0.kind == .repeatedFile }?.message ?? "") }
    }

    /// The files found in folders that are not spreadsheets (`.pdf`, `.docx`…): named, never read, and no reason for
    /// an exit code of their own — a folder of forms often holds the orders and letters that came with them.
    static func otherLines(_ others: [String]) -> [String] {
        guard !others.isEmpty else { return [] }
        let shown = others.prefix(5).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        return ["Не таблицы, не читались: \(others.count) \(Plural.word(others.count, "файл", "файла", "файлов")) в папках — " +
                shown + (others.count > 5 ? ", …" : "") + "."]
    }
}
