import Catalogue
import Dataset
import XCTest

@testable import Normaliser

/// The layouts read from files made by openpyxl (Examples/generate.py, Tests/Fixtures/normaliser/make_fixtures.py).
final class LayoutTests: XCTestCase {
    func value(_ d: Dataset, _ id: String, org: String? = nil) -> Observation? {
        d.observations.first { $0.criterion == id && (org == nil || $0.organisation == OrganisationKey.make(org!)) }
    }

    func testForm2023WithLabelsBelowShuffledColumnsAndTextValues() throws {
        let (d, reports) = Support.read(["Tests/Fixtures/normaliser/form_2023_labels_below.xlsx"])
        let r = reports[0]
        XCTAssertEqual(r.layout, .form)
        XCTAssertEqual(r.year, 2023, "from «01.01.2023–31.12.2023»")
        let org = try XCTUnwrap(d.organisations[OrganisationKey.make("МБОУ ДО ДД(Ю)Т")], "Latin M folded")
        XCTAssertEqual(org.type, .dop)
        XCTAssertEqual(value(d, "mentors_total")?.value, .number(1111))
        XCTAssertEqual(value(d, "mentors_total")?.raw, "1 111")
        XCTAssertEqual(value(d, "mentors_total")?.link, "https://ddut.example.ru/prikaz.pdf")
        XCTAssertEqual(value(d, "mentors_total")?.source.cell, "B5")
        XCTAssertEqual(value(d, "share_mentees_10_19")?.value, .number(0.0728))
        XCTAssertEqual(
            value(d, "share_mentees_10_19")?.link, "https://ddut.example.ru/doli.pdf", "hyperlink behind «ссылка»")
        XCTAssertEqual(value(d, "share_mentees_10_19")?.linkText, "ссылка")
        XCTAssertEqual(value(d, "share_mentors_15_19")?.value, .number(0.0539))
        XCTAssertEqual(value(d, "satisfaction_mentees")?.value, .number(0.15))
        XCTAssertEqual(value(d, "orgs_monitoring_order")?.value, .number(1))
        XCTAssertEqual(
            value(d, "orgs_monitoring_order")?.link,
            "chrome-extension://efaidnbmnnnibpcajpcgclefndmkaj/https://ddut.example.ru/monitoring.pdf")
        XCTAssertNil(value(d, "mentees_total"), "«-» is not reported")
        XCTAssertNil(value(d, "curators_total"), "«нет данных» is not reported")
        XCTAssertEqual(value(d, "kpk_trained")?.value, .note("замер показателя не производился"))
        XCTAssertEqual(value(d, "pay_acts")?.value, .number(3), "the 2023 wording of the renamed criterion")
        XCTAssertEqual(value(d, "pay_acts")?.note, "приказ от 01.09.2023")
        // A near wording below the similarity that is certain by itself (0,79 < 0,8), every word of which is this
        // criterion's and no other's («… от 15 до 19 лет (по приказу ОО)»): used (`CriterionResolver.explainsAlone`).
        XCTAssertEqual(value(d, "mentors_15_19")?.value, .number(12))
        XCTAssertNil(d.unassigned.first { $0.source.cell == "E14" })
        XCTAssertEqual(value(d, "partner_list")?.value, .list(["ФГБОУ ВО «УдГУ»", "АНО «ИЖАСТРО»"]))
        XCTAssertFalse(r.issues.contains { $0.kind == .doubtfulMatch && $0.source?.cell == "E14" })
        XCTAssertTrue(
            r.issues.contains {
                $0.kind == .unmappedTitle && $0.source?.cell == "E15" && $0.message.contains("Количество столовых")
            })
        XCTAssertTrue(r.issues.contains { $0.kind == .ignoredColumn && $0.message.contains("Ответственный") })
    }

