import Foundation
import XCTest

@testable import XLSXReader

/// The reader on libxml2's SAX2 push parser (issue 19): its hardening, the parser contexts it reuses, and the
/// second thread that inflates large parts ahead of the parser — which must read exactly what the plain path reads.
final class SAXReaderTests: XCTestCase {
    private func failure(_ name: String, limits: ReaderLimits = .default) -> XLSXReadError? {
        do {
            _ = try Fixtures.read(name, limits: limits)
            XCTFail("\(name) was read without error")
        } catch let e as XLSXReadError {
            XCTAssertTrue(e.description.contains(name), "\(e)")
            return e
        } catch {
            XCTFail("unexpected error \(error)")
        }
        return nil
    }

    func testNestingPastTheDepthLimitIsRefused() throws {
        let e = try XCTUnwrap(failure("bad_deep.xlsx"))
        XCTAssertEqual(e.kind, .limitExceeded)
        XCTAssertTrue(e.description.contains("вложенность XML глубже 64"), "\(e)")
        XCTAssertTrue(e.description.contains("xl/worksheets/sheet1.xml"), "\(e)")
        // The same file within a deeper limit is read: the limit, not the nesting as such, refused it.
        var limits = ReaderLimits()
        limits.maxXMLDepth = 200
        let (_, tables) = try Fixtures.read("bad_deep.xlsx", limits: limits)
        XCTAssertEqual(Fixtures.number(tables[0], "A1"), 1)
    }

    func testAnUndeclaredEntityIsMalformedXMLWithLineAndColumn() throws {
        let e = try XCTUnwrap(failure("bad_entity_ref.xlsx"))
        XCTAssertEqual(e.kind, .malformedXML)
        XCTAssertTrue(e.description.contains("nbsp"), "\(e)")
        XCTAssertTrue(e.description.contains("строка 1, столбец"), "\(e)")
    }

    /// The shared strings and the styles are read when the first cell needs them, inside the sheet's parse: a
    /// DOCTYPE there is refused as in any other part, and the message names that part.
    func testADoctypeInThePartsReadOnDemandIsRefused() throws {
        for (name, part) in [
            ("bad_doctype_shared.xlsx", "xl/sharedStrings.xml"), ("bad_doctype_styles.xlsx", "xl/styles.xml")
        ] {
            let e = try XCTUnwrap(failure(name))
            XCTAssertEqual(e.kind, .forbiddenXML, name)
            XCTAssertTrue(e.description.contains(part), "\(e)")
        }
    }

    func testATextPastTenMillionBytesIsRefused() throws {
        let e = try XCTUnwrap(failure("bad_long_text.xlsx"))
        XCTAssertEqual(e.kind, .limitExceeded)
        XCTAssertTrue(e.description.contains("ячейка A1") && e.description.contains("10 МБ"), "\(e)")
    }

    /// Every fixture read with every part inflated on a second thread gives the same sheets, cells, merges, links
    /// and errors as the plain path.
    func testInflatingAheadReadsExactlyWhatThePlainPathReads() throws {
        var ahead = ReaderLimits()
        ahead.inflateAheadBytes = 0
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.dir.path)
            .filter { $0.hasSuffix(".xlsx") && $0 != "bad_bomb.xlsx" }.sorted()
        XCTAssertGreaterThan(names.count, 30)
        var compared = 0
        for name in names {
            let plain = Result { try Fixtures.read(name) }
            let threaded = Result { try Fixtures.read(name, limits: ahead) }
            switch (plain, threaded) {
            case (.success(let a), .success(let b)):
                XCTAssertEqual(a.1.map(\.rows), b.1.map(\.rows), name)
                XCTAssertEqual(a.1.map(\.merged), b.1.map(\.merged), name)
                XCTAssertEqual(a.1.map(\.hyperlinks), b.1.map(\.hyperlinks), name)
                compared += 1
            case (.failure(let a), .failure(let b)):
                XCTAssertEqual("\(a)", "\(b)", name)
            default:
                XCTFail("\(name): \(plain) against \(threaded)")
            }
        }
        XCTAssertGreaterThanOrEqual(compared, 15)
    }

    func testACRCMismatchFoundWhileInflatingAheadIsReported() throws {
        var ahead = ReaderLimits()
        ahead.inflateAheadBytes = 0
        let e = try XCTUnwrap(failure("bad_crc.xlsx", limits: ahead))
        XCTAssertEqual(e.kind, .corruptZip)
        XCTAssertTrue(e.description.contains("CRC"), "\(e)")
    }

    /// A sheet dropped half read (its inflating thread stopped, its context back in the pool) and a parse that
    /// failed half way leave nothing behind: the next file read on the same thread, with the contexts they used,
    /// is read right.
    func testContextsReusedAfterAFailureOrAnAbandonedSheetReadRight() throws {
        let expected = try Fixtures.read("hand_no_refs.xlsx").1.map(\.rows)
        var ahead = ReaderLimits()
        ahead.inflateAheadBytes = 0
        for limits in [ReaderLimits.default, ahead] {
            for _ in 0..<3 {
                XCTAssertNotNil(failure("bad_xml.xlsx", limits: limits))
                let file = try XLSXFile.open(Fixtures.path("openpyxl_form.xlsx"), limits: limits)
                let reader = try file.rows(file.sheets[0])
                XCTAssertNotNil(try reader.next())
                XCTAssertEqual(try Fixtures.read("hand_no_refs.xlsx", limits: limits).1.map(\.rows), expected)
            }
        }
    }

    /// Many files read at once on all cores, each thread with its own context: the same cells as one by one.
    func testReadingInParallelGivesTheSameCellsAsOneByOne() throws {
        let names = [
            "hand_no_refs.xlsx", "hand_styles.xlsx", "hand_links.xlsx", "openpyxl_form.xlsx",
            "xlsxwriter_features.xlsx",
            "real_escapes.xlsx", "real_pretty_strings.xlsx", "hand_strict.xlsx"
        ]
        let serial = try names.map { try Fixtures.read($0).1.map(\.rows) }
        let lock = NSLock()
        var parallel = [[[Row]]?](repeating: nil, count: names.count * 8)
        DispatchQueue.concurrentPerform(iterations: parallel.count) { i in
            let rows = try? Fixtures.read(names[i % names.count]).1.map(\.rows)
            lock.lock()
            parallel[i] = rows
            lock.unlock()
        }
        for (i, rows) in parallel.enumerated() { XCTAssertEqual(rows, serial[i % names.count], names[i % names.count]) }
    }

    /// Found by the fuzzer (fuzz/crashes/crash-c3cec321…): a hyperlink whose `ref` is empty crashed the range parser.
    func testAnEmptyOrColonOnlyRangeIsNoRange() {
        XCTAssertNil(MergedRange(""))
        XCTAssertNil(MergedRange(":"))
        XCTAssertEqual(MergedRange("B2:A1")?.description, "A1:B2")
    }
}
