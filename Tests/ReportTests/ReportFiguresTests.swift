import Catalogue
import Consolidation
import Dataset
import Foundation
import Normaliser
import Report
import XCTest
import XLSXReader

/// The consolidated workbook of the bundled examples against the reference report's figures
/// (Examples/source/*.tsv, extracted from the seed), read back by our reader and by openpyxl.
final class ReportFiguresTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates")

    /// Where the report contradicts itself, the figure its own rule computes (see the README):
    /// Table 38 prints 5 programmes of «иная форма», but its total 1 111 is the sum of Table 8 (27 there);
    /// Table 38 rounds (297 + 442) / 4777 = 15,47 % to «15,50%»; Table 32 prints 14,18 % and 16,36 % where
    /// 682 / 4777 = 14,28 % (as in Tables 33 and 38) and 105 / 638 = 16,46 %.
    static let ruleOverReport: [String: Double] = [
        "38/24": 27, "38/47": 0.1547, "32/5": 0.1428, "32/6": 0.1646
    ]

    static var built: (path: String, consolidation: Consolidation)? = nil

    static func build() throws -> (String, Consolidation) {
        if let b = built { return b }
        let context = try NormaliserContext.load(templates: templates)
        var dataset = Dataset()
        let inputs = [
            "Examples/forms/2024", "Examples/municipal_2024.xlsx", "Examples/history_2022_2023.xlsx",
            "Examples/data_2023.xlsx"
        ]
        let reports = InputReader(context: context).read(
            InputReader.expand(inputs.map { root.appendingPathComponent($0).path }), into: &dataset)
        XCTAssertFalse(reports.contains(where: \.failed))
        let c = Consolidation(catalogue: context.catalogue, dataset: dataset, year: 2024)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("svod-\(UUID().uuidString).xlsx").path
        try ReportBuilder(
            consolidation: c, tables: try TableSpec.load(from: templates, catalogue: context.catalogue),
            reports: reports
        ).write(to: out)
        built = (out, c)
        return (out, c)
    }

    static func tsv(_ name: String) -> [[String: String]] {
        let text = try! String(contentsOf: root.appendingPathComponent("Examples/source/\(name)"), encoding: .utf8)
        var lines = text.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let header = lines.removeFirst()
        return lines.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// A report figure as a number: "1 111" → 1111, "7,28%" → 0.0728; a share printed without % («73,26»,
    /// «7,28») is in percent points.
    static func figure(_ s: String, share: Bool) -> Double? {
        var t = s.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
        let pct = t.hasSuffix("%")
        if pct { t.removeLast() }
        guard let v = Double(t) else { return nil }
        return pct || (share && v > 1) ? v / 100 : v
    }

    func sheet(_ name: String) throws -> SheetTable {
        let (path, _) = try Self.build()
        let file = try XLSXFile.open(path)
        return try file.readSheet(try XCTUnwrap(file.sheet(named: name)))
    }

    func testSheetsInTheReportsOrderWithContentsFirstAndHiddenData() throws {
        let (path, _) = try Self.build()
        let file = try XLSXFile.open(path)
        var expected = ["Содержание"] + (1...38).map { "Таблица \($0)" }
        expected.insert("Таблица 6.1", at: 7)
        // The heat maps' counts and charts follow them on sheets of their own (they print under their own header).
        expected.insert("Таблица 1 — диаграмма", at: 2)
        expected.append("Таблица 38 — диаграмма")
        XCTAssertEqual(
            file.sheets.map(\.name),
            expected + ["Целевые показатели", "Достигшие целей", "Выводы", "Замечания", "Данные"])
        XCTAssertEqual(file.sheet(named: "Данные")?.state, .hidden)
    }

    func testTable38MatchesTheReportRowByRow() throws {
        let t = try sheet("Таблица 38")
        let report = Self.tsv("report_tables.tsv").filter { $0["table"] == "38" }
        XCTAssertEqual(report.count, 63)
        let catalogue = try Catalogue.load(from: Self.templates)
        for r in report {
            let row = 2 + Int(r["row"]!)!  // title, blank, header, then rows
            let id = catalogue.criteria.first { catalogue.heatmapPosition($0.id, year: 2024) == Int(r["row"]!) }!.id
            let unit = catalogue.criterion(id)!.unit
            let share = unit == .share || unit == .level
            XCTAssertEqual(t[row, 1]?.value, .text(r["wording"]!), "row \(r["row"]!) wording")
            let want24 = Self.ruleOverReport["38/\(r["row"]!)"] ?? Self.figure(r["v2024"]!, share: share)!
            let want23 = Self.figure(r["v2023"]!, share: share)!
            XCTAssertEqual(t[row, 3]?.value.number ?? -1, want24, accuracy: 1e-9, "2024, row \(r["row"]!) \(id)")
            XCTAssertEqual(t[row, 2]?.value.number ?? -1, want23, accuracy: 1e-9, "2023, row \(r["row"]!) \(id)")
            XCTAssertEqual(t[row, 4]?.value, .text(r["dynamics"]!), "dynamics, row \(r["row"]!) \(id)")
            XCTAssertEqual(t[row, 5].map { Fixtures.text($0) } ?? "", r["comment"]!, "comment, row \(r["row"]!)")
        }
    }

    func testTables6And61RowByRow() throws {
        let orgs = Self.tsv("organisations.tsv")
        for (sheetName, type) in [("Таблица 6", "school"), ("Таблица 6.1", "dop")] {
            let t = try sheet(sheetName)
            let expected = orgs.filter { $0["type"] == type }
                .sorted { (Int($0["mentors"]!)!, $1["name"]!) > (Int($1["mentors"]!)!, $0["name"]!) }
            XCTAssertEqual(t.rows.filter { $0.index >= 3 && !$0.cells.isEmpty }.count, expected.count)
            for (i, o) in expected.enumerated() {
                XCTAssertEqual(t[3 + i, 1]?.value, .text(o["name"]!), "\(sheetName) row \(i + 1)")
                XCTAssertEqual(t[3 + i, 2]?.value, .number(Double(o["mentors"]!)!), "\(sheetName) \(o["name"]!)")
                XCTAssertEqual(t[3 + i, 3]?.value, .number(Double(o["mentees"]!)!), "\(sheetName) \(o["name"]!)")
            }
        }
    }

    func testSummaryTablesAndTotals() throws {
        for r in Self.tsv("report_summaries.tsv") {
            let t = try sheet("Таблица \(r["table"]!)")
            let key = "\(r["table"]!)/\(r["row"]!)"
            if r["row"] == "total" {
                let total = t.rows.first { $0.cells.contains { Fixtures.text($0) == "Итого" } }
                XCTAssertEqual(
                    total?.cells.first { $0.column == 2 }?.value.number, Self.figure(r["value"]!, share: false), key)
                continue
            }
            let row = 2 + Int(r["row"]!)!
            let isShare = r["label"]!.hasPrefix("Доля")
            let want = Self.ruleOverReport[key] ?? Self.figure(r["value"]!, share: isShare)!
            XCTAssertEqual(t[row, 2]?.value.number ?? -1, want, accuracy: 1e-9, key)
        }
    }

    func testTheIssuesSharesAtTwoDecimals() throws {
        let (_, c) = try Self.build()
        func pct(_ id: String) -> Double { ((c.value(id, 2024)?.number ?? -1) * 10_000).rounded() / 100 }
        XCTAssertEqual(pct("share_mentees_10_19"), 7.28)
        XCTAssertEqual(pct("share_mentors_15_19"), 5.39)
        XCTAssertEqual(pct("share_young_specialists_mentees"), 69.28)
        XCTAssertEqual(pct("share_teachers_mentors"), 14.28)
        XCTAssertEqual(pct("share_young_specialists_mentors"), 16.46)
        XCTAssertEqual(pct("share_teachers_mentees"), 15.47)
        XCTAssertEqual(pct("share_orgs_teachers_system"), 100)
        XCTAssertEqual(c.value("partner_list", 2024)?.number, 16)
        XCTAssertEqual(c.value("orgs_total", 2024)?.number, 93)
        XCTAssertEqual(c.value("teachers_municipal", 2024)?.number, 4777, "4139 + 638, not reported")
        XCTAssertEqual(c.dynamics("external_edu_mentors", to: 2023), .conditionallyPositive, "from the history")
        XCTAssertEqual(c.dynamics("mentors_total", to: 2023), .notMeasured, "2022 holds a note")
    }

    func testOpenpyxlReadsTheSameFigures() throws {
        let (path, _) = try Self.build()
        let script = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb['Таблица 38']
            print(ws.cell(14, 4).value, ws.cell(14, 5).value, ws.cell(14, 5).fill.fgColor.rgb[-6:])
            print('|'.join(repr(ws.cell(r, 4).value) + ' ' + str(ws.cell(r, 5).value) for r in range(4, 67)), file=sys.stderr)
            print(wb['Таблица 8'].cell(4, 3).value, wb['Таблица 15'].max_row, wb['Данные'].sheet_state)
            print(ws.cell(39, 4).number_format)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, path]
        let pipe = Pipe()
        let errPipe = Pipe()
        p.standardOutput = pipe
        p.standardError = errPipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let column = String(decoding: errPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, out + column)
        // Table 38's 2024 column and dynamics as openpyxl reads them equal what our reader reads.
        let t = try sheet("Таблица 38")
        let ours = (3...65).map { r -> String in
            let v: String
            switch t[r, 3]?.value {
            case .number(let d)?: v = d == d.rounded() ? String(Int(d)) : String(d)
            default: v = "None"
            }
            return v + " " + (t[r, 4].map { Fixtures.text($0) } ?? "None")
        }.joined(separator: "|")
        XCTAssertEqual(column.trimmingCharacters(in: .whitespacesAndNewlines), ours)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "1354 Положительная C6EFCE", out)  // Table 38 row 11: mentors
        XCTAssertTrue(lines.count > 2 && lines[1].hasPrefix("1111 ") && lines[1].hasSuffix(" hidden"), out)
        XCTAssertEqual(lines.last, "0.00%", "a share is a number with a percent format")
    }
}

