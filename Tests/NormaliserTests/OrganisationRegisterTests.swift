import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// The register of organisations (`--organisations`): Examples/organisations_2024.xlsx (written by openpyxl from
/// Examples/source/organisations.tsv, the names the example forms use, plus three organisations without a form),
/// its LibreOffice re-save, broken registers, and the forms read against it.
final class OrganisationRegisterTests: XCTestCase {
    static let example = Support.path("Examples/organisations_2024.xlsx")
    /// The three organisations of the example register that sent no form (Examples/make_organisations.py).
    static let notReported = ExampleRegister.notReported
    static let school5 = ExampleRegister.school5

    var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("register-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    func register(_ path: String = example) throws -> [OrganisationRegistry.Entry] {
        try OrganisationRegisterFile.read(path, labels: Support.context.labels)
    }

    /// Runs a Python snippet (openpyxl) with arguments.
    func python(_ code: String, _ args: [String]) throws {
        let (status, out) = try Support.run("python3", ["-c", code] + args)
        XCTAssertEqual(status, 0, out)
    }

    func read(_ paths: [String], register entries: [OrganisationRegistry.Entry]?) -> (Dataset, [FileReport]) {
        var context = Support.context
        if let entries { context = context.with(register: entries) }
        var dataset = Dataset()
        let reports = InputReader(context: context).read(InputReader.expand(paths), into: &dataset)
        return (dataset, reports)
    }

    func testTheExampleRegisterHasEveryOrganisationOfTheFormsAndThreeMore() throws {
        let entries = try register()
        let forms = Support.tsv("organisations.tsv")
        XCTAssertEqual(entries.count, forms.count + 3)
        XCTAssertEqual(entries.count, 96)
        // The first row under the header (row 4, after a title row and a blank one), columns in another order.
        let first = entries[0]
        XCTAssertEqual(first.name, Self.school5)
        XCTAssertEqual(first.shortName, "МБОУ «СОШ №5»")
        XCTAssertEqual(first.type, .school)
        XCTAssertEqual(first.municipality, "г. Ижевск")
        XCTAssertEqual(first.inn, "1831007919", "ИНН typed as text")
        XCTAssertEqual(entries[1].inn, "1831015838", "ИНН typed as a number")
        XCTAssertEqual(first.source, SourceRef(file: Self.example, sheet: "Организации", cell: "C4"))
        XCTAssertEqual(entries.filter { $0.type == .school }.count, forms.filter { $0["type"] == "school" }.count + 2)
        XCTAssertEqual(entries.filter { $0.type == .dop }.count, forms.filter { $0["type"] == "dop" }.count + 1)
        // Every name the forms use finds its own entry of the register, with the type of Tables 6 and 6.1.
        let registry = Support.context.registry.adding(register: entries)
        var seen = Set<String>()
        for o in forms {
            let e = try XCTUnwrap(registry.lookup(o["name"]!), o["name"]!)
            XCTAssertEqual(e.type.rawValue, o["type"], o["name"]!)
            XCTAssertTrue(seen.insert(e.name).inserted, "two form names on one entry: \(e.name)")
        }
        // Most spellings differ from the forms' (so the test is about matching, not equal strings).
        XCTAssertGreaterThan(forms.filter { o in !entries.contains { $0.name == o["name"] } }.count, 60)
    }

    func testFormsTakeTheRegistersNamesAndThreeOrganisationsSentNoForm() throws {
        let entries = try register()
        let (dataset, reports) = read(
            [Support.path("Examples/forms/2024"), Support.path("Examples/municipal_2024.xlsx")],
            register: entries)
        XCTAssertEqual(dataset.organisations.count, 93)
        XCTAssertFalse(reports.contains { $0.issues.contains { $0.kind == .notInRegister } })
        let names = Set(entries.map(\.name))
        XCTAssertTrue(
            dataset.organisations.values.allSatisfy { names.contains($0.name) && $0.municipality == "г. Ижевск" })
        // Form 01 is signed «МБОУ "СОШ № 5"»; the report names it by the register's full name.
        let school5 = try XCTUnwrap(dataset.organisations.values.first { $0.name == Self.school5 })
        XCTAssertEqual(
            dataset.observations.filter { $0.organisation == school5.key && $0.criterion == "mentors_total" }
                .first?.value, .number(122), "122 mentors of МБОУ «СОШ № 5» (Examples/source/organisations.tsv)")
        // The form cut short («…отдельных предмет») is the register's whole name.
        XCTAssertNotNil(
            dataset.organisations.values.first {
                $0.name == "МБОУ «СОШ №69 с углубленным изучением отдельных предметов»"
            })

        let coverage = try XCTUnwrap(
            RegisterCoverage(
                registry: Support.context.registry.adding(register: entries), dataset: dataset,
                reports: reports, year: 2024))
        XCTAssertEqual(coverage.listed, 96)
        XCTAssertEqual(coverage.reported, 93)
        XCTAssertEqual(coverage.notReported.map(\.name), Self.notReported)
        XCTAssertEqual(coverage.notReported.map(\.type), [.school, .school, .dop])
        XCTAssertEqual(coverage.notInRegister, [])
        XCTAssertEqual(
            coverage.line(),
            "Не представили форму: 3 организации из 96 — " + Self.notReported.joined(separator: "; ") + ".")
        XCTAssertNil(
            RegisterCoverage(registry: Support.context.registry, dataset: dataset, reports: reports, year: 2024),
            "no register, no list")
    }

