import ArgumentParser
import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation
import Normaliser
import Pipeline
import Report
import XLSXWriter

/// `mentoring consolidate`: the consolidated municipal workbook with Tables 1–38.
struct ConsolidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "Собрать сводную книгу «Таблица 1» … «Таблица 38» из форм организаций.",
        discussion: ConsolidateExitCode.helpText)

    @OptionGroup var options: InputOptions

    @Option(name: .long, help: ArgumentHelp("Форма муниципалитета (XLSX).", valueName: "ФАЙЛ"))
    var municipal: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "История прошлых лет: таблица по годам или прошлогодняя сводная книга (можно несколько).", valueName: "ФАЙЛ"
        ))
    var history: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Название муниципального образования для заголовков книги (вместо указанного в форме муниципалитета).",
            valueName: "НАЗВАНИЕ"))
    var municipality: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Куда записать сводную книгу.", valueName: "СВОД.xlsx"))
    var output: String = "out/svod.xlsx"

    @Option(
        name: .customLong("by-municipality"),
        help: ArgumentHelp(
            "Папка для свода региона: сводная выгрузка со столбцом «Муниципальное образование» даёт книгу на каждый муниципалитет и книгу региона рядом.",
            valueName: "ПАПКА"))
    var byMunicipality: String?

    @Flag(
        name: .long,
        help:
            "Сводная выгрузка региона или страны со столбцом «Муниципальное образование»: только книга уровня выше муниципалитета в -o (строка на муниципалитет), без книг муниципалитетов."
    )
    var regional = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Папка для карточек организаций: по книге на организацию — её значения рядом с муниципальными и прошлогодними, динамика, что исправить (файл, лист, ячейка), достигает ли она целей.",
            valueName: "ПАПКА"))
    var cards: String?

    @Flag(
        name: .long, help: ArgumentHelp("Показать время этапов (для замеров производительности).", visibility: .hidden))
    var timings = false

    func validate() throws {
        if options.inputs.isEmpty { throw ValidationError("укажите формы организаций: файлы или папки") }
        if (byMunicipality != nil || regional) && municipal != nil {
            throw ValidationError(
                "--municipal и --by-municipality (--regional) несовместимы: форма муниципалитета относится к одному муниципалитету"
            )
        }
        if cards != nil && (byMunicipality != nil || regional) {
            throw ValidationError(
                "--cards пишет карточки организаций одного муниципалитета; с --by-municipality и --regional он не используется"
            )
        }
        if byMunicipality != nil && regional {
            throw ValidationError(
                "--regional пишет только книгу региона в -o, --by-municipality — и книги муниципалитетов; укажите одно")
        }
    }

    func run() throws {
        var templates = try options.loadTemplates()
        // a region: one school name in two municipalities is two schools
        templates.keysCarryMunicipality = byMunicipality != nil || regional
        var clock = PhaseClock()
        var (inputs, listing) = options.classified(templates, adding: (municipal.map { [$0] } ?? []) + history)
        let showProgress = stderrIsTerminal && inputs.data.count > 20
        // A region-wide export is consolidated per municipality (ConsolidateByMunicipality.swift), not as one.
        let regionWide = byMunicipality != nil || regional
        if regionWide { RegionalJob.limitMallocArenas() }
        let job = inputs.read(
            { templates, files in
                ConsolidationJob(
                    files: files, context: templates.context, year: options.year, municipality: municipality,
                    consolidate: !regionWide,
                    progress: { done, total in
                        if showProgress {
                            FileHandle.standardError.write(Data("\rчтение форм: \(done) из \(total)".utf8))
                        }
                    }, lap: { clock.lap($0) })
            }, reports: \.reports)
        if showProgress { printError("") }
        let (found, unusable) = inputLines(inputs)
        let (dataset, reports, findings) = (job.dataset, job.reports, job.findings)
        for r in reports where r.failed {
            printError("пропущен \(r.file): " + r.whyFailed)
        }
        guard let year = job.year else { throw noYear(reports) }
        let catalogue = templates.catalogue
        if regionWide {  // the region: a workbook per municipality and the regional one, or the regional one alone
            return try consolidateByMunicipality(
                job, year: year, tables: templates.tables, folder: byMunicipality, clock: clock)
        }
        guard job.consolidation != nil else {
            if job.refusal?.reason == .yearNotFound {  // a wrong --year: nothing else of the run is worth saying
                printError("ошибка: \(job.refusal!.message); книга не записана")
                throw ExitCode(ConsolidateExitCode.usage.rawValue)
            }
            for l in unusedLines(dataset, reports: reports, catalogue: catalogue, year: year) { print(l) }
            if let refusal = job.refusal { printError("ошибка: \(refusal.message)") }
            throw ExitCode(ConsolidateExitCode.nothingToConsolidate.rawValue)
        }
        let written = try write(job, tables: templates.tables, clock: &clock)
        if timings { printError(clock.summary) }
        // What could not be used comes first; every count below is of one thing, said once.
        for l in unusedLines(dataset, reports: reports, catalogue: catalogue, year: year) { print(l) }
        let counts = job.counts
        printSummary(
            job, year: year, counts: counts,
            lines: found + FileCounts.repeatedLines(reports.filter(\.repeated))
                + FileCounts.otherLines(listing.others))
        print("Книга записана: \(output)")
        if let cards { print("Карточки организаций: \(written.count) в папке \(cards)") }
        let code = ConsolidateExitCode.written(incomplete: counts.incomplete || unusable > 0, findings: findings.count)
        if code != .clean { throw ExitCode(code.rawValue) }
    }

    /// Says why a run found no year to consolidate (no form gives one, or no organisation's form was read); the
    /// exit code to throw.
    func noYear(_ reports: [FileReport]) -> ExitCode {
        let yearless = reports.filter { $0.year == nil && $0.issues.contains { $0.kind == .missingYear } }.count
        printError(
            yearless > 0
                ? "ошибка: ни в одной форме не указан отчётный год (форм без года: \(yearless)) — значения не учтены; "
                    + "укажите год параметром --year (например, --year 2024); книга не записана"
                : "ошибка: ни одной формы организации не прочитано — сводить нечего; книга не записана")
        return ExitCode(ConsolidateExitCode.nothingToConsolidate.rawValue)
    }

    /// Writes the workbook and, with `--cards`, the cards; the cards written.
    func write(_ job: ConsolidationJob, tables: [TableSpec], clock: inout PhaseClock) throws -> [OrganisationCards.Card]
    {
        do {
            try job.writeWorkbook(tables: tables, to: output)
        } catch {
            printError("ошибка: книга не записана: \(error)")
            throw ExitCode(ConsolidateExitCode.notWritten.rawValue)
        }
        clock.lap("write")
        var written: [OrganisationCards.Card] = []
        if let cards {
            do {
                written = try job.writeCards(to: cards)
            } catch {
                printError("ошибка: карточки организаций не записаны: \(error)")
                throw ExitCode(ConsolidateExitCode.notWritten.rawValue)
            }
            clock.lap("cards")
        }
        return written
    }

    /// The summary of a written workbook: organisations, criteria and files, then `lines` (inputs found, files named
    /// twice, files that are no tables), the register's coverage, the messages and the findings per kind.
    func printSummary(_ job: ConsolidationJob, year: Int, counts: SummaryCounts, lines: [String]) {
        let partial = counts.partial
        print(
            "Свод за \(year) год\(job.dataset.municipality.map { " — \($0)" } ?? ""): организаций \(counts.organisations) (школ \(counts.schools), ДОП \(counts.dop)"
                + (counts.waiting == 0
                    ? "" : "; ещё \(counts.waiting) — форма прочитана, значения не учтены: не ясен столбец значений")
                + "); " + "критериев со значением \(counts.criteriaFilled) из \(counts.criteria)"
                + (partial.isEmpty
                    ? ""
                    : ", из них не по всем организациям \(partial.count) (\(partial.prefix(5).joined(separator: ", "))\(partial.count > 5 ? ", …" : ""))")
                + "; " + counts.filesLine + ".")
        for l in lines { print(l) }
        if let coverage = job.coverage { print(coverage.line(more: " — все на листе «\(NotReportedSheet.name)»")) }
        if counts.attention > 0 {
            print(
                "Сообщений о чтении форм, требующих внимания: \(counts.attention) (лист «Замечания», вид «чтение формы»)."
            )
        }
        if !counts.findings.isEmpty {
            print(
                "Замечаний к данным: \(counts.findingsTotal) (лист «Замечания»): "
                    + counts.findings.map { "\($0.kind.russian) — \($0.count)" }
                    .joined(separator: "; ") + ".")
        }
    }
}
