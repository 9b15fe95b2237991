import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation
import Normaliser
import Report
import XCTest
import XLSXReader

/// The sheet «Выводы» on the examples against the statements of the Izhevsk 2024 report (seed 000) where it makes
/// them; the phrases of Templates/conclusions.tsv (reworded, malformed); Russian plurals.
final class ConclusionsTests: XCTestCase {
    static let root = ReportFiguresTests.root

    /// A copy of Templates/ with `file` edited.
    func templates(_ file: String, _ edit: (String) -> String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("words-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ReportFiguresTests.templates, to: dir)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(file)
        let original = try String(contentsOf: url, encoding: .utf8)
        let edited = edit(original)
        XCTAssertNotEqual(edited, original, "the edit of \(file) changed nothing")
        try edited.write(to: url, atomically: true, encoding: .utf8)
        return dir
    }

    /// The examples consolidated with `templates` and their findings; the lines of «Выводы».
    func conclusions(templates: URL = ReportFiguresTests.templates, dataset edit: ((inout Dataset) -> Void)? = nil)
        throws -> [String]
    {
        let context = try NormaliserContext.load(templates: templates)
        var dataset = Dataset()
        let inputs = [
            "Examples/forms/2024", "Examples/municipal_2024.xlsx", "Examples/history_2022_2023.xlsx",
            "Examples/data_2023.xlsx"
        ]
        let reports = InputReader(context: context).read(
            InputReader.expand(inputs.map { Self.root.appendingPathComponent($0).path }), into: &dataset)
        edit?(&dataset)
        let c = Consolidation(catalogue: context.catalogue, dataset: dataset, year: 2024)
        let findings = FindingsEngine(consolidation: c).run()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("words-\(UUID().uuidString).xlsx").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: out) }
        try ReportBuilder(
            consolidation: c, tables: try TableSpec.load(from: templates, catalogue: context.catalogue),
            reports: reports, findings: findings
        ).write(to: out)
        let file = try XLSXFile.open(out)
        let sheet = try file.readSheet(try XCTUnwrap(file.sheet(named: "Выводы")))
        return sheet.rows.compactMap { r in r.cells.first { $0.column == 0 }.map { Fixtures.text($0) } }.filter {
            !$0.isEmpty
        }
    }

    static var cached: [String]?
    func lines() throws -> [String] {
        if let c = Self.cached { return c }
        let l = try conclusions()
        Self.cached = l
        return l
    }

    /// The report's Table 38 counted by dynamics (Examples/source/report_tables.tsv).
    static func reportDynamics() -> [String: Int] {
        Dictionary(
            ReportFiguresTests.tsv("report_tables.tsv").filter { $0["table"] == "38" }.map { ($0["dynamics"]!, 1) },
            uniquingKeysWith: +)
    }

    func testFirstALinePerDynamicsCategoryAsTable38CountsThem() throws {
        let l = try lines()
        let report = Self.reportDynamics()
        XCTAssertEqual(report, ["Положительная": 24, "Отрицательная": 30, "Стагнация": 9])
        XCTAssertEqual(
            l[0],
            "Выводы по итогам муниципального этапа мониторинга реализации целевой модели наставничества за 2024 год — г. Ижевск"
        )
        XCTAssertEqual(l[1], "1. Динамика значений критериев за 2023–2024 годы (Таблица 38)")
        XCTAssertEqual(
            Array(l[2...4]),
            [
                "Положительная динамика — \(report["Положительная"]!) критерия из 63.",
                "Отрицательная динамика — \(report["Отрицательная"]!) критериев из 63.",
                "Стагнация — \(report["Стагнация"]!) критериев из 63."
            ])
        // «Количество критериев, которые имеют положительную и отрицательную динамику примерно одинаков» (line 2316):
        // 30 − 24 = 6 is within 10 % of 63.
        XCTAssertTrue(
            l[5].hasPrefix(
                "Количество критериев, которые имеют положительную и отрицательную динамику, примерно одинаково (24 и 30)"
            ), l[5])
    }

    func testDirectionsNameWhatMovedMost() throws {
        let l = try lines()
        let start = try XCTUnwrap(l.firstIndex(of: "2. Динамика по направлениям"))
        // Direction 2 of Table 38: agreements with other schools 9 → 27, with enterprises 4 → 1 (rows 7 and 8).
        XCTAssertTrue(
            l[start + 4].hasPrefix(
                "2. Организация процесса реализации Целевой модели наставничества: положительная динамика — 4, отрицательная — 5, стагнация — 2"
            ),
            l[start + 4])
        XCTAssertTrue(l[start + 5].contains("с 9 до 27, +18 (+200%)"), l[start + 5])
        XCTAssertTrue(l[start + 6].contains("с 4 до 1, −3 (−75%)"), l[start + 6])
        // Direction 6: only the share fell among the criteria the report does not call «не показательно»: 6,84 % → 5,39
        // %.
        XCTAssertTrue(
            l.contains(
                "Наибольшее снижение — «Доля обучающихся в возрасте от 15 до 19 лет вошедших в программы наставничества в роли наставника»: с 6,84% до 5,39%, −1,45 п. п."
            ))
        // Per direction, the counts add up to Table 38's.
        let counts = l[start...].filter {
            $0.range(of: #"^\d+\. .*: положительная динамика — "#, options: .regularExpression) != nil
        }
        XCTAssertEqual(counts.count, 13)
        func sum(_ word: String) -> Int {
            counts.map { line -> Int in
                let r = line.range(of: word + #" — \d+"#, options: .regularExpression)!
                return Int(line[r].split(separator: " ").last!)!
            }.reduce(0, +)
        }
        XCTAssertEqual(sum("положительная динамика"), 24)
        XCTAssertEqual(sum("отрицательная"), 30)
        XCTAssertEqual(sum("стагнация"), 9)
    }

    /// The report: «к 2024 году не менее 70% детей в возрасте от 10 до 19 лет» (line 1241), 7,28 % (Table 18);
    /// «не менее 10% … от 15 до 19 лет» (line 1367), 5,39 % (Table 21); «Планируемые к 2024 году соответствующие
    /// показатели … не достигнуты» (line 2320).
    func testTargetsMetAndMissed() throws {
        let l = try lines()
        XCTAssertTrue(
            l.contains(
                "Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого — 7,28%: целевое значение (не менее 70%) не достигнуто, отставание — 62,72 п. п."
            ))
        XCTAssertTrue(
            l.contains(
                "Доля обучающихся в возрасте от 15 до 19 лет вошедших в программы наставничества в роли наставника — 5,39%: целевое значение (не менее 10%) не достигнуто, отставание — 4,61 п. п."
            ))
        XCTAssertTrue(
            l.contains(
                "Уровень удовлетворенности наставляемых участием в завершенных программах наставничества — 94,61%: целевое значение (не менее 70%) достигнуто."
            ))
        XCTAssertTrue(l.contains("Достигнуто целевых значений: 2 из 5."))
        XCTAssertTrue(l.contains("По собственным значениям целевое значение достигают 9 организаций из 93."))
        XCTAssertTrue(l.contains("По собственным значениям целевое значение достигают 93 организации из 93."))
    }

    /// The report: «обучающиеся 35 образовательных организаций не включены … в роли наставляемого (38% …)» (line 2318);
    /// «отсутствует в 57 образовательных организациях» (line 1386); a second year running: the rows of Tables 19 and
    /// 22 marked «с 2023 года» (one each; the report's text counts 19 and 39, its tables mark one).
    func testLaggingListsOfTables19And22() throws {
        let l = try lines()
        let tables = ReportFiguresTests.tsv("per_org_tables.tsv")
        let t19 = tables.filter { $0["table"] == "19" }, t22 = tables.filter { $0["table"] == "22" }
        XCTAssertTrue(
            l.contains(
                "Организации, в которых обучающиеся в возрасте от 10 до 19 лет не включены в программы наставничества в роли наставляемого (Таблица 19): \(t19.count) организаций из 93 (38% от общего числа образовательных организаций)."
            ))
        XCTAssertTrue(
            l.contains(
                "Организации, в которых обучающиеся в возрасте от 15 до 19 лет не включены в программы наставничества в роли наставника (Таблица 22): \(t22.count) организаций из 93 (61% от общего числа образовательных организаций)."
            ))
        let since = l.filter { $0.hasPrefix("Второй год подряд (с 2023 года) — ") }
        XCTAssertEqual(
            since,
            [t19, t22].map { rows in
                let n = rows.filter { $0["extra"]!.contains("с 2023 года") }.count
                return "Второй год подряд (с 2023 года) — \(n) организация."
            })
    }

    func testContradictionsAndWhatWasNotUsed() throws {
        let l = try lines()
        XCTAssertTrue(
            l.contains(
                "На листе «Замечания» — 216 замечаний к данным организаций: ошибок — 26, предупреждений — 38, сведений — 152."
            ), "\(l)")
        // The report's two cases of too many mentees per mentor (782 on 17, 420 on 4; section 2.2.2) are among them.
        XCTAssertTrue(
            l.contains {
                $0.hasPrefix("Несостыковки в данных (4 в 4 организациях): ")
                    && $0.contains("больше 20 наставляемых на наставника — 2")
            }, "\(l)")
        // The shares «0,87» of 5 of 578 (and so on), read by their parts as percent points, are said (Замечания, 11).
        XCTAssertTrue(
            l.contains {
                $0.hasPrefix("Доли, вписанные без знака «%» числом меньше 1, ")
                    && $0.contains(": 11 долей в 6 организациях")
            }, "\(l)")
        XCTAssertTrue(l.contains("Все значения форм сопоставлены с критериями и учтены."))
        XCTAssertTrue(l.contains("Все файлы и листы прочитаны."))
        // Values no criterion took are counted with their wordings, in the right plural.
        let withUnused = try conclusions { d in
            for (i, file) in ["a.xlsx", "b.xlsx"].enumerated() {
                d.unassigned.append(
                    UnassignedValue(
                        wording: "Количество наставнических пар", key: "наставнических пар", status: .unmatched,
                        candidates: [], raw: "\(i + 3)", link: nil, organisation: "x\(i)", year: 2024,
                        layout: .form, source: SourceRef(file: file, sheet: "Форма", cell: "C40")))
            }
        }
        XCTAssertTrue(withUnused.contains { $0.hasPrefix("Не учтено 2 значения (1 формулировка): ") }, "\(withUnused)")
    }

    /// «Выводы» says what could not be used in the numbers the command line prints (`SummaryCounts`): values of a
    /// form that names no organisation are among them, and the parts add up to the total. (The sheet used to count
    /// only the wordings, and said «все значения … учтены» while the summary said «не учтено 7».)
    func testWhatWasNotUsedAddsUpToTheSummary() throws {
        func unused(_ d: inout Dataset) {
            d.unassigned.append(
                UnassignedValue(
                    wording: "Количество наставнических пар", key: "наставнических пар", status: .unmatched,
                    candidates: [], raw: "3", link: nil, organisation: "x", year: 2024,
                    layout: .form, source: SourceRef(file: "a.xlsx", sheet: "Форма", cell: "C40")))
            d.unnamedForms.append(
                UnnamedForm(file: "без названия.xlsx", sheet: "Лист1", year: 2024, values: 7, guess: nil))
        }
        let l = try conclusions(dataset: unused)
        XCTAssertFalse(l.contains("Все значения форм сопоставлены с критериями и учтены."), "\(l)")
        XCTAssertTrue(l.contains("Всего не учтено 8 значений, из них:"), "\(l)")
        XCTAssertTrue(l.contains { $0.hasPrefix("Не учтено 1 значение (1 формулировка): ") }, "\(l)")
        XCTAssertTrue(
            l.contains { $0.hasPrefix("Не учтено 7 значений из 1 формы, где не названа организация; ") }, "\(l)")
        // The command line's count of the same dataset.
        var d = Dataset()
        unused(&d)
        XCTAssertEqual(SummaryCounts(reports: [], dataset: d, consolidation: nil, findings: []).unusedValues, 8)
    }

    func testRussianPlurals() {
        let forms = [1, 2, 4, 5, 11, 12, 14, 15, 21, 22, 25, 63, 100, 101, 111, 112, 121].map {
            "\($0) " + Plural.word($0, "критерий", "критерия", "критериев")
        }
        XCTAssertEqual(
            forms,
            [
                "1 критерий", "2 критерия", "4 критерия", "5 критериев", "11 критериев", "12 критериев", "14 критериев",
                "15 критериев", "21 критерий", "22 критерия", "25 критериев", "63 критерия", "100 критериев",
                "101 критерий", "111 критериев", "112 критериев", "121 критерий"
            ])
        let p = phrases()
        XCTAssertEqual(p.text("dynamics_positive", ["n": 1, "total": 63]), "Положительная динамика — 1 критерий из 63.")
        XCTAssertEqual(p.text("dynamics_negative", ["n": 3, "total": 63]), "Отрицательная динамика — 3 критерия из 63.")
        XCTAssertEqual(p.text("dynamics_stagnation", ["n": 5, "total": 63]), "Стагнация — 5 критериев из 63.")
        XCTAssertEqual(
            p.text("findings_links", ["n": 21, "organisations": 21, "list": "…"]),
            "Замечания к ссылкам на подтверждающие документы (21 в 21 организации): ….")
    }

    func phrases() -> Phrases { try! Catalogue.load(from: ReportFiguresTests.templates).phrases }

    /// A methodologist's wording of Templates/conclusions.tsv changes the text, with the numbers still computed.
    func testARewordedPhraseFileChangesTheText() throws {
        let dir = try templates("conclusions.tsv") {
            $0.replacingOccurrences(
                of: "dynamics_positive\tПоложительная динамика — {n|критерий|критерия|критериев} из {total}.",
                with: "dynamics_positive\tРост значений — у {n|критерия|критериев|критериев} из {total}."
            )
            .replacingOccurrences(of: "even_difference\t0,1", with: "even_difference\t0,05")
        }
        let l = try conclusions(templates: dir)
        XCTAssertEqual(l[2], "Рост значений — у 24 критериев из 63.")
        // 6 of 63 is more than 5 %: no longer «примерно одинаково».
        XCTAssertEqual(l[5], "Критериев с отрицательной динамикой больше, чем с положительной, на 6 (30 и 24).")
    }

    func testAMalformedPhraseFileNamesTheLine() throws {
        let text = try String(
            contentsOf: ReportFiguresTests.templates.appendingPathComponent("conclusions.tsv"), encoding: .utf8)
        let lineOf = { (prefix: String) in text.components(separatedBy: "\n").firstIndex { $0.hasPrefix(prefix) }! + 1 }
        let cases: [(String, String, String, Int?)] = [
            (
                "dynamics_positive\t", "dynamics_positiv\t", "неизвестный ключ «dynamics_positiv»",
                lineOf("dynamics_positive\t")
            ),
            (
                "из {total}.\ndynamics_negative", "из {всего}.\ndynamics_negative", "неизвестная подстановка «{всего}»",
                lineOf("dynamics_positive\t")
            ),
            (
                "{n|критерий|критерия|критериев} из {total}.\ndynamics_negative",
                "{n|критерий|критериев} из {total}.\ndynamics_negative",
                "три формы слова", lineOf("dynamics_positive\t")
            ),
            ("even_difference\t0,1", "even_difference\tдесятая", "число от 0 до 1", lineOf("even_difference\t")),
            ("targets_none\t", "# targets_none\t", "нет ключей: targets_none", nil),
            ("Стагнация — {n", "Стагнация — {n {n", "непарная фигурная скобка", lineOf("dynamics_stagnation\t"))
        ]
        for (from, to, says, line) in cases {
            let dir = try templates("conclusions.tsv") { $0.replacingOccurrences(of: from, with: to) }
            XCTAssertThrowsError(try Catalogue.load(from: dir), to) { e in
                XCTAssertTrue("\(e)".contains(says) && "\(e)".contains("conclusions.tsv"), "\(e)")
                XCTAssertEqual((e as? CatalogueError)?.line, line, "\(e)")
            }
        }
    }
}
