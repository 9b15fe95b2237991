import Foundation
import XCTest

@testable import XLSXReader

/// Rows read on a second thread arrive complete, in order, with the reader's errors and hyperlinks.
final class RowPrefetcherTests: XCTestCase {
    func rowsDirectly(_ path: String) throws -> (rows: [Row], links: [CellRef: String?]) {
        let file = try XLSXFile.open(path)
        let reader = try file.rows(file.sheets[0])
        var rows: [Row] = []
        while let r = try reader.next() { rows.append(r) }
        return (rows, Dictionary(reader.hyperlinks.map { ($0.0, $0.1.url) }, uniquingKeysWith: { a, _ in a }))
    }

    func testSameRowsAsReadingDirectly() throws {
        for name in ["openpyxl_form.xlsx", "hand_links.xlsx", "xlsxwriter_features.xlsx"] {
            let expected = try rowsDirectly(Fixtures.path(name))
            let file = try XLSXFile.open(Fixtures.path(name))
            let reader = try file.rows(file.sheets[0])
            // Tiny batches and depth: the threads hand over many times and the reading thread has to wait.
            let prefetcher = RowPrefetcher(reader, batch: 2, depth: 1)
            var rows: [Row] = []
            while let r = try prefetcher.next() { rows.append(r) }
            XCTAssertNil(try prefetcher.next())
            XCTAssertFalse(rows.isEmpty, name)
            XCTAssertEqual(rows, expected.rows, name)
            XCTAssertEqual(
                Dictionary(reader.hyperlinks.map { ($0.0, $0.1.url) }, uniquingKeysWith: { a, _ in a }), expected.links,
                name)
        }
    }

    func testBatchesShareOutEveryRowOnce() throws {
        let expected = try rowsDirectly(Fixtures.path("openpyxl_form.xlsx"))
        let file = try XLSXFile.open(Fixtures.path("openpyxl_form.xlsx"))
        let prefetcher = RowPrefetcher(try file.rows(file.sheets[0]), batch: 3, depth: 2)
        let lock = NSLock()
        var batches: [[Row]] = []
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            while let b = try? prefetcher.nextBatch() {
                lock.lock(); batches.append(b); lock.unlock()
            }
        }
        XCTAssertEqual(batches.flatMap { $0 }.map(\.index).sorted(), expected.rows.map(\.index))
        XCTAssertTrue(batches.allSatisfy { $0.count <= 3 && !$0.isEmpty })
    }

    func testReaderErrorArrivesInItsTurn() throws {
        // The CRC of the sheet is checked at its end: the rows before it come first, then the error.
        let file = try XLSXFile.open(Fixtures.path("bad_crc.xlsx"))
        let prefetcher = RowPrefetcher(try file.rows(file.sheets[0]), batch: 1, depth: 1)
        var error: XLSXReadError?
        do { while try prefetcher.next() != nil {} } catch let e as XLSXReadError { error = e }
        XCTAssertEqual(error?.kind, .corruptZip)
        XCTAssertTrue(error?.description.contains("xl/worksheets/sheet1.xml") == true, "\(String(describing: error))")
    }

    func testDroppedEarlyStopsTheReadingThread() throws {
        let file = try XLSXFile.open(Fixtures.path("openpyxl_form.xlsx"))
        weak var weakReader: SheetRowReader?
        do {
            let reader = try file.rows(file.sheets[0])
            weakReader = reader
            let prefetcher = RowPrefetcher(reader, batch: 1, depth: 1)
            XCTAssertNotNil(try prefetcher.next())
        }
        // The reading thread, blocked on a full queue, is woken and ends, releasing the reader.
        let deadline = Date().addingTimeInterval(5)
        while weakReader != nil && Date() < deadline { usleep(10_000) }
        XCTAssertNil(weakReader, "the reading thread still holds the reader")
    }
}
