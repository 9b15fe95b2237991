import Catalogue
import Foundation
import XLSXWriter

/// The widths of the characters of the font the workbooks print in (Templates/glyph_widths.tsv), read once per
/// Templates folder: every workbook the report writes sets its rows' heights from them (`RowHeights`).
enum PrintFont {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var loaded: [String: TextMetrics] = [:]

    /// The metrics of a Templates folder (the one found by `Catalogue.locateTemplates` when nil); the
    /// approximate ones when the file is missing or malformed.
    static func metrics(_ templates: URL?) -> TextMetrics {
        let folder = templates ?? (try? Catalogue.locateTemplates())
        let path = folder?.appendingPathComponent("glyph_widths.tsv").path ?? ""
        lock.lock()
        defer { lock.unlock() }
        if let known = loaded[path] { return known }
        let m = (try? read(path)) ?? .approximate
        loaded[path] = m
        return m
    }

    /// Reads `char`, `regular`, `bold` (thousandths of an em); a character may be named: space, hash.
    static func read(_ path: String) throws -> TextMetrics {
        let file = try TSVFile(path: path)
        try file.require(["char", "regular", "bold"])
        var widths: [Unicode.Scalar: (regular: Double, bold: Double)] = [:]
        for (line, f) in file.records {
            let name = f["char"]!
            let ch = ["space": " ", "hash": "#"][name] ?? name
            guard ch.unicodeScalars.count == 1, let r = Double(f["regular"]!), let b = Double(f["bold"]!) else {
                throw CatalogueError(file: path, line: line, "нужны один символ и две ширины числами")
            }
            widths[ch.unicodeScalars.first!] = (r, b)
        }
        return TextMetrics(widths: widths)
    }
}

extension WorkbookOptions {
    /// These options with the printing font's metrics of a Templates folder (see `PrintFont`).
    func printable(_ templates: URL?) -> WorkbookOptions {
        var o = self
        o.textMetrics = PrintFont.metrics(templates)
        return o
    }
}
