import Catalogue
import Dataset
import Foundation
import XCTest
import XLSXReader

@testable import Normaliser

/// Layouts found by a third outside probe of issue 25 (forms typed by hand and written by other programs): a wording
/// broken over two rows, a link with words around it, a year only at the end of a title or only in the value
/// columns' dates, a programme's period in a title, answers as check marks, numbers typed as text. The forms are the
/// example form of МБОУ «СОШ № 5» rewritten by openpyxl (an independent writer); each must give the original's values
/// and links (`ValueColumnTests.assertSameValuesAndLinks`), or no year rather than a wrong one.
final class TypedLayoutTests: XCTestCase {
    let valueColumn = ValueColumnTests.self

    /// The original's rows as a plain table under «Образовательная организация» (and `year`, when given, under «Год»):
    /// Критерий | Значение | Ссылка, the link as the hyperlink's target or the cell's text. `rows` are written by
    /// `write(w, v, l)` (Python), which may change how each row is written.
    static func plain(
        title: String? = nil, year: String? = "2024", header: String = "'Критерий', 'Значение', 'Ссылка'",
        write: String = "ws.append([w, v, l])"
    ) -> String {
        """
        import datetime
        rows = [(r[2].value, r[3].value, (r[4].hyperlink.target if r[4].hyperlink else r[4].value))
                for r in ws.iter_rows(min_row=8) if r[2].value]
        wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Форма"
        \(title.map { "ws.append([\"\($0)\"])" } ?? "")
        ws.append(["Образовательная организация", 'МБОУ "СОШ № 5"'])
        \(year.map { "ws.append([\"Год\", \($0)])" } ?? "")
        ws.append([]); ws.append([\(header)])
        def write(w, v, l):
            \(write.split(separator: "\n").joined(separator: "\n    "))
        for k, (w, v, l) in enumerate(rows): write(w, v, l)
        """
    }

    func read(_ url: URL) -> (Dataset, FileReport) {
        var d = Dataset()
        let report = InputReader(context: Support.context).read(url.path, into: &d)
        return (d, report)
    }

    /// A long wording typed over two rows (the line broken by hand), the value beside its first line or its last:
    /// one wording, its value and link used (before: 207 of 660 values of 12 forms asked about by their halves).
    func testAWordingTypedOverTwoRowsIsOneWording() throws {
        let url = try valueColumn.rewritten(
            "две_строки.xlsx",
            Self.plain(
                write: """
                    if len(w) <= 90: ws.append([w, v, l]); return
                    words = w.split(" "); h = len(words) // 2
                    first, rest = " ".join(words[:h]), " ".join(words[h:])
                    if k % 2: ws.append([first, v, l]); ws.append([rest])
                    else: ws.append([first]); ws.append([rest, v, l])
                    """))
        let (d, report) = read(url)
        XCTAssertFalse(report.failed, "\(report.issues)")
        XCTAssertTrue(d.unassigned.isEmpty, "\(d.unassigned.map(\.wording))")
        valueColumn.assertSameValuesAndLinks(d, "wordings over two rows")
    }

    /// A lower-case line that is not the rest of a wording above it stays a row of its own: an «из них» part.
    func testOnlyALowerCaseLineGoesOnWithTheWordingAbove() {
        XCTAssertTrue(FormLayoutReader.continuesWording("в которых утверждены Положения о системе наставничества"))
        XCTAssertTrue(FormLayoutReader.continuesWording("(до 35 лет, первые три года работы)"))
        XCTAssertFalse(FormLayoutReader.continuesWording("Количество наставников"))
        XCTAssertFalse(FormLayoutReader.continuesWording("1. Нормативная база"))
        XCTAssertFalse(FormLayoutReader.continuesWording("— из них молодых специалистов"))
    }

    /// A link cell that says «см.: https://…» or «https://… (приказ)»: the address is the link (before: 353 links
    /// of 12 forms taken as text, Table 2 listing «не ссылка» and «неверная ссылка» for each).
    func testALinkWithWordsAroundItIsItsAddress() throws {
        let url = try valueColumn.rewritten(
            "ссылки_словами.xlsx",
            Self.plain(write: "ws.append([w, v, (('см.: ' + l) if len(w) % 2 else (l + ' (приказ)')) if l else None])"))
        let (d, report) = read(url)
        XCTAssertFalse(report.failed, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "links with words around them")
        // An address broken by spaces stays as it was typed, for the link checks to name; so does a lone address.
        let broken = "chrome-extension://efaidnbmn nibpcajpcglclefindmkaj/ https://school.ru/a.pdf"
        XCTAssertEqual(FormLayoutReader.linkInSentence("см.: " + broken), "см.: " + broken)
        XCTAssertEqual(FormLayoutReader.linkInSentence("https://school.ru/a.pdf"), "https://school.ru/a.pdf")
        XCTAssertEqual(FormLayoutReader.linkInSentence("Приказ: www.school.ru/a.pdf."), "www.school.ru/a.pdf")
    }

