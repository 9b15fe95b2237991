import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// A share typed as a bare number below 1 («0,87», no «%»): its parts decide whether it is a fraction or percent
/// points. The forms are the example form of СОШ № 7 (5 mentees 10–19 of 578 pupils, «0,87»; 1 mentor 15–19 of
/// 113, «0,88») changed by openpyxl, an independent writer.
final class ShareScaleTests: XCTestCase {
    static let form = "Examples/forms/2024/52_МБОУ_СОШ_№7.xlsx"

    /// Writes the example form with `edits` (openpyxl statements on the sheet `ws` and the workbook `wb`) and reads it.
    func read(_ edits: String) throws -> (share1019: ObservedValue?, share1519: ObservedValue?, FileReport) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("share-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("52_МБОУ_СОШ_№7.xlsx")
        let (status, printed) = try Support.run(
            "python3",
            [
                "-c",
                "import openpyxl, sys\nwb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active\n" + edits
                    + "\nwb.save(sys.argv[2])\n", Support.path(Self.form), out.path
            ])
        XCTAssertEqual(status, 0, printed)
        var d = Dataset()
        let reports = InputReader(context: Support.context).read([out.path], into: &d)
        let report = try XCTUnwrap(reports.first)
        func value(_ id: String) -> ObservedValue? {
            d.observations.first { $0.criterion == id && $0.year == 2024 }?.value ?? nil
        }
        return (value("share_mentees_10_19"), value("share_mentors_15_19"), report)
    }

    func number(_ v: ObservedValue?) -> Double? { v?.number }

    /// «0,87» with 5 of 578 is 0,87 %: used so, and the cell is named with the numbers that say it.
    func testABareShareThatItsPartsShowInPercentPointsIsReadSo() throws {
        let (a, b, report) = try read("")
        XCTAssertEqual(try XCTUnwrap(number(a)), 0.0087, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(number(b)), 0.0088, accuracy: 1e-12)
        let said = report.issues.filter { $0.kind == .shareAsPoints }
        XCTAssertEqual(said.map { $0.source?.cell }, ["D40", "D43"], "\(report.issues)")
        XCTAssertTrue(said[0].message.contains("5 из 578"), said[0].message)
        XCTAssertTrue(said[0].message.contains("учтена как 0,87 %"), said[0].message)
        XCTAssertFalse(said[0].needsAttention, "the value is used as its parts say: nothing to fix")
    }

    /// The same share typed with its sign, or as a fraction of many digits, is read as before and nothing is said.
    func testAShareWithItsSignOrManyDigitsIsNotWeighed() throws {
        for typed in ["'0,87 %'", "0.0087", "'0,008651'"] {
            let (a, _, report) = try read("ws['D40'] = \(typed)")
            XCTAssertEqual(try XCTUnwrap(number(a), typed), typed == "'0,008651'" ? 0.008651 : 0.0087, accuracy: 1e-12)
            XCTAssertFalse(report.issues.contains { $0.kind == .shareAsPoints && $0.source?.cell == "D40" }, typed)
        }
    }

    /// Parts that make the bare number a fraction (87 of 100 is 0,87): 87 %, nothing said.
    func testABareShareThatItsPartsShowAsAFractionStaysAFraction() throws {
        let (a, _, report) = try read("ws['D32'] = 100; ws['D33'] = 87")
        XCTAssertEqual(try XCTUnwrap(number(a)), 0.87, accuracy: 1e-12)
        XCTAssertFalse(report.issues.contains { $0.kind == .shareAsPoints && $0.source?.cell == "D40" })
    }

    /// Parts that agree with neither reading, by far (50 of 578 is 8,65 %; «0,87» is 87 % or 0,87 %): nobody can
    /// tell which number is meant, so the share is named and not used; the tool does not make up a third reading.
    func testABareShareThatItsPartsContradictIsNamedAndNotUsed() throws {
        let (a, _, report) = try read("ws['D33'] = 50")
        XCTAssertNil(number(a), "\(String(describing: a))")
        let named = report.issues.filter { $0.kind == .unparsedValue && $0.source?.cell == "D40" }
        XCTAssertEqual(named.count, 1, "\(report.issues)")
        XCTAssertTrue(named.first?.message.contains("50 из 578 — это 8,65 %") ?? false, named.first?.message ?? "")
        XCTAssertFalse(report.issues.contains { $0.kind == .shareAsPoints && $0.source?.cell == "D40" })
    }

    /// A share typed in points that its parts contradict by far («4» where the form gives 5 of 578, 0,87 %: a count
    /// typed into the share's row) is named and not used; one off by a rounding («0,9») stays in use.
    func testAShareInPointsFarFromItsPartsIsNamedAndNotUsed() throws {
        let (far, _, report) = try read("ws['D40'] = 4")
        XCTAssertNil(number(far), "\(String(describing: far))")
        XCTAssertTrue(
            report.issues.contains {
                $0.kind == .unparsedValue && $0.source?.cell == "D40" && $0.message.contains("«4»")
            },
            "\(report.issues)")
        let (near, _, nearReport) = try read("ws['D40'] = '0,9 %'")
        XCTAssertEqual(try XCTUnwrap(number(near)), 0.009, accuracy: 1e-12)
        XCTAssertFalse(nearReport.issues.contains { $0.kind == .unparsedValue && $0.source?.cell == "D40" })
    }

    /// The parts on another sheet of the same workbook (a form split into two sheets, the share of mentees 10–19 on
    /// the second, its parts on the first): weighed all the same.
    func testThePartsMayStandOnAnotherSheet() throws {
        let (a, b, report) = try read(
            """
            second = wb.copy_worksheet(ws); second.title = 'Часть 2'
            ws.delete_rows(40, ws.max_row)
            second.delete_rows(8, 32)
            ws.title = 'Часть 1'
            """)
        XCTAssertEqual(try XCTUnwrap(number(a), "\(report.issues)"), 0.0087, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(number(b)), 0.0088, accuracy: 1e-12)
        XCTAssertTrue(report.issues.contains { $0.kind == .shareAsPoints && $0.source?.sheet == "Часть 2" })
    }
}
