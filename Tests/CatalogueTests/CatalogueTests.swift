import Foundation
import XCTest

@testable import Catalogue

/// The catalogue in Templates/ against the reference report's own tables
/// (Examples/source/report_tables.tsv, extracted from the seed by scripts/extract_report_tables.py).
final class CatalogueTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let catalogue = try! Catalogue.load(from: root.appendingPathComponent("Templates"))

    struct ReportRow { let table: String; let row: Int; let direction: String; let wording: String }

    static let report: [ReportRow] = {
        let text = try! String(
            contentsOf: root.appendingPathComponent("Examples/source/report_tables.tsv"),
            encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map {
            let f = $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return ReportRow(table: f[0], row: Int(f[1])!, direction: f[2], wording: f[3])
        }
    }()

    var catalogue: Catalogue { Self.catalogue }

    func testThirteenDirectionsInTheOrderOfTable38() {
        let inReport = Self.report.filter { $0.table == "38" }.map(\.direction)
        var ordered: [String] = []
        for d in inReport where ordered.last != d { ordered.append(d) }
        XCTAssertEqual(ordered.count, 13)
        XCTAssertEqual(catalogue.directions.map { "\($0.number). \($0.name)" }, ordered)
    }

    func testCriteriaCountsPerYearEqualTables1And38() {
        let aggregated = { (year: Int) in self.catalogue.criteria(in: year).filter { $0.aggregation != .none } }
        XCTAssertEqual(aggregated(2023).count, Self.report.filter { $0.table == "1" }.count)
        XCTAssertEqual(aggregated(2023).count, 69)
        XCTAssertEqual(aggregated(2024).count, 63)
        XCTAssertEqual(aggregated(2024).count, Self.report.filter { $0.table == "38" }.count)
    }

    func resolve(_ title: String, year: Int? = nil, scope: ResolveScope = .any) -> Resolution {
        CriterionResolver(catalogue: catalogue).resolve(RowQuery(title: title, year: year, scope: scope))
    }

    func testEveryRowOfTables1And38MatchesItsCriterionExactly() {
        for r in Self.report where r.table == "1" || r.table == "38" {
            let year = r.table == "1" ? 2023 : 2024
            let expected = catalogue.criteria.first { catalogue.heatmapPosition($0.id, year: year) == r.row }
            XCTAssertNotNil(expected, "no criterion for Table \(r.table) row \(r.row)")
            XCTAssertEqual(
                resolve(r.wording, year: year), .used(expected?.id ?? "", how: .exact, score: 1),
                "Table \(r.table) row \(r.row)")
        }
    }

    func testDirectionTableVariantsResolveWithoutGuessing() {
        for r in Self.report where r.table != "1" && r.table != "38" {
            let m = resolve(r.wording, year: 2024)
            switch m {
            case .used(let id, let how, _) where how != .similar:
                XCTAssertTrue(
                    catalogue.criterion(id)!.reportTables.contains(r.table),
                    "Table \(r.table) row \(r.row) matched \(id), which does not list that table")
            default:
                XCTFail("Table \(r.table) row \(r.row) «\(r.wording)»: \(m)")
            }
        }
    }

    func testRenamedCriterionKeepsOneId() {
        XCTAssertEqual(resolve("Общее количество Положений о материальном поощрении наставников").usedID, "pay_acts")
        XCTAssertEqual(resolve("Общее количество локальных актов об оплате работы наставника").usedID, "pay_acts")
        XCTAssertEqual(
            resolve("Общее количество Положений о нематериальном поощрении наставников").usedID, "nonmaterial_acts")
        XCTAssertFalse(catalogue.criterion("agreements_iro")!.exists(in: 2024), "a 2023-only criterion")
    }

    func testFormWordingsOfSeed001AreSynonyms() {
        XCTAssertEqual(
            resolve("Наличие приказа о мониторинге в ОО"), .used("orgs_monitoring_order", how: .synonym, score: 1))
        XCTAssertEqual(
            resolve(
                "Количество обучающихся (от 10до 19 лет), включенных в программы наставничества в роли наставляемого"),
            .used("mentees_10_19", how: .synonym, score: 1))
        // The form's own wording of a municipal criterion (seed 001): the teachers' regulation, not the students'.
        XCTAssertEqual(
            resolve(
                "Наличие приказа «Об утверждении положения о системе наставничества педагогических работников в образовательной организации»",
                scope: .organisation
            ).usedID,
            "orgs_regulation_teachers")
        XCTAssertEqual(
            resolve("Количество наставников в базе ОО (по приказу)", scope: .organisation).usedID, "mentors_total")
    }

    func testSimilarityIsUsedOnlyWhenCertain() {
        // A word changed and one dropped: close to one criterion only.
        XCTAssertEqual(
            resolve("Количество наставников из числа обучающихся от 15 до 19 лет (по приказу ОО)").usedID,
            "mentors_15_19")
        XCTAssertEqual(resolve("Количество столовых"), .unmatched([]))
        XCTAssertEqual(resolve(""), .unmatched([]))
        // "Количество персонализированных программ по форме" fits eight criteria equally: never used.
        XCTAssertNil(resolve("Количество персонализированных программ по форме").usedID)
    }

    func testThesaurusEquivalencesAreCertain() {
        let r = resolve(
            "Численность обучающихся в возрасте от 10 до 19 лет, вовлеченных в программы наставничества в качестве наставляемых",
            scope: .organisation)
        XCTAssertEqual(r.usedID, "mentees_10_19")
        // Mentors are not mentees, 15–19 is not 10–19.
        XCTAssertNotEqual(
            resolve("Численность наставников из числа обучающихся в возрасте от 15 до 19 лет согласно приказу").usedID,
            "mentees_10_19")
    }

    func testOrganisationRowsNeverFillMunicipalCriteria() {
        XCTAssertEqual(resolve("Количество сетевых наставников", scope: .any).usedID, "network_mentors")
        XCTAssertNil(resolve("Количество сетевых наставников", scope: .organisation).usedID)
    }

    func testTitleNormaliser() {
        XCTAssertEqual(TitleNormaliser.normalise("  «Наличие»  приказа\u{00A0}(1 - да / 0 – нет). "), "наличие приказа")
        XCTAssertEqual(
            TitleNormaliser.normalise("Уровень удовлетворённости <i>наставляемых</i>"),
            TitleNormaliser.normalise("уровень удовлетворенности наставляемых"))
        XCTAssertEqual(TitleNormaliser.normalise("учитель-ученик"), TitleNormaliser.normalise("учитель – ученик"))
        XCTAssertEqual(TitleNormaliser.normalise("от 10до 19 лет"), "от 10 до 19 лет")
        // Latin 'C' and 'o' inside a Cyrillic word.
        XCTAssertEqual(TitleNormaliser.normalise("Количеcтвo наставников"), "количество наставников")
    }

    func testAggregationRulesOfTheIssue() {
        let share = catalogue.criterion("share_teachers_mentees")!
        XCTAssertEqual(share.aggregation, .ratio)
        XCTAssertEqual(share.numerator, ["teachers_other_mentees", "young_specialists_mentees"])
        XCTAssertEqual(share.denominator, ["teachers_other", "young_specialists"])
        XCTAssertEqual(catalogue.criterion("teachers_municipal")!.numerator, ["teachers_other", "young_specialists"])
        XCTAssertEqual(catalogue.criterion("partner_list")!.aggregation, .distinct)
        XCTAssertEqual(catalogue.criterion("satisfaction_mentees")!.aggregation, .mean)
        XCTAssertEqual(catalogue.criterion("orgs_monitoring_order")!.aggregation, .countYes)
        XCTAssertEqual(catalogue.criterion("orgs_total")!.aggregation, .forms)
        XCTAssertEqual(
            catalogue.criteria.filter { $0.notIndicative != nil }.map(\.id).sorted(),
            ["curators_total", "orgs_regulation_teachers", "orgs_total", "students_10_19", "students_15_19"])
        XCTAssertEqual(catalogue.targets.first { $0.criterion == "share_mentees_10_19" }?.value, 0.70)
        XCTAssertEqual(catalogue.palette(.positive)?.fill, "C6EFCE")
        XCTAssertEqual(catalogue.palette(.negative)?.font, "9C0006")
    }

    func testMalformedCatalogueNamesFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cat-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Templates"), to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("criteria.tsv")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        lines[3] = lines[3].replacingOccurrences(of: "\tcount\t", with: "\tштуки\t")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Catalogue.load(from: dir)) { e in
            XCTAssertTrue(
                "\(e)".contains("criteria.tsv") && "\(e)".contains("строка 4") && "\(e)".contains("штуки"), "\(e)")
        }
    }

    func testDynamicsNames() {
        XCTAssertEqual(DynamicsCategory(russian: "условно положительная"), .conditionallyPositive)
        XCTAssertEqual(DynamicsCategory(russian: "Условно-положительная"), .conditionallyPositive)
        XCTAssertEqual(DynamicsCategory(russian: "замер не производился"), .notMeasured)
        XCTAssertEqual(DynamicsCategory(russian: "Стагнация"), .stagnation)
        XCTAssertNil(DynamicsCategory(russian: "рост"))
    }
}

