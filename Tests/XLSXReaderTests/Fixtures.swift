import Foundation
import XCTest

@testable import XLSXReader

/// Locates the committed fixtures (made by scripts/make_reader_fixtures.py).
enum Fixtures {
    static let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reader")

    static func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    /// Opens a fixture and reads every sheet whole.
    static func read(_ name: String, limits: ReaderLimits = .default) throws -> (XLSXFile, [SheetTable]) {
        let file = try XLSXFile.open(path(name), limits: limits)
        return (file, try file.sheets.map { try file.readSheet($0) })
    }

    static func text(_ t: SheetTable, _ a1: String) -> String? {
        guard let c = t.cell(CellRef(Substring(a1))!) else { return nil }
        if case .text(let s) = c.value { return s }
        return nil
    }

    static func number(_ t: SheetTable, _ a1: String) -> Double? { t.cell(CellRef(Substring(a1))!)?.value.number }
}
