import Catalogue
import Dataset
import Foundation
import Normaliser
import Report
import TestTools
import XCTest
import XLSXReader

/// The bases of mentors and mentees in the workbook and on the command line: the blank bases of `template --bases`,
/// Table 38 (values unchanged, the comment naming the disagreements), and — the point of it all — not one name, year of
/// birth or answer of a base in anything `consolidate`, `check`, `export` or `inspect` writes.
final class BasesReportTests: XCTestCase {
    static let root = ReportFiguresTests.root
    static let binary = root.appendingPathComponent(".build/debug/mentoring").path
    static let context = try! NormaliserContext.load(templates: ReportFiguresTests.templates)
    /// The forms of the organisations with example bases, and of «МБОУ "СОШ № 16"» (Tests/Interop/plant_bases.py).
    static let forms = [
        "46_МБОУ_СОШ_№_16", "55_МБОУ_ИТ-_лицей_№24", "22_МБОУ_СОШ_№19", "82_МБОУ_ДО_ЦТР_Октябрьский",
        "58_МБОУ_СОШ_№_50",
        "76_МБВСОУ_ВСОШ_№_3", "70_МБОУ_СОШ_№_48", "61_МБОУ_СОШ_№_68", "85_МБОУ_ДО_ИТЦ_Форсайт",
        "91_МБОУ_ДО_ДООПЦ_Грация"
    ]

    var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("bases-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    /// Runs a program in `tmp` with the repository's Templates; its status and its output and errors together.
    func run(_ executable: String, _ args: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
        p.arguments = executable.hasPrefix("/") ? args : [executable] + args
        p.currentDirectoryURL = tmp
        p.environment = ProcessInfo.processInfo.environment.merging([
            "MENTORING_TEMPLATES": ReportFiguresTests.templates.path
        ]) { _, b in b }
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, out)
    }