final class LibreOfficeTests: XCTestCase {
    func testConsolidatedWorkbookConvertsToPDF() throws {
        try Tools.require("/usr/bin/soffice", install: "apt-get install -y libreoffice-calc-nogui (make test does)")
        let (path, _) = try ReportFiguresTests.build()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "soffice", "-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--convert-to", "pdf",
            "--outdir", dir.path, path
        ]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let pdf = dir.appendingPathComponent(
            (path as NSString).lastPathComponent.replacingOccurrences(of: ".xlsx", with: ".pdf"))
        let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
        XCTAssertGreaterThan(size, 50_000, "LibreOffice did not convert the consolidated workbook")
    }
}

enum Fixtures {
    static func text(_ c: Cell) -> String { if case .text(let s) = c.value { return s }; return "" }
}

/// Next year's run reads this year's workbook back as history through its hidden «Данные» sheet.
final class DataSheetRoundTripTests: XCTestCase {
    func testConsolidatedWorkbookReadsBackAsHistory() throws {
        let (path, c) = try ReportFiguresTests.build()
        let context = try NormaliserContext.load(templates: ReportFiguresTests.templates)
        var dataset = Dataset()
        let report = InputReader(context: context).read(path, into: &dataset)
        XCTAssertEqual(report.layout, .dataSheet)
        XCTAssertFalse(report.failed, "\(report.issues)")
        for criterion in context.catalogue.criteria(in: 2024) where criterion.aggregation != .none {
            let back = dataset.history.first { $0.criterion == criterion.id && $0.year == 2024 }?.value?.number
            XCTAssertEqual(back, c.value(criterion.id, 2024)?.number, criterion.id)
        }
        XCTAssertEqual(Set(dataset.observations.compactMap(\.organisation)).count, 93)
        XCTAssertEqual(dataset.observations.count, c.dataset.observations.filter { $0.organisation != nil }.count)
        // The 2023 history and its «условно положительная» survive only as values: dynamics are recomputed.
        XCTAssertEqual(
            dataset.history.first { $0.criterion == "mentors_total" && $0.year == 2023 }?.value, .number(1068))
    }
}

