import Catalogue
import Consolidation
import Dataset
import Foundation
import Normaliser
import Report
import XCTest
import XLSXReader

/// The regional roll-up end to end: the example forms split into three municipalities, each consolidated by
/// `mentoring consolidate` (two of the workbooks re-saved by LibreOffice), rolled up by `mentoring rollup`.
/// The three groups together are every organisation of the Izhevsk 2024 report, so the region's values are
/// the report's (and what `consolidate` gives for all the forms at once).
final class RegionalRollupTests: XCTestCase {
    static let root = ReportFiguresTests.root
    static let templates = ReportFiguresTests.templates
    static let binary = root.appendingPathComponent(".build/debug/mentoring").path
    static let catalogue = try! Catalogue.load(from: templates)

    /// What the tests look at.
    struct Built {
        let dir: URL
        /// Every form with the municipal form and the history, consolidated at once.
        let all: String
        /// Municipality name → the workbook rolled up into `region` (Город А and Район В re-saved by LibreOffice).
        let municipal: [String: String]
        /// `rollup` of the three with the history table; its status and output.
        let region: String
        let status: Int32
        let output: String
        /// Район Б consolidated without history, rolled up with `region` as the history.
        let nextRegion: String
        let nextMunicipal: [String: String]
    }

    static var built: Built?

