import Foundation
import XCTest

@testable import XLSXWriter

final class WorkbookTests: XCTestCase {
    func testSameInputGivesByteIdenticalFiles() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.xlsx").path, b = dir.appendingPathComponent("b.xlsx").path
        try FeatureWorkbook.write(to: a)
        sleep(2)  // a different wall-clock second must not change the bytes
        try FeatureWorkbook.write(to: b)
        let da = try Data(contentsOf: URL(fileURLWithPath: a)), db = try Data(contentsOf: URL(fileURLWithPath: b))
        XCTAssertGreaterThan(da.count, 5000)
        XCTAssertEqual(da, db, "two runs of the same input differ")
    }

    func testCreationTimeIsWrittenIntoCoreProperties() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.xlsx").path, b = dir.appendingPathComponent("b.xlsx").path
        try FeatureWorkbook.write(to: a, creationTime: Date(timeIntervalSince1970: 1_700_000_000))
        try FeatureWorkbook.write(to: b, creationTime: Date(timeIntervalSince1970: 1_600_000_000))
        let (_, core) = try TestSupport.run("unzip", ["-p", a, "docProps/core.xml"])
        XCTAssertTrue(core.contains("2023-11-14T22:13:20Z"), core)
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: a)), try Data(contentsOf: URL(fileURLWithPath: b)))
    }

    func testFailedSaveKeepsTheEarlierFileAndLeavesNoTemporaryFile() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("report.xlsx").path
        try FeatureWorkbook.write(to: target)
        let good = try Data(contentsOf: URL(fileURLWithPath: target))

        // Occupy the temporary path with a directory: libxlsxwriter then fails when it creates the file.
        let wb = try Workbook(path: target)
        try wb.addWorksheet("Лист").write("данные", row: 0, column: 0)
        try FileManager.default.createDirectory(atPath: wb.temporaryPath, withIntermediateDirectories: false)
        XCTAssertThrowsError(try wb.save()) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.contains(target), message)
            XCTAssertTrue(message.contains("не удалось создать файл XLSX"), message)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: target)), good)
        try FileManager.default.removeItem(atPath: wb.temporaryPath)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["report.xlsx"])
    }

    func testAbandonedWorkbookWritesNothing() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("never.xlsx").path
        do {
            let wb = try Workbook(path: target)
            try wb.addWorksheet("Лист").write(1, row: 0, column: 0)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
    }

    func testSaveCreatesMissingDirectories() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("a/b/out.xlsx").path
        let wb = try Workbook(path: target)
        try wb.addWorksheet("Лист").write("x", row: 0, column: 0)
        try wb.save()
        XCTAssertTrue(FileManager.default.fileExists(atPath: target))
        XCTAssertThrowsError(try wb.addWorksheet("ещё")) { XCTAssertTrue("\($0)".contains("уже сохранена")) }
    }

    func testErrorsAreRussianAndNameTheCell() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let wb = try Workbook(path: dir.appendingPathComponent("e.xlsx").path)
        let ws = try wb.addWorksheet("Таблица 1")
        XCTAssertThrowsError(try ws.write(1, row: SheetLimits.rows, column: 0)) {
            XCTAssertTrue("\($0)".contains("вне пределов листа"), "\($0)")
            XCTAssertTrue("\($0)".contains("«Таблица 1»"), "\($0)")
        }
        XCTAssertThrowsError(try ws.write(.text(String(repeating: "я", count: 32_768)), row: 0, column: 0)) {
            XCTAssertTrue("\($0)".contains("32 767"), "\($0)")
            XCTAssertTrue("\($0)".contains("A1"), "\($0)")
        }
        XCTAssertThrowsError(try ws.write(.number(.nan), row: 1, column: 1)) {
            XCTAssertTrue("\($0)".contains("B2"), "\($0)")
        }
        try ws.merge(CellRange("A1:B2")!, value: "x")
        XCTAssertThrowsError(
            try ws.addValidation(
                DataValidation(.list(Array(repeating: "значение", count: 40))),
                range: CellRange("C1")!)
        ) {
            XCTAssertTrue("\($0)".contains("255"), "\($0)")
        }
    }

    func testEveryLibraryErrorCodeHasARussianMessage() {
        for code in 1..<Int(LXW_MAX_ERRNO_VALUE) {
            let message = XLSXWriteError.russianMessage(lxwError(code))
            XCTAssertFalse(message.hasPrefix("ошибка libxlsxwriter №"), "code \(code) has no message")
            XCTAssertNotNil(message.range(of: "[а-я]", options: .regularExpression), "code \(code): \(message)")
        }
    }
}
