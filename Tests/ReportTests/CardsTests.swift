import Catalogue
import Dataset
import Foundation
import Normaliser
import Pipeline
import Report
import XCTest
import XLSXReader

/// `consolidate … --cards ПАПКА`: a workbook per organisation with its own values (as openpyxl reads them in its
/// form), the municipality's, last year's, its findings with file, sheet and cell, and the targets it reaches.
final class CardsTests: XCTestCase {
    static let root = ReportFiguresTests.root

    /// What Windows accepts as a file name.
    static func safeOnWindows(_ name: String) -> Bool {
        let stem = (name as NSString).deletingPathExtension
        let device = stem.split(separator: ".").first.map { $0.trimmingCharacters(in: .whitespaces).uppercased() } ?? ""
        let reserved = ["CON", "PRN", "AUX", "NUL"] + (0...9).flatMap { ["COM\($0)", "LPT\($0)"] }
        return !name.contains(where: { "<>:\"/\\|?*".contains($0) || $0.unicodeScalars.contains { $0.value < 0x20 } })
            && !reserved.contains(device) && !name.hasSuffix(" ") && !name.hasSuffix(".") && !stem.hasSuffix(" ")
            && !stem.hasSuffix(".")
            && !stem.isEmpty && stem.count <= SafeFileName.maxStem && name.utf8.count <= 255
    }

    func testFileNamesAreSafeOnWindowsAndUnique() {
        let names = [
            "МБОУ \"СОШ № 5\"", "CON", "con.txt", "Lpt1", "COM¹", "a/b\\c:d*e?f|g<h>", "  точки и пробелы. . ", "",
            "МБОУ СОШ № 5", "мбоу сош № 5", String(repeating: "Ш", count: 300), String(repeating: "Ш", count: 300),
            "строка\nс переносом\tи табуляцией", "NUL .xlsx", "AUXILIARY"
        ]
        let files = OrganisationCards.fileNames(names)
        XCTAssertEqual(files.count, names.count)
        for f in files { XCTAssertTrue(Self.safeOnWindows(f) && f.hasSuffix(".xlsx"), f) }
        XCTAssertEqual(Set(files.map { $0.lowercased() }).count, files.count, "unique as Windows compares: \(files)")
        XCTAssertEqual(
            Array(files[0...4]), ["МБОУ СОШ № 5.xlsx", "_CON.xlsx", "_con.txt.xlsx", "_Lpt1.xlsx", "_COM¹.xlsx"])
        XCTAssertEqual(files[5], "a_b_c_d_e_f_g_h_.xlsx")
        XCTAssertEqual(files[6], "точки и пробелы.xlsx")
        XCTAssertEqual(files[7], "организация.xlsx")
        XCTAssertEqual(Array(files[8...9]), ["МБОУ СОШ № 5 (2).xlsx", "мбоу сош № 5 (3).xlsx"])
        XCTAssertEqual(files[10].count, SafeFileName.maxStem + 5)
        XCTAssertTrue(files[11].hasSuffix(" (2).xlsx") && files[11].count == SafeFileName.maxStem + 5, files[11])
        XCTAssertEqual(files[12], "строка с переносом и табуляцией.xlsx")
        XCTAssertEqual(files[13], "_NUL .xlsx.xlsx")
        XCTAssertEqual(files[14], "AUXILIARY.xlsx", "only device names themselves are reserved")
    }

    /// The municipal workbooks of a region are named by the same rule as the cards (before, their own rule let a
    /// municipality called «CON» through), and never take the regional workbook's name.
    func testMunicipalWorkbooksAreNamedByTheSameRule() {
        let names = ["CON", "г. \"Ижевск\"", "Свод региона", "свод РЕГИОНА", "a/b", "Город А", "город а", ""]
        let files = MunicipalWorkbooks.fileNames(names)
        for f in files { XCTAssertTrue(Self.safeOnWindows(f), f) }
        XCTAssertEqual(
            files,
            [
                "_CON.xlsx", "г. Ижевск.xlsx", "Свод региона (2).xlsx", "свод РЕГИОНА (3).xlsx", "a_b.xlsx",
                "Город А.xlsx", "город а (2).xlsx", "муниципалитет.xlsx"
            ])
        XCTAssertFalse(files.contains { $0.lowercased() == MunicipalWorkbooks.regionalFileName.lowercased() })
    }

    struct Run {
        let dir: URL
        let workbook: String
        let cards: URL
        let output: String
    }
    static var run: Run?