/// The «Данные» sheet holds a row per organisation and year, a column per criterion: every value and link
/// of the dataset comes back, and the sheet has as many rows as organisation-years (not one per value).
final class DataSheetLayoutTests: XCTestCase {
    func testEveryValueAndLinkComesBackFromARowPerOrganisationAndYear() throws {
        let (path, c) = try ReportFiguresTests.build()
        let file = try XLSXFile.open(path)
        let sheet = try file.readSheet(try XCTUnwrap(file.sheet(named: "Данные")))
        let orgYears = Set(c.dataset.observations.compactMap { o in o.organisation.map { "\($0)/\(o.year)" } })
        let municipalYears = c.years.filter { y in c.values.values.contains { $0[y] != nil } }
        XCTAssertEqual(
            sheet.rows.count, 2 + orgYears.count + municipalYears.count,
            "two header rows, then one row per organisation-year")
        XCTAssertEqual(Fixtures.text(try XCTUnwrap(sheet[0, 0])), "level")
        XCTAssertEqual(Fixtures.text(try XCTUnwrap(sheet[1, 3])), "Организация")

        let context = try NormaliserContext.load(templates: ReportFiguresTests.templates)
        var back = Dataset()
        let report = InputReader(context: context).read(path, into: &back)
        XCTAssertFalse(report.failed, "\(report.issues)")
        func facts(_ d: Dataset) -> [String] {
            d.observations.filter { $0.organisation != nil && ($0.value != nil || $0.link != nil) }
                .map {
                    "\($0.criterion)|\($0.year)|\($0.organisation!)|\($0.value.map { "\($0)" } ?? "")|\($0.link ?? "")"
                }.sorted()
        }
        XCTAssertEqual(facts(back), facts(c.dataset))
        for (id, byYear) in c.values {
            for (y, v) in byYear {
                let h = back.history.first { $0.criterion == id && $0.year == y }
                if let n = v.number {
                    XCTAssertEqual(h?.value, .number(n), "\(id) \(y)")
                } else if let note = v.note {
                    XCTAssertEqual(h?.raw, note, "\(id) \(y)")
                }
            }
        }
    }
}

