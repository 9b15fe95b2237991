import Catalogue
import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Layouts found by trying the tool on forms typed in ways no earlier test described (issue 25): a value column
/// headed «Показатель» (a word the labels know as the directions' column), forms that state no year among forms
/// that do, a whole folder with no year at all, and a title sentence «Информация МБОУ … о реализации … за 2024 год»
/// that holds the organisation's name. The forms are the example form rewritten by openpyxl.
final class HeldOutLayoutTests: XCTestCase {
    let valueColumn = ValueColumnTests.self

    /// `mentoring consolidate FORM -o свод.xlsx` beside the form: exit status, what it printed, the workbook's path.
    func consolidate(_ url: URL) throws -> (Int32, String, URL) {
        let out = url.deletingLastPathComponent().appendingPathComponent("свод.xlsx")
        let (status, printed) = try Support.run(Tools.binary, ["consolidate", url.path, "-o", out.path])
        return (status, printed, out)
    }

    /// The rows of the example form as a plain table: № | Критерий мониторинга | Показатель | Ссылка | Примечание,
    /// under «Наименование учреждения (полностью)» merged over two columns and the name merged over three.
    static let indicatorHeaded = """
        rows = [(r[2].value, r[3].value, r[4].value) for r in ws.iter_rows(min_row=8) if r[2].value]
        wb = openpyxl.Workbook(); ws = wb.active; ws.title = "ЦМН"
        ws["A1"] = "Наименование учреждения (полностью)"; ws.merge_cells("A1:B1")
        ws["C1"] = 'МБОУ "СОШ № 5"'; ws.merge_cells("C1:E1")
        ws["A2"] = "Ответственный"; ws["C2"] = "Петрова А.А., заместитель директора"
        ws.append([]); ws.append(["№", "Критерий мониторинга", "Показатель", "Ссылка", "Примечание"])
        for k, (w, v, l) in enumerate(rows): ws.append([k + 1, w, v, l, None])
        """

    /// A column headed «Показатель» that holds the numbers and answers is the value column, not the directions'.
    func testAColumnHeadedLikeTheDirectionsThatHoldsTheAnswersIsTheValueColumn() throws {
        let url = try valueColumn.rewritten("показатель.xlsx", Self.indicatorHeaded)
        var d = Dataset()
        var context = Support.context
        context.defaultYear = 2024
        let report = InputReader(context: context).read(url.path, into: &d)
        XCTAssertFalse(report.failed, "\(report.issues)")
        XCTAssertEqual(report.organisations, ["МБОУ \"СОШ № 5\""])
        valueColumn.assertSameValuesAndLinks(d, "value column headed «Показатель»")
    }

    /// Among forms that state their year, one that does not takes theirs, and is told to check it; its values are
    /// used (before, they were dropped without a word in the summary).
    func testAFormWithoutAYearTakesTheYearOfTheOtherFormsAndSaysSo() throws {
        let url = try valueColumn.rewritten("без_года.xlsx", Self.indicatorHeaded)
        var d = Dataset()
        let reports = InputReader(context: Support.context).read(
            [url.path, Support.path("Examples/forms/2024/02_МБОУ_СОШ_№42.xlsx")], into: &d)
        XCTAssertEqual(reports[0].year, 2024, "\(reports[0].issues)")
        XCTAssertTrue(
            reports[0].issues.contains {
                $0.kind == IssueKind.missingYear && $0.message.contains("принят 2024")
                    && $0.message.contains("проверьте")
            },
            "\(reports[0].issues)")
        var own = Dataset()
        own.observations = d.observations
        own.observations.removeAll { $0.source.file != url.path }
        valueColumn.assertSameValuesAndLinks(own, "a form without a year among forms with one")
    }