    /// An address alone is told from its bytes (`isBareAddress`, issue 28): the answer must be the one walking the
    /// characters gives, on every text of the example forms and on texts made to sit at the edges of the rule.
    func testABareAddressIsWhatWalkingItsCharactersFinds() throws {
        var texts = [
            "https://a.ru", "HTTPS://A.RU/x?y=1", "www.a.ru", "www.a.ru/https://b", "see https://a.ru",
            "https://a.ru (приказ)",
            "ftp-x+y.z://q", "h2://x", "://x", "https://a.ru\u{301}", "https://a ru", "wwww.x", "www.", "www.a",
            "https://школа.рф", "https://a.ru.", "https://a.ru,", ".https://a.ru", "-://x", "http:/a.ru", "http://",
            "https://a.ru\tb", "https://a.ru\u{7F}", "www.a.ru/x://y", "Приказ: www.school.ru/a.pdf."
        ]
        let forms = try FileManager.default.contentsOfDirectory(atPath: Support.path("Examples/forms/2024"))
        for name in forms where name.hasSuffix(".xlsx") {
            let path = Support.path("Examples/forms/2024/" + name)
            let file = try XLSXFile.open(path)
            for sheet in file.sheets {
                for row in try SheetSource(path: path, file: file, sheet: sheet).table().rows {
                    texts += row.cells.map(\.text)
                }
            }
        }
        var bare = 0
        for t in texts {
            XCTAssertEqual(FormLayoutReader.linkInSentence(t), FormLayoutReader.linkInSentenceByCharacters(t), t)
            if FormLayoutReader.isBareAddress(t) { bare += 1 }
        }
        XCTAssertGreaterThan(bare, 1000, "the example forms' links are addresses alone")
    }

    /// No year label, the year only at the end of the title «Мониторинг ЦМН 2024»: the reporting year (before: no
    /// year in any of 12 forms, no workbook).
    func testAYearEndingTheTitleIsTheReportingYear() throws {
        let url = try valueColumn.rewritten("цмн.xlsx", Self.plain(title: "Мониторинг ЦМН 2024", year: nil))
        let (d, report) = read(url)
        XCTAssertEqual(report.year, 2024, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "year at the end of the title")
        XCTAssertNil(HeaderLabels.bareYear(inTitle: "МБОУ Школа № 2019"), "a number is not a year")
        XCTAssertNil(HeaderLabels.bareYear(inTitle: "Отчёт от 15.01.2025"), "a date is not a title's year")
    }

    /// A programme's period in the title «… на 2021–2025 годы» and no year label: no reporting year, not 2025
    /// (before: all 55 values of the form filed under 2025).
    func testAProgrammesPeriodInTheTitleIsNotTheReportingYear() throws {
        let url = try valueColumn.rewritten(
            "период.xlsx",
            Self.plain(title: "Мониторинг реализации программы наставничества на 2021–2025 годы", year: nil))
        let (d, report) = read(url)
        XCTAssertNotEqual(report.year, 2025, "\(report.issues)")
        XCTAssertFalse(d.observations.contains { $0.year == 2025 })
        XCTAssertEqual(HeaderLabels.year(inTitle: "Мониторинг за 2023-2024 учебный год"), 2024)
        XCTAssertEqual(HeaderLabels.year(inTitle: "Программа на 2021–2025 годы, отчёт за 2024 год"), 2024)
    }

