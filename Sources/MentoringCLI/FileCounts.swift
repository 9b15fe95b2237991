import Catalogue
import Dataset
import Foundation
import Normaliser

/// The lines about files that `consolidate` and `check` share (the counts are the run's: `SummaryCounts`).
enum FileCounts {
    /// The files named twice, each with what it repeats.
    static func repeatedLines(_ repeated: [FileReport]) -> [String] {
        repeated.map { r in
            "Указан повторно: \(r.file) — " + (r.issues.first { $0.kind == .repeatedFile }?.message ?? "")
        }
    }

    /// The files found in folders that are not spreadsheets (`.pdf`, `.docx`…): named, never read, and no reason for
    /// an exit code of their own — a folder of forms often holds the orders and letters that came with them.
    static func otherLines(_ others: [String]) -> [String] {
        guard !others.isEmpty else { return [] }
        let shown = others.prefix(5).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        return [
            "Не таблицы, не читались: \(others.count) \(Plural.word(others.count, "файл", "файла", "файлов")) в папках — "
                + shown + (others.count > 5 ? ", …" : "") + "."
        ]
    }
}