    func testARegisterResavedByLibreOfficeReadsTheSame() throws {
        let (status, out) = try Support.run(
            "soffice",
            [
                "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                tmp.path, Self.example
            ])
        XCTAssertEqual(status, 0, out)
        let resaved = tmp.appendingPathComponent("organisations_2024.xlsx").path
        XCTAssertTrue(FileManager.default.fileExists(atPath: resaved), out)
        let original = try register(), back = try register(resaved)
        XCTAssertEqual(back.count, 96)
        func strip(_ e: [OrganisationRegistry.Entry]) -> [OrganisationRegistry.Entry] {
            e.map {
                var x = $0; x.source?.file = ""; return x
            }
        }
        XCTAssertEqual(strip(back), strip(original))
    }

    func testErrorsNameTheFileTheSheetAndTheCell() throws {
        // A register typed by hand: header in row 3 under a title and a blank row, columns «Тип», «Полное
        // наименование», «ИНН».
        let make = """
            import openpyxl, sys
            wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Реестр"
            ws["A1"] = "Реестр"
            ws.append([]); ws.append(["Тип", "Полное наименование", "ИНН"])
            ws.append(["школа", "МБОУ СОШ № 1", "1831000010"])
            ws.append([sys.argv[2], sys.argv[3], sys.argv[4]])
            wb.save(sys.argv[1])
            """
        func error(_ type: String, _ name: String, _ inn: String) throws -> String {
            let path = tmp.appendingPathComponent("r-\(UUID().uuidString).xlsx").path
            try python(make, [path, type, name, inn])
            do {
                _ = try register(path)
                XCTFail("no error for \(type) | \(name) | \(inn)")
                return ""
            } catch let e as RegisterFileError {
                XCTAssertTrue(e.description.hasPrefix(path + ", лист «Реестр», ячейка "), e.description)
                return e.description
            }
        }
        XCTAssertTrue(try error("колледж", "МБОУ СОШ № 2", "").contains("ячейка A5: тип «колледж» не распознан"))
        XCTAssertTrue(
            try error("школа", "МБОУ «СОШ №1»", "").contains("ячейка B5: «МБОУ «СОШ №1»» уже есть в реестре (строка 4"))
        XCTAssertTrue(try error("школа", "МБОУ СОШ № 2", "18310").contains("ячейка C5: ИНН «18310»"))
        XCTAssertTrue(
            try error("школа", "МБОУ СОШ № 2", "1831000010").contains("ячейка C5: ИНН 1831000010 уже указан в строке 4")
        )
        XCTAssertTrue(try error("", "", "1831000020").contains("ячейка B5: не указано полное наименование"))
        // A workbook without the register's header names its sheet.
        do {
            _ = try register(Support.path("Examples/municipal_2024.xlsx"))
            XCTFail("a form is no register")
        } catch let e as RegisterFileError {
            XCTAssertEqual(e.sheet, "Форма")
            XCTAssertTrue(e.message.hasPrefix("не найдена строка заголовка реестра"), e.message)
        }
        // An empty type is taken from the name; ИНН that lost its leading zero in a number cell gets it back.
        let path = tmp.appendingPathComponent("ok.xlsx").path
        try python(make, [path, "", "МБОУ ДО «Дом детского творчества»", ""])
        let ok = try register(path)
        XCTAssertEqual(ok.map(\.type), [.school, .dop])
        XCTAssertEqual(OrganisationRegisterFile.inn("274012345"), "0274012345")
        XCTAssertNil(OrganisationRegisterFile.inn("18-31"))
    }