    /// Value columns «на 01.01.2024» and «на 31.12.2024» and no year above: the state on 1 January is last year's,
    /// so the fact is the 31 December column and the year 2024 (before: no year, no workbook for 12 forms).
    func testTheFirstOfJanuaryIsTheStateOfTheYearBefore() throws {
        let url = try valueColumn.rewritten(
            "начало_конец.xlsx",
            Self.plain(
                year: nil, header: "'Критерий', 'на 01.01.2024', 'на 31.12.2024', 'Ссылка'",
                write: "ws.append([w, (v + 2 if type(v) is int else v), v, l])"))
        let (d, report) = read(url)
        XCTAssertEqual(report.year, 2024, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "start and end of the year")
        XCTAssertEqual(HeaderLabels.columnYear(in: "на 01.01.2025"), 2024)
        XCTAssertEqual(HeaderLabels.columnYear(in: "2025-01-01T00:00:00Z"), 2024)
        XCTAssertEqual(HeaderLabels.columnYear(in: "на 31.12.2024"), 2024)
        XCTAssertEqual(HeaderLabels.columnYear(in: "на 11.01.2024"), 2024)
    }

    /// Value columns headed by date cells 31.12.2023 | 31.12.2024 and no year above: the 2024 column's values, and the
    /// other column named as a person reads its date (before: «столбец «2023-12-31T00:00:00Z» не распознан»).
    func testDateCellsOverTheValueColumnsAreReadAsDates() throws {
        let url = try valueColumn.rewritten(
            "даты.xlsx",
            Self.plain(
                year: nil,
                header: "'Критерий', datetime.date(2023, 12, 31), datetime.date(2024, 12, 31), 'Ссылка'",
                write: "ws.append([w, (v + 2 if type(v) is int else v), v, l])"))
        let (d, report) = read(url)
        XCTAssertEqual(report.year, 2024, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "date cells over the value columns")
        XCTAssertTrue(
            report.issues.contains { $0.kind == .ignoredColumn && $0.message.contains("«31.12.2023»") },
            "\(report.issues.map(\.message))")
    }

    /// Answers as check marks ✓ and ✗ (Templates/answers.tsv): 1 and 0 (before: 32 values of 12 forms «не является
    /// числом»).
    func testCheckMarksAreAnswers() throws {
        XCTAssertEqual(ValueParser.parse(raw: "✓", unit: .yesno), .number(1))
        XCTAssertEqual(ValueParser.parse(raw: "✗", unit: .yesno), .number(0))
        XCTAssertEqual(ValueParser.parse(raw: " ✔ ", unit: .count), .number(1))
        let url = try valueColumn.rewritten(
            "галочки.xlsx",
            Self.plain(
                write: """
                    s = v.strip().lower() if isinstance(v, str) else ""
                    ws.append([w, "✓" if s.startswith("да") else ("✗" if s.startswith("нет") else v), l])
                    """))
        let (d, report) = read(url)
        XCTAssertFalse(report.issues.contains { $0.kind == .unparsedValue }, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "check marks")
    }

    /// Counts with a footnote mark («47*», «12¹») and answers typed with a Latin look-alike letter («Дa», «нeт»):
    /// the numbers and answers (before: 145 and 32 values of 12 forms «не является числом»).
    func testFootnoteMarksAndLatinLettersInAnswers() throws {
        XCTAssertEqual(ValueParser.parse(raw: "47*", unit: .count), .number(47))
        XCTAssertEqual(ValueParser.parse(raw: "3 **", unit: .count), .number(3))
        XCTAssertEqual(ValueParser.parse(raw: "12¹", unit: .count), .number(12))
        XCTAssertEqual(ValueParser.parse(raw: "Д\u{61}", unit: .yesno), .number(1))
        XCTAssertEqual(ValueParser.parse(raw: "н\u{65}т", unit: .yesno), .number(0))
        XCTAssertEqual(ValueParser.parse(raw: "data", unit: .yesno), .text("data"))
        let url = try valueColumn.rewritten(
            "сноски.xlsx",
            Self.plain(
                write: """
                    s = v.strip().lower() if isinstance(v, str) else ""
                    if s.startswith("да"): v = "Д" + "a"
                    elif s.startswith("нет"): v = "н" + "e" + "т"
                    elif type(v) is int and k % 2: v = str(v) + "*"
                    ws.append([w, v, l])
                    """))
        let (d, report) = read(url)
        XCTAssertFalse(report.issues.contains { $0.kind == .unparsedValue }, "\(report.issues)")
        valueColumn.assertSameValuesAndLinks(d, "footnote marks and Latin letters")
    }

