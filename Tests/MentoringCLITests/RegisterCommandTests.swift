import Foundation
import XCTest
import XLSXReader

/// The register and the municipality as a user meets them: `consolidate` and `check` with `--organisations` and
/// `--municipality`, the workbook read back with our reader, and `template --organisations` filled by openpyxl.
final class RegisterCommandTests: XCTestCase {
    static let binary = Support.root.appendingPathComponent(".build/debug/mentoring").path
    static let notReported = ExampleRegister.notReported
    static let school5 = ExampleRegister.school5

    var tmp: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw MissingTool("build the product first: swift build (make test does)")
        }
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("register-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { if let tmp { try? FileManager.default.removeItem(at: tmp) } }

    func run(_ args: [String]) throws -> (Int32, String) { try Support.run(Self.binary, args) }

    func sheet(_ path: String, _ name: String) throws -> SheetTable {
        let file = try XLSXFile.open(path)
        return try file.readSheet(try XCTUnwrap(file.sheet(named: name), "no sheet «\(name)»"))
    }

    func text(_ t: SheetTable, _ row: Int, _ column: Int) -> String { t[row, column]?.value.plainText ?? "" }

    /// «Данные»: the municipality column of each row, by level.
    func municipalities(_ path: String) throws -> [String: Set<String>] {
        let data = try sheet(path, "Данные")
        XCTAssertEqual(text(data, 0, 5), "municipality")
        var out: [String: Set<String>] = [:]
        for row in data.rows where row.index >= 2 {
            out[text(data, row.index, 0), default: []].insert(text(data, row.index, 5))
        }
        return out
    }

    func testConsolidateListsWhoSentNoFormAndNamesTheMunicipality() throws {
        let out = tmp.appendingPathComponent("svod.xlsx").path
        let (status, text) = try run([
            "consolidate", "Examples/forms/2024", "--municipal", "Examples/municipal_2024.xlsx",
            "--organisations", "Examples/organisations_2024.xlsx", "-o", out
        ])
        XCTAssertEqual(status, 5, text)  // ConsolidateExitCode.writtenWithFindings: the examples have findings
        XCTAssertTrue(text.contains("Свод за 2024 год — г. Ижевск: организаций 93 (школ 80, ДОП 13)"), text)
        XCTAssertTrue(
            text.contains(
                "Не представили форму: 3 организации из 96 — " + Self.notReported.joined(separator: "; ") + "."), text)

        let file = try XLSXFile.open(out)
        let names = file.sheets.map(\.name)
        XCTAssertEqual(
            Array(names.suffix(6)),
            ["Не представили форму", "Целевые показатели", "Достигшие целей", "Выводы", "Замечания", "Данные"])
        let missing = try sheet(out, "Не представили форму")
        XCTAssertEqual(
            self.text(missing, 0, 0), "Организации реестра, не представившие форму мониторинга за 2024 год — г. Ижевск")
        XCTAssertEqual(
            (2...5).map { r in (0...3).map { self.text(missing, r, $0) } },
            [
                ["№", "Полное наименование", "Тип", "Муниципальное образование"],
                ["1", Self.notReported[0], "школа", "г. Ижевск"],
                ["2", Self.notReported[1], "школа", "г. Ижевск"],
                ["3", Self.notReported[2], "ДОП", "г. Ижевск"]
            ])
        XCTAssertNil(missing[6, 1], "three organisations, no more")

        // Titles carry the municipality of the municipal form.
        let contents = try sheet(out, "Содержание")
        XCTAssertEqual(
            self.text(contents, 0, 0),
            "Мониторинг реализации целевой модели наставничества за 2024 год — г. Ижевск: сводные таблицы")
        XCTAssertTrue(contents.rows.contains { r in r.cells.contains { $0.value.plainText == "Не представили форму" } })
        let t6 = try sheet(out, "Таблица 6")
        XCTAssertEqual(
            self.text(t6, 0, 0),
            "Таблица 6. Сведения о количестве наставников и наставляемых школ (на момент проведения мониторинга) — г. Ижевск"
        )
        // Names come from the register: form 01 («МБОУ "СОШ № 5"», 122 mentors) under its official full name.
        let row5 = try XCTUnwrap(t6.rows.first { self.text(t6, $0.index, 1) == Self.school5 })
        XCTAssertEqual(t6[row5.index, 2]?.value, .number(122))
        XCTAssertFalse(t6.rows.contains { self.text(t6, $0.index, 1) == "МБОУ \"СОШ № 5\"" })

        // «Данные» keeps the municipality on every row and the register's names.
        let m = try municipalities(out)
        XCTAssertEqual(m["municipal"], ["г. Ижевск"])
        XCTAssertEqual(m["org"], ["г. Ижевск"])
        let data = try sheet(out, "Данные")
        XCTAssertTrue(data.rows.contains { self.text(data, $0.index, 3) == Self.school5 })
    }

    func testTheMunicipalityOptionWinsOverTheForm() throws {
        let out = tmp.appendingPathComponent("svod.xlsx").path
        let name = "Городской округ город Ижевск"
        let (status, text) = try run([
            "consolidate", "Examples/forms/2024", "--municipal", "Examples/municipal_2024.xlsx",
            "--municipality", name, "-o", out
        ])
        XCTAssertEqual(status, 5, text)  // ConsolidateExitCode.writtenWithFindings: the examples have findings
        XCTAssertTrue(text.contains("Свод за 2024 год — \(name): "), text)
        XCTAssertFalse(text.contains("Не представили форму"), "no register, no list:\n\(text)")
        XCTAssertEqual(
            self.text(try sheet(out, "Таблица 38"), 0, 0),
            "Таблица 38. «Тепловая карта» динамики значений муниципальных критериев Регионального мониторинга целевой модели наставничества за два года — \(name)"
        )
        XCTAssertEqual(
            self.text(try sheet(out, "Содержание"), 0, 0),
            "Мониторинг реализации целевой модели наставничества за 2024 год — \(name): сводные таблицы")
        let m = try municipalities(out)
        XCTAssertEqual(m["municipal"], [name])
        XCTAssertEqual(m["org"], [name])
        XCTAssertNil(try XLSXFile.open(out).sheet(named: "Не представили форму"))

        // Without a municipal form, an option or a register, no municipality is named.
        let bare = tmp.appendingPathComponent("bare.xlsx").path
        let (bareStatus, bareText) = try run(["consolidate", "Examples/forms/2024", "-o", bare])
        XCTAssertTrue([0, 1, 5].contains(bareStatus), bareText)  // a workbook written (ConsolidateExitCode)
        XCTAssertEqual(
            self.text(try sheet(bare, "Таблица 6"), 0, 0),
            "Таблица 6. Сведения о количестве наставников и наставляемых школ (на момент проведения мониторинга)")
        XCTAssertEqual(try municipalities(bare)["org"], [""])
    }

    func testCheckListsWhoSentNoFormInTextAndJSON() throws {
        let (status, text) = try run([
            "check", "Examples/forms/2024", "--organisations", "Examples/organisations_2024.xlsx"
        ])
        XCTAssertEqual(status, 0, text)
        XCTAssertTrue(
            text.contains(
                "\nНе представили форму: 3 организации из 96 — " + Self.notReported.joined(separator: "; ") + ".\n"),
            text)
        // Without the municipal form the register's one municipality names the run.
        XCTAssertTrue(text.contains("Муниципальное образование: г. Ижевск."), text)

        let (_, json) = try run([
            "check", "--json", "Examples/forms/2024", "--organisations", "Examples/organisations_2024.xlsx"
        ])
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let register = try XCTUnwrap(root["register"] as? [String: Any])
        XCTAssertEqual(register["listed"] as? Int, 96)
        XCTAssertEqual(register["reported"] as? Int, 93)
        XCTAssertEqual((register["notInRegister"] as? [String]), [])
        let missing = try XCTUnwrap(register["notReported"] as? [[String: Any]])
        XCTAssertEqual(missing.map { $0["name"] as? String }, Self.notReported)
        XCTAssertEqual(missing.map { $0["type"] as? String }, ["school", "school", "dop"])
        XCTAssertEqual(missing.first?["shortName"] as? String, "МБОУ СОШ № 29")
        XCTAssertEqual(root["municipality"] as? String, "г. Ижевск")

        // A workbook that is no register: exit 2, the file and sheet named.
        let (bad, err) = try run(["check", "Examples/forms/2024", "--organisations", "Examples/municipal_2024.xlsx"])
        XCTAssertEqual(bad, 2, err)
        XCTAssertTrue(
            err.contains(
                "реестр организаций не прочитан: Examples/municipal_2024.xlsx, лист «Форма»: не найдена строка заголовка"
            ), err)
    }

    /// `template --organisations` in the house style; filled by openpyxl, it is a register for `check`.
    func testTheBlankRegisterFilledInIsARegister() throws {
        let blank = tmp.appendingPathComponent("реестр.xlsx").path
        let (status, text) = try run(["template", "--organisations", "-o", blank])
        XCTAssertEqual(status, 0, text)
        let fill = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            print(wb.sheetnames)
            ws = wb["Реестр"]
            print([c.value for c in ws[3]])
            print(ws["A4"].fill.fgColor.rgb, ws["E4"].number_format)
            print([(str(v.sqref), v.type, v.formula1) for v in ws.data_validations.dataValidation])
            ws["A4"], ws["C4"], ws["D4"] = sys.argv[3], "ДОП", "г. Ижевск"
            ws["A5"], ws["B5"], ws["C5"], ws["D5"] = sys.argv[4], "МБОУ СОШ № 5", "школа", "г. Ижевск"
            wb.save(sys.argv[2])
            """
        let filled = tmp.appendingPathComponent("заполнен.xlsx").path
        let (py, pyOut) = try Support.run("python3", ["-c", fill, blank, filled, "МБОУ ДО «ЦДТ»", Self.school5])
        XCTAssertEqual(py, 0, pyOut)
        let lines = pyOut.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "['Реестр', 'Инструкция']")
        XCTAssertEqual(
            lines[1], "['Полное наименование', 'Краткое наименование', 'Тип', 'Муниципальное образование', 'ИНН']")
        XCTAssertEqual(lines[2], "FFFFF2CC @", "yellow input cells, ИНН kept as text")
        XCTAssertEqual(lines[3], "[('C4:C303', 'list', '\"школа,ДОП\"')]")

        // Forms 01 (МБОУ "СОШ № 5") and 02 (МБОУ СОШ №42): 02 is not in this register, «ЦДТ» sent no form.
        let (code, out) = try run([
            "check", "Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx", "Examples/forms/2024/02_МБОУ_СОШ_№42.xlsx",
            "--organisations", filled
        ])
        XCTAssertEqual(code, 1, out)
        XCTAssertTrue(out.contains("форма организации «\(Self.school5)» (школа)"), out)
        XCTAssertTrue(
            out.contains("нет в реестре: лист «Форма», ячейка B4: организации «МБОУ СОШ №42» нет в реестре"), out)
        XCTAssertTrue(out.contains("Не представили форму: 1 организация из 2 — МБОУ ДО «ЦДТ»."), out)

        // consolidate lists the form on «Замечания» with its cell and what to do.
        let svod = tmp.appendingPathComponent("svod.xlsx").path
        let (consolidated, log) = try run([
            "consolidate", "Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx",
            "Examples/forms/2024/02_МБОУ_СОШ_№42.xlsx", "--organisations", filled, "-o", svod
        ])
        XCTAssertEqual(consolidated, 1, log)
        let notes = try sheet(svod, "Замечания")
        let row = try XCTUnwrap(
            notes.rows.first { self.text(notes, $0.index, 7).contains("«МБОУ СОШ №42» нет в реестре") }, "\(notes.rows)"
        )
        // Details: Организация | Важность | Вид | Критерий | Файл | Лист!ячейка | Значение | Что не так | Что сделать.
        XCTAssertEqual(
            (0...8).map { self.text(notes, row.index, $0) }.enumerated().filter { [0, 1, 4, 5, 8].contains($0.offset) }
                .map(\.element),
            [
                "МБОУ СОШ №42", "предупреждение", "02_МБОУ_СОШ_№42.xlsx", "Форма!B4",
                "проверьте наименование организации в форме или добавьте организацию в реестр"
            ])
        XCTAssertEqual(self.text(try sheet(svod, "Не представили форму"), 3, 1), "МБОУ ДО «ЦДТ»")
    }
}