    func requireBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw MissingTool("build the product first (swift build)")
        }
    }

    /// tmp/forms: the forms; tmp/bases: the example bases and the planted ones. Returns what was planted.
    func inputs() throws -> (strings: [String], years: [Int]) {
        let fm = FileManager.default
        for d in ["forms", "bases", "out"] {
            try fm.createDirectory(at: tmp.appendingPathComponent(d), withIntermediateDirectories: true)
        }
        for f in Self.forms {
            try fm.copyItem(
                at: Self.root.appendingPathComponent("Examples/forms/2024/\(f).xlsx"),
                to: tmp.appendingPathComponent("forms/\(f).xlsx"))
        }
        let examples = try fm.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Examples/bases/2024").path)
            .filter { $0.hasSuffix(".xlsx") }.sorted()
        XCTAssertEqual(examples.count, 10)
        for f in examples {
            try fm.copyItem(
                at: Self.root.appendingPathComponent("Examples/bases/2024/\(f)"),
                to: tmp.appendingPathComponent("bases/\(f)"))
        }
        let (status, out) = try run(
            "python3",
            [Self.root.appendingPathComponent("Tests/Interop/plant_bases.py").path, "bases", "--examples"]
                + examples.map { "bases/\($0)" })
        XCTAssertEqual(status, 0, out)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any], out)
        XCTAssertGreaterThan(json["names"] as? Int ?? 0, 200, "every ФИО of the example bases is looked for too")
        return (json["strings"] as! [String], json["years"] as! [Int])
    }

    /// The personal data found in `text` (`Tools.leaks`).
    static func leaks(in text: String, strings: [String], years: [Int]) -> [String] {
        Tools.leaks(in: text, strings: strings, years: years)
    }

    /// Every file under `folder` as text, archives unzipped part by part (Tests/Interop/unzipped_text.py).
    func unzippedText(_ folder: URL) throws -> String {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!.compactMap {
            $0 as? URL
        }
        .filter { !$0.hasDirectoryPath }.map(\.path)
        XCTAssertFalse(files.isEmpty)
        let (status, out) = try run(
            "python3", [Self.root.appendingPathComponent("Tests/Interop/unzipped_text.py").path] + files)
        XCTAssertEqual(status, 0)
        return out
    }

    func testNothingOfABaseLeavesThroughTheCommandLine() throws {
        try requireBinary()
        let (strings, years) = try inputs()
        var logs: [String] = []
        for args in [
            ["consolidate", "forms", "bases", "-o", "out/svod.xlsx", "--cards", "out/cards"],
            ["check", "--json", "forms", "bases"],
            ["check", "--verbose", "forms", "bases", "--mapping-out", "out/mapping.xlsx"],
            ["export", "forms", "bases", "-o", "out/data.xlsx"],
            [
                "inspect", "--cells", "500", "bases/planted_bases.xlsx", "bases/unattributed.xlsx",
                "bases/03_МБОУ_ДО_ЦТР_Октябрьский_базы.xlsx"
            ]
        ] {
            let (status, out) = try run(Self.binary, args)
            // consolidate: a workbook written (with findings: the planted bases disagree); the others: 0 or 1.
            XCTAssertTrue(
                args[0] == "consolidate" ? ConsolidateExitCode(rawValue: status)?.wroteWorkbook == true : status <= 1,
                "\(args): \(out)")
            logs.append(out)
            try Data(out.utf8).write(to: tmp.appendingPathComponent("out/log-\(logs.count).txt"))
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: tmp.appendingPathComponent("out").path)
            .sorted()
        XCTAssertEqual(
            written,
            [
                "cards", "data.xlsx", "log-1.txt", "log-2.txt", "log-3.txt", "log-4.txt", "log-5.txt", "mapping.xlsx",
                "svod.xlsx"
            ])
        // The cards (letters back to each organisation) carry the findings too, so they are scanned with the rest.
        XCTAssertGreaterThan(
            try FileManager.default.contentsOfDirectory(atPath: tmp.appendingPathComponent("out/cards").path).count, 0)
        let text = try unzippedText(tmp.appendingPathComponent("out"))

        // The bases were read, counted and reported on — so that finding nothing below means something.
        XCTAssertTrue(
            text.contains(
                "«Количество наставников ОО (по приказу)»: по базе наставников (planted_bases.xlsx, лист «Наставники», строк за год — 3) разных наставников — 3, в форме — 6"
            ))
        XCTAssertTrue(
            text.contains("лист «Кураторы» похож на базу наставников или наставляемых"), "the table of ФИО not read")
        XCTAssertTrue(text.contains("база наставников на листе «База» не отнесена ни к одной организации"))
        XCTAssertTrue(
            logs[4].contains(
                "лист «Наставники»: таблица с ФИО (база наставников или наставляемых) — персональные данные, ячейки не показываются"
            ))
        XCTAssertTrue(logs[4].contains("лист «Наставники»: строк 7"), logs[4])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(logs[1].utf8)) as? [String: Any])
        let planted = try XCTUnwrap(
            (json["files"] as? [[String: Any]])?.first { ($0["file"] as? String) == "bases/planted_bases.xlsx" })
        XCTAssertEqual((planted["bases"] as? [[String: Any]])?.map { $0["rows"] as? Int }, [3, 2])
        XCTAssertEqual(planted["personalData"] as? Bool, true)

        // Not a name, year of birth or answer of any base, in any byte written.
        XCTAssertEqual(Self.leaks(in: text, strings: strings, years: years), [])
        // The scan itself finds what is there: the bases as given hold all of it.
        let source = try unzippedText(tmp.appendingPathComponent("bases"))
        XCTAssertEqual(Set(Self.leaks(in: source, strings: strings, years: years)).count, strings.count + years.count)
    }

    func testTable38KeepsItsValuesAndItsCommentNamesTheDisagreements() throws {
        try requireBinary()
        _ = try inputs()
        let (s1, o1) = try run(Self.binary, ["consolidate", "forms", "-o", "out/without.xlsx"])
        XCTAssertTrue(ConsolidateExitCode(rawValue: s1)?.wroteWorkbook == true, o1)
        let (s2, o2) = try run(Self.binary, ["consolidate", "forms", "bases", "-o", "out/with.xlsx"])
        XCTAssertTrue(ConsolidateExitCode(rawValue: s2)?.wroteWorkbook == true, o2)
        let (_, check) = try run(Self.binary, ["check", "--json", "forms", "bases"])
        let findings = try XCTUnwrap(
            (try JSONSerialization.jsonObject(with: Data(check.utf8)) as? [String: Any])?["findings"]
                as? [[String: Any]])
        let disagreeing = Dictionary(
            grouping: findings.filter {
                ($0["kind"] as? String ?? "").hasPrefix("base_") && $0["kind"] as? String != "base_without_form"
            },
            by: { $0["criterion"] as! String }
        ).mapValues { Set($0.map { $0["organisation"] as! String }).count }
        XCTAssertEqual(disagreeing["mentees_10_19"], 2)

        func table38(_ name: String) throws -> [String: [String]] {
            let file = try XLSXFile.open(tmp.appendingPathComponent("out/\(name)").path)
            let sheet = try file.readSheet(try XCTUnwrap(file.sheet(named: "Таблица 38")))
            var rows: [String: [String]] = [:]
            for r in 3..<sheet.maxRow {
                guard case .text(let wording)? = sheet[r, 1]?.value, !wording.isEmpty else { continue }
                rows[wording] = (2...5).map { c in sheet[r, c].map { "\($0.value)" } ?? "" }
            }
            return rows
        }
        let without = try table38("without.xlsx"), with = try table38("with.xlsx")
        XCTAssertEqual(Set(without.keys), Set(with.keys))
        XCTAssertGreaterThan(with.count, 50)
        var commented = 0
        for c in Self.context.catalogue.heatmapOrder(year: 2024) where with[c.wording(for: 2024)] != nil {
            let a = without[c.wording(for: 2024)]!, b = with[c.wording(for: 2024)]!
            XCTAssertEqual(Array(a.prefix(3)), Array(b.prefix(3)), "\(c.id): the values and the dynamics do not change")
            if let n = disagreeing[c.id] {
                XCTAssertTrue(
                    b[3].contains("с базами наставников и наставляемых не сходится у \(n) "), "\(c.id): \(b[3])")
                XCTAssertFalse(a[3].contains("базами"))
                commented += 1
            } else {
                XCTAssertEqual(a[3], b[3], c.id)
            }
        }
        XCTAssertGreaterThanOrEqual(commented, 8)
    }

    func testTheBlankBasesValidateTheirCellsAndReadBack() throws {
        let rules = Self.context.bases
        let path = tmp.appendingPathComponent("blank.xlsx").path
        try BaseTemplate(rules: rules, year: 2024, rows: 50).write(to: path)
        // openpyxl: each sheet's header and its validations.
        let (status, out) = try run(
            "python3",
            [
                "-c",
                """
                import json, openpyxl, sys
                wb = openpyxl.load_workbook(sys.argv[1])
                out = {}
                for ws in wb.worksheets[:2]:
                    header = [c.value for c in ws[6]]
                    checks = {}
                    for v in ws.data_validations.dataValidation:
                        col = header[next(iter(v.sqref.ranges)).min_col - 1]
                        checks[col] = [v.type, v.formula1, v.formula2, str(v.sqref)]
                    out[ws.title] = {"header": header, "checks": checks, "year": ws["B4"].value}
                print(json.dumps(out, ensure_ascii=False))
                """, path
            ])
        XCTAssertEqual(status, 0, out)
        let sheets = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: [String: Any]])
        XCTAssertEqual(Set(sheets.keys), ["База наставников", "База наставляемых"])
        for kind in BaseKind.allCases {
            let s = try XCTUnwrap(sheets[BaseTemplate.sheetNames[kind]!])
            XCTAssertEqual(s["header"] as? [String], rules.templateColumns(kind).map(\.label))
            XCTAssertEqual(s["year"] as? Int, 2024)
            let checks = try XCTUnwrap(s["checks"] as? [String: [Any]])
            let choices = "\"" + rules.formChoices.joined(separator: ",") + "\""
            XCTAssertEqual(checks["Форма наставничества"]?[0] as? String, "list")
            XCTAssertEqual(checks["Форма наставничества"]?[1] as? String, choices)
            XCTAssertTrue(choices.contains("ученик – ученик") && choices.contains("иная форма"))
            // Dates from 1 January 2015 (serial 42005) to 31 December 2029 (47483).
            for date in ["Дата вхождения в программу", "Дата завершения программы"] {
                XCTAssertEqual(
                    checks[date].map { [$0[0] as? String, $0[1] as? String, $0[2] as? String] },
                    ["date", "42005", "47483"], date)
            }
            let birth = kind == .mentors ? "Год рождения наставника" : "Год рождения наставляемого"
            XCTAssertEqual(
                checks[birth].map { [$0[0] as? String, $0[1] as? String, $0[2] as? String] }, ["whole", "1930", "2024"])
            XCTAssertEqual(checks[birth]?[3] as? String, "C7:C56", "50 rows under the header")
        }

        // Filled in: the organisation above, a mentor with two mentees in one group, the mentees on the other sheet.
        let filled = tmp.appendingPathComponent("filled.xlsx").path
        let (s2, o2) = try run(
            "python3",
            [
                "-c",
                """
                import datetime, openpyxl, sys
                wb = openpyxl.load_workbook(sys.argv[1])
                def put(ws, row, values):
                    header = [c.value for c in ws[6]]
                    for k, v in values.items(): ws.cell(row, header.index(k) + 1, v)
                for ws in wb.worksheets[:2]: ws["B3"] = 'МБОУ "СОШ № 16"'
                m, e = wb["База наставников"], wb["База наставляемых"]
                put(m, 7, {"ФИО наставника": "Щеглов Юрий Олегович", "Год рождения наставника": 2007, "Место работы": 'МБОУ "СОШ № 16"',
                           "Дата вхождения в программу": datetime.date(2024, 9, 2), "ФИО наставляемого (наставляемых)": "Аистова Ада; Бекасов Борис",
                           "Форма наставничества": "ученик – ученик"})
                put(e, 7, {"ФИО наставляемого": "Аистова Ада", "Год рождения наставляемого": 2013, "ФИО наставника": "Щеглов Юрий Олегович",
                           "Форма наставничества": "ученик – ученик", "Дата вхождения в программу": datetime.date(2024, 9, 2)})
                put(e, 8, {"ФИО наставляемого": "Бекасов Борис", "Год рождения наставляемого": 2012, "ФИО наставника": "Щеглов Юрий Олегович",
                           "Форма наставничества": "ученик – ученик", "Дата вхождения в программу": datetime.date(2024, 9, 2)})
                wb.save(sys.argv[2])
                """, path, filled
            ])
        XCTAssertEqual(s2, 0, o2)
        var dataset = Dataset()
        let reports = InputReader(context: Self.context).read([filled], into: &dataset)
        XCTAssertEqual(
            reports[0].bases,
            [
                BaseSheetSummary(sheet: "База наставников", kind: .mentors, rows: 1),
                BaseSheetSummary(sheet: "База наставляемых", kind: .mentees, rows: 2)
            ])
        XCTAssertTrue(reports[0].issues.isEmpty, "\(reports[0].issues)")
        let t = try XCTUnwrap(dataset.baseTallies(for: 2024).first)
        XCTAssertEqual(t.organisation, OrganisationKey.make("МБОУ \"СОШ № 16\""))
        let counts = Dictionary(uniqueKeysWithValues: t.counts.map { ($0.criterion, $0.value) })
        XCTAssertEqual(
            [
                counts["mentors_total"], counts["mentors_15_19"], counts["mentees_total"], counts["mentees_10_19"],
                counts["pp_total"], counts["pp_pupil_pupil"]
            ], [1, 1, 2, 2, 1, 1])
    }
}