    /// No form states a year and no --year: the command says so and what to do, instead of «no form was read».
    func testAFolderWithNoYearAnywhereIsToldToGiveTheYear() throws {
        let url = try valueColumn.rewritten("без_года.xlsx", Self.indicatorHeaded)
        let (status, printed, out) = try consolidate(url)
        XCTAssertNotEqual(status, 0)
        XCTAssertTrue(printed.contains("не указан отчётный год") && printed.contains("--year"), printed)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
        // `check` names the form's values first and counts them as not used (before: «не учтено 0» under a message
        // saying that the form's values were not used).
        let (_, checked) = try Support.run(Tools.binary, ["check", url.path])
        XCTAssertTrue(checked.hasPrefix("НЕ УЧТЕНО "), checked)
        let first = checked.split(separator: "\n").first.map(String.init) ?? ""
        let held = Int(first.dropFirst("НЕ УЧТЕНО ".count).prefix { $0.isNumber }) ?? 0
        XCTAssertTrue(first.contains("форм без отчётного года") && held > 10, checked)
        XCTAssertTrue(checked.contains("значений учтено 0, не учтено \(held) ("), checked)
        XCTAssertTrue(checked.contains("в формах без отчётного года — \(held)"), checked)
    }

    /// A school that sent last year's form among this year's (Tests/Fixtures/matching/heldout14, typed by a helper:
    /// «Отчётный период: 2023 год» in one of five forms): its values are in no figure of 2024, and the summary says so
    /// first, naming the file (before: only a «проверьте» on the «Замечания» sheet).
    func testFormsOfAnotherYearAreNamedFirst() throws {
        let folder = Support.path("Tests/Fixtures/matching/heldout14/typed")
        let (_, checked) = try Support.run(Tools.binary, ["check", folder])
        XCTAssertTrue(checked.hasPrefix("НЕ В СВОДЕ ЗА 2024 ГОД: "), checked)
        let block = checked.split(separator: "\n").prefix { !$0.hasPrefix("НЕ УЧТЕНО") }.joined(separator: "\n")
        XCTAssertTrue(block.contains("СОШ12_мониторинг_наставничества.xlsx: форма за 2023 год, значений "), checked)
        XCTAssertFalse(block.contains("Мониторинг_ЦМН_СОШ7.xlsx"), "a form of 2024 is in the summary: " + checked)
    }

    /// A value that is neither a number nor an answer is not in any figure, and the summary says so first, naming
    /// the cell; «да, имеется» is an answer.
    func testAValueThatCannotBeReadIsNamedFirstInTheSummary() throws {
        let url = try valueColumn.rewritten(
            "слова.xlsx",
            """
            ws["D11"] = "в процессе согласования"
            ws["D9"] = "да, имеется"
            """)
        let (status, printed, out) = try consolidate(url)
        XCTAssertEqual(status, 1, "written, not all used: " + printed)
        let first = printed.split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertTrue(first.hasPrefix("НЕ УЧТЕНО 1 значение: не прочитано как число"), printed)
        XCTAssertTrue(
            printed.contains("слова.xlsx, лист «Форма», ячейка D11: значение «в процессе согласования»"), printed)
        XCTAssertFalse(printed.contains("«да, имеется»"), printed)
    }

    /// A formula whose result the file does not store (openpyxl writes none): the value is in no figure, the
    /// summary names the cell, and `check` counts it as not used — the two summaries agree.
    func testAFormulaWithoutAStoredResultIsNamedAndCountedAsNotUsed() throws {
        let url = try valueColumn.rewritten(
            "формула.xlsx",
            """
            ws["D11"] = "=2+1"
            ws["D9"] = "в процессе"
            """)
        let (status, printed, out) = try consolidate(url)
        XCTAssertEqual(status, 1, printed)
        XCTAssertTrue(printed.hasPrefix("НЕ УЧТЕНО 2 значения: не прочитано как число"), printed)
        XCTAssertTrue(
            printed.contains("формула.xlsx, лист «Форма», ячейка D11: в ячейке формула без вычисленного значения"),
            printed)
        let (_, checked) = try Support.run(Tools.binary, ["check", url.path])
        XCTAssertTrue(
            checked.contains(", не учтено 2 (") && checked.contains("не прочитано как число или ответ — 2"), checked)
        var d = Dataset()
        _ = InputReader(context: Support.context).read(url.path, into: &d)
        let d11 = d.observations.filter { $0.source.cell == "D11" }
        XCTAssertEqual(d11.count, 1, "the row keeps its link")
        XCTAssertNil(d11.first?.value, "the formula's cell gives no value")
    }

