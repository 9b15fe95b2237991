import Catalogue
import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// The header block, the form's kind and its sheets, read from forms made by openpyxl out of the example forms
/// (Tests/Fixtures/normaliser/make_header_forms.py): each transformed form gives the values of its original.
final class HeaderBlockTests: XCTestCase {
    static var dir: URL!

    override class func setUp() {
        super.setUp()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("header-forms-\(UUID().uuidString)")
        let (status, out) = try! Support.run(
            "python3", [Support.path("Tests/Fixtures/normaliser/make_header_forms.py"), dir.path])
        precondition(status == 0, out)
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: dir)
        super.tearDown()
    }

    func path(_ relative: String) -> String { Self.dir.appendingPathComponent(relative).path }

    func read(_ paths: [String], context: NormaliserContext = Support.context) -> (Dataset, [FileReport]) {
        var d = Dataset()
        let reports = InputReader(context: context).read(InputReader.expand(paths), into: &d)
        return (d, reports)
    }

    /// criterion → value and link, for an organisation's observations (every one when `org` is nil).
    func values(_ d: Dataset, org: String?) -> [String: String] {
        let key = org.map(OrganisationKey.make)
        var out: [String: String] = [:]
        for o in d.observations where key == nil || o.organisation == key {
            out[o.criterion] = "\(o.value.map(String.init(describing:)) ?? "-") \(o.link ?? "")"
        }
        return out
    }

    /// The values of an example form, read as it is.
    func original(_ example: String, org: String) -> [String: String] {
        let (d, _) = Support.read(["Examples/forms/2024/" + example])
        let v = values(d, org: org)
        XCTAssertGreaterThan(v.count, 50, "the example form \(example) holds its values")
        return v
    }

    func assertSame(
        _ got: [String: String], _ want: [String: String], file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(got.count, want.count, file: file, line: line)
        for k in Set(got.keys).union(want.keys).sorted() where got[k] != want[k] {
            XCTFail("\(k): «\(got[k] ?? "нет")» read, «\(want[k] ?? "нет")» in the original", file: file, line: line)
        }
    }

    func testNameLooksByItsWords() {
        let words = Support.context.organisationWords
        XCTAssertTrue(words.looksLikeName("МБОУ \"СОШ № 5\""))
        XCTAssertTrue(
            words.looksLikeName(
                "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»"))
        XCTAssertTrue(words.looksLikeName("МБДОУ «Детский сад № 171»"))
        XCTAssertTrue(words.looksLikeName("МБОУ ДО ДД(Ю)Т"))
        XCTAssertTrue(words.looksLikeName("МБОУ ДО \"ЦДТ\""), "types only, but several: a name")
        XCTAssertFalse(words.looksLikeName("Школа"), "a type word alone is a label, not a name")
        XCTAssertFalse(words.looksLikeName("МБОУ"), "a type alone")
        XCTAssertFalse(words.looksLikeName("организация дополнительного образования"), "a type, not a name")
        XCTAssertFalse(words.looksLikeName("от 10 до 19 лет"), "«до» in lower case is a preposition")
        XCTAssertFalse(words.looksLikeName("Наименование школы (полное)"))
        XCTAssertFalse(words.looksLikeName("Мониторинг целевой модели наставничества в МБОУ СОШ № 5"), "a title")
        XCTAssertFalse(words.looksLikeName("г. Ижевск"))
        XCTAssertEqual(OrganisationWords.nameInFileName("/x/05_МБОУ_СОШ_№_67.xlsx"), "МБОУ СОШ № 67")
        XCTAssertEqual(OrganisationWords.nameInFileName("анкета.xlsx"), "анкета")
    }

    /// Every example form, its organisation in one cell after «:» or under a label the tool does not know, gives the
    /// dataset of the example forms as they are: the same organisations, values and links.
    func testEveryExampleFormWithItsNameInOneCellOrUnderAnUnknownLabel() {
        let (want, _) = Support.read(["Examples/forms/2024"])
        struct Key: Hashable { let c: String; let o: String?; let y: Int; let v: ObservedValue?; let l: String? }
        func keys(_ d: Dataset) -> [Key] {
            d.observations.map { Key(c: $0.criterion, o: $0.organisation, y: $0.year, v: $0.value, l: $0.link) }
                .sorted { ($0.o ?? "", $0.c) < ($1.o ?? "", $1.c) }
        }
        for folder in ["all_one_cell", "all_unknown_label"] {
            let (d, reports) = read([path(folder)])
            XCTAssertEqual(reports.count, 93)
            XCTAssertEqual(reports.filter { $0.layout == .form && $0.organisations.count == 1 }.count, 93, folder)
            XCTAssertFalse(reports.contains { $0.issues.contains(where: \.needsAttention) }, folder)
            XCTAssertEqual(Set(d.organisations.keys), Set(want.organisations.keys), folder)
            XCTAssertEqual(keys(d), keys(want), folder)
        }
    }

    func testLabelAndValueInOneCell() {
        let (d, reports) = read([path("one_cell")])
        XCTAssertEqual(reports[0].layout, .form)
        XCTAssertEqual(reports[0].organisations, ["МБОУ \"СОШ № 5\""])
        XCTAssertEqual(reports[0].year, 2024, "«Отчетный год: 2024» in one cell")
        XCTAssertFalse(reports[0].issues.contains(where: \.needsAttention), "\(reports[0].issues)")
        assertSame(values(d, org: "МБОУ \"СОШ № 5\""), original("01_МБОУ_СОШ_№_5.xlsx", org: "МБОУ \"СОШ № 5\""))
    }

    func testUnknownLabelMergedOverColumnsAndYearBelowItsLabel() {
        let (d, reports) = read([path("merged")])
        XCTAssertEqual(
            reports[0].organisations, ["МБОУ \"ГЮЛ №86\""],
            "the value after «Учреждение-исполнитель», a label the tool does not know")
        XCTAssertEqual(reports[0].year, 2024)
        assertSame(values(d, org: "МБОУ \"ГЮЛ №86\""), original("07_МБОУ_ГЮЛ_№86.xlsx", org: "МБОУ \"ГЮЛ №86\""))
    }

    func testLabelsSideBySideWithAnUnknownOneAndValuesBelow() {
        let name = Support.read(["Examples/forms/2024/11_МБОУ_СОШ_№52.xlsx"]).1[0].organisations[0]
        let (d, reports) = read([path("side_by_side")])
        XCTAssertEqual(reports[0].organisations, [name], "the name below the label, not the unknown label beside it")
        assertSame(values(d, org: name), original("11_МБОУ_СОШ_№52.xlsx", org: name))
    }

    func testNameAloneAboveTheTable() {
        let (d, reports) = read([path("name_only")])
        XCTAssertEqual(reports[0].layout, .form)
        XCTAssertEqual(reports[0].organisations, ["МАОУ \"Гимназия № 56\""])
        XCTAssertEqual(d.organisations.values.first?.type, .school)
        assertSame(
            values(d, org: "МАОУ \"Гимназия № 56\""),
            original("10_МАОУ_Гимназия_№_56.xlsx", org: "МАОУ \"Гимназия № 56\""))
    }

    func testNameOnlyInTheFileNameIsUsedAndMarkedToCheck() {
        let (d, reports) = read([path("file_name")])
        XCTAssertEqual(reports[0].layout, .form)
        XCTAssertEqual(reports[0].organisations, ["МБОУ СОШ № 67"])
        let issue = reports[0].issues.first { $0.kind == .organisationGuessed }
        XCTAssertNotNil(issue, "\(reports[0].issues)")
        XCTAssertTrue(issue?.needsAttention ?? false)
        XCTAssertTrue(issue?.message.contains("из имени файла: «МБОУ СОШ № 67»") ?? false, issue?.message ?? "")
        XCTAssertEqual(d.unnamedForms.map(\.guess), ["МБОУ СОШ № 67"], "offered in the mapping file to confirm")
        assertSame(values(d, org: "МБОУ СОШ № 67"), original("05_МБОУ_СОШ_№_67.xlsx", org: "МБОУ \"СОШ № 67\""))
    }

    func testFormWithoutAnyNameIsAskedThenReadWithTheUsersDecision() {
        let (d, reports) = read([path("no_name")])
        let r = reports[0]
        XCTAssertEqual(r.layout, .form, "an organisation's form, not the municipality's")
        XCTAssertFalse(r.failed, "not skipped: asked")
        XCTAssertTrue(
            r.issues.contains { $0.kind == .missingOrganisation && $0.message.contains("лист «Формы»") }, "\(r.issues)")
        XCTAssertEqual(d.observations.count, 0, "no value used without its organisation")
        XCTAssertEqual(d.unnamedForms.count, 1)
        XCTAssertNil(d.unnamedForms.first?.guess)
        XCTAssertGreaterThan(d.unnamedForms.first?.values ?? 0, 50)
        // The user's answer, as the mapping file's sheet «Формы» gives it (by the file's name).
        var decisions = MappingDecisions()
        decisions.set(organisation: "МБОУ \"СОШ № 70\"", file: "no_name/анкета.xlsx", sheet: "")
        let (decided, dr) = read([path("no_name")], context: Support.context.with(decisions: decisions))
        XCTAssertEqual(dr[0].organisations, ["МБОУ \"СОШ № 70\""])
        XCTAssertFalse(dr[0].issues.contains(where: \.needsAttention), "\(dr[0].issues)")
        assertSame(
            values(decided, org: "МБОУ \"СОШ № 70\""), original("04_МБОУ_СОШ_№_70.xlsx", org: "МБОУ \"СОШ № 70\""))
    }

    /// With a register, its names are recognised above the table and in the file's name whatever their words.
    func testRegisterNamesAreRecognisedWithoutTypeWords() {
        let full = "Муниципальное бюджетное общеобразовательное учреждение «Кадетская школа»"
        let context = Support.context.with(register: [
            OrganisationRegistry.Entry(name: full, type: .school, shortName: "Гармония")
        ])
        let want = original(
            "13_МБОУ_КШ.xlsx", org: Support.read(["Examples/forms/2024/13_МБОУ_КШ.xlsx"]).1[0].organisations[0])
        let (d, reports) = read([path("register")], context: context)
        XCTAssertEqual(reports[0].organisations, [full], "the register's full name for «Гармония»")
        XCTAssertFalse(reports[0].issues.contains(where: \.needsAttention), "\(reports[0].issues)")
        assertSame(values(d, org: full), want)
        let (f, fr) = read([path("register_file")], context: context)
        XCTAssertEqual(fr[0].organisations, [full])
        XCTAssertTrue(
            fr[0].issues.contains { $0.kind == .organisationGuessed && $0.message.contains("(есть в реестре)") },
            "\(fr[0].issues)")
        assertSame(values(f, org: full), want)
        // Without the register neither is a name: asked.
        XCTAssertEqual(read([path("register"), path("register_file")]).0.unnamedForms.count, 2)
    }

    /// Three school forms naming the municipality and no organisation, each answering one municipal criterion: none
    /// is the municipality's; each is asked about, none skipped, no value used as the municipality's.
    func testSchoolFormsNamingOnlyTheMunicipalityAreAskedNeverMunicipal() {
        let (d, reports) = read([path("schools")])
        XCTAssertEqual(reports.count, 3)
        for r in reports {
            XCTAssertEqual(r.layout, .form, r.file)
            XCTAssertFalse(r.failed, "\(r.issues)")
            XCTAssertTrue(
                r.issues.contains {
                    $0.kind == .missingOrganisation && $0.message.contains("прочитан как форма организации")
                },
                "\(r.issues)")
        }
        XCTAssertEqual(d.observations.count, 0, "no school's count became the municipality's")
        XCTAssertEqual(
            Set(d.unnamedForms.map { ($0.file as NSString).lastPathComponent }),
            ["анкета_1.xlsx", "анкета_2.xlsx", "анкета_3.xlsx"])
        // Decided: each file is its school's form (named as the original form names it).
        let originals = ["08_МБОУ_СОШ_№_53.xlsx", "11_МБОУ_СОШ_№52.xlsx", "14_МБОУ_Лингвистический_лицей_№_22.xlsx"]
        let names = originals.map { Support.read(["Examples/forms/2024/" + $0]).1[0].organisations[0] }
        var decisions = MappingDecisions()
        for (i, name) in names.enumerated() {
            decisions.set(organisation: name, file: "анкета_\(i + 1).xlsx", sheet: "")
        }
        let (decided, dr) = read([path("schools")], context: Support.context.with(decisions: decisions))
        XCTAssertEqual(dr.flatMap(\.organisations), names)
        // The municipal criterion a school answered is not a school's: named, not used.
        XCTAssertTrue(
            dr.allSatisfy { r in r.layout == .form && r.issues.filter(\.needsAttention).map(\.kind) == [.unmappedTitle]
            },
            "\(dr.map(\.issues))")
        XCTAssertTrue(decided.observations.allSatisfy { $0.organisation != nil }, "nothing is the municipality's")
        for (example, name) in zip(originals, names) {
            assertSame(values(decided, org: name), original(example, org: name))
        }
    }

    /// As a user runs it: `check --mapping-out` lists the form without a name on the sheet «Формы»; the user types
    /// the organisation (openpyxl), the file is re-saved by LibreOffice, and `check`/`consolidate --mapping` read the
    /// form as that organisation's. Without organisations `consolidate` writes no workbook of «организаций 0».
    func testTheUserNamesTheFormInTheMappingFile() throws {
        let bin = Support.root.appendingPathComponent(".build/debug/mentoring").path
        guard FileManager.default.isExecutableFile(atPath: bin) else { throw MissingTool("build the product first") }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("forms-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let mapping = tmp.appendingPathComponent("m.xlsx").path
        let forms = [path("no_name"), path("file_name")]

        let (first, before) = try Support.run(bin, ["check"] + forms + ["--mapping-out", mapping])
        XCTAssertEqual(first, 1, before)
        XCTAssertTrue(before.hasPrefix("НЕ УЧТЕНО 52 значения форм без наименования организации (1 лист)"), before)
        XCTAssertTrue(before.contains("анкета.xlsx, лист «Форма»: значений 52"), before)
        XCTAssertTrue(before.contains("взято из имени файла: «МБОУ СОШ № 67» — проверьте"), before)
        let edit = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["Формы"]
            head = [c.value for c in ws[1]]; f, o, s = head.index("Файл"), head.index("Организация"), head.index("Статус")
            rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
            assert sorted((r[f].split("/")[-1], r[s]) for r in rows) == [("05_МБОУ_СОШ_№_67.xlsx", "проверьте"), ("анкета.xlsx", "укажите организацию")], rows
            for r in ws.iter_rows(min_row=2):
                if r[s].value == "укажите организацию": r[o].value = 'МБОУ "СОШ № 70"'
                else: r[s].value = "принято"
            wb.save(sys.argv[1])
            """
        let (py, pyOut) = try Support.run("python3", ["-c", edit, mapping])
        XCTAssertEqual(py, 0, pyOut)
        let lo = tmp.appendingPathComponent("lo")
        let (so, soOut) = try Support.run(
            "soffice", ["--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", lo.path, mapping])
        XCTAssertEqual(so, 0, soOut)
        let resaved = lo.appendingPathComponent("m.xlsx").path

        let (second, after) = try Support.run(bin, ["check"] + forms + ["--mapping", resaved])
        XCTAssertEqual(second, 0, after)
        XCTAssertTrue(after.contains("анкета.xlsx — форма организации «МБОУ \"СОШ № 70\"» (школа), 2024 год"), after)
        XCTAssertTrue(after.contains("организаций 2 (школ 2, ДОП 0); значений учтено 106, не учтено 0"), after)
        let svod = tmp.appendingPathComponent("svod.xlsx").path
        let (third, made) = try Support.run(bin, ["consolidate"] + forms + ["--mapping", resaved, "-o", svod])
        // ConsolidateExitCode.writtenWithFindings: all read and used, findings about the data
        XCTAssertEqual(third, 5, made)
        XCTAssertTrue(made.contains("организаций 2 (школ 2, ДОП 0)"), made)

        let refused = tmp.appendingPathComponent("refused.xlsx").path
        let (fourth, said) = try Support.run(bin, ["consolidate", path("schools"), "-o", refused])
        XCTAssertEqual(fourth, 4, said)  // ConsolidateExitCode.nothingToConsolidate
        XCTAssertTrue(said.contains("сводная книга с «организаций 0» не пишется"), said)
        XCTAssertFalse(FileManager.default.fileExists(atPath: refused))
    }

    /// One school form that looks like the municipality's (a «Муниципальное образование» label, one municipal
    /// criterion), read with the forms of its neighbours: its counts are one school's, not their sum — it is asked
    /// about as an organisation's form, not used as the municipality's.
    func testALoneMunicipalLookingFormWithASchoolsCountsIsNotTheMunicipalitys() {
        let neighbours = [
            "01_МБОУ_СОШ_№_5.xlsx", "02_МБОУ_СОШ_№42.xlsx", "03_МБОУ_ИЕГЛ_Школа-30.xlsx", "04_МБОУ_СОШ_№_70.xlsx"
        ]
        let (d, reports) = read(
            neighbours.map { Support.path("Examples/forms/2024/" + $0) } + [path("schools/анкета_1.xlsx")])
        let r = reports.first { $0.file.hasSuffix("анкета_1.xlsx") }!
        XCTAssertEqual(r.layout, .form)
        XCTAssertTrue(
            r.issues.contains { $0.kind == .missingOrganisation && $0.message.contains("как у одной организации") },
            "\(r.issues)")
        XCTAssertTrue(
            d.observations.allSatisfy { $0.organisation != nil }, "nothing of the school is the municipality's")
        XCTAssertEqual(d.organisations.count, 4)
        // Alone, nothing tells: it is the municipal form it claims to be (as before).
        XCTAssertEqual(read([path("schools/анкета_1.xlsx")]).1[0].layout, .municipalForm)
    }

    func testTwoMunicipalFormsAreAnErrorNamingBoth() {
        let (d, reports) = read([path("two_municipal")])
        for r in reports {
            let e = r.issues.first { $0.kind == .error }
            XCTAssertNotNil(e, "\(r.issues)")
            XCTAssertTrue(e?.message.contains("мо_первая.xlsx") ?? false, e?.message ?? "")
            XCTAssertTrue(e?.message.contains("мо_вторая.xlsx") ?? false, e?.message ?? "")
        }
        XCTAssertEqual(d.observations.count, 0, "neither gives municipal values")
        // One of them alone is the municipal form.
        let (one, or) = read([path("two_municipal/мо_первая.xlsx")])
        XCTAssertEqual(or[0].layout, .municipalForm)
        XCTAssertEqual(one.observations.first { $0.criterion == "municipal_order" }?.value, .number(1))
    }

    /// A name above the municipal form (found by its words, with no label) does not make it an organisation's:
    /// the form answers the municipality's criteria.
    func testMunicipalFormWithAnInstitutionsNameAboveIt() {
        let (d, reports) = read([path("municipal_named")])
        XCTAssertEqual(reports[0].layout, .municipalForm, "\(reports[0].issues)")
        XCTAssertTrue(d.organisations.isEmpty)
        XCTAssertEqual(d.observations.first { $0.criterion == "municipal_order" }?.value, .number(1))
        XCTAssertTrue(d.observations.allSatisfy { $0.organisation == nil })
    }

    func testFormAfterAnInstructionSheetAndAnEmptySheet() {
        let (d, reports) = read([path("sheets/instruction_first.xlsx")])
        let org = "МБОУ \"СОШ № 69 с углубленным изучением отдельных предметов\""
        XCTAssertEqual(reports[0].layout, .form)
        XCTAssertEqual(reports[0].organisations.count, 1, "\(reports[0].organisations)")
        XCTAssertFalse(reports[0].issues.contains(where: \.needsAttention), "\(reports[0].issues)")
        let name = reports[0].organisations.first ?? org
        assertSame(
            values(d, org: name), original("06_МБОУ_СОШ_№_69_с_углубленным_изучением_отдельных_предмет.xlsx", org: name)
        )
    }

    func testTwoFormsInOneWorkbookOneASheet() {
        let (d, reports) = read([path("sheets/two_forms.xlsx")])
        XCTAssertEqual(reports[0].organisations, ["МБОУ \"СОШ № 5\"", "МБОУ СОШ №42"])
        XCTAssertFalse(reports[0].issues.contains(where: \.needsAttention), "\(reports[0].issues)")
        assertSame(values(d, org: "МБОУ \"СОШ № 5\""), original("01_МБОУ_СОШ_№_5.xlsx", org: "МБОУ \"СОШ № 5\""))
        assertSame(values(d, org: "МБОУ СОШ №42"), original("02_МБОУ_СОШ_№42.xlsx", org: "МБОУ СОШ №42"))
    }

    /// One file's name cannot name two forms: both sheets are asked about, none is taken as that school's.
    func testTwoUnnamedFormsInAWorkbookNamedAfterASchoolAreAsked() {
        let (d, reports) = read([path("sheets_unnamed")])
        XCTAssertEqual(reports[0].organisations, [])
        XCTAssertEqual(d.observations.count, 0)
        XCTAssertEqual(Set(d.unnamedForms.map(\.sheet)), ["первая", "вторая"])
        XCTAssertTrue(d.unnamedForms.allSatisfy { $0.guess == nil })
        XCTAssertEqual(
            reports[0].issues.filter { $0.kind == .missingOrganisation && $0.message.contains("имя файла не говорит") }
                .count, 2,
            "\(reports[0].issues)")
        XCTAssertFalse(reports[0].issues.contains { $0.kind == .organisationGuessed })
    }

    func testHiddenSheetIsNotRead() {
        let (d, reports) = read([path("sheets/hidden_junk.xlsx")])
        XCTAssertEqual(reports[0].organisations.count, 1, "\(reports[0].organisations)")
        XCTAssertNil(d.organisations[OrganisationKey.make("МБОУ \"СОШ № 53\"")], "the hidden sheet's school")
        let name = reports[0].organisations[0]
        assertSame(values(d, org: nil), original("03_МБОУ_ИЕГЛ_Школа-30.xlsx", org: name))
    }
}
