import Foundation
import XCTest

@testable import XLSXReader

/// Parts that start with a byte-order mark or are written in UTF-16 (issue 24), read on each of the reader's three
/// paths: a small file unzipped from memory, a file read by libzip from disk, and a part inflated ahead on a
/// second thread. Whitespace-only values and the escapes of noncharacters (scripts/make_reader_fixtures.py).
final class EncodingTests: XCTestCase {
    /// The three ways a part reaches the parser.
    static var paths: [(String, ReaderLimits)] {
        var fromDisk = ReaderLimits()
        fromDisk.inMemoryBytes = 0
        var ahead = ReaderLimits()
        ahead.inflateAheadBytes = 0
        var both = fromDisk
        both.inflateAheadBytes = 0
        return [("memory", .default), ("disk", fromDisk), ("inflate ahead", ahead), ("disk, inflate ahead", both)]
    }

    /// The cells every encoded fixture holds: a shared string, a percent (styles), an inline string, a number,
    /// a merged range and a hyperlink through the sheet's relationships — so that every part was read.
    private func assertTheSameWorkbook(_ name: String, _ limits: ReaderLimits, _ path: String) throws {
        let (file, tables) = try Fixtures.read(name, limits: limits)
        XCTAssertEqual(file.sheets.map(\.name), ["Лист1"], "\(name) (\(path))")
        let t = try XCTUnwrap(tables.first)
        XCTAssertEqual(Fixtures.text(t, "A1"), "Количество наставников", "\(name) (\(path)): shared strings")
        XCTAssertEqual(Fixtures.number(t, "B1"), 0.0539, "\(name) (\(path))")
        XCTAssertEqual(t[0, 1]?.isPercent, true, "\(name) (\(path)): styles")
        XCTAssertEqual(Fixtures.text(t, "C1"), "встроенная", "\(name) (\(path)): inline string")
        XCTAssertEqual(Fixtures.number(t, "B2"), 1111, "\(name) (\(path))")
        XCTAssertEqual(t.merged.count, 1, "\(name) (\(path))")
        XCTAssertEqual(
            t.hyperlinks.values.first?.url, "https://example.org/doc.pdf", "\(name) (\(path)): sheet relationships")
    }

    func testEveryPartStartingWithAUTF8ByteOrderMarkIsReadOnEveryPath() throws {
        for (path, limits) in Self.paths { try assertTheSameWorkbook("real_bom_utf8.xlsx", limits, path) }
    }

    /// UTF-16 is allowed by XML and read by Excel and openpyxl (python-calamine refuses it): we read it.
    func testPartsInUTF16AreReadOnEveryPath() throws {
        for name in ["real_utf16le_bom.xlsx", "real_utf16be_bom.xlsx", "real_utf16le_nobom.xlsx"] {
            for (path, limits) in Self.paths { try assertTheSameWorkbook(name, limits, path) }
        }
    }

    /// UCS-4, which no spreadsheet program writes, is refused with a message that names the encoding and the part.
    func testAPartInUCS4IsRefusedByName() throws {
        for (path, limits) in Self.paths {
            let file = try XLSXFile.open(Fixtures.path("bad_ucs4.xlsx"), limits: limits)
            XCTAssertThrowsError(try file.readSheet(file.sheets[0]), path) { e in
                let text = "\(e)"
                XCTAssertTrue(
                    text.contains("UCS-4") && text.contains("xl/worksheets/sheet1.xml")
                        && text.contains("bad_ucs4.xlsx"), text)
            }
        }
    }

    func testWhitespaceTheFileSaysToKeepIsKept() throws {
        let (_, tables) = try Fixtures.read("real_space_values.xlsx")
        let t = tables[0]
        XCTAssertEqual(Fixtures.text(t, "A1"), " ", "a formula returning one space, <v xml:space=\"preserve\">")
        XCTAssertEqual(Fixtures.text(t, "B1"), "  ")
        XCTAssertEqual(Fixtures.text(t, "C1"), " ", "inline string")
        XCTAssertEqual(Fixtures.text(t, "D1"), " ", "shared string")
    }

    /// `_xFFFE_` and `_xFFFF_` name noncharacters: kept as written, as openpyxl and python-calamine keep them;
    /// other escapes are decoded.
    func testEscapesOfNoncharactersStayAsWritten() throws {
        let (_, tables) = try Fixtures.read("real_space_values.xlsx")
        XCTAssertEqual(Fixtures.text(tables[0], "A2"), "до_xFFFE_после")
        XCTAssertEqual(Fixtures.text(tables[0], "B2"), "_xFFFF_ и A")
        XCTAssertEqual(StringEscapes.decode("_xD800_"), "_xD800_", "a lone surrogate is no character")
    }

    /// Every fixture read from disk through libzip gives what the in-memory path gives.
    func testReadingFromDiskReadsExactlyWhatMemoryReads() throws {
        var fromDisk = ReaderLimits()
        fromDisk.inMemoryBytes = 0
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.dir.path)
            .filter { $0.hasSuffix(".xlsx") && $0 != "bad_bomb.xlsx" }.sorted()
        var compared = 0
        for name in names {
            switch (Result { try Fixtures.read(name) }, Result { try Fixtures.read(name, limits: fromDisk) }) {
            case (.success(let a), .success(let b)):
                XCTAssertEqual(a.1.map(\.rows), b.1.map(\.rows), name)
                XCTAssertEqual(a.1.map(\.hyperlinks), b.1.map(\.hyperlinks), name)
                compared += 1
            case (.failure(let a), .failure(let b)):
                XCTAssertEqual("\(a)", "\(b)", name)
            case (let a, let b):
                XCTFail("\(name): \(a) against \(b)")
            }
        }
        XCTAssertGreaterThanOrEqual(compared, 20)
    }
}

/// «&» in attribute values (written `&amp;` or `&#38;`), which libxml2's SAX2 interface hands on as `&#38;`.
final class AttributeTextTests: XCTestCase {
    func testAnAmpersandInASheetNameAndALinkTargetIsOneAmpersand() throws {
        let (file, tables) = try Fixtures.read("real_ampersands.xlsx")
        XCTAssertEqual(file.sheets.map(\.name), ["P&L & &#38;"], "a literal «&#38;» written as «&amp;#38;» stays")
        let link = try XCTUnwrap(tables[0].hyperlinks.values.first)
        XCTAssertEqual(link.url, "https://example.org/q?a=1&b=2")
        XCTAssertEqual(link.display, "a & b")
    }
}