/// Per-organisation tables (9–13, 15, 16, 25, 29, 30): the same organisations' values as the report.
final class PerOrganisationTablesTests: XCTestCase {
    func testValuesAndLinksOfThePerOrganisationTables() throws {
        let (path, _) = try ReportFiguresTests.build()
        let file = try XLSXFile.open(path)
        let rows = ReportFiguresTests.tsv("per_org_tables.tsv")
        for table in ["9", "10", "11", "12", "13", "15", "16", "25", "29", "30"] {
            let expected = rows.filter { $0["table"] == table }
            let t = try file.readSheet(try XCTUnwrap(file.sheet(named: "Таблица \(table)")))
            let ours = t.rows.filter { $0.index >= 3 }.compactMap { r -> (String, Double)? in
                guard let name = r.cells.first(where: { $0.column == 1 }), case .text(let n) = name.value, n != "Итого",
                    let v = r.cells.first(where: { $0.column == 2 })?.value.number
                else { return nil }
                return (n, v)
            }
            XCTAssertEqual(ours.count, expected.count, "Таблица \(table): rows")
            XCTAssertEqual(
                ours.map(\.1),
                expected.map { Double($0["value"]!.replacingOccurrences(of: " ", with: ""))! }.sorted(by: >),
                "Таблица \(table): values in descending order")
            XCTAssertEqual(ours.map(\.1), ours.map(\.1).sorted(by: >))
        }
        // Table 9's first row: the school with 81 programmes and the link the report shows for it.
        let t9 = try file.readSheet(try XCTUnwrap(file.sheet(named: "Таблица 9")))
        XCTAssertEqual(t9[3, 2]?.value, .number(81))
        XCTAssertEqual(
            t9.hyperlinks[CellRef(row: 3, column: 3)]?.url,
            "https://shkola69izhevsk-r18.gosweb.gosuslugi.ru/netcat_files/30/69/Personalizirovannye_programmy_nastavnichestva_obuchayuschihnya.pdf"
        )
    }
}