    func testAFormOfAnOrganisationMissingFromTheRegisterIsFlaggedAtItsNameCell() throws {
        // The example register without its row of «МБОУ СОШ № 42» (row 5).
        let path = tmp.appendingPathComponent("without42.xlsx").path
        try python(
            """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
            assert ws["C5"].value == "МБОУ СОШ № 42", ws["C5"].value
            ws.delete_rows(5); wb.save(sys.argv[2])
            """, [Self.example, path])
        let entries = try register(path)
        XCTAssertEqual(entries.count, 95)
        let (dataset, reports) = read([Support.path("Examples/forms/2024")], register: entries)
        let flagged = reports.flatMap { r in r.issues.filter { $0.kind == .notInRegister }.map { (r.file, $0) } }
        XCTAssertEqual(flagged.count, 1)
        XCTAssertTrue(flagged.first?.0.hasSuffix("02_МБОУ_СОШ_№42.xlsx") ?? false)
        // Form 02 puts its labels side by side with the values below: the name is in B4.
        XCTAssertEqual(flagged.first?.1.source, SourceRef(file: flagged.first!.0, sheet: "Форма", cell: "B4"))
        XCTAssertTrue(flagged.first?.1.message.contains("«МБОУ СОШ №42» нет в реестре") ?? false, "\(flagged)")
        XCTAssertTrue(flagged.first?.1.needsAttention ?? false)
        let coverage = try XCTUnwrap(
            RegisterCoverage(
                registry: Support.context.registry.adding(register: entries), dataset: dataset,
                reports: reports, year: 2024))
        XCTAssertEqual(coverage.notInRegister, ["МБОУ СОШ №42"])
        XCTAssertEqual(coverage.notReported.map(\.name), Self.notReported)
        XCTAssertEqual(coverage.reported, 92)
    }

    /// Form 01 twice: once as the school signs it, once with its official full name from the register.
    func testTwoFormsOfOneOrganisationSpeltApartAreFlaggedWithTheRegister() throws {
        let dir = tmp.appendingPathComponent("forms")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let form = Support.path("Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx")
        try FileManager.default.copyItem(atPath: form, toPath: dir.appendingPathComponent("a.xlsx").path)
        try python(
            """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
            assert ws["B3"].value == 'МБОУ "СОШ № 5"', ws["B3"].value
            ws["B3"] = sys.argv[3]; wb.save(sys.argv[2])
            """, [form, dir.appendingPathComponent("b.xlsx").path, Self.school5])

        let (apart, apartReports) = read([dir.path], register: nil)
        XCTAssertEqual(apart.organisations.count, 2, "without the register the two spellings are two organisations")
        XCTAssertFalse(apartReports.contains { $0.issues.contains { $0.kind == .duplicateForm } })

        let (one, reports) = read([dir.path], register: try register())
        XCTAssertEqual(one.organisations.count, 1)
        XCTAssertEqual(reports[1].issues.filter { $0.kind == .duplicateForm }.count, 1, "\(reports[1].issues)")
        XCTAssertTrue(
            reports[1].issues.contains { $0.message.contains("повторная форма «\(Self.school5)» за 2024 год") })
    }

    /// A form that gives an ИНН is found by it even under a name the register does not know.
    func testAFormWithAnINNIsFoundByIt() throws {
        let form = Support.path("Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx")
        let path = tmp.appendingPathComponent("inn.xlsx").path
        try python(
            """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
            ws["B3"] = "Школа на Советской"; ws["A6"] = "ИНН"; ws["B6"] = sys.argv[3]; wb.save(sys.argv[2])
            """, [form, path, "1831007919"])
        let (dataset, reports) = read([path], register: try register())
        XCTAssertEqual(dataset.organisations.values.map(\.name), [Self.school5])
        XCTAssertEqual(reports[0].issues.filter { $0.kind == .notInRegister }.count, 0)
        let (_, plain) = read([form], register: nil)
        XCTAssertEqual(reports[0].values, plain[0].values, "the form's values are read as before")
        XCTAssertGreaterThan(plain[0].values, 50)

        let (_, unknown) = read([path], register: [try register()[1]])
        XCTAssertEqual(unknown[0].issues.filter { $0.kind == .notInRegister }.map(\.source?.cell), ["B3"])
    }

    func testTheMunicipalityOfTheMunicipalForm() throws {
        // Examples/generate.py writes «Муниципальное образование | г. Ижевск» above the municipal form's table.
        let (dataset, _) = read([Support.path("Examples/municipal_2024.xlsx")], register: nil)
        XCTAssertEqual(dataset.municipality, "г. Ижевск")
        // The same form labelled «Наименование МО».
        let path = tmp.appendingPathComponent("mo.xlsx").path
        try python(
            """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
            assert ws["A3"].value == "Муниципальное образование"
            ws["A3"] = "Наименование МО"; ws["B3"] = "Город Сарапул"; wb.save(sys.argv[2])
            """, [Support.path("Examples/municipal_2024.xlsx"), path])
        let (other, reports) = read([path], register: nil)
        XCTAssertEqual(other.municipality, "Город Сарапул")
        XCTAssertEqual(reports[0].layout, .municipalForm)
        // Organisations' forms do not name the run's municipality.
        let (forms, _) = read([Support.path("Examples/forms/2024")], register: nil)
        XCTAssertNil(forms.municipality)
    }
}
