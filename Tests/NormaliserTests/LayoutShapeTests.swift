import Catalogue
import Dataset
import XCTest
import XLSXReader

@testable import Normaliser

/// Layouts recognised once per shape (`FormShapes`): a form that fits a cached shape takes its columns, and a form that
/// departs from it — with the same cells in the same places, so that only the verification can tell — is recognised
/// as it is. Every answer is compared with the recogniser's own on that form alone (`recogniseColumns`).
final class LayoutShapeTests: XCTestCase {
    /// The example form 01 (Examples/generate.py, openpyxl): № | Показатель | Критерий | Значение | Ссылка.
    private func example() throws -> SheetTable {
        let path = Support.path("Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx")
        let file = try XLSXFile.open(path)
        return try SheetSource(path: path, file: file, sheet: file.sheets[0]).table()
    }

    /// The table with the values `change` gives (row, cell → the new value, or nil to keep the cell as it is).
    private func changed(_ t: SheetTable, _ change: (Int, Cell) -> CellValue?) -> SheetTable {
        let rows = t.rows.map { row in
            Row(
                index: row.index, hidden: row.hidden,
                cells: row.cells.map { cell in
                    var c = cell
                    if let value = change(row.index, cell) { c.value = value }
                    return c
                })
        }
        return SheetTable(
            name: t.name, rows: rows, merged: t.merged, hyperlinks: t.hyperlinks, hiddenColumns: t.hiddenColumns)
    }

    private func text(_ c: Cell) -> String {
        if case .text(let s) = c.value { return s }
        return ""
    }

    private func columns(_ table: SheetTable, _ context: NormaliserContext) -> (cached: String, alone: String) {
        let reader = FormLayoutReader(context: context, file: "form.xlsx", table: table)
        let alone = FormLayoutReader(context: context, file: "form.xlsx", table: table).recogniseColumns()
        return (String(describing: reader.findColumns()), String(describing: alone))
    }

    func testFormsOfOneShapeShareTheirColumnsAndADepartureIsRecognisedAsItIs() throws {
        let context = try NormaliserContext.load(templates: Support.root.appendingPathComponent("Templates"))
        let form = try example()
        let header = try XCTUnwrap(form.rows.first { row in row.cells.contains { text($0) == "Значение" } }).index
        // The first form: recognised, and its shape kept.
        let first = columns(form, context)
        XCTAssertEqual(first.cached, first.alone)
        XCTAssertEqual(context.shapes.misses, 1)
        XCTAssertTrue(first.cached.contains("value: 3"), first.cached)

        // Another school of the same template: its name, its values and its links differ; the shape fits.
        let other = changed(form) { row, cell in
            if text(cell) == "МБОУ \"СОШ № 5\"" { return .text("МАОУ «Лицей № 12»") }
            if row > header, case .number(let d) = cell.value, cell.column == 3 { return .number(d + 7) }
            if text(cell).hasPrefix("https://") {
                return .text(text(cell).replacingOccurrences(of: "shkola1", with: "licei12"))
            }
            return text(cell) == "Да" ? .text("Нет") : nil
        }
        XCTAssertNotEqual(other.rows, form.rows)
        let second = columns(other, context)
        XCTAssertEqual(second.cached, second.alone)
        XCTAssertEqual(context.shapes.hits, 1, "a form of the same shape must take the cached columns")

        // Departures with every cell where it was: each must be a miss, and read as it is.
        var misses = context.shapes.misses
        func departs(_ name: String, _ table: SheetTable, from shape: String, differs: Bool = true) {
            let (cached, alone) = columns(table, context)
            XCTAssertEqual(cached, alone, name)
            XCTAssertEqual(context.shapes.misses, misses + 1, "\(name): must not take the cached shape")
            misses = context.shapes.misses
            if differs { XCTAssertNotEqual(alone, shape, "\(name): the change must show in the columns") }
        }
        // The values and the links trade places, headers and all.
        let swapped = SheetTable(
            name: form.name,
            rows: form.rows.map { row in
                let cells = row.cells.map { cell in
                    var c = cell
                    c.column = cell.column == 3 ? 4 : cell.column == 4 ? 3 : cell.column
                    return c
                }
                return Row(index: row.index, hidden: row.hidden, cells: cells.sorted { $0.column < $1.column })
            }, merged: form.merged, hyperlinks: form.hyperlinks, hiddenColumns: form.hiddenColumns)
        departs("value and link swapped", swapped, from: first.alone)
        // Two criteria's titles trade rows (the values stay).
        let titles = form.rows.filter { $0.index > header }.compactMap { row in row.cells.first { $0.column == 2 } }
        let (a, b) = (text(titles[3]), text(titles[8]))
        departs(
            "a row moved", changed(form) { _, c in text(c) == a ? .text(b) : text(c) == b ? .text(a) : nil },
            from: first.alone, differs: false)
        // Another header for the values: «План» is not the fact.
        departs(
            "the value column headed as the plan",
            changed(form) { row, c in row == header && text(c) == "Значение" ? .text("План") : nil }, from: first.alone)
        // A units column's words in place of the links.
        departs(
            "units instead of links", changed(form) { _, c in text(c).hasPrefix("https://") ? .text("чел.") : nil },
            from: first.alone, differs: false)
        // A column of last year's values beside the links.
        let added = SheetTable(
            name: form.name,
            rows: form.rows.map { row in
                let extra: Cell? =
                    row.index == header
                    ? Cell(column: 5, value: .text("Значение за 2023 год"))
                    : row.index > header ? Cell(column: 5, value: .number(Double(row.index % 4))) : nil
                return Row(index: row.index, hidden: row.hidden, cells: row.cells + (extra.map { [$0] } ?? []))
            }, merged: form.merged, hyperlinks: form.hyperlinks, hiddenColumns: form.hiddenColumns)
        departs("a value column added", added, from: first.alone)
        // The same form again fits its shape.
        let again = columns(other, context)
        XCTAssertEqual(again.cached, again.alone)
        XCTAssertEqual(context.shapes.misses, misses)

        // Numbers alone in a column whose header names nothing: the same numbers everywhere fit one shape, numbers
        // that count the rows (1, 2, 3 …) are numbering, not values — only the numbers tell the two apart.
        func numbers(_ value: (Int) -> Double) -> SheetTable {
            changed(form) { row, c in
                if row == header, c.column == 3 { return .text("Сведения") }
                return row > header && c.column == 3 ? .number(value(row)) : nil
            }
        }
        let fives = columns(numbers { _ in 5 }, context)
        XCTAssertEqual(fives.cached, fives.alone)
        misses = context.shapes.misses
        let sevens = columns(numbers { _ in 7 }, context)
        XCTAssertEqual(sevens.cached, sevens.alone)
        XCTAssertEqual(context.shapes.misses, misses, "the same numbers everywhere: the same shape")
        departs("values that number the rows", numbers { Double($0 - header) }, from: fives.alone)
    }
}