    /// A methodologist's matrix — criteria in rows, one column per school headed by its name — is read as each
    /// school's form: the same values as the schools' own forms (before: one form of undecided value column and a
    /// workbook of «организаций 0»).
    func testAMatrixOfOrganisationsInColumnsIsReadAsEachOrganisationsForm() throws {
        let forms = ["Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx", "Examples/forms/2024/04_МБОУ_СОШ_№_70.xlsx"]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("matrix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("матрица.xlsx")
        let (status, printed) = try Support.run(
            "python3",
            [
                "-c",
                """
                import openpyxl, sys
                cols = []
                for f in sys.argv[2:]:
                    ws = openpyxl.load_workbook(f).active
                    cols.append((ws["B3"].value, {r[2].value: r[3].value for r in ws.iter_rows(min_row=8) if r[2].value}))
                wordings = list(cols[0][1])
                wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Свод"
                ws["A1"] = "Мониторинг целевой модели наставничества, 2024 год"
                ws.append([]); ws.append(["Критерий"] + [name for name, _ in cols])
                for w in wordings: ws.append([w] + [values.get(w) for _, values in cols])
                wb.save(sys.argv[1])
                """, out.path
            ] + forms.map(Support.path))
        XCTAssertEqual(status, 0, printed)
        var d = Dataset()
        let report = InputReader(context: Support.context).read(out.path, into: &d)
        XCTAssertEqual(report.organisations, ["МБОУ \"СОШ № 5\"", "МБОУ \"СОШ № 70\""], "\(report.issues)")
        let original = Support.read(forms).0
        func values(_ d: Dataset) -> [String: ObservedValue?] {
            Dictionary(
                d.observations.filter { $0.year == 2024 && $0.value != nil }.map {
                    ("\($0.organisation ?? "")|\($0.criterion)", $0.value)
                },
                uniquingKeysWith: { a, _ in a })
        }
        XCTAssertGreaterThan(values(original).count, 100)
        XCTAssertEqual(values(d), values(original))
    }

    /// A form that names nobody and whose value column is undecided: no workbook of «организаций 0» (before, one
    /// was written); the summary still says first what is not used.
    func testAnUndecidedFormOfNobodyWritesNoWorkbookOfNoOrganisations() throws {
        let url = try valueColumn.rewritten(
            "безымянная.xlsx",
            """
            ws.delete_rows(3, 3)
            ws.insert_cols(5)
            for r in range(4, ws.max_row + 1): ws.cell(r, 5).value = ws.cell(r, 4).value
            ws.cell(4, 4).value = "Столбец 1"; ws.cell(4, 5).value = "Столбец 2"
            ws["A1"] = "Мониторинг, 2024 год"
            """)
        let (status, printed, out) = try consolidate(url)
        XCTAssertEqual(status, 4, printed)
        XCTAssertTrue(printed.contains("сводная книга с «организаций 0» не пишется"), printed)
        XCTAssertTrue(printed.contains("НЕ УЧТЕНО 55 значений в 1 форме: не ясно, в каком столбце"), printed)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    func read(_ url: URL, decisions: MappingDecisions = MappingDecisions()) -> (Dataset, FileReport) {
        var d = Dataset()
        let report = InputReader(context: Support.context.with(decisions: decisions)).read(url.path, into: &d)
        return (d, report)
    }

    /// Last year's figures beside this year's, both headed «Значение» (numbers 3 larger, so a wrong choice shows).
    static func twoValueColumns(hidden: Bool) -> String {
        """
        ws.insert_cols(4)
        ws["D7"] = "Значение"
        for r in range(8, last + 1):
            v = ws.cell(r, 5).value
            ws.cell(r, 4).value = v + 3 if isinstance(v, (int, float)) and not isinstance(v, bool) else v
        ws.column_dimensions["D"].hidden = \(hidden ? "True" : "False")
        """
    }

    /// A hidden column headed like the values (last year's, a helper) yields to the visible one; before, the leftmost
    /// column labelled «Значение» was read, hidden or not, and every count of the form was wrong.
    func testAHiddenColumnHeadedLikeTheValuesYieldsToTheVisibleOne() throws {
        let url = try valueColumn.rewritten("скрытый_столбец.xlsx", Self.twoValueColumns(hidden: true))
        let (d, report) = read(url)
        XCTAssertFalse(report.failed, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "a hidden «Значение» column before the visible one")
    }

    /// Two visible columns both headed «Значение»: nothing tells which is this year's, so nothing of the form is used
    /// and no workbook of «организаций 0» is written (before, the leftmost was read silently); the mapping file names
    /// the columns by their letters, and one decision there gives every value and link.
    func testTwoVisibleColumnsHeadedAlikeAreAskedAboutByTheirLetters() throws {
        let url = try valueColumn.rewritten("два_значения.xlsx", Self.twoValueColumns(hidden: false))
        let (status, printed, out) = try consolidate(url)
        XCTAssertEqual(status, 4, printed)
        XCTAssertTrue(printed.contains("не ясно, в каком столбце значения отчётного года"), printed)
        XCTAssertTrue(printed.contains("«организаций 0» не пишется"), printed)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
        let (undecided, _) = read(url)
        XCTAssertEqual(
            undecided.valueColumnQuestions.first?.columns, ["Значение (столбец D)", "Значение (столбец E)"])
        var decisions = MappingDecisions()
        decisions.setValueColumn("Значение (столбец E)", among: undecided.valueColumnQuestions[0].columns)
        let (d, report) = read(url, decisions: decisions)
        XCTAssertFalse(report.failed, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "two «Значение» columns, E chosen in the mapping file")
    }

    /// Answers under «Наличие (да/нет)» and counts under «Количество», each row filled in one of them: both columns
    /// are the values (before, the counts were left out without a word: 4 of 12 forms lost most of their values).
    func testAnswersAndCountsInTwoColumnsAreBothTheValues() throws {
        let url = try valueColumn.rewritten(
            "наличие_количество.xlsx",
            """
            ws.insert_cols(5)
            ws["D7"] = "Наличие (да/нет)"; ws["E7"] = "Количество"
            for r in range(8, last + 1):
                v = ws.cell(r, 4).value
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    ws.cell(r, 5).value = v; ws.cell(r, 4).value = None
            """)
        let (d, report) = read(url)
        XCTAssertFalse(report.failed, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "answers and counts in two columns")
    }

    /// Unmerges the directions' cells and inserts a row at `at` (1-based), so that rows can be added inside the table.
    static func insertingRow(at row: Int) -> String {
        """
        for rng in list(ws.merged_cells.ranges): ws.unmerge_cells(str(rng))
        ws.insert_rows(\(row))
        """
    }

    /// Last year's copy of a row left in the form above it, hidden, with another number: the visible row's value is
    /// used, and the hidden one is named without asking for a decision (before, the hidden value was used and the
    /// visible one reported as a repetition).
    func testAHiddenCopyOfARowYieldsToTheVisibleRow() throws {
        let url = try valueColumn.rewritten(
            "скрытая_строка.xlsx",
            Self.insertingRow(at: 11) + """

                for c in range(1, 6): ws.cell(11, c).value = ws.cell(12, c).value
                ws.cell(11, 4).value = ws.cell(12, 4).value + 5; ws.cell(11, 5).value = None
                ws.row_dimensions[11].hidden = True
                """)
        let (d, report) = read(url)
        XCTAssertFalse(report.failed, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "a hidden copy of a row above it")
        XCTAssertEqual(
            report.issues.filter { $0.kind == .hiddenRow }.map { $0.source?.cell }, ["C11"], "\(report.issues)")
        XCTAssertTrue(d.unassigned.isEmpty, "\(d.unassigned.map(\.wording))")
    }

    /// The header written again inside the table (a table per section): not a criterion row, nothing «не учтено».
    func testAHeaderRepeatedInsideTheTableIsNotARow() throws {
        let url = try valueColumn.rewritten(
            "повтор_шапки.xlsx",
            Self.insertingRow(at: 21) + """

                for c in range(1, 6): ws.cell(21, c).value = ws.cell(7, c).value
                """)
        let (d, report) = read(url)
        XCTAssertFalse(report.failed, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "the header repeated inside the table")
        XCTAssertTrue(d.unassigned.isEmpty, "\(d.unassigned.map(\.wording))")
    }

    /// The name typed on a paper form's blank line «МБОУ "СОШ № 5"________»: the underscores are in neither the
    /// name nor the key (before, they were in both, so the school was another than last year's).
    func testTheUnderscoresOfABlankLineAreNotAPartOfTheName() throws {
        let url = try valueColumn.rewritten("подчёркивание.xlsx", #"ws["B3"] = ws["B3"].value + "________________""#)
        let (d, report) = read(url)
        XCTAssertEqual(report.organisations, ["МБОУ \"СОШ № 5\""], "\(report.issues)")
        XCTAssertEqual(Array(d.organisations.keys), [OrganisationKey.make("МБОУ \"СОШ № 5\"")])
        valueColumn.assertSameValuesAndLinks(d, "a name on a blank line")
    }

    /// Wordings copied from a word processor: a soft hyphen inside a word, a zero-width space, a line break (before,
    /// «фор\u{AD}ме» was two words and 2 of the criteria were asked about in every form).
    func testInvisibleCharactersInsideWordsDoNotSplitThem() throws {
        let url = try valueColumn.rewritten(
            "мягкий_перенос.xlsx",
            """
            for r in range(8, last + 1):
                t = ws.cell(r, 3).value
                if isinstance(t, str) and len(t.split(" ")) > 5:
                    w = t.split(" ")
                    w[4] = w[4][:3] + ("\\u00ad" if r % 2 else "\\u200b") + w[4][3:]
                    w[2] = w[2] + "\\n"
                    ws.cell(r, 3).value = " ".join(w)
            """)
        let (d, report) = read(url)
        XCTAssertFalse(report.failed, "\(report.issues)")
        XCTAssertTrue(d.unassigned.isEmpty, "\(d.unassigned.map(\.wording))")
        valueColumn.assertSameValuesAndLinks(d, "invisible characters inside words")
    }

    /// The signature block under a form («Дата заполнения» with a date, «Исполнитель: …, телефон» with a number): named
    /// on «Замечания», not counted as values to decide (before: 2 wordings «не учтено» in every form).
    func testTheSignatureBlockUnderAFormIsNotAskedAbout() throws {
        let url = try valueColumn.rewritten(
            "подписи.xlsx",
            """
            import datetime
            ws.cell(last + 2, 3).value = "Дата заполнения"; ws.cell(last + 2, 4).value = datetime.date(2025, 1, 15)
            ws.cell(last + 3, 3).value = "Исполнитель: Иванова А.С., телефон"; ws.cell(last + 3, 4).value = "8 (3412) 45-67-89"
            """)
        let (d, report) = read(url)
        XCTAssertFalse(report.failed, "\(report.issues)")
        XCTAssertTrue(d.unassigned.isEmpty, "\(d.unassigned.map(\.wording))")
        XCTAssertEqual(report.issues.filter { $0.kind == .footerRow }.count, 2, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "a signature block under the form")
    }

    /// The municipality's form filled by the body that runs the programme, under its own label («Наименование
    /// организации: МКУ "Центр развития образования"»): it answers the municipality's criteria, so it is the
    /// municipality's form, marked «проверьте» (before, it was taken for an organisation's: 7 of its values were
    /// asked about and none was in the workbook).
    func testAMunicipalFormUnderAnInstitutionsLabelIsTheMunicipalitys() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mun-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("ЦРО.xlsx")
        let script = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["Форма"]
            ws["A3"] = "Наименование организации"; ws["B3"] = 'МКУ "Центр развития образования"'
            wb.save(sys.argv[2])
            """
        let (status, out) = try Support.run(
            "python3", ["-c", script, Support.path("Examples/municipal_2024.xlsx"), url.path])
        XCTAssertEqual(status, 0, out)
        let (d, report) = read(url)
        let (original, originalReport) = read(URL(fileURLWithPath: Support.path("Examples/municipal_2024.xlsx")))
        XCTAssertEqual(originalReport.layout, .municipalForm)
        XCTAssertEqual(report.layout, .municipalForm, "\(report.issues)")
        XCTAssertTrue(report.issues.contains { $0.kind == .organisationGuessed && $0.message.contains("проверьте") })
        func values(_ d: Dataset) -> [String: String] {
            Dictionary(
                d.observations.filter { $0.organisation == nil }.map {
                    ($0.criterion, "\($0.value.map { "\($0)" } ?? "")|\($0.link ?? "")")
                },
                uniquingKeysWith: { a, _ in a })
        }
        XCTAssertGreaterThanOrEqual(values(original).count, 7)
        XCTAssertEqual(values(d), values(original))
    }

    /// Three example forms of one layout (the name in B3, the criteria from row 8: C wording, D value, E link).
    static let wideForms = [
        "Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx", "Examples/forms/2024/04_МБОУ_СОШ_№_70.xlsx",
        "Examples/forms/2024/07_МБОУ_ГЮЛ_№86.xlsx"
    ]

    /// A wide export of three example forms written by openpyxl with `layout` (Python: `forms` is a list of (name,
    /// [(wording, value, link)]), `order` the wordings; `ws` the sheet to fill).
    func wideExport(_ layout: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("выгрузка.xlsx")
        let script = """
            import openpyxl, sys
            forms = []
            for path in sys.argv[2:]:
                f = openpyxl.load_workbook(path).active
                forms.append((f["B3"].value, [(r[2], r[3], r[4]) for r in f.iter_rows(min_row=8, max_col=5, values_only=True) if r[2]]))
            order = [w for w, _, _ in forms[0][1]]
            wb = openpyxl.Workbook(); ws = wb.active
            \(layout.split(separator: "\n").joined(separator: "\n"))
            wb.save(sys.argv[1])
            """
        let (status, out) = try Support.run("python3", ["-c", script, url.path] + Self.wideForms.map(Support.path))
        XCTAssertEqual(status, 0, out)
        return url
    }

    /// Values and links per organisation and criterion.
    func byOrganisation(_ d: Dataset) -> [String: String] {
        var out: [String: String] = [:]
        for o in d.observations where o.year == 2024 && o.organisation != nil {
            out[o.organisation! + "|" + o.criterion] = "\(o.value.map { "\($0)" } ?? "")|\(o.link ?? "")"
        }
        return out
    }

    /// A wide export whose wordings are merged over «значение | ссылка» (the AIS's own export does so), and one with
    /// three header rows (directions, the columns' numbers «1.1», the wordings), yes/no as 1/0 and a note under the
    /// table in the organisations' column. Before: the first was taken for one school's form with 12 value columns
    /// and nothing of it used; the second lost 21 of its 55 criteria without a word when worded over «значение».
    func testWideExportsWithSubHeadersAndNumberingRowsGiveTheFormsValues() throws {
        var forms = Dataset()
        _ = InputReader(context: Support.context).read(Self.wideForms.map(Support.path), into: &forms)
        let expected = byOrganisation(forms)
        XCTAssertGreaterThan(expected.count, 120)
        let merged = try wideExport(
            """
            ws.cell(1, 1, "Наименование ОО"); ws.cell(1, 2, "Год")
            for j, w in enumerate(order):
                c = 3 + 2 * j; ws.cell(1, c, w); ws.merge_cells(start_row=1, start_column=c, end_row=1, end_column=c + 1)
                ws.cell(2, c, "значение"); ws.cell(2, c + 1, "ссылка")
            for k, (org, rows) in enumerate(forms):
                m = {w: (v, l) for w, v, l in rows}
                ws.cell(3 + k, 1, org); ws.cell(3 + k, 2, 2024)
                for j, w in enumerate(order):
                    v, l = m.get(w, (None, None)); ws.cell(3 + k, 3 + 2 * j, v); ws.cell(3 + k, 4 + 2 * j, l)
            """)
        var d = Dataset()
        let report = InputReader(context: Support.context).read(merged.path, into: &d)
        XCTAssertEqual(report.layout, .wide, "\(report.issues)")
        XCTAssertEqual(byOrganisation(d), expected)
        let numbered = try wideExport(
            """
            ws.cell(1, 1, "ОО"); ws.cell(1, 2, "Год")
            for j, w in enumerate(order):
                ws.cell(1, 3 + j, "Направление" if j % 10 == 0 else None); ws.cell(2, 3 + j, f"1.{j + 1}"); ws.cell(3, 3 + j, w)
            for k, (org, rows) in enumerate(forms):
                m = {w: v for w, v, _ in rows}
                ws.cell(4 + k, 1, org); ws.cell(4 + k, 2, 2024)
                for j, w in enumerate(order):
                    v = m.get(w)
                    if isinstance(v, str) and v.strip().lower() in ("да", "нет"): v = 1 if v.strip().lower() == "да" else 0
                    ws.cell(4 + k, 3 + j, v)
            ws.cell(10, 1, "Отчётный год: 2024")
            """)
        var n = Dataset()
        let numberedReport = InputReader(context: Support.context).read(numbered.path, into: &n)
        XCTAssertEqual(numberedReport.layout, .wide, "\(numberedReport.issues)")
        XCTAssertEqual(numberedReport.wideOrganisations, 3)
        let withoutLinks = expected.mapValues { String($0[..<$0.lastIndex(of: "|")!]) + "|" }
        let got = byOrganisation(n)
        for (key, value) in withoutLinks where !value.hasPrefix("yes") && !value.hasPrefix("no") {
            XCTAssertEqual(got[key], value, key)
        }
        XCTAssertEqual(Set(got.keys), Set(withoutLinks.keys))
    }

    /// Percent points typed into a cell of percent format (95,61 shown as «9561,00%»): not used, named with what to write
    /// (before, the satisfaction level of the municipality became 3 217 % without a word).
    func testPercentPointsInACellOfPercentFormatAreNamedNotUsed() throws {
        let url = try valueColumn.rewritten(
            "проценты.xlsx",
            """
            for r in range(8, last + 1):
                t = str(ws.cell(r, 3).value or "")
                if t.startswith("Уровень удовлетворенности наставляемых"):
                    ws.cell(r, 4).value = 95.61; ws.cell(r, 4).number_format = "0.00%"
            """)
        let (d, report) = read(url)
        XCTAssertNil(d.observations.first { $0.criterion == "satisfaction_mentees" && $0.value?.number != nil })
        XCTAssertTrue(
            report.issues.contains {
                $0.kind == .unparsedValue && $0.message.contains("больше 1000 %")
                    && $0.message.contains("впишите 95,61 %")
            }, "\(report.issues)")
    }

    /// «Информация МБОУ ГЮЛ №86 о реализации … за 2024 год» is a title, not a name: the name is cut out of it.
    func testATitleSentenceIsNotTakenWholeForTheName() {
        let words = Support.context.organisationWords
        let title = "Информация МБОУ ГЮЛ №86 о реализации целевой модели наставничества за 2024 год"
        XCTAssertFalse(words.looksLikeName(title))
        XCTAssertEqual(words.nameInSentence(title), "МБОУ ГЮЛ №86")
        XCTAssertTrue(words.looksLikeName("МБОУ ГЮЛ №86"))
        XCTAssertTrue(
            words.looksLikeName(
                "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»"))
    }
}