    static func run(_ args: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: args[0].hasPrefix("/") ? args[0] : "/usr/bin/env")
        p.arguments = args[0].hasPrefix("/") ? Array(args.dropFirst()) : args
        p.currentDirectoryURL = root
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, out)
    }

    static func requireTools() throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw MissingTool("build the product first (swift build)")
        }
        try Tools.require("/usr/bin/soffice", install: "apt-get install -y libreoffice-calc-nogui (make test does)")
    }

    /// The example forms in three groups (every third file, by name).
    static func groups(in dir: URL) throws -> [URL] {
        let forms = root.appendingPathComponent("Examples/forms/2024")
        let files = try FileManager.default.contentsOfDirectory(atPath: forms.path).filter { $0.hasSuffix(".xlsx") }
            .sorted()
        XCTAssertEqual(files.count, 93)
        return try (0..<3).map { k in
            let g = dir.appendingPathComponent("forms_\(k)")
            try FileManager.default.createDirectory(at: g, withIntermediateDirectories: true)
            for (i, f) in files.enumerated() where i % 3 == k {
                try FileManager.default.copyItem(at: forms.appendingPathComponent(f), to: g.appendingPathComponent(f))
            }
            return g
        }
    }

    static func build() throws -> Built {
        if let b = built { return b }
        try requireTools()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rollup-\(UUID().uuidString)")
        let made = dir.appendingPathComponent("made"), lo = dir.appendingPathComponent("lo"),
            withHistory = dir.appendingPathComponent("history")
        for d in [made, lo, withHistory] {
            try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        }
        let g = try groups(in: dir)
        let municipalForm = root.appendingPathComponent("Examples/municipal_2024.xlsx").path
        let historyTable = root.appendingPathComponent("Examples/history_2022_2023.xlsx").path
        func consolidate(_ args: [String]) throws {
            let (status, out) = try run([binary, "consolidate"] + args)
            XCTAssertTrue(
                ConsolidateExitCode(rawValue: status)?.wroteWorkbook == true && out.contains("Книга записана"), out)
        }
        let all = dir.appendingPathComponent("all.xlsx").path
        try consolidate([
            root.appendingPathComponent("Examples/forms/2024").path, "--municipal", municipalForm, "--history",
            historyTable, "-o", all
        ])
        // Город А by the command with --municipality (over the municipal form's «г. Ижевск»); Район Б by the command
        // without a municipal form: its workbook does not name the municipality, the file name does.
        try consolidate([
            g[0].path, "--municipal", municipalForm, "--municipality", "Город А", "-o",
            made.appendingPathComponent("Город А.xlsx").path
        ])
        try consolidate([g[1].path, "-o", made.appendingPathComponent("Район Б.xlsx").path])
        try consolidate([
            g[1].path, "--history", historyTable, "-o", withHistory.appendingPathComponent("Район Б.xlsx").path
        ])
        // Район В through the library with the municipality set: its «Данные» names it (the file name does not).
        let context = try NormaliserContext.load(templates: templates)
        var dataset = Dataset()
        let reports = InputReader(context: context).read(InputReader.expand([g[2].path, municipalForm]), into: &dataset)
        dataset.municipality = "Район В"
        try ReportBuilder(
            consolidation: Consolidation(catalogue: context.catalogue, dataset: dataset, year: 2024),
            tables: try TableSpec.load(from: templates, catalogue: context.catalogue), reports: reports
        )
        .write(to: made.appendingPathComponent("rv.xlsx").path)
        // Two of them opened and saved by LibreOffice.
        let (so, soOut) = try run([
            "soffice", "-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--convert-to",
            "xlsx:Calc MS Excel 2007 XML", "--outdir", lo.path,
            made.appendingPathComponent("Город А.xlsx").path, made.appendingPathComponent("rv.xlsx").path
        ])
        XCTAssertEqual(so, 0, soOut)
        let a = lo.appendingPathComponent("Город А.xlsx").path, c = lo.appendingPathComponent("rv.xlsx").path
        let b = withHistory.appendingPathComponent("Район Б.xlsx").path
        for f in [a, c] { XCTAssertTrue(FileManager.default.fileExists(atPath: f), soOut) }

        let region = dir.appendingPathComponent("region.xlsx").path
        let (status, output) = try run([binary, "rollup", a, b, c, "--history", historyTable, "-o", region])
        let next = dir.appendingPathComponent("next.xlsx").path
        let bPlain = made.appendingPathComponent("Район Б.xlsx").path
        let (nextStatus, nextOut) = try run([binary, "rollup", a, bPlain, c, "--history", region, "-o", next])
        XCTAssertEqual(nextStatus, 1, nextOut)
        let b1 = Built(
            dir: dir, all: all, municipal: ["Город А": a, "Район Б": b, "Район В": c], region: region, status: status,
            output: output, nextRegion: next, nextMunicipal: ["Город А": a, "Район Б": bPlain, "Район В": c])
        built = b1
        return b1
    }

    override class func tearDown() {
        if let b = built { try? FileManager.default.removeItem(at: b.dir) }
        built = nil
        super.tearDown()
    }

    static func sheet(_ path: String, _ name: String) throws -> SheetTable {
        let file = try XLSXFile.open(path)
        return try file.readSheet(try XCTUnwrap(file.sheet(named: name), "\(path) has no sheet «\(name)»"))
    }

    /// A cell as compared: a number, or its text («—», a dynamics category).
    static func shown(_ c: Cell?) -> String {
        guard let c else { return "" }
        if let n = c.value.number { return String(format: "%.6f", n) }
        return Fixtures.text(c)
    }

    /// Table 38's rows (3…65): the criterion of each row of the region's sheet, in the same order.
    var table38: [Criterion] {
        Self.catalogue.heatmapOrder(year: 2024).filter { Self.catalogue.heatmapPosition($0.id, year: 2024) != nil }
    }

    // MARK: the region

    func testRegionEqualsConsolidateOfAllTheirOrganisations() throws {
        let b = try Self.build()
        let region = try Self.sheet(b.region, "Регион"), all = try Self.sheet(b.all, "Таблица 38")
        XCTAssertEqual(table38.count, 63)
        for (i, c) in table38.enumerated() {
            let r = 3 + i
            XCTAssertEqual(region[r, 1]?.text, all[r, 1]?.text, "row \(r) wording")
            XCTAssertEqual(Self.shown(region[r, 2]), Self.shown(all[r, 2]), "2023, \(c.id)")
            if c.aggregation == .input {
                // Город А and Район В gave the municipal form: a «да» counts them, a count is summed over them.
                let one = try XCTUnwrap(all[r, 3]?.value.number, c.id)
                let want = c.unit == .yesno ? (one > 0 ? 2.0 : 0.0) : 2 * one
                XCTAssertEqual(region[r, 3]?.value.number, want, c.id)
                XCTAssertTrue(
                    region[r, 5]?.text.contains("из 3 муниципалитетов") ?? false, "\(c.id): \(region[r, 5]?.text ?? "")"
                )
            } else {
                XCTAssertEqual(Self.shown(region[r, 3]), Self.shown(all[r, 3]), "2024, \(c.id)")
                XCTAssertEqual(region[r, 4]?.text, all[r, 4]?.text, "dynamics, \(c.id)")
            }
        }
        XCTAssertEqual(b.status, 1, "a workbook named by its file name:\n\(b.output)")
        XCTAssertTrue(
            !b.output.contains("взято имя файла «Город А»") && b.output.contains("взято имя файла «Район Б»"), b.output)
        XCTAssertFalse(b.output.contains("«rv»"), "Район В is named by its «Данные»:\n\(b.output)")
        XCTAssertTrue(b.output.contains("муниципалитетов 3") && b.output.contains("организаций 93"), b.output)
    }

    /// The region's figures are the Izhevsk 2024 report's: the groups together are all its organisations.
    func testRegionTracesToTheSeedReport() throws {
        let b = try Self.build()
        let region = try Self.sheet(b.region, "Регион")
        let report = ReportFiguresTests.tsv("report_tables.tsv").filter { $0["table"] == "38" }
        for r in report {
            let row = 2 + Int(r["row"]!)!
            let c = table38[row - 3]
            let share = c.unit == .share || c.unit == .level
            XCTAssertEqual(
                region[row, 2]?.value.number ?? -1, ReportFiguresTests.figure(r["v2023"]!, share: share)!,
                accuracy: 1e-9, "2023 \(c.id)")
            guard c.aggregation != .input else { continue }
            let want =
                ReportFiguresTests.ruleOverReport["38/\(r["row"]!)"] ?? ReportFiguresTests.figure(
                    r["v2024"]!, share: share)!
            XCTAssertEqual(region[row, 3]?.value.number ?? -1, want, accuracy: 1e-9, "2024 \(c.id)")
            XCTAssertEqual(region[row, 4]?.text, r["dynamics"]!, "dynamics \(c.id)")
        }
        func value(_ id: String) -> Double? { region[3 + table38.firstIndex { $0.id == id }!, 3]?.value.number }
        XCTAssertEqual(value("mentors_total"), 1354, "Table 38 row 11")
        XCTAssertEqual(
            value("share_mentees_10_19"), 0.0728,
            "7,28 %: 1 151 / 15 806 over the organisations, not a mean of the three shares")
        XCTAssertEqual(value("partner_list"), 16)
        XCTAssertEqual(value("orgs_total"), 93)
    }

    // MARK: municipalities

    func testEachMunicipalityRowIsItsWorkbooksOwnValues() throws {
        let b = try Self.build()
        let m = try Self.sheet(b.region, "Муниципалитеты"), region = try Self.sheet(b.region, "Регион")
        XCTAssertEqual(m[2, 0]?.text, "Муниципальное образование")
        for (k, c) in table38.enumerated() {
            XCTAssertEqual(m[2, 1 + k]?.text, c.wording(for: 2024), "header \(k + 1)")
        }
        XCTAssertEqual((3...5).map { m[$0, 0]?.text ?? "" }, ["Город А", "Район Б", "Район В"])
        for r in 3...5 {
            let name = try XCTUnwrap(m[r, 0]?.text)
            let own = try Self.sheet(try XCTUnwrap(b.municipal[name]), "Таблица 38")
            for (k, c) in table38.enumerated() {
                XCTAssertEqual(own[3 + k, 1]?.text, c.wording(for: 2024))
                XCTAssertEqual(Self.shown(m[r, 1 + k]), Self.shown(own[3 + k, 3]), "\(name), \(c.id)")
            }
        }
        XCTAssertEqual(m[6, 0]?.text, "Итого")
        for k in table38.indices {
            XCTAssertEqual(Self.shown(m[6, 1 + k]), Self.shown(region[3 + k, 3]), "Итого, \(table38[k].id)")
        }
        // Shared partners count once in the region: the municipalities' counts add up to more than 16.
        let partners = 1 + table38.firstIndex { $0.id == "partner_list" }!
        let sum = (3...5).compactMap { m[$0, partners]?.value.number }.reduce(0, +)
        XCTAssertGreaterThan(sum, 16)
        XCTAssertEqual(m[6, partners]?.value.number, 16)
        // Mentors are a sum of sums.
        let mentors = 1 + table38.firstIndex { $0.id == "mentors_total" }!
        XCTAssertEqual((3...5).compactMap { m[$0, mentors]?.value.number }.reduce(0, +), 1354)
    }

    /// «Замечания муниципалитетов» counts what each municipal workbook's «Замечания» lists, by «Вид» (counted
    /// here by openpyxl).
    func testFindingsCountedAsEachMunicipalWorkbookListsThem() throws {
        let b = try Self.build()
        let script = """
            import json, openpyxl, sys
            out = {}
            for name, path in zip(sys.argv[1::2], sys.argv[2::2]):
                ws = openpyxl.load_workbook(path, read_only=True)['Замечания']
                rows = list(ws.iter_rows(values_only=True))
                h = next(i for i, r in enumerate(rows) if 'Вид' in r)   # the details' header, below the summary
                k = list(rows[h]).index('Вид')
                counts = {}
                for r in rows[h + 1:]:
                    if r[k]: counts[r[k]] = counts.get(r[k], 0) + 1
                out[name] = counts
            print(json.dumps(out, ensure_ascii=False))
            """
        let names = b.municipal.keys.sorted()
        let (status, json) = try Self.run(["python3", "-c", script] + names.flatMap { [$0, b.municipal[$0]!] })
        XCTAssertEqual(status, 0, json)
        let expected = try JSONDecoder().decode([String: [String: Int]].self, from: Data(json.utf8))
        XCTAssertGreaterThan(expected["Город А"]?.values.reduce(0, +) ?? 0, 10)
        let t = try Self.sheet(b.region, "Замечания муниципалитетов")
        let kinds = try XCTUnwrap(t.rows.first { $0.index == 2 }).cells.dropFirst().map(\.text)
        XCTAssertEqual(kinds.last, "Всего")
        XCTAssertEqual(Set(kinds.dropLast()), Set(expected.values.flatMap(\.keys)))
        var total = 0
        for r in 3...5 {
            let name = try XCTUnwrap(t[r, 0]?.text)
            for (k, kind) in kinds.dropLast().enumerated() {
                XCTAssertEqual(t[r, 1 + k]?.value.number, Double(expected[name]?[kind] ?? 0), "\(name): \(kind)")
            }
            let sum = expected[name]!.values.reduce(0, +)
            XCTAssertEqual(t[r, kinds.count]?.value.number, Double(sum), name)
            total += sum
        }
        XCTAssertEqual(t[6, 0]?.text, "Итого")
        XCTAssertEqual(t[6, kinds.count]?.value.number, Double(total))
    }

    func testLaggingTwoYearsRunningAndRanking() throws {
        let b = try Self.build()
        // Район Б was consolidated with the 2022–2023 history: its 2023 values are the report's 2023 figures
        // (7,35 % and 6,84 %), its 2024 shares its own; both years below the targets of 70 % and 10 %.
        let lag = try Self.sheet(b.region, "Отстающие")
        let own = try Self.sheet(b.municipal["Район Б"]!, "Таблица 38")
        let rows = lag.rows.filter { $0.index >= 3 && !$0.cells.isEmpty }
        XCTAssertEqual(rows.count, 2)
        for (i, (id, before, target)) in [("share_mentees_10_19", 0.0735, 0.70), ("share_mentors_15_19", 0.0684, 0.10)]
            .enumerated()
        {
            let r = 3 + i
            let k = table38.firstIndex { $0.id == id }!
            XCTAssertEqual(lag[r, 1]?.text, "Район Б")
            XCTAssertEqual(lag[r, 2]?.text, table38[k].wording(for: 2024))
            XCTAssertEqual(lag[r, 3]?.value.number, before, id)
            XCTAssertEqual(lag[r, 4]?.value.number, own[3 + k, 3]?.value.number, id)
            XCTAssertEqual(lag[r, 5]?.value.number, target, "Templates/targets.tsv")
        }
        // The ranking: each municipality's values are its own; places follow the targets reached.
        let rank = try Self.sheet(b.region, "Рейтинг"), m = try Self.sheet(b.region, "Муниципалитеты")
        let targets = [
            "share_mentees_10_19", "share_mentors_15_19", "share_young_specialists_mentees", "satisfaction_mentees",
            "satisfaction_mentors"
        ]
        let order = table38.map(\.id).filter { targets.contains($0) }
        XCTAssertEqual(order.count, 5)
        var reached: [Int] = []
        for r in 3...5 {
            let name = try XCTUnwrap(rank[r, 1]?.text)
            let mRow = try XCTUnwrap((3...5).first { m[$0, 0]?.text == name })
            for (k, id) in order.enumerated() {
                XCTAssertEqual(
                    rank[r, 2 + 2 * k]?.value.number, m[mRow, 1 + table38.firstIndex { $0.id == id }!]?.value.number,
                    "\(name) \(id)")
            }
            let text = try XCTUnwrap(rank[r, 12]?.text)
            reached.append(Int(text.prefix { $0.isNumber })!)
        }
        XCTAssertEqual(reached, reached.sorted(by: >), "places follow the number of targets reached")
        XCTAssertEqual(rank[6, 1]?.text, "Регион")
        XCTAssertEqual(rank[6, 2]?.value.number, 0.0728)
    }

    /// A municipality without a key share (not measured there) has no place for it and counts it as not reached;
    /// the others keep theirs.
    func testRankingWithAShareMissing() throws {
        let b = try Self.build()
        let context = try NormaliserContext.load(templates: Self.templates)
        var municipalities = ["Город А", "Район Б", "Район В"].map { name in
            Municipality(name: name, workbook: ConsolidatedWorkbook.read(b.municipal[name]!, context: context))
        }
        let full = RegionalConsolidation(catalogue: context.catalogue, year: 2024, municipalities: municipalities)
        municipalities[1].values["share_mentors_15_19"]?[2024] = nil
        let partial = RegionalConsolidation(catalogue: context.catalogue, year: 2024, municipalities: municipalities)
        let k = try XCTUnwrap(partial.targets.firstIndex { $0.criterion.id == "share_mentors_15_19" })
        let withoutB = try XCTUnwrap(partial.ranking.first { $0.municipality == "Район Б" })
        XCTAssertNil(withoutB.values[k])
        XCTAssertNil(withoutB.places[k])
        XCTAssertFalse(withoutB.reached[k])
        // The others' places on that share: among two values now, as they were among three (Район Б had the
        // lowest, 2,11 %).
        for name in ["Город А", "Район В"] {
            let before = try XCTUnwrap(full.ranking.first { $0.municipality == name }),
                after = try XCTUnwrap(partial.ranking.first { $0.municipality == name })
            XCTAssertEqual(after.places[k], before.places[k], name)
            XCTAssertEqual(after.values[k], before.values[k], name)
        }
        XCTAssertEqual(full.ranking.first { $0.municipality == "Район Б" }?.places[k], 3)
        XCTAssertEqual(full.ranking.first { $0.municipality == "Район Б" }?.values[k], 0.0211)
    }

    // MARK: next year

    /// Next year's roll-up reads this one as history: the region's rows give the region's earlier values, the
    /// municipalities' rows each municipality's (Район Б, rolled up now without its own history, still lags).
    func testRegionalWorkbookReadsBackAsHistory() throws {
        let b = try Self.build()
        let context = try NormaliserContext.load(templates: Self.templates)
        let back = ConsolidatedWorkbook.read(b.region, context: context)
        XCTAssertEqual(back.level, .regional, "\(back.report.issues)")
        XCTAssertTrue(back.dataset.organisations.isEmpty)
        let region = try Self.sheet(b.region, "Регион")
        for (k, c) in table38.enumerated() {
            let h = back.dataset.history.first { $0.criterion == c.id && $0.year == 2024 && $0.municipality == nil }
            XCTAssertEqual(h?.value?.number, region[3 + k, 3]?.value.number, c.id)
        }
        XCTAssertEqual(Set(back.dataset.history.compactMap(\.municipality)), ["Город А", "Район Б", "Район В"])
        let next = try Self.sheet(b.nextRegion, "Регион")
        for r in 3..<(3 + table38.count) {
            for col in 1...4 {
                XCTAssertEqual(Self.shown(next[r, col]), Self.shown(region[r, col]), "row \(r) column \(col)")
            }
        }
        let lag = try Self.sheet(b.region, "Отстающие"), nextLag = try Self.sheet(b.nextRegion, "Отстающие")
        for r in 3...4 { for col in 1...5 { XCTAssertEqual(Self.shown(nextLag[r, col]), Self.shown(lag[r, col])) } }
        let dyn = try Self.sheet(b.region, "Динамика"), nextDyn = try Self.sheet(b.nextRegion, "Динамика")
        XCTAssertEqual(dyn[4, 0]?.text, "Район Б")
        for k in table38.indices { XCTAssertEqual(nextDyn[4, 1 + k]?.text, dyn[4, 1 + k]?.text, table38[k].id) }
        XCTAssertEqual(
            dyn[4, 1 + table38.firstIndex { $0.id == "mentors_total" }!]?.text, "Отрицательная",
            "Район Б's 2024 mentors are a third of the city's 2023")
    }

    /// «Целевые показатели» of the region: per municipality, the value and the count of organisations reaching each
    /// target are its own workbook's; the region's rows are the city's (the three together are the report's 93
    /// organisations: 7,28 % against 70 %, 5,39 % against 10 %), and the municipalities' counts add up to them.
    func testTargetsPerMunicipalityAreTheirWorkbooksOwn() throws {
        let b = try Self.build()
        let t = try Self.sheet(b.region, "Целевые показатели"), all = try Self.sheet(b.all, "Целевые показатели")
        XCTAssertEqual(t[2, 0]?.text, "Муниципальное образование")
        let targets = Self.catalogue.heatmapOrder(year: 2024).filter { Self.catalogue.target($0.id, year: 2024) != nil }
        XCTAssertEqual(targets.count, 5)
        func rows(_ s: SheetTable, unit: String?) -> [String: [Cell?]] {
            var out: [String: [Cell?]] = [:]
            let lead = unit == nil ? 0 : 1
            for r in s.rows where r.index >= 3 && (unit == nil || s[r.index, 0]?.text == unit) {
                guard s[r.index, lead]?.value.number != nil,
                    let c = targets.first(where: { $0.wording(for: 2024) == s[r.index, lead + 1]?.text })
                else { continue }
                out[c.id] = (lead...(lead + 10)).map { s[r.index, $0] }
            }
            return out
        }
        let city = rows(all, unit: nil), region = rows(t, unit: "Регион")
        XCTAssertEqual(Set(region.keys), Set(targets.map(\.id)))
        for c in targets {
            XCTAssertEqual(region[c.id]!.map(Self.shown), city[c.id]!.map(Self.shown), c.id)
        }
        XCTAssertEqual(region["share_mentees_10_19"]?[6]?.value.number, 0.0728)
        XCTAssertEqual(region["share_mentors_15_19"]?[6]?.value.number, 0.0539)
        XCTAssertEqual(region["share_mentors_15_19"]?[7]?.text, "не достигнуто")
        var sums: [String: Double] = [:]
        for (name, path) in b.municipal {
            let own = rows(try Self.sheet(path, "Целевые показатели"), unit: nil), here = rows(t, unit: name)
            XCTAssertEqual(Set(here.keys), Set(targets.map(\.id)), name)
            for c in targets {
                // Value, met or not, gap, organisations reaching and with a value.
                for k in [6, 7, 8, 9, 10] {
                    XCTAssertEqual(Self.shown(here[c.id]![k]), Self.shown(own[c.id]![k]), "\(name) \(c.id) column \(k)")
                }
                sums[c.id, default: 0] += here[c.id]![9]?.value.number ?? 0
            }
        }
        for c in targets {
            XCTAssertEqual(
                sums[c.id], region[c.id]![9]?.value.number, "\(c.id): the municipalities add up to the region")
        }
        // No list of organisations in the regional workbook.
        XCTAssertFalse(
            t.rows.contains { $0.cells.contains { $0.text == "Организации, достигшие цели по своим значениям" } })
    }

    /// The workbook grows with municipalities × criteria, never with organisations.
    func testSheetsHoldARowPerMunicipality() throws {
        let b = try Self.build()
        let file = try XLSXFile.open(b.region)
        XCTAssertEqual(
            file.sheets.map(\.name),
            [
                "Содержание", "Регион", "Регион — диаграмма", "Муниципалитеты", "Динамика", "Рейтинг", "Отстающие",
                "Целевые показатели", "Замечания муниципалитетов", "Данные"
            ])
        XCTAssertEqual(file.sheet(named: "Данные")?.state, .hidden)
        XCTAssertEqual(
            try Self.sheet(b.region, "Муниципалитеты").rowCount, 3 + 3 + 1,
            "title, note, header, 3 municipalities, «Итого»")
        XCTAssertEqual(try Self.sheet(b.region, "Динамика").rowCount, 2 + 3 + 1)
        // «Данные»: two header rows, the region's years (2022–2024), Город А and Район В 2024, Район Б 2022–2024.
        let data = try Self.sheet(b.region, "Данные")
        XCTAssertEqual(data.rowCount, 2 + 3 + 1 + 3 + 1)
        XCTAssertEqual(data.rows.compactMap { r in r.cells.first?.text }.filter { $0 == "org" }.count, 0)
    }

    // MARK: consolidate --by-municipality

    /// A region-wide export with a «Муниципальное образование» column (written by openpyxl) gives a workbook
    /// per municipality and the regional one; a school of the same name in two municipalities is two schools.
    func testByMunicipalityFromARegionWideExport() throws {
        try Self.requireTools()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bymun-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let export = dir.appendingPathComponent("export.xlsx").path
        let (es, eOut) = try Self.run([
            Self.binary, "export", Self.root.appendingPathComponent("Examples/forms/2024").path, "-o", export
        ])
        XCTAssertEqual(es, 0, eOut)
        // Rows in turn to three municipalities; a copy of the first school (Город А) added to Район Б.
        let script = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
            ws.insert_cols(2)
            ws.cell(2, 2).value = 'Муниципальное образование'
            names = ['Город А', 'Район Б', 'Район В']
            last = ws.max_row
            for r in range(3, last + 1):
                ws.cell(r, 2).value = names[(r - 3) % 3]
            wb.save(sys.argv[2])
            for c in range(1, ws.max_column + 1):
                ws.cell(last + 1, c).value = ws.cell(3, c).value
            ws.cell(last + 1, 2).value = 'Район Б'
            wb.save(sys.argv[3])
            print(ws.cell(3, 3).value)
            """
        let region = dir.appendingPathComponent("region.xlsx").path,
            twice = dir.appendingPathComponent("twice.xlsx").path
        let (ps, first) = try Self.run(["python3", "-c", script, export, region, twice])
        XCTAssertEqual(ps, 0, first)
        // The column names each organisation's municipality; keys carry it only for a region (--by-municipality),
        // so that a municipality's own export still matches last year's «Данные» by name.
        var context = try NormaliserContext.load(templates: Self.templates)
        for carry in [false, true] {
            context.keysCarryMunicipality = carry
            var d = Dataset()
            let report = InputReader(context: context).read(region, into: &d)
            XCTAssertEqual(report.layout, .wide, "\(report.issues)")
            XCTAssertEqual(d.organisations.count, 93)
            XCTAssertEqual(
                Dictionary(d.organisations.values.map { ($0.municipality ?? "", 1) }, uniquingKeysWith: +),
                ["Город А": 31, "Район Б": 31, "Район В": 31])
            for o in d.organisations.values {
                let plain = OrganisationKey.make(o.name)
                XCTAssertEqual(o.key, carry ? OrganisationKey.make(o.municipality!) + " / " + plain : plain)
            }
        }
        let folder = dir.appendingPathComponent("МО").path
        let (status, out) = try Self.run([Self.binary, "consolidate", region, "--by-municipality", folder])
        XCTAssertTrue(ConsolidateExitCode(rawValue: status)?.wroteWorkbook == true, out)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertEqual(files, ["Город А.xlsx", "Район Б.xlsx", "Район В.xlsx", "Свод региона.xlsx"])
        let regional = (folder as NSString).appendingPathComponent("Свод региона.xlsx")
        let b = try Self.build()
        let all = try Self.sheet(b.all, "Таблица 38"), reg = try Self.sheet(regional, "Регион"),
            m = try Self.sheet(regional, "Муниципалитеты")
        for (k, c) in table38.enumerated() where c.level == .org {
            XCTAssertEqual(Self.shown(reg[3 + k, 3]), Self.shown(all[3 + k, 3]), c.id)
        }
        for r in 3...5 {
            let name = try XCTUnwrap(m[r, 0]?.text)
            let own = try Self.sheet((folder as NSString).appendingPathComponent("\(name).xlsx"), "Таблица 38")
            for (k, c) in table38.enumerated() {
                XCTAssertEqual(Self.shown(m[r, 1 + k]), Self.shown(own[3 + k, 3]), "\(name) \(c.id)")
            }
        }
        // The same folder rolled up by `rollup` gives the same region (the regional workbook in it is left out).
        let again = dir.appendingPathComponent("again.xlsx").path
        let (rs, rOut) = try Self.run([Self.binary, "rollup", folder, "-o", again])
        XCTAssertEqual(rs, 0, rOut)
        XCTAssertTrue(rOut.contains("не учтена"), rOut)
        for name in ["Регион", "Муниципалитеты", "Динамика", "Рейтинг", "Замечания муниципалитетов", "Данные"] {
            let x = try Self.sheet(regional, name), y = try Self.sheet(again, name)
            XCTAssertEqual(
                x.rows.map { $0.cells.map { Self.shown($0) } }, y.rows.map { $0.cells.map { Self.shown($0) } }, name)
        }
        // --regional: the same regional workbook alone, without writing the municipalities' (a country's export).
        let alone = dir.appendingPathComponent("alone.xlsx").path
        let (als, alOut) = try Self.run([Self.binary, "consolidate", region, "--regional", "-o", alone])
        XCTAssertTrue(ConsolidateExitCode(rawValue: als)?.wroteWorkbook == true, alOut)
        XCTAssertTrue(alOut.contains("Книга записана: \(alone) (муниципалитетов 3)"), alOut)
        for name in ["Регион", "Муниципалитеты", "Динамика", "Рейтинг", "Замечания муниципалитетов", "Данные"] {
            let x = try Self.sheet(regional, name), y = try Self.sheet(alone, name)
            XCTAssertEqual(
                x.rows.map { $0.cells.map { Self.shown($0) } }, y.rows.map { $0.cells.map { Self.shown($0) } }, name)
        }

        // The first school again, in Район Б: 94 organisations, its mentors counted twice.
        let firstName = first.trimmingCharacters(in: .whitespacesAndNewlines)
        let folder2 = dir.appendingPathComponent("МО2").path
        let (s2, out2) = try Self.run([Self.binary, "consolidate", twice, "--by-municipality", folder2])
        XCTAssertTrue(ConsolidateExitCode(rawValue: s2)?.wroteWorkbook == true, out2)
        let reg2 = try Self.sheet((folder2 as NSString).appendingPathComponent("Свод региона.xlsx"), "Регион")
        func row(_ id: String) -> Int { 3 + table38.firstIndex { $0.id == id }! }
        XCTAssertEqual(reg2[row("orgs_total"), 3]?.value.number, 94)
        let orgs = ReportFiguresTests.tsv("organisations.tsv")
        let mentors = try XCTUnwrap(
            orgs.first { OrganisationKey.make($0["name"]!) == OrganisationKey.make(firstName) }?["mentors"]
        ).flatMap(Double.init)
        XCTAssertEqual(reg2[row("mentors_total"), 3]?.value.number, 1354 + (mentors ?? -1), firstName)
    }
}

fileprivate extension Cell {
    /// The text of a text cell ("" for a number).
    var text: String { Fixtures.text(self) }

}

extension RegionalRollupTests {
    /// With a register of the region: the municipality whose workbook did not come and the organisations without
    /// a form are counted per municipality, on the sheet «Не представили» and on the console — never a row per school.
    func testRegisterListsWhoDidNotReportPerMunicipality() throws {
        let b = try Self.build()
        let register = b.dir.appendingPathComponent("реестр региона.xlsx").path
        // The register: every organisation each workbook holds, under its municipality, but one of Город А's
        // dropped from the workbook side by listing an extra school there, plus Район Г, which sent nothing.
        let script = """
            import openpyxl, sys
            out, pairs = sys.argv[1], sys.argv[2:]
            wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Реестр"
            ws.append(["Полное наименование", "Тип", "Муниципальное образование"])
            for name, path in zip(pairs[0::2], pairs[1::2]):
                data = openpyxl.load_workbook(path, read_only=True)["Данные"]
                rows = list(data.iter_rows(values_only=True))
                col = {v: i for i, v in enumerate(rows[0]) if v}
                seen = set()
                for r in rows[2:]:
                    if r[col["level"]] == "org" and r[col["year"]] == 2024 and r[col["organisation"]] not in seen:
                        seen.add(r[col["organisation"]]); ws.append([r[col["organisation"]], r[col["type"]] == "dop" and "ДОП" or "школа", name])
            ws.append(["МБОУ «Школа, не приславшая форму»", "школа", "Город А"])
            ws.append(["МБОУ «СОШ № 1 посёлка Г»", "школа", "Район Г"])
            ws.append(["МБОУ «СОШ № 2 посёлка Г»", "школа", "Район Г"])
            wb.save(out)
            """
        let pairs = b.municipal.keys.sorted().flatMap { [$0, b.municipal[$0]!] }
        let (made, madeOut) = try Self.run(["python3", "-c", script, register] + pairs)
        XCTAssertEqual(made, 0, madeOut)
        let out = b.dir.appendingPathComponent("region-register.xlsx").path
        let (status, text) = try Self.run(
            [Self.binary, "rollup"] + b.municipal.keys.sorted().map { b.municipal[$0]! }
                + ["--organisations", register, "-o", out])
        XCTAssertTrue(
            text.contains(
                "Не представили свод: 1 муниципалитет из 4 — Район Г. Организаций реестра без формы: 3 из 96"), text)
        XCTAssertNotEqual(status, 3, text)
        let t = try Self.sheet(out, "Не представили")
        func row(_ name: String) -> [String] {
            guard let r = t.rows.first(where: { $0.cells.first.map(Fixtures.text) == name }) else { return [] }
            return r.cells.map { c in c.value.number.map { String(Int($0)) } ?? Fixtures.text(c) }
        }
        XCTAssertEqual(row("Район Г"), ["Район Г", "2", "0", "2", "не представлен"])
        let a = row("Город А")
        XCTAssertEqual(a.last, "есть")
        XCTAssertEqual(a[3], "1", "the listed school without a form: \(a)")
        XCTAssertEqual(row("Итого").prefix(4).map { $0 }, ["Итого", "96", "93", "3"])
        XCTAssertEqual(t.rows.count, 2 + 4 + 1, "title, header, a row per municipality, the total — no school rows")
    }
}
