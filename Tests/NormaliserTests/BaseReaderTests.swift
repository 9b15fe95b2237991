import Dataset
import Foundation
import XCTest
import XLSXReader

@testable import Normaliser

/// The bases of mentors and mentees (seed 002) as `BaseLayoutReader` reads them: told apart by their columns whatever
/// their titles say, attributed to an organisation by a label, the form in the same file or the only form in the same
/// folder, counted for a year as Templates/base_counts.tsv says — and nothing of their text kept.
final class BaseReaderTests: XCTestCase {
    /// Seed 002's columns as the seed gives them: «Форма 2. База наставников» holds the mentees' columns and
    /// «Форма 1. База наставляемых» the mentors' (the seed swaps the titles).
    static let seedMenteeColumns = [
        "№ п/п", "ФИО наставляемого", "Год рождения наставляемого", "Основной запрос наставляемого",
        "Дата вхождения в программу", "ФИО наставника", "Форма наставничества", "Место работы наставника",
        "Дата завершения программы", "Результаты программы", "Ссылка на кейс/отзыв наставляемого",
        "Отметка о прохождении программы"
    ]
    static let seedMentorColumns = [
        "№ п/п", "Ф.И.О наставника", "Место работы", "Основные компетенции наставника",
        "Важные для программы достижения наставника", "Интересы наставника", "Желаемый возраст наставляемых",
        "Ресурс времени на программу наставничества", "Дата вхождения в программу",
        "ФИО наставляемого (наставляемых)", "Форма наставничества", "Место работы наставляемого",
        "Дата завершения программы", "Результаты программы", "Ссылка на кейс/отзыв наставника"
    ]
    static let form16 = "Examples/forms/2024/46_МБОУ_СОШ_№_16.xlsx"
    static let form5 = "Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx"