/// The text helpers of the hot paths agree with Foundation and with byte equality.
final class FastTextTests: XCTestCase {
    func testTrimmedMatchesFoundationsWhitespaceAndNewlines() {
        for s in ["  да ", "\u{00A0}1 111\u{202F}", "\n\tтекст\r\n", "", "   ", "без пробелов", "\u{2009}5,39%\u{3000}"]
        {
            XCTAssertEqual(s.trimmed, s.trimmingCharacters(in: .whitespacesAndNewlines), s.debugDescription)
        }
    }

    func testWhiteSpaceIsTheUnicodeProperty() {
        for value in UInt32(0)...0x10FFFF {
            guard let u = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(u.isWhiteSpace, u.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    func testCharacterBoundIsCount() {
        // The scalars taken to stand alone: between any two of them the grapheme rules break (each pair both ways).
        let standing = String.UnicodeScalarView(
            (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter(\.standsAlone))
        XCTAssertGreaterThan(standing.count, 1000)
        for a in standing {
            var s = String.UnicodeScalarView()
            for b in standing { s.append(a); s.append(b) }
            XCTAssertEqual(String(s).count, 2 * standing.count, "U+\(String(a.value, radix: 16))")
        }
        let texts = [
            "", "а", "Количество наставников", "Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы",
            "e\u{301}" + String(repeating: "ж", count: 3), "й" + String(repeating: "и\u{306}", count: 5), "a\r\nb\r\n",
            "👩‍👩‍👧 семья", "🇷🇺🇷🇺", "한국어", "на\u{200D}ставник", "№ 5 — «МБОУ СОШ»\t…", "\u{483}\u{483}а"
        ]
        for t in texts {
            for n in 0...12 { XCTAssertEqual(t.hasAtMostCharacters(n), t.count <= n, "\(t) \(n)") }
        }
    }

    func testIncludesFindsBytes() {
        XCTAssertTrue("C:/Users/Загрузки/приказ.pdf".includes("Загрузки"))
        XCTAssertTrue("abc".includes(""))
        XCTAssertFalse("загрузк".includes("загрузки"))
        XCTAssertFalse("Downloads".includes("downloads"), "exact, case-sensitive")
    }

    func testTextKeyComparesBytes() {
        XCTAssertEqual(TextKey("МБОУ СОШ № 5"), TextKey("МБОУ СОШ № 5"))
        XCTAssertNotEqual(TextKey("МБОУ СОШ № 5"), TextKey("МБОУ СОШ № 50"))
        XCTAssertEqual(Set([TextKey("а"), TextKey("а"), TextKey("б")]).count, 2)
        // «й» composed and decomposed: equal as Swift strings, two keys by their bytes (hashed once, when made).
        XCTAssertNotEqual(TextKey("й"), TextKey("и\u{0306}"))
        XCTAssertEqual(TextKey("наставник").hashValue, TextKey("наставник").hashValue)
        let decoded = try! JSONDecoder().decode([TextKey].self, from: JSONEncoder().encode([TextKey("критерий")]))
        XCTAssertEqual(Set(decoded), [TextKey("критерий")])
        let labels: TextSet = ["критерий", "значение"]
        XCTAssertTrue(labels.contains("значение"))
        XCTAssertFalse(labels.contains("ссылка"))
    }
}

/// The title normaliser's quick path (scalar by scalar) gives what its character path gives.
final class TitleNormaliserPathTests: XCTestCase {
    func testScalarAndCharacterPathsAgree() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var corpus: [String] = [
            "  «Наличие»  приказа\u{00A0}(1 - да / 0 – нет). ", "учитель-ученик", "учитель – ученик", "10до 19 лет",
            "МБОУ «СОШ №5»\r\nим. Героя", "Cкoлькo (латинские C, o)", "a\tb\u{2009}c\u{202F}d", "—начало", "конец—",
            "\"кавычки\" ‘одиночные’ „нижние“", "(формы указать в примечании)*", "x - - y", "№ 5", "ДОП: «ДДТ»;", "",
            "   ", "-", "«»", "1-да/0-нет", "Доля (%)", "abc ABC", "Ёлка ёж", "мбоудо «цдт»", "ПК-1 ПК‑2 ПК−3"
        ]
        let files =
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Examples/source").path)
            .filter { $0.hasSuffix(".tsv") }.map { "Examples/source/" + $0 }
            + ["Templates/criteria.tsv", "Templates/synonyms.tsv", "Templates/tables.tsv"]
        for f in files {
            let text = try String(contentsOf: root.appendingPathComponent(f), encoding: .utf8)
            for line in text.split(separator: "\n") { corpus += line.split(separator: "\t").map(String.init) }
        }
        XCTAssertGreaterThan(corpus.count, 3_000)
        var quick = 0
        for raw in corpus {
            var s = raw.lowercased()
            s = s.replacingOccurrences(of: "ё", with: "е")
            guard TitleNormaliser.singleScalarCharacters(s) else { continue }
            quick += 1
            XCTAssertEqual(
                TitleNormaliser.finish(TitleNormaliser.spacedByScalars(s)),
                TitleNormaliser.finish(TitleNormaliser.spacedByCharacters(s)), raw)
        }
        XCTAssertGreaterThan(quick, corpus.count * 9 / 10, "most real titles take the quick path")
        // Combining marks take the character path.
        XCTAssertFalse(TitleNormaliser.singleScalarCharacters("и\u{306}"))
    }
}
