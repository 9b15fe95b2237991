import Dataset
import Foundation
import Report
import XCTest

/// The mistakes a new user makes with `mentoring consolidate` (issue 26), each reproduced and answered: the same form
/// given twice, a `--year` no form has, other spreadsheets in a folder, a workbook that cannot be written (the
/// library's own English line), the exit codes, `--version` and the help's placeholders.
final class NewUserMistakesTests: XCTestCase {
    static let forms = "Examples/forms/2024"
    static let school = "Examples/forms/2024/01_МБОУ_СОШ_№_5.xlsx"
    var tmp: URL!

    override func setUpWithError() throws { tmp = try MentoringRun.temporaryFolder("mistakes") }
    override func tearDown() { try? FileManager.default.removeItem(at: tmp) }

    /// The sheets whose figures a repeated form would change: the municipal values and the schools' list.
    func figures(_ workbook: String) throws -> [String] {
        try MentoringRun.dump(workbook, "Таблица 38") + MentoringRun.dump(workbook, "Таблица 6")
    }

    func consolidate(_ inputs: [String], _ name: String, extra: [String] = []) throws -> (MentoringRun.Outcome, String)
    {
        let out = tmp.appendingPathComponent(name).path
        return (try MentoringRun.run(["consolidate"] + inputs + extra + ["-o", out]), out)
    }

    // MARK: 1. the same file given twice counts once, whatever the spelling