    /// `mentoring consolidate` of the examples with the register and `--cards`.
    func consolidate() throws -> Run {
        if let r = Self.run { return r }
        let binary = Self.root.appendingPathComponent(".build/debug/mentoring").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw MissingTool("build the product first (swift build)")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cards-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let workbook = dir.appendingPathComponent("svod.xlsx").path, cards = dir.appendingPathComponent("Карточки")
        let (status, out) = try RegionalRollupTests.run([
            binary, "consolidate", "Examples/forms/2024", "--municipal", "Examples/municipal_2024.xlsx",
            "--history", "Examples/history_2022_2023.xlsx", "--history", "Examples/data_2023.xlsx",
            "--organisations", "Examples/organisations_2024.xlsx", "-o", workbook, "--cards", cards.path
        ])
        XCTAssertEqual(status, ConsolidateExitCode.writtenWithFindings.rawValue, out)
        let r = Run(dir: dir, workbook: workbook, cards: cards, output: out)
        Self.run = r
        return r
    }

    override class func tearDown() {
        if let r = run { try? FileManager.default.removeItem(at: r.dir) }
        run = nil
        super.tearDown()
    }

    func cards(_ r: Run) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: r.cards.path).filter { $0.hasSuffix(".xlsx") }.sorted()
    }

    func sheet(_ path: String, _ name: String) throws -> SheetTable {
        let file = try XLSXFile.open(path)
        return try file.readSheet(try XCTUnwrap(file.sheet(named: name), "\(path): \(name)"))
    }

    static func text(_ c: Cell?) -> String { c.map { Fixtures.text($0) } ?? "" }

    func testOneCardPerOrganisationNamedByTheRegistersShortName() throws {
        let r = try consolidate()
        let files = try cards(r)
        XCTAssertEqual(files.count, 93, "one per organisation of the report")
        XCTAssertTrue(r.output.contains("Карточки организаций: 93 в папке \(r.cards.path)"), r.output)
        for f in files { XCTAssertTrue(Self.safeOnWindows(f), f) }
        // Short names of Examples/organisations_2024.xlsx: «МБОУ «СОШ №5»» for the school whose full name is long; the
        // two schools of the report's section 2.2.2 (too many mentees per mentor).
        for f in ["МБОУ «СОШ №5».xlsx", "МБОУ СОШ №85.xlsx", "МБОУ СОШ № 12.xlsx"] {
            XCTAssertTrue(files.contains(f), f)
        }
        let card = try sheet(r.cards.appendingPathComponent("МБОУ «СОШ №5».xlsx").path, "Карточка")
        XCTAssertTrue(
            Self.text(card[0, 0]).hasPrefix(
                "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»: "))
    }

    /// Each card's values of the year are its form's own, as openpyxl reads the form; the municipality's are the
    /// workbook's Table 38; the targets block has the organisation's own shares.
    func testValuesAreTheOrganisationsOwn() throws {
        let r = try consolidate()
        let forms = try FormValues.read()
        let catalogue = try Catalogue.load(from: ReportFiguresTests.templates)
        let t38 = try sheet(r.workbook, "Таблица 38")
        var compared = 0
        for f in try cards(r) {
            let card = try sheet(r.cards.appendingPathComponent(f).path, "Карточка")
            let info = Self.text(card[1, 0])
            let form = try XCTUnwrap(forms.forms.first { info.contains("Форма: \($0.file).") }, "\(f): \(info)")
            let header = try XCTUnwrap(
                card.rows.first { Self.text(card[$0.index, 2]) == "Организация, 2024 г." }?.index)
            XCTAssertEqual(Self.text(card[header, 1]), "Критерий")
            for row in card.rows where row.index > header {
                // A direction's name heads its criteria once: «1. …» over the row, no criterion in it.
                if Self.text(card[row.index, 1]).isEmpty {
                    XCTAssertNotNil(
                        Self.text(card[row.index, 0]).range(of: #"^\d+\. \S"#, options: .regularExpression),
                        Self.text(card[row.index, 0]))
                    continue
                }
                let wording = Self.text(card[row.index, 1])
                let c = try XCTUnwrap(catalogue.criteria(in: 2024).first { $0.wording(for: 2024) == wording }, wording)
                guard c.unit != .list && c.unit != .text else { continue }
                let cell = card[row.index, 2]
                let mine: Double? = Self.text(cell) == "да" ? 1 : Self.text(cell) == "нет" ? 0 : cell?.value.number
                switch form.values[c.id] {
                case .number(let want)?: XCTAssertEqual(mine ?? -1, want, accuracy: 1e-9, "\(f) \(c.id)")
                default: XCTAssertEqual(Self.text(cell), "—", "\(f) \(c.id): no value in the form")
                }
                // The municipality's column is Table 38's value.
                if let p = catalogue.heatmapPosition(c.id, year: 2024) {
                    XCTAssertEqual(card[row.index, 5]?.value.number, t38[2 + p, 3]?.value.number, "\(f) \(c.id)")
                }
                compared += 1
            }
            // The targets block: the organisation's own share from its counts, as form_values.py computes it.
            let own = try XCTUnwrap(
                card.rows.first {
                    Self.text(card[$0.index, 1]) == catalogue.criterion("share_mentors_15_19")!.wording(for: 2024)
                }?.index)
            if case .number(let n)? = form.values["mentors_15_19"],
                case .number(let d)? = form.values["students_15_19"], d > 0
            {
                let share = ((n / d) * 10_000).rounded() / 10_000
                XCTAssertEqual(card[own, 2]?.value.number ?? -1, share, accuracy: 1e-9, f)
                XCTAssertEqual(Self.text(card[own, 4]), share >= 0.10 ? "достигнуто" : "не достигнуто", f)
            }
        }
        XCTAssertGreaterThan(compared, 93 * 50)
    }

    /// Last year's value and the dynamics: Школа Гармония has had no mentees aged 10–19 since 2023 (Table 19's
    /// «с 2023 года»), so its card shows 0 both years, «Стагнация».
    func testLastYearAndDynamics() throws {
        let r = try consolidate()
        let card = try sheet(r.cards.appendingPathComponent("Школа Гармония.xlsx").path, "Карточка")
        let wording = try Catalogue.load(from: ReportFiguresTests.templates).criterion("mentees_10_19")!.wording(
            for: 2024)
        let row = try XCTUnwrap(card.rows.first { Self.text(card[$0.index, 1]) == wording }?.index)
        XCTAssertEqual(card[row, 2]?.value.number, 0)
        XCTAssertEqual(card[row, 3]?.value.number, 0)
        XCTAssertEqual(Self.text(card[row, 4]), "Стагнация")
        XCTAssertEqual(card[row, 5]?.value.number, 4209, "Table 38 / Table 18")
    }

    /// «Что исправить» lists the organisation's remarks of the workbook's «Замечания», with file, sheet and cell: the
    /// report's 782 mentees on 17 mentors (МБОУ СОШ №85) and 420 on 4 (МБОУ СОШ № 12).
    func testFindingsWithWhatToFix() throws {
        let r = try consolidate()
        for (file, figure) in [
            ("МБОУ СОШ №85.xlsx", "46 наставляемых (782 на 17)"), ("МБОУ СОШ № 12.xlsx", "105 наставляемых (420 на 4)")
        ] {
            let fixes = try sheet(r.cards.appendingPathComponent(file).path, "Что исправить")
            XCTAssertEqual(
                (0...8).map { Self.text(fixes[2, $0]) },
                ["№", "Важность", "Вид", "Критерий", "Файл", "Лист!ячейка", "Значение", "Что не так", "Что сделать"])
            let row = try XCTUnwrap(
                fixes.rows.first { Self.text(fixes[$0.index, 2]) == "больше 20 наставляемых на наставника" }?.index,
                file)
            XCTAssertTrue(Self.text(fixes[row, 7]).contains(figure), Self.text(fixes[row, 7]))
            XCTAssertTrue(Self.text(fixes[row, 4]).hasSuffix(".xlsx"))
            XCTAssertTrue(Self.text(fixes[row, 5]).hasPrefix("Форма!C"))
            XCTAssertEqual(Self.text(fixes[row, 8]), "проверьте количество наставников и наставляемых")
        }
        // Every card holds as many remarks as the workbook's «Замечания» gives its organisation.
        let summary = try sheet(r.workbook, "Замечания")
        var perOrg: [String: Int] = [:]
        for row in summary.rows where row.index >= 2 {
            guard let n = summary[row.index, 1]?.value.number else { break }
            perOrg[Self.text(summary[row.index, 0])] = Int(n)
        }
        XCTAssertEqual(perOrg.values.reduce(0, +), 227)
        var total = 0
        for f in try cards(r) {
            let path = r.cards.appendingPathComponent(f).path
            let name = Self.text(try sheet(path, "Карточка")[1, 0]).components(separatedBy: ". Тип:")[0]
                .replacingOccurrences(of: "Организация: ", with: "")
            let fixes = try sheet(path, "Что исправить")
            let rows = fixes.rows.filter { $0.index >= 3 && fixes[$0.index, 0]?.value.number != nil }.count
            XCTAssertEqual(rows, perOrg[name] ?? 0, f)
            total += rows
            if rows == 0 { XCTAssertEqual(Self.text(fixes[3, 0]), "Замечаний нет.") }
        }
        XCTAssertEqual(total, 227)
    }
}