    func testTwoFormsOfOneOrganisationAndAFormOfAnotherYear() {
        let (d, reports) = Support.read([
            "Tests/Fixtures/normaliser/dup_a.xlsx", "Tests/Fixtures/normaliser/dup_b.xlsx",
            "Tests/Fixtures/normaliser/dup_c.xlsx", "Tests/Fixtures/normaliser/other_year.xlsx"
        ])
        XCTAssertTrue(reports[1].issues.contains { $0.kind == .error && $0.message.contains("расходится") })
        XCTAssertTrue(reports[2].issues.contains { $0.kind == .duplicateForm })
        XCTAssertTrue(reports[3].issues.contains { $0.kind == .yearMismatch })
        let school5 = d.observations.filter {
            $0.organisation == OrganisationKey.make("МБОУ СОШ № 5") && $0.year == 2024
        }
        XCTAssertEqual(school5.map(\.value), [.number(10)], "one form counted, the first")
    }

    /// With `--year`, a form is judged against that year, as the rest of the run is: the forms of the year most
    /// forms give are the ones named when the user chose the other year (before, the reader judged them
    /// against the majority's year whatever `--year` said, so the run's year and its warnings disagreed).
    func testWithAYearGivenFormsOfOtherYearsAreNamedAgainstIt() throws {
        let paths = ["dup_a", "dup_c", "other_year"].map { Support.path("Tests/Fixtures/normaliser/\($0).xlsx") }
        var plain = Dataset()
        let byMajority = InputReader(context: Support.context).read(paths, into: &plain)
        let years: [Int?] = byMajority.map { $0.year }
        let other: Int = try XCTUnwrap(years[2])
        let majority: Int = try XCTUnwrap(years[0])
        XCTAssertNotEqual(other, majority)
        XCTAssertEqual(
            byMajority.map { (r: FileReport) -> Bool in r.issues.contains { $0.kind == IssueKind.yearMismatch } },
            [false, false, true])

        var reader = InputReader(context: Support.context)
        reader.year = other
        var dataset = Dataset()
        let reports = reader.read(paths, into: &dataset)
        XCTAssertEqual(
            reports.map { (r: FileReport) -> Bool in r.issues.contains { $0.kind == IssueKind.yearMismatch } },
            [true, true, false])
        let message = try XCTUnwrap(reports[0].issues.first(where: { $0.kind == IssueKind.yearMismatch })?.message)
        XCTAssertEqual(message, "форма за \(majority) год, а отчётный год — \(other) (--year); проверьте отчётный год")
    }

    func testUnknownLayoutIsReportedNotGuessed() {
        let (d, reports) = Support.read(["Tests/Fixtures/normaliser/no_layout.xlsx"])
        XCTAssertTrue(reports[0].failed)
        XCTAssertTrue(reports[0].issues.contains { $0.kind == .unknownLayout })
        XCTAssertTrue(d.observations.isEmpty)
    }

    /// The same 2024 data as 93 forms (layout A, three styles) and as one wide export (layout B).
    func testWideExportAndFormsGiveTheIdenticalDataset() {
        let (forms, fr) = Support.read(["Examples/forms/2024"])
        let (wide, wr) = Support.read(["Tests/Fixtures/normaliser/wide_2024.xlsx"])
        XCTAssertEqual(fr.count, 93)
        XCTAssertEqual(wr[0].layout, .wide)
        XCTAssertFalse((fr + wr).contains { $0.issues.contains(where: \.needsAttention) })
        struct Key: Hashable { let c: String; let o: String?; let y: Int; let v: ObservedValue?; let l: String? }
        func keys(_ d: Dataset) -> [Key] {
            d.observations.map { Key(c: $0.criterion, o: $0.organisation, y: $0.year, v: $0.value, l: $0.link) }
                .sorted { ($0.o ?? "", $0.c) < ($1.o ?? "", $1.c) }
        }
        XCTAssertEqual(forms.observations.count, wide.observations.count)
        XCTAssertEqual(keys(forms), keys(wide))
        XCTAssertEqual(Set(forms.organisations.keys), Set(wide.organisations.keys))
        XCTAssertEqual(forms.organisations.values.filter { $0.type == .school }.count, 80)
        XCTAssertEqual(forms.organisations.values.filter { $0.type == .dop }.count, 13)
    }

