import Catalogue
import Foundation
import XLSXReader

/// The reader's benchmark (`inspect --count`): every cell of a file read and counted, nothing kept.
struct CellCount {
    var cells = 0
    /// Sheets skipped for an error confined to them.
    var warnings: [XLSXReadError] = []
    /// The error that refused the whole file.
    var error: Error?

    static func of(_ path: String) -> CellCount {
        var result = CellCount()
        do {
            let file = try XLSXFile.open(path)
            result.warnings = file.skippedSheets.map(\.reason)
            for sheet in file.sheets {
                do {
                    let reader = try file.rows(sheet)
                    while let row = try reader.next() { result.cells += row.cells.count }
                } catch let e as XLSXReadError where e.isConfinedToSheet {
                    result.warnings.append(e)
                }
            }
        } catch {
            result.error = error
        }
        return result
    }

    /// `of` for each path, the files shared out over all cores; results in the order of `paths`.
    static func all(_ paths: [String]) -> [CellCount] {
        Parallel.map(paths.count) { of(paths[$0]) }
    }
}