    var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("bases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    /// A workbook written by openpyxl (Tests/Interop/make_workbook.py): sheet name → rows; a cell is nil, a number, a
    /// text, or ["date": "2024-09-01"].
    func workbook(_ name: String, _ sheets: [(String, [[Any?]])], in folder: String = "") throws -> String {
        let dir = folder.isEmpty ? tmp! : tmp.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let spec = ["sheets": sheets.map { ["name": $0.0, "rows": $0.1.map { $0.map { $0 ?? NSNull() } }] }]
        let json = tmp.appendingPathComponent(UUID().uuidString + ".json")
        try JSONSerialization.data(withJSONObject: spec).write(to: json)
        let out = dir.appendingPathComponent(name).path
        let (status, text) = try Support.run(
            "python3", [Support.path("Tests/Interop/make_workbook.py"), json.path, out])
        XCTAssertEqual(status, 0, text)
        try FileManager.default.removeItem(at: json)
        return out
    }

    func copy(_ relative: String, to folder: String) throws -> String {
        let dir = tmp.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let to = dir.appendingPathComponent((relative as NSString).lastPathComponent)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Support.path(relative)), to: to)
        return to.path
    }

    func read(_ paths: [String]) -> (Dataset, [FileReport]) {
        var dataset = Dataset()
        let reports = InputReader(context: Support.context).read(InputReader.expand(paths), into: &dataset)
        return (dataset, reports)
    }

    static let org16 = [["Образовательная организация", "МБОУ \"СОШ № 16\""], ["Отчетный год", 2024], []] as [[Any?]]

    func testSeedsTwoFormsAreToldByTheirColumnsNotByTheirSwappedTitles() throws {
        let path = try workbook(
            "seed.xlsx",
            [
                (
                    "Лист1",
                    [["Форма 2. База наставников"]] + Self.org16 + [
                        Self.seedMenteeColumns,
                        [
                            1, "Берёзкина Вера Ильинична", 2011, "выбор профессии", ["date": "2024-09-02"],
                            "Дроздов Глеб Петрович",
                            "ученик – ученик", "МБОУ \"СОШ № 16\""
                        ],
                        [
                            2, "Ласточкин Лев Олегович", 2012, "подготовка к олимпиаде", ["date": "2024-09-02"],
                            "Дроздов Глеб Петрович",
                            "ученик – ученик", "МБОУ \"СОШ № 16\""
                        ]
                    ]
                ),
                (
                    "Лист2",
                    [["Форма 1. База наставляемых"]] + Self.org16 + [
                        Self.seedMentorColumns,
                        [
                            1, "Дроздов Глеб Петрович", "МБОУ \"СОШ № 16\"", "олимпиадная подготовка", nil, nil, nil,
                            nil,
                            ["date": "2024-09-02"], "Берёзкина Вера Ильинична; Ласточкин Лев Олегович",
                            "ученик – ученик"
                        ]
                    ]
                )
            ])
        let (dataset, reports) = read([path])
        XCTAssertEqual(reports[0].layout, .base)
        XCTAssertEqual(
            reports[0].bases,
            [
                BaseSheetSummary(sheet: "Лист1", kind: .mentees, rows: 2),
                BaseSheetSummary(sheet: "Лист2", kind: .mentors, rows: 1)
            ])
        XCTAssertTrue(reports[0].personalData)
        XCTAssertEqual(reports[0].organisations, ["МБОУ \"СОШ № 16\""])
        XCTAssertEqual(
            dataset.bases.map(\.organisation?.key),
            [OrganisationKey.make("МБОУ \"СОШ № 16\""), OrganisationKey.make("МБОУ \"СОШ № 16\"")])
        // Nothing of the bases became values, unassigned wordings or organisations.
        XCTAssertEqual(dataset.observations.count, 0)
        XCTAssertTrue(dataset.unassigned.isEmpty)
        XCTAssertTrue(dataset.organisations.isEmpty)
        XCTAssertTrue(reports[0].issues.isEmpty, "\(reports[0].issues)")
    }

    func testABasesCountsForTheYear() throws {
        let place = "Место работы наставника"
        let header: [Any?] = [
            "№", "ФИО наставляемого", "Год рождения наставляемого", "Дата вхождения в программу", "ФИО наставника",
            "Форма наставничества", place, "Дата завершения программы"
        ]
        let path = try workbook(
            "mentees.xlsx",
            [
                (
                    "База",
                    [["База наставляемых"]] + Self.org16 + [
                        header,
                        // A group of two «ученик – ученик» that finished in 2024 (12 and 10 years old in 2024).
                        [
                            1, "Аистова Ада Ивановна", 2012, "01.09.2023", "Малинин Олег Юрьевич", "ученик-ученик",
                            "МБОУ \"СОШ № 16\"", "31.05.2024"
                        ],
                        [
                            2, "Бекасов Борис Ильич", 2014, ["date": "2023-09-01"], "Малинин Олег Юрьевич",
                            "Ученик – ученик", "МБОУ \"СОШ № 16\"", ["date": "2024-05-31"]
                        ],
                        // An adult in «учитель – учитель» with a mentor from a company; the same person written twice.
                        [
                            3, "Вальдшнепов Вадим Петрович", 2001, ["date": "2024-09-01"], "Клюквина Нина Олеговна",
                            "учитель – учитель", "АО «Купол»"
                        ],
                        [
                            4, "Иванова  А.А.", 2008, ["date": "2024-09-01"], "Клюквина Нина Олеговна",
                            "учитель – учитель", "АО «Купол»"
                        ],
                        [
                            5, "иванова а. а.", 2008, ["date": "2024-09-01"], "Клюквина Нина Олеговна",
                            "учитель – учитель", "АО «Купол»"
                        ],
                        // 9 years old, a form the list does not name (→ «иная форма»), a mentor from a museum.
                        [
                            6, "Гоголева Гала Сергеевна", 2015, "сентябрь 2024", "Фиалкин Фёдор Ильич",
                            "работодатель – ученик", "Городской музей"
                        ],
                        // Finished in 2023: not of 2024.
                        [
                            7, "Дятлова Дина Романовна", 2010, ["date": "2022-09-01"], "Малинин Олег Юрьевич",
                            "ученик – ученик", "МБОУ \"СОШ № 16\"", ["date": "2023-05-30"]
                        ],
                        // No ФИО: not a person.
                        [8, nil, 2011, ["date": "2024-09-01"], "Малинин Олег Юрьевич", "ученик – ученик"]
                    ]
                )
            ])
        let (dataset, reports) = read([path])
        XCTAssertEqual(reports[0].bases, [BaseSheetSummary(sheet: "База", kind: .mentees, rows: 7)])
        let tallies = dataset.baseTallies(for: 2024)
        XCTAssertEqual(tallies.count, 1)
        let counts = Dictionary(uniqueKeysWithValues: tallies[0].counts.map { ($0.criterion, $0.value) })
        XCTAssertEqual(
            counts,
            [
                "mentees_total": 5,  // Аистова, Бекасов, Вальдшнепов, Иванова (twice), Гоголева
                "mentees_10_19": 3,  // 12, 10, 16; 23 and 9 are not
                "mentors_total": 3,  // from the mentees' base: Малинин, Клюквина, Фиалкин
                "pp_total": 3, "pp_pupil_pupil": 1, "pp_teacher_teacher": 1, "pp_other": 1,
                "pp_student_student": 0, "pp_head_teacher": 0, "pp_student_pupil": 0, "pp_teacher_pupil": 0,
                "enterprise_mentors": 1, "other_org_mentors": 1,
                "satisfaction_mentees": 1, "satisfaction_mentors": 1  // programmes finished in 2024: the group
            ], "no mentors 15–19 without a year of birth of the mentors")
        XCTAssertTrue(tallies[0].counts.allSatisfy { $0.from == .mentees })
        // In 2023 the group that finished in 2023 counts, the programmes of September 2024 do not.
        let y2023 = Dictionary(
            uniqueKeysWithValues: dataset.baseTallies(for: 2023)[0].counts.map { ($0.criterion, $0.value) })
        XCTAssertEqual(y2023["mentees_total"], 3)
        XCTAssertEqual(y2023["pp_total"], 2)
        XCTAssertEqual(y2023["satisfaction_mentees"], 1)
        // Settled: the rows are gone, the counts stay.
        var settled = dataset
        settled.settleBases(year: 2024)
        XCTAssertTrue(settled.bases.isEmpty)
        XCTAssertEqual(settled.baseTallies(for: 2024), tallies)
    }

    func testABaseIsAttributedByTheFormInItsFileOrFolderOrNamedAsNotAttributable() throws {
        let header: [Any?] = [
            "№ п/п", "ФИО наставника", "Год рождения наставника", "Форма наставничества", "Дата вхождения в программу"
        ]
        let rows: [[Any?]] = [
            ["База наставников"], [], header,
            [1, "Сорокин Савелий Львович", 1980, "учитель – учитель", ["date": "2024-09-01"]]
        ]
        // Beside the only form of its folder.
        let form16 = try copy(Self.form16, to: "one")
        let alone = try workbook("base.xlsx", [("Наставники", rows)], in: "one")
        // Beside two forms.
        _ = try copy(Self.form16, to: "two")
        _ = try copy(Self.form5, to: "two")
        let ambiguous = try workbook("base.xlsx", [("Наставники", rows)], in: "two")
        // In the form's own file, beside another form.
        let both = tmp.appendingPathComponent("three").path
        try FileManager.default.createDirectory(atPath: both, withIntermediateDirectories: true)
        _ = try copy(Self.form5, to: "three")
        let mixed = both + "/form_and_base.xlsx"
        let (status, out) = try Support.run(
            "python3",
            [
                "-c",
                """
                import openpyxl, sys
                wb = openpyxl.load_workbook(sys.argv[1])
                ws = wb.create_sheet("Наставники")
                ws.append(["База наставников"]); ws.append([])
                ws.append(["№ п/п", "ФИО наставника", "Год рождения наставника", "Форма наставничества"])
                ws.append([1, "Сорокин Савелий Львович", 1980, "учитель – учитель"])
                wb.save(sys.argv[2])
                """, Support.path(Self.form16), mixed
            ])
        XCTAssertEqual(status, 0, out)
        // In a folder without a form.
        let orphan = try workbook("base.xlsx", [("Наставники", rows)], in: "none")

        let (dataset, reports) = read([form16, alone, tmp.appendingPathComponent("two").path, both, orphan])
        let key16 = OrganisationKey.make("МБОУ \"СОШ № 16\"")
        let byFile = Dictionary(uniqueKeysWithValues: dataset.bases.map { ($0.file, $0.organisation?.key) })
        XCTAssertEqual(byFile[alone], key16)
        XCTAssertEqual(byFile[mixed], key16, "the form of its own file, not the other form of the folder")
        XCTAssertEqual(byFile[ambiguous]!, nil)
        XCTAssertEqual(byFile[orphan]!, nil)
        XCTAssertEqual(reports.first { $0.file == mixed }?.layout, .form, "a file with a form stays a form's")
        for (file, why) in [
            (ambiguous, "в той же папке формы 2 организаций"), (orphan, "в той же папке нет формы организации")
        ] {
            let issues = reports.first { $0.file == file }!.issues
            XCTAssertEqual(issues.map(\.kind), [.unattributedBase])
            XCTAssertEqual(issues[0].source, SourceRef(file: file, sheet: "Наставники", cell: ""))
            XCTAssertTrue(issues[0].message.contains(why), issues[0].message)
            XCTAssertTrue(issues[0].needsAttention)
        }
        XCTAssertEqual(Set(dataset.baseTallies(for: 2024).map(\.organisation)), [key16])
    }

    func testATableOfNamesWithABasesColumnsIsNotReadAtAll() throws {
        // A base gone wrong (no column a base of mentors or mentees is told by), with a criterion among its columns:
        // were
        // it read as a form, its names would be kept as wordings not used.
        let path = try workbook(
            "curators.xlsx",
            [
                (
                    "Кураторы",
                    [
                        ["Кураторы программы"],
                        ["ФИО куратора", "Год рождения", "Телефон", "Количество наставников ОО (по приказу)"],
                        ["Щеглова Таисия Романовна", 1979, "тел. 8 900 000-00-00", 5],
                        ["Количество наставников ОО (по приказу)", 1981, "Количество наставляемых ОО (по приказу)", 7]
                    ]
                )
            ])
        let (dataset, reports) = read([path])
        XCTAssertEqual(dataset.observations.count, 0)
        XCTAssertTrue(dataset.unassigned.isEmpty)
        XCTAssertTrue(dataset.bases.isEmpty)
        XCTAssertTrue(reports[0].personalData)
        XCTAssertEqual(reports[0].issues.map(\.kind), [.unreadBase])
        XCTAssertEqual(reports[0].issues[0].source, SourceRef(file: path, sheet: "Кураторы", cell: ""))
        XCTAssertFalse(reports[0].issues[0].message.contains("Щеглова"))
        // `inspect` decides on the same rows (without the catalogue, the ФИО column alone).
        let file = try XLSXFile.open(path)
        let reader = try file.rows(file.sheets[0])
        var rows: [Row] = []
        while let r = try reader.next() { rows.append(r) }
        XCTAssertTrue(PersonalData.isPersonalTable(rows, rules: nil))
        XCTAssertFalse(PersonalData.isPersonalTable(rows.filter { $0.index < 1 }, rules: nil), "a title is not a table")
    }

    func testAColumnOfNamesInAFormOrAnExportIsSkippedAndTheRestRead() throws {
        // A form with a column naming who answered: its values are read, the names are not.
        let form = try workbook(
            "form.xlsx",
            [
                (
                    "Форма",
                    [
                        ["Образовательная организация", "МБОУ \"СОШ № 16\""], ["Отчетный год", 2024], [],
                        ["Критерий", "Значение", "ФИО ответственного"],
                        ["Количество наставников ОО (по приказу)", 5, "Щеглова Таисия Романовна"],
                        ["Количество наставляемых ОО (по приказу)", 7, "Щеглова Таисия Романовна"]
                    ]
                )
            ])
        // An export with the heads' names.
        let export = try workbook(
            "export.xlsx",
            [
                (
                    "Выгрузка",
                    [
                        [
                            "Образовательная организация", "Отчетный год", "ФИО руководителя",
                            "Количество наставников ОО (по приказу)",
                            "Количество наставляемых ОО (по приказу)",
                            "Общее количество кураторов по внедрению Целевой модели наставничества"
                        ],
                        ["МБОУ \"СОШ № 5\"", 2024, "Перепёлкин Павел Ильич", 3, 4, 1],
                        ["МБОУ \"СОШ № 7\"", 2024, "Морошкина Майя Олеговна", 2, 6, 1]
                    ]
                )
            ])
        let (dataset, reports) = read([form, export])
        XCTAssertEqual(reports.map(\.layout), [.form, .wide])
        XCTAssertEqual(dataset.observations.count, 2 + 6)
        XCTAssertFalse(reports.contains(where: \.personalData))
        let ignored = reports[1].issues.filter { $0.kind == .ignoredColumn }
        XCTAssertEqual(ignored.map(\.message), ["столбец «ФИО руководителя» — персональные данные (ФИО): не читается"])
        XCTAssertEqual(ignored[0].source?.cell, "C1")
        let text = String(decoding: try JSONEncoder().encode(dataset), as: UTF8.self) + "\(reports)"
        for name in ["Щеглова", "Перепёлкин", "Морошкина"] { XCTAssertFalse(text.contains(name), name) }
        XCTAssertTrue(dataset.unassigned.isEmpty)
    }

    func testAnEncodedDatasetCarriesNoBase() throws {
        let path = try workbook(
            "b.xlsx",
            [
                (
                    "База",
                    [["База наставляемых"]] + Self.org16 + [
                        [
                            "ФИО наставляемого", "Год рождения наставляемого", "Основной запрос наставляемого",
                            "ФИО наставника"
                        ],
                        ["Перепёлкина Фаина Тимуровна", 1977, "запрос-9a1c", "Щеглов Юрий Олегович"]
                    ]
                )
            ])
        var (dataset, _) = read([path])
        XCTAssertEqual(dataset.bases.count, 1)
        let before = String(decoding: try JSONEncoder().encode(dataset), as: UTF8.self)
        dataset.settleBases(year: 2024)
        let after = String(decoding: try JSONEncoder().encode(dataset), as: UTF8.self)
        for text in [before, after] {
            for s in ["Перепёлкина", "Щеглов", "1977", "запрос-9a1c", "\"bases\""] {
                let at: String.Index = text.range(of: s)?.lowerBound ?? text.startIndex
                let from: String.Index = text.index(at, offsetBy: -120, limitedBy: text.startIndex) ?? text.startIndex
                XCTAssertFalse(text.contains(s), s + " in " + String(text[from...].prefix(250)))
            }
        }
        XCTAssertTrue(after.contains("settledBases") && after.contains("mentees_total"))
        // Nor does printing one show anything but its size.
        XCTAssertEqual("\(dataset.bases)", "[]")
        let (again, _) = read([path])
        XCTAssertFalse("\(again.bases)".contains("Перепёлкина"))
        XCTAssertFalse(String(reflecting: again.bases[0]).contains("Щеглов"))
    }

    func testDatesYearsFormsAndPlacesOfWork() {
        func cell(_ v: XLSXReader.CellValue) -> Cell { Cell(column: 0, value: v) }
        let day = Int(
            XLSXDates.serial(
                of: BaseLayoutReader.utc.date(from: DateComponents(year: 2024, month: 9, day: 15))!, date1904: false))
        XCTAssertEqual(day, 45550)
        for (v, year, d) in [
            (CellValue.text("15.09.2024"), 2024, day), (.text("2024-09-15"), 2024, day), (.text("15.09.24"), 2024, day),
            (.number(45550), 2024, day), (.text("сентябрь 2024"), 2024, nil), (.number(2024), 2024, nil)
        ] as [(CellValue, Int, Int?)] {
            let got = BaseLayoutReader.date(cell(v))
            XCTAssertEqual(got?.year, year, "\(v)")
            XCTAssertEqual(got?.day, d, "\(v)")
        }
        XCTAssertNil(BaseLayoutReader.date(cell(.text("не помню"))))
        XCTAssertEqual(BaseLayoutReader.birthYear(cell(.text("12.03.2010"))), 2010)
        XCTAssertEqual(BaseLayoutReader.birthYear(cell(.text("2010 г."))), 2010)
        XCTAssertEqual(BaseLayoutReader.birthYear(cell(.number(2010))), 2010)
        XCTAssertNil(BaseLayoutReader.birthYear(cell(.number(10))))

        let rules = Support.context.bases
        XCTAssertEqual(rules.formCriterion("Ученик-ученик"), "pp_pupil_pupil")
        XCTAssertEqual(rules.formCriterion("педагог — педагог"), "pp_teacher_teacher")
        XCTAssertEqual(rules.formCriterion("работодатель – ученик"), "pp_other")
        XCTAssertNil(rules.formCriterion("  "))
        XCTAssertEqual(rules.formChoices.first, "ученик – ученик")
        XCTAssertEqual(rules.formChoices.count, Set(rules.forms.map(\.criterion)).count)
        XCTAssertEqual(rules.workplaceKind("ООО \"Ижсофт\""), .enterprise)
        XCTAssertEqual(rules.workplaceKind("ИП Беркутова С.Н."), .enterprise)
        XCTAssertEqual(rules.workplaceKind("Ипподром"), .other, "a marker of up to three letters is a whole word")
        XCTAssertEqual(rules.workplaceKind("Ижевский механический завод"), .enterprise)
        XCTAssertEqual(rules.workplaceKind("МБОУ \"СОШ № 100\""), .education)
        XCTAssertEqual(rules.workplaceKind("Библиотека им. Н. А. Некрасова"), .other)
        XCTAssertNil(rules.workplaceKind(" "))
    }
}