    func testMunicipalFormAndBestPractices() {
        let (d, reports) = Support.read(["Examples/municipal_2024.xlsx"])
        XCTAssertEqual(reports[0].layout, .municipalForm)
        XCTAssertEqual(d.observations.first { $0.criterion == "municipal_order" }?.value, .number(1))
        XCTAssertTrue(d.observations.allSatisfy { $0.organisation == nil })
        XCTAssertEqual(d.bestPractices.first?.count, 3)
        XCTAssertFalse(d.bestPractices.isEmpty)
    }

    func testHistoryValuesNotesAndDynamics() {
        let (d, reports) = Support.read(["Examples/history_2022_2023.xlsx"])
        XCTAssertEqual(reports[0].layout, .history)
        XCTAssertEqual(reports[0].mapped, 69)
        func h(_ id: String, _ y: Int) -> ObservedValue? {
            d.history.first { $0.criterion == id && $0.year == y }?.value
        }
        XCTAssertEqual(h("mentors_total", 2023), .number(1068))
        XCTAssertEqual(h("share_mentees_10_19", 2023), .number(0.0735))
        XCTAssertEqual(h("share_young_specialists_mentees", 2023), .number(0.7326), "«73,26» without %")
        XCTAssertEqual(h("orgs_monitoring_order", 2022), .number(36))
        if case .note(let n)? = h("mentors_total", 2022) {
            XCTAssertTrue(n.contains("не производился"))
        } else {
            XCTFail()
        }
        let override = d.dynamics.first { $0.criterion == "external_edu_mentors" }
        XCTAssertEqual(override?.category, "conditionally_positive", "Table 1 says «условно положительная»")
        XCTAssertEqual(override?.fromYear, 2022)
        XCTAssertEqual(override?.toYear, 2023)
    }

