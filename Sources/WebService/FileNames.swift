import Foundation
import Report

/// Names for the uploaded files on disk. A client's file name never becomes a path: only its last component is
/// kept, characters outside letters, digits and a few signs become «_», leading dots go (no hidden files, no
/// «..»), the length is bounded, and names already taken in the job get « (2)», « (3)»… The forms keep their
/// names when they are plain (as the AIS names them), so the workbook names the same files as `consolidate`.
enum FileNames {
    /// Longest stored name in UTF-8 bytes (file systems allow 255).
    static let maxBytes = 180
    static let allowedSigns: Set<Character> = [
        " ", ".", "_", "-", "№", "(", ")", ",", "+", "«", "»", "!", "#", "&", "="
    ]

    /// A safe name for `clientName` that is not in `taken` (compared case-insensitively); records it in `taken`.
    static func safe(_ clientName: String, taken: inout Set<String>) -> String {
        let (stem, ext) = split(sanitise(clientName))
        return SafeFileName.unique(stem, ext: ext, taken: &taken, maxLength: maxBytes)
    }

    /// The last path component of the name, cleaned; «файл.xlsx» when nothing is left.
    static func sanitise(_ clientName: String) -> String {
        var last = Substring(clientName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
        // No hidden files, no «..», no Excel lock files («~$»), nothing that reads as an option.
        while let f = last.first, f == "." || f == " " || f == "~" || f == "$" || f == "-" { last.removeFirst() }
        var cleaned = String(
            last.map { ch -> Character in
                if ch.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "_" }
                if ch.isLetter || ch.isNumber || allowedSigns.contains(ch) { return ch }
                return "_"
            })
        while let l = cleaned.last, l == " " || l == "." { cleaned.removeLast() }
        if cleaned.isEmpty || !cleaned.contains(where: { $0.isLetter || $0.isNumber }) { cleaned = "файл.xlsx" }
        return bounded(cleaned)
    }

    /// The name cut to `maxBytes` of UTF-8, keeping its extension.
    static func bounded(_ name: String) -> String {
        guard name.utf8.count > maxBytes else { return name }
        var (stem, ext) = split(name)
        if ext.utf8.count > 16 { ext = "" }
        while stem.utf8.count + ext.utf8.count > maxBytes { stem.removeLast() }
        return stem + ext
    }

    /// «имя.xlsx» → («имя», «.xlsx»); a name without a dot has no extension.
    static func split(_ name: String) -> (String, String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }
}