    /// No year in the sheet: the sheet's name «2024» or the file's «ЦМН_2024_школа.xlsx» gives it, to be checked
    /// (before: no year in any of 12 forms, no workbook).
    func testAYearOnlyInTheSheetsOrFilesNameIsTakenToBeChecked() throws {
        for (name, body, from) in [
            ("форма.xlsx", Self.plain(year: nil) + "\nws.title = '2024'", "листа «2024»"),
            ("ЦМН_2024_школа.xlsx", Self.plain(year: nil), "файла «ЦМН_2024_школа.xlsx»")
        ] {
            let url = try valueColumn.rewritten(name, body)
            let (d, report) = read(url)
            XCTAssertEqual(report.year, 2024, "\(report.issues)")
            XCTAssertTrue(
                report.issues.contains {
                    $0.kind == .missingYear && $0.message.contains(from) && $0.message.contains("проверьте")
                }, "\(report.issues)")
            valueColumn.assertSameValuesAndLinks(d, "year in the name of the \(from)")
        }
        XCTAssertNil(HeaderLabels.year(inFileName: "05_МБОУ_СОШ_№_2019.xlsx"))
        XCTAssertNil(HeaderLabels.year(inFileName: "отчёт_2023-2024.xlsx"))
        XCTAssertEqual(HeaderLabels.year(inFileName: "Отчёт ЦМН (2024).xlsx"), 2024)
    }

    /// A number typed as text gives the same figure as the number stored: both rounded to 12 decimals (before: a
    /// share typed «0,1558441558441558» differed from the stored one in the 13th decimal, in 24 cells of the workbook
    /// of 12 forms typed as CSV and converted by LibreOffice).
    func testANumberTypedAsTextIsTheStoredNumber() {
        for (text, stored) in [("0,1558441558441558", 0.1558441558441558), ("12,3456789012345", 12.3456789012345)] {
            for unit in [ValueUnit.share, .count] {
                XCTAssertEqual(
                    ValueParser.parse(raw: text, unit: unit), ValueParser.parse(raw: "", number: stored, unit: unit),
                    "\(text) as \(unit)")
            }
        }
    }

    /// An address broken by a converter or the cell's width is joined again (heldout21: «…nastavnicheskie_⏎pary_2024.pdf»,
    /// «…/30/69/ Prikaz_215….pdf»); words after a whole address, a second address and a number are not its tail.
    func testABrokenAddressIsJoined() {
        XCTAssertEqual(
            FormLayoutReader.joinBrokenAddress("https://school.ru/files/Prikaz_81-o_nastavnicheskie_\npary_2024.pdf"),
            "https://school.ru/files/Prikaz_81-o_nastavnicheskie_pary_2024.pdf")
        XCTAssertEqual(
            FormLayoutReader.joinBrokenAddress("https://school.ru/netcat_files/30/69/ Prikaz_215_o_monitoringe.pdf"),
            "https://school.ru/netcat_files/30/69/Prikaz_215_o_monitoringe.pdf")
        for whole in [
            "https://school.ru/docs/prikaz.pdf (приказ № 5)", "https://school.ru/a.pdf https://school.ru/b.pdf",
            "https://school.ru/page 2024", "https://school.ru/docs/prikaz.pdf prikaz_2.pdf"
        ] {
            XCTAssertEqual(FormLayoutReader.joinBrokenAddress(whole), whole)
        }
    }

    /// A value label with its date or period is the value label (heldout5: «Значение на 31.12.2024» was no label, the
    /// header was not found, and the numbering column was taken for the values); other headers stay what they were.
    func testAValueLabelWithItsDateIsTheValueLabel() {
        let labels = Support.context.labels
        func role(_ text: String) -> HeaderLabels.Role? {
            labels.role(of: TitleNormaliser.normalise(text), among: [.criterion, .value, .link, .direction, .note])
        }
        XCTAssertEqual(role("Значение на 31.12.2024"), .value)
        XCTAssertEqual(role("Значение за 2024 год"), .value)
        XCTAssertEqual(role("Значение (с пояснением)"), .value)
        XCTAssertEqual(role("Значение показателя по состоянию на 01.10.2024"), .value)
        // A label with a remark in parentheses (heldout21's FineReader forms): its role.
        XCTAssertEqual(role("Источник информации (ссылка на документ)"), .link)
        XCTAssertNil(role("Примечание за 2024 год"))
        XCTAssertNil(role("Наставники на 31.12.2024"))
        XCTAssertNil(HeaderLabels.withoutPeriod("значение"))
    }
}