    func testTheSameFileGivenTwiceCountsOnceWhateverItsSpelling() throws {
        let (alone, baseline) = try consolidate([Self.forms], "alone.xlsx")
        XCTAssertTrue(alone.stdout.contains("организаций 93 (школ 80, ДОП 13)"), alone.both)
        let expected = try figures(baseline)
        let absolute = MentoringRun.root.appendingPathComponent(Self.school).path
        let link = tmp.appendingPathComponent("ссылка.xlsx")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: absolute)
        let spellings: [String: String] = [
            "same path": Self.school, "./": "./" + Self.school, "absolute": absolute,
            "..": "Examples/../" + Self.school, "symlink": link.path
        ]
        for (i, (what, again)) in spellings.sorted(by: { $0.key < $1.key }).enumerated() {
            let (run, workbook) = try consolidate([Self.forms, again], "spelling-\(i).xlsx")
            XCTAssertEqual(run.status, ConsolidateExitCode.incomplete.rawValue, "\(what): \(run.both)")
            XCTAssertTrue(run.stdout.contains("организаций 93 (школ 80, ДОП 13)"), "\(what): \(run.stdout)")
            XCTAssertTrue(
                run.stdout.contains("файлов прочитано 93, пропущено 0, указано повторно 1"), "\(what): \(run.stdout)")
            XCTAssertTrue(run.stdout.contains("Указан повторно: \(again)"), "\(what): \(run.stdout)")
            XCTAssertEqual(try figures(workbook), expected, "\(what): the repeated form changed the figures")
            let remarks = try MentoringRun.lines(workbook, "Замечания").joined(separator: "\n")
            XCTAssertTrue(remarks.contains("указан повторно"), "\(what): «Замечания» does not name the repetition")
        }
        // The folder given twice: every form is named once more, none counted twice.
        let (twice, workbook) = try consolidate([Self.forms, "./" + Self.forms], "folder-twice.xlsx")
        XCTAssertTrue(twice.stdout.contains("организаций 93 (школ 80, ДОП 13)"), twice.stdout)
        XCTAssertTrue(twice.stdout.contains("указано повторно 93"), twice.stdout)
        XCTAssertEqual(try figures(workbook), expected)
    }

    func testOneFileGivenTwiceIsThatOneSchool() throws {
        let (once, single) = try consolidate([Self.school], "once.xlsx")
        let (twice, double) = try consolidate([Self.school, Self.school], "twice.xlsx")
        XCTAssertTrue(once.stdout.contains("организаций 1 (школ 1, ДОП 0)"), once.stdout)
        XCTAssertTrue(twice.stdout.contains("организаций 1 (школ 1, ДОП 0)"), twice.stdout)
        XCTAssertEqual(try MentoringRun.dump(double, "Таблица 38"), try MentoringRun.dump(single, "Таблица 38"))
    }

    /// Two different files with one school's identical values: as before the change — the second is a repeated form,
    /// counted once, and says so.
    func testTwoFilesWithTheSameValuesAreARepeatedForm() throws {
        let copy = tmp.appendingPathComponent("копия.xlsx")
        try FileManager.default.copyItem(
            atPath: MentoringRun.root.appendingPathComponent(Self.school).path, toPath: copy.path)
        let (alone, baseline) = try consolidate([Self.forms], "alone.xlsx")
        let (run, workbook) = try consolidate([Self.forms, copy.path], "copy.xlsx")
        XCTAssertEqual(run.status, ConsolidateExitCode.incomplete.rawValue, run.both)
        XCTAssertTrue(alone.stdout.contains("организаций 93"), alone.stdout)
        XCTAssertTrue(run.stdout.contains("организаций 93 (школ 80, ДОП 13)"), run.stdout)
        XCTAssertTrue(run.stdout.contains("файлов прочитано 94, пропущено 0."), run.stdout)
        XCTAssertEqual(try figures(workbook), try figures(baseline))
        let remarks = try MentoringRun.lines(workbook, "Замечания").joined(separator: "\n")
        XCTAssertTrue(remarks.contains("повторная форма"), remarks)
    }

    /// The workbook of a run written into the forms' folder, then the same command again: the second run names the
    /// workbook and does not read it. Read beside the forms, its «Данные» doubled every link finding (6 «не ссылка»
    /// became 12) while the figures stayed the same. Last year's workbook in the same folder is still history.
    func testLastRunsWorkbookInTheFormsFolderIsNamedNotRead() throws {
        let folder = tmp.appendingPathComponent("формы")
        try FileManager.default.copyItem(
            at: MentoringRun.root.appendingPathComponent(Self.forms), to: folder)
        let out = folder.appendingPathComponent("СВОД.xlsx").path
        let first = try MentoringRun.run(["consolidate", folder.path, "-o", out])
        let firstRemarks = try MentoringRun.lines(out, "Замечания")
        XCTAssertTrue(first.stdout.contains("файлов прочитано 93, пропущено 0."), first.stdout)
        let firstFigures = try figures(out)
        let again = try MentoringRun.run(["consolidate", folder.path, "-o", out])
        XCTAssertEqual(again.status, ConsolidateExitCode.incomplete.rawValue, again.both)
        XCTAssertTrue(again.stdout.contains("организаций 93 (школ 80, ДОП 13)"), again.stdout)
        XCTAssertTrue(again.stdout.contains("файлов прочитано 93, пропущено 1."), again.stdout)
        XCTAssertTrue(
            again.stderr.contains(
                "пропущен \(out): сводная книга за 2024 год (скрытый лист «Данные») среди форм 2024 года"),
            again.both)
        XCTAssertEqual(try figures(out), firstFigures)
        let remarks = try MentoringRun.lines(out, "Замечания")
        func count(_ lines: [String], _ kind: String) -> Int { lines.filter { $0.contains(kind) }.count }
        XCTAssertEqual(count(firstRemarks, "ошибка не ссылка"), 6, firstRemarks.joined(separator: "\n"))
        XCTAssertEqual(count(remarks, "ошибка не ссылка"), 6, "link findings counted twice")
        XCTAssertEqual(count(remarks, "СВОД.xlsx сводная книга за 2024 год"), 1, remarks.joined(separator: "\n"))

        // Last year's workbook among this year's forms is history, as before: read, nothing skipped.
        try FileManager.default.removeItem(atPath: out)
        try FileManager.default.copyItem(
            at: MentoringRun.root.appendingPathComponent("Examples/data_2023.xlsx"),
            to: folder.appendingPathComponent("свод_2023.xlsx"))
        let history = try MentoringRun.run(["consolidate", folder.path, "-o", tmp.appendingPathComponent("h.xlsx").path]
        )
        XCTAssertTrue(history.stdout.contains("файлов прочитано 94, пропущено 0."), history.stdout)
    }

    // MARK: 2. a year no form has

    func testAYearNoFormHasIsAnErrorThatNamesTheYearsAndWritesNothing() throws {
        let out = tmp.appendingPathComponent("свод.xlsx")
        let earlier = Data("a good workbook of an earlier run".utf8)
        try earlier.write(to: out)
        let run = try MentoringRun.run(["consolidate", Self.forms, "--year", "2019", "-o", out.path])
        XCTAssertEqual(run.status, ConsolidateExitCode.usage.rawValue, run.both)
        XCTAssertTrue(run.stderr.contains("за 2019 год нет ни одной формы"), run.both)
        XCTAssertTrue(run.stderr.contains("2024 год (93 формы)"), run.both)
        XCTAssertFalse(run.stdout.contains("Книга записана"), run.stdout)
        XCTAssertEqual(try Data(contentsOf: out), earlier, "the earlier file was overwritten")
        let fresh = tmp.appendingPathComponent("новый.xlsx")
        _ = try MentoringRun.run(["consolidate", Self.forms, "--year", "2019", "-o", fresh.path])
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh.path))
        // The year the forms give is still accepted when named.
        let right = try MentoringRun.run(["consolidate", Self.forms, "--year", "2024", "-o", fresh.path])
        XCTAssertEqual(right.status, ConsolidateExitCode.writtenWithFindings.rawValue, right.both)
    }

    // MARK: 3. other spreadsheets in a folder

    func testOtherSpreadsheetsInAFolderAreNamed() throws {
        let folder = tmp.appendingPathComponent("формы")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fm = FileManager.default
        let root = MentoringRun.root
        for name in ["01_МБОУ_СОШ_№_5.xlsx", "02_МБОУ_СОШ_№42.xlsx"] {
            try fm.copyItem(
                at: root.appendingPathComponent("Examples/forms/2024/\(name)"), to: folder.appendingPathComponent(name))
        }
        // Files made by other programs: LibreOffice's .xls and .ods (scripts/make_reader_fixtures.py), Python's zip.
        try fm.copyItem(
            at: root.appendingPathComponent("Tests/Fixtures/reader/bad_old.xls"),
            to: folder.appendingPathComponent("старая.xls"))
        try fm.copyItem(
            at: root.appendingPathComponent("Tests/Fixtures/reader/bad_ods.ods"),
            to: folder.appendingPathComponent("открытая.ods"))
        try fm.copyItem(
            at: root.appendingPathComponent("Examples/forms/2024/03_МБОУ_ИЕГЛ_Школа-30.xlsx"),
            to: folder.appendingPathComponent("макросы.xlsm"))
        try Data("Критерий;Значение\nКоличество наставников;5\n".utf8).write(
            to: folder.appendingPathComponent("выгрузка.csv"))
        try Data("%PDF-1.4\n".utf8).write(to: folder.appendingPathComponent("приказ.pdf"))
        try Data("lock".utf8).write(to: folder.appendingPathComponent("~$01_МБОУ_СОШ_№_5.xlsx"))
        let zip = try MentoringRun.python(
            """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1] + "/архив.zip", "w") as z:
                z.write(sys.argv[2], "04.xlsx")
            """, [folder.path, root.appendingPathComponent("Examples/forms/2024/04_МБОУ_СОШ_№_70.xlsx").path])
        XCTAssertEqual(zip.status, 0, zip.both)

        let (run, workbook) = try consolidate([folder.path], "svod.xlsx")
        XCTAssertEqual(run.status, ConsolidateExitCode.incomplete.rawValue, run.both)
        XCTAssertTrue(run.stdout.contains("организаций 3 (школ 3, ДОП 0)"), run.stdout)
        XCTAssertTrue(
            run.stdout.contains(
                "файлов прочитано 3, пропущено 4 (из них не .xlsx — 4: .csv — 1, .ods — 1, .xls — 1, .zip — 1)"),
            run.stdout)
        XCTAssertTrue(run.stdout.contains("Не таблицы, не читались: 1 файл в папках — приказ.pdf."), run.stdout)
        XCTAssertTrue(run.stderr.contains("архив.zip: Файл") && run.stderr.contains("распакуйте его"), run.stderr)
        XCTAssertTrue(run.stderr.contains("выгрузка.csv") && run.stderr.contains("это файл CSV"), run.stderr)
        XCTAssertTrue(run.stderr.contains("старая.xls") && run.stderr.contains("сохраните её как .xlsx"), run.stderr)
        XCTAssertTrue(run.stderr.contains("открытая.ods") && run.stderr.contains("OpenDocument"), run.stderr)
        XCTAssertFalse(run.both.contains("~$"), "a lock file is not worth a word: \(run.both)")
        let remarks = try MentoringRun.lines(workbook, "Замечания").joined(separator: "\n")
        for name in ["старая.xls", "открытая.ods", "выгрузка.csv", "архив.zip"] {
            XCTAssertTrue(remarks.contains(name), "«Замечания» does not name \(name)")
        }
        XCTAssertFalse(remarks.contains("приказ.pdf"))

        // Named one by one, a document that is not a table says what it is (a .docx is a zip too).
        let docx = try MentoringRun.python(
            """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w") as z:
                z.writestr("word/document.xml", "<w:document/>")
            """, [tmp.appendingPathComponent("письмо.docx").path])
        XCTAssertEqual(docx.status, 0, docx.both)
        let named = try MentoringRun.run([
            "consolidate", Self.school, folder.appendingPathComponent("приказ.pdf").path,
            tmp.appendingPathComponent("письмо.docx").path, "-o", tmp.appendingPathComponent("p.xlsx").path
        ])
        XCTAssertTrue(named.stderr.contains("это файл .pdf, а не таблица"), named.stderr)
        XCTAssertTrue(named.stderr.contains("это файл .docx, а не таблица"), named.stderr)
        XCTAssertEqual(named.status, ConsolidateExitCode.incomplete.rawValue, named.both)
    }

    // MARK: 4. libxlsxwriter's own line

    func testTheLibrarysOwnLineGoesToTheLogNotTheTerminal() throws {
        // No file can be made in /proc, even by root: libxlsxwriter's workbook_close() fails and says so in English.
        let out = "/proc/mentoring-\(getpid()).xlsx"
        let run = try MentoringRun.run(["consolidate", Self.school, "-o", out])
        XCTAssertEqual(run.status, ConsolidateExitCode.notWritten.rawValue, run.both)
        XCTAssertTrue(run.stderr.contains("ошибка: книга не записана"), run.both)
        XCTAssertFalse(run.both.contains("[ERROR]"), run.both)
        XCTAssertFalse(run.both.contains("workbook_close"), run.both)
        // It is in the log, for whoever asks for it.
        let logged = try MentoringRun.run(
            ["consolidate", Self.school, "-o", out], environment: ["MENTORING_LOG_LEVEL": "error"])
        XCTAssertTrue(logged.stderr.contains("mentoring.libxlsxwriter"), logged.both)
        XCTAssertTrue(logged.stderr.contains("[ERROR] workbook_close()"), logged.both)
        XCTAssertEqual(
            logged.stderr.components(separatedBy: "[ERROR] workbook_close()").count, 2, "logged once: \(logged.stderr)")
    }

    // MARK: 5. exit codes

    func testExitCodesFollowTheTable() throws {
        let nothing = try MentoringRun.run([
            "consolidate", tmp.appendingPathComponent("нет такой папки").path,
            "-o", tmp.appendingPathComponent("n.xlsx").path
        ])
        XCTAssertEqual(nothing.status, ConsolidateExitCode.nothingToConsolidate.rawValue, nothing.both)
        XCTAssertTrue(nothing.stderr.contains("сводить нечего"), nothing.both)
        let (withFindings, _) = try consolidate([Self.forms], "f.xlsx")
        XCTAssertTrue(withFindings.stdout.contains("Замечаний к данным:"), withFindings.stdout)
        XCTAssertEqual(withFindings.status, ConsolidateExitCode.writtenWithFindings.rawValue, withFindings.both)
        let usage = try MentoringRun.run(["consolidate"])
        XCTAssertEqual(usage.status, ConsolidateExitCode.usage.rawValue, usage.both)
        // The help is the table.
        let help = try MentoringRun.run(["consolidate", "--help"])
        let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for code in ConsolidateExitCode.allCases {
            let line = "\(code.rawValue) — " + code.meaning.replacingOccurrences(of: "`", with: "")
            XCTAssertTrue(
                flat.contains(line.split(whereSeparator: \.isWhitespace).joined(separator: " ")), "help lacks: \(line)")
        }
    }

    // MARK: 6. --version and the help's placeholders

    func testVersionAtTheRootAndRussianPlaceholders() throws {
        let root = try MentoringRun.run(["--version"])
        let command = try MentoringRun.run(["version"])
        XCTAssertEqual(root.status, 0, root.both)
        XCTAssertTrue(root.stdout.contains("libxlsxwriter "), root.both)
        XCTAssertEqual(root.stdout, command.stdout)
        for sub in ["consolidate", "rollup", "check", "template", "export", "inspect", "serve"] {
            let help = try MentoringRun.run([sub, "--help"])
            let usage = help.stdout.split(separator: "\n").first { $0.hasPrefix("USAGE:") }.map(String.init) ?? ""
            XCTAssertFalse(usage.isEmpty, help.both)
            let placeholders = usage.matches(of: #/<([^>]+)>/#).map { String($0.1) }
            for p in placeholders {
                XCTAssertTrue(
                    p.range(of: "^[А-ЯЁ][А-ЯЁ_.]*(xlsx)?$", options: .regularExpression) != nil || p == "N",
                    "\(sub): placeholder <\(p)> is not in the one style (Russian capitals)")
            }
        }
    }
}
