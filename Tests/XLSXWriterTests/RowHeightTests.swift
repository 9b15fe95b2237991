import Foundation
import TestTools
import XCTest

@testable import XLSXWriter

/// Rows are as tall as what they hold (`RowHeights`), read back by openpyxl: libxlsxwriter cannot measure text and
/// neither Excel nor LibreOffice grows a row on opening.
final class RowHeightTests: XCTestCase {
    /// The row heights (points; nil: the default) and column widths of a sheet, as openpyxl reads them.
    func dimensions(_ path: String, sheet: String, rows: Int, columns: String) throws -> (
        heights: [Double?], hidden: [Bool], widths: [Double?]
    ) {
        let script = """
            import json, sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
            rows = range(1, int(sys.argv[3]) + 1)
            print(json.dumps({"h": [ws.row_dimensions[r].height for r in rows], "hidden": [bool(ws.row_dimensions[r].hidden) for r in rows],
                              "w": [ws.column_dimensions[c].width if c in ws.column_dimensions else None for c in sys.argv[4]]}))
            """
        let (status, out) = try TestSupport.run("python3", ["-c", script, path, sheet, String(rows), columns])
        XCTAssertEqual(status, 0, out)
        let line = try XCTUnwrap(out.split(separator: "\n").last.map(String.init))
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: [Any]])
        return (
            (json["h"] ?? []).map { $0 as? Double }, (json["hidden"] ?? []).map { $0 as? Bool ?? false },
            (json["w"] ?? []).map { $0 as? Double }
        )
    }

    func testRowsAreAsTallAsTheirWrappedTexts() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("heights.xlsx").path
        let wrap = CellStyle(wrap: true, vertical: .top)
        let sentence = "Количество обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества"
        for streaming in [false, true] {
            let wb = try Workbook(path: path)
            let ws = try wb.addWorksheet("Лист", streaming: streaming)
            try ws.setColumns(0...0, width: 26)
            try ws.setColumns(1...2, width: 20)
            try ws.write(.text("коротко"), row: 0, column: 0, style: wrap)
            try ws.write(.text(sentence), row: 1, column: 0, style: wrap)
            try ws.write(.text(sentence + " " + sentence), row: 2, column: 0, style: wrap)
            try ws.merge(CellRange(rows: 3...3, columns: 0...2), value: .text(sentence + " " + sentence), style: wrap)
            try ws.write(.number(12345), row: 4, column: 0)
            try ws.write(.text("коротко"), row: 5, column: 0, style: wrap)
            try ws.setRow(5, height: 40)
            try ws.write(.text(sentence), row: 6, column: 0, style: wrap)
            try ws.setRow(6, hidden: true)
            try ws.write(.text("Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx"), row: 7, column: 1, style: wrap)
            try wb.save()

            let (h, hidden, w) = try dimensions(path, sheet: "Лист", rows: 8, columns: "AB")
            let mode = streaming ? "streaming" : "in memory"
            XCTAssertNil(h[0], "\(mode): one short line keeps the default height")
            XCTAssertNil(h[4], "\(mode): a number keeps the default height")
            let one = try XCTUnwrap(h[1], mode), two = try XCTUnwrap(h[2], mode), merged = try XCTUnwrap(h[3], mode)
            XCTAssertGreaterThan(one, 15 * 2, "\(mode): a sentence in 26 characters takes several lines")
            XCTAssertGreaterThan(two, one * 1.6, "\(mode): twice the text, about twice the lines")
            XCTAssertLessThan(merged, two / 2, "\(mode): merged over three columns, a third of the lines")
            XCTAssertEqual(h[5], 40, "\(mode): the height asked for, the text needing less")
            XCTAssertTrue(hidden[6], "\(mode): a hidden row stays hidden")
            XCTAssertGreaterThan(try XCTUnwrap(h[6], mode), 15, "\(mode): … and as tall as its text")
            XCTAssertEqual(
                w[0], 26 + 0.7109375, "\(mode): column A as set, its words narrower (libxlsxwriter adds its padding)")
            XCTAssertGreaterThan(
                try XCTUnwrap(w[1], mode), 30,
                "\(mode): column B widened for the file name, a word wider than 20 characters")
        }
    }

    func testLinesWrapAtSpacesAndBreakLongWords() {
        let m = TextMetrics(widths: ["a": (500, 550), " ": (300, 330), "0": (500, 550)])
        // 10 «a» are 10 digits wide at the default size (times the safety margin).
        let ten = String(repeating: "a", count: 10)
        XCTAssertEqual(m.lines(ten, available: 11, size: 11, bold: false), 1)
        XCTAssertEqual(m.lines(ten + " " + ten, available: 11, size: 11, bold: false), 2)
        XCTAssertEqual(m.lines(ten + "\n\n" + ten, available: 50, size: 11, bold: false), 3, "an empty line counts")
        XCTAssertGreaterThanOrEqual(
            m.lines(String(repeating: "a", count: 40), available: 11, size: 11, bold: false), 4,
            "a word four lines wide is broken over four lines at least")
        XCTAssertGreaterThan(m.width(ten, size: 11, bold: true), m.width(ten, size: 11, bold: false))
        XCTAssertEqual(m.width(ten, size: 22, bold: false), 2 * m.width(ten, size: 11, bold: false), accuracy: 1e-9)
    }

    /// The one-pass measure (scalars, no splitting) gives the lines the reference gives (the text split into its
    /// lines and words as characters), on texts of every kind the report writes and on the ones it must leave to
    /// the reference: CR LF, combining marks after a space, joiners, other scripts.
    func testOnePassLinesAreTheCharacterSplitLines() throws {
        let m = try Self.printWidths()
        let words = [
            "Количество", "обучающихся", "в", "возрасте", "от", "10", "до", "19", "лет,", "«Школа", "№", "5»",
            "информационно-аналитической", "https://school5.edu.ru/docs/mentoring/prikaz_2024.pdf", "—", "", "A",
            "наставничества", "Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx", "x"
        ]
        let separators = [" ", " ", " ", "  ", "\n", "\n\n", " \n"]
        var generator = SystemRandomNumberGenerator()
        var checked = 0, fast = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...14, using: &generator) {
                text += words.randomElement(using: &generator)! + separators.randomElement(using: &generator)!
            }
            if Bool.random(using: &generator) { text = String(text.dropLast()) }
            for available in [1.0, 5, 9.25, 20, 29.25, 49.25, 120] {
                for (size, bold) in [(11.0, false), (11, true), (14, true), (9, false)] {
                    let reference = m.linesByCharacters(text, available: available, size: size, bold: bold)
                    let onePass = try XCTUnwrap(
                        m.linesInOnePass(text, available: available, size: size, bold: bold), text)
                    XCTAssertEqual(onePass, reference, "«\(text)» in \(available) digits, \(size) pt")
                    XCTAssertEqual(m.lines(text, available: available, size: size, bold: bold), reference)
                    checked += 1
                    fast += 1
                }
            }
        }
        XCTAssertEqual(checked, fast)
        // Texts whose spaces or line breaks are not characters of their own: left to the reference, which counts
        // them as characters do.
        for text in ["строка\r\nстрока", "а \u{301}б в", "a\u{200D} b", "日本 語 テキスト", "\u{0483} слово"] {
            XCTAssertNil(m.linesInOnePass(text, available: 3, size: 11, bold: false), text)
            XCTAssertEqual(
                m.lines(text, available: 3, size: 11, bold: false),
                m.linesByCharacters(text, available: 3, size: 11, bold: false))
        }
        XCTAssertEqual(
            m.lines("строка\r\nстрока", available: 100, size: 11, bold: false), 1,
            "CR LF is one character, not a line break")
        XCTAssertEqual(
            RowHeights.lineCount("а\r\nб\nв\n"),
            "а\r\nб\nв\n".split(separator: "\n", omittingEmptySubsequences: false).count)
        XCTAssertEqual(RowHeights.lineCount("а\nб\nв"), 3)
    }

    /// The report's widths (Templates/glyph_widths.tsv: `char`, `regular`, `bold`; `space` and `hash` named).
    static func printWidths() throws -> TextMetrics {
        let text = try String(
            contentsOf: Tools.root.appendingPathComponent("Templates/glyph_widths.tsv"), encoding: .utf8)
        var widths: [Unicode.Scalar: (regular: Double, bold: Double)] = [:]
        for line in text.split(separator: "\n").dropFirst() where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3, let r = Double(f[1]), let b = Double(f[2]) else { continue }
            let ch = ["space": " ", "hash": "#"][f[0]] ?? f[0]
            if let s = ch.unicodeScalars.first, ch.unicodeScalars.count == 1 { widths[s] = (r, b) }
        }
        XCTAssertGreaterThan(widths.count, 100)
        return TextMetrics(widths: widths)
    }
}
