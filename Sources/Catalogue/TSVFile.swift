import Foundation

/// A tab-separated file with a header row, as kept in Templates/. Lines starting with `#` and blank lines
/// are skipped (also above the header, where a file explains itself); every record must have as many fields
/// as the header (trailing empty fields may be omitted).
package struct TSVFile {
    package let path: String
    package let header: [String]
    /// Records with their 1-based line numbers.
    package let records: [(line: Int, fields: [String: String])]

    package init(path: String) throws {
        self.path = path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CatalogueError(file: path, line: nil, "файл не найден или не в кодировке UTF-8")
        }
        // Character-wise: "\r\n" is one Character in Swift, so splitting on "\n" alone would not split a CRLF file.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" { lines.removeLast() }
        func skipped(_ line: String) -> Bool {
            let t = line.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}\r"))
            return t.trimmingCharacters(in: .whitespaces).isEmpty || t.hasPrefix("#")
        }
        guard let headerIndex = lines.firstIndex(where: { !skipped($0) }) else {
            throw CatalogueError(file: path, line: nil, "файл пустой")
        }
        header = lines[headerIndex].trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}\r")).components(
            separatedBy: "\t")
        var records: [(Int, [String: String])] = []
        for (i, raw) in lines.enumerated().dropFirst(headerIndex + 1) {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.components(separatedBy: "\t")
            guard fields.count <= header.count else {
                throw CatalogueError(
                    file: path, line: i + 1,
                    "полей \(fields.count), а в заголовке \(header.count) (лишняя табуляция?)")
            }
            var dict: [String: String] = [:]
            for (k, name) in header.enumerated() {
                dict[name] = k < fields.count ? fields[k].trimmingCharacters(in: .whitespaces) : ""
            }
            records.append((i + 1, dict))
        }
        self.records = records
    }

    package func require(_ columns: [String]) throws {
        for c in columns where !header.contains(c) {
            throw CatalogueError(file: path, line: 1, "нет столбца «\(c)»")
        }
    }
}

/// A problem in the catalogue files; names the file and line.
package struct CatalogueError: Error, CustomStringConvertible, Equatable {
    package let file: String
    package let line: Int?
    package let message: String

    package init(file: String, line: Int?, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    package var description: String {
        "Каталог «\(file)»" + (line.map { ", строка \($0)" } ?? "") + ": " + message
    }
}