    /// A form in a school's own words: every value is used for the right criterion or named as not used,
    /// and the counts add up.
    func testFormInASchoolsOwnWords() {
        let (d, reports) = Support.read(["Tests/Fixtures/normaliser/own_words.xlsx"])
        let r = reports[0]
        XCTAssertEqual(r.layout, .form)
        XCTAssertEqual(r.year, 2024, "the year of the title line above the table")
        XCTAssertEqual(r.organisations, ["МБОУ \"Школа № 17\""], "Latin M made Cyrillic")
        let got = Dictionary(d.observations.map { ($0.criterion, $0.value) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(got["orgs_regulation_teachers"], .number(1))
        XCTAssertEqual(got["orgs_regulation_students"], .number(0))
        XCTAssertEqual(got["mentors_total"], .number(34))
        XCTAssertEqual(got["mentees_total"], .number(120))
        XCTAssertEqual(got["students_10_19"], .number(650))
        XCTAssertEqual(got["mentees_10_19"], .number(95))
        // «Количество педагогов-наставников»: its other candidates are held by the rows above (elimination).
        XCTAssertEqual(got["teachers_mentors"], .number(21))
        // «Удовлетворённость наставляемых, %»: the title says the level («%», «удовлетворённость») and holds only words
        // of the criterion, far ahead of «… наставников» (`CriterionResolver.explains`).
        XCTAssertEqual(got["satisfaction_mentees"], .number(0.88))
        XCTAssertEqual(got.count, 8, "nothing else used: \(got.keys.sorted())")
        // «Количество наставнических пар» is no criterion: kept, named, and not used.
        XCTAssertEqual(Set(d.unassigned.map(\.raw)), ["40"])
        XCTAssertEqual(d.unassigned.first { $0.raw == "40" }?.status, .unmatched)
        XCTAssertEqual(d.observations.count + d.unassigned.count, 9, "every value of the form accounted for once")
    }

    /// A form written as pretty-printed XML with Excel's escapes (criterion titles broken by `_x000D_` and a
    /// newline, every string indented inside `<is>`) gives exactly the values of the same form written plainly.
    func testPrettyPrintedFormWithEscapedLineBreaksReadsLikeThePlainOne() {
        let (plain, plainReports) = Support.read(["Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx"])
        let (escaped, escapedReports) = Support.read(["Tests/Fixtures/normaliser/escaped_pretty.xlsx"])
        func values(_ d: Dataset) -> [String: String] {
            Dictionary(
                d.observations.map {
                    ($0.criterion, "\($0.value.map(String.init(describing:)) ?? "-") \($0.link ?? "")")
                },
                uniquingKeysWith: { a, _ in a })
        }
        XCTAssertGreaterThan(values(plain).count, 50, "the example form holds its criteria")
        let (e, p) = (values(escaped), values(plain))
        for k in Set(e.keys).union(p.keys).sorted() where e[k] != p[k] {
            XCTFail("\(k): «\(e[k] ?? "нет")» read from the escaped form, «\(p[k] ?? "нет")» from the plain one")
        }
        XCTAssertEqual(escaped.unassigned.count, 0, "no title left unmatched: \(escaped.unassigned.map(\.wording))")
        XCTAssertEqual(escapedReports[0].organisations, plainReports[0].organisations)
        XCTAssertEqual(escapedReports[0].mapped, plainReports[0].mapped)
    }

    /// A school's form whose name label the tool does not know is never taken for the municipality's: its name is
    /// recognised by its words («МАОУ «СОШ № 88»» after «Школа») and the form read as with «Наименование ОУ»; a
    /// value that does not look like a name («Ромашка») leaves the form asked about (mapping file), its counts unused.
    func testAFormWithoutAKnownOrganisationLabelIsReadByItsNameNeverAsTheMunicipalitys() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("noorg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = """
            import openpyxl, sys
            for label, org, name in (("Школа", "МАОУ «СОШ № 88»", "unknown.xlsx"), ("Наименование ОУ", "МАОУ «СОШ № 88»", "known.xlsx"),
                                     ("Школа", "Ромашка", "asked.xlsx")):
                wb = openpyxl.Workbook(); ws = wb.active
                ws.append(["Отчёт школы по наставничеству"]); ws.append([label, org]); ws.append(["Отчётный период", "2024"])
                ws.append([]); ws.append(["Показатель", "Значение", "Подтверждение"])
                ws.append(["Общее число наставников в ОО (по приказу)", "1 204", "https://s88.ru/prikaz.pdf"])
                ws.append(["Общее число наставляемых в ОО (по приказу)", "2 310", "https://s88.ru/prikaz.pdf"])
                ws.append(["Число обучающихся от 10 до 19 лет", 980])
                wb.save(sys.argv[1] + "/" + name)
            """
        let (status, out) = try Support.run("python3", ["-c", script, dir.path])
        XCTAssertEqual(status, 0, out)
        func read(_ name: String) -> (FileReport, Dataset) {
            var d = Dataset()
            let r = InputReader(context: Support.context).read(dir.appendingPathComponent(name).path, into: &d)
            return (r, d)
        }
        let (known, k) = read("known.xlsx")
        let (unknown, u) = read("unknown.xlsx")
        for (r, d) in [(known, k), (unknown, u)] {
            XCTAssertEqual(r.layout, .form)
            XCTAssertEqual(r.organisations, ["МАОУ «СОШ № 88»"])
            let got = Dictionary(d.observations.map { ($0.criterion, $0.value) }, uniquingKeysWith: { a, _ in a })
            XCTAssertEqual(got["mentors_total"], .number(1204))
            XCTAssertEqual(got["mentees_total"], .number(2310))
            XCTAssertTrue(d.observations.allSatisfy { $0.organisation == OrganisationKey.make("МАОУ «СОШ № 88»") })
        }
        let (asked, a) = read("asked.xlsx")
        XCTAssertEqual(asked.layout, .form, "an organisation's form, not the municipality's")
        XCTAssertFalse(asked.failed, "asked about, not skipped")
        XCTAssertTrue(
            asked.issues.contains {
                $0.kind == .missingOrganisation && $0.message.contains("значения формы (3) не учтены")
            }, "\(asked.issues)")
        XCTAssertEqual(a.observations.count, 0, "no count of the school became the municipality's")
        XCTAssertEqual(a.unnamedForms.map(\.values), [3])
    }
}
