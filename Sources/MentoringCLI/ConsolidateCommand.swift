import ArgumentParser
import Catalogue
import Consolidation
import Findings
import Foundation
import Normaliser
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

    @Option(name: .long, help: ArgumentHelp("История прошлых лет: таблица по годам или прошлогодняя сводная книга (можно несколько).", valueName: "ФАЙЛ"))
    var history: [String] = []

    @Option(name: .long, help: ArgumentHelp("Название муниципального образования для заголовков книги (вместо указанного в форме муниципалитета).",
                                            valueName: "НАЗВАНИЕ"))
    var municipality: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Куда записать сводную книгу.", valueName: "СВОД.xlsx"))
    var output: String = "out/svod.xlsx"

    @Option(name: .customLong("by-municipality"), help: ArgumentHelp(
        "Папка для свода региона: сводная выгрузка со столбцом «Муниципальное образование» даёт книгу на каждый муниципалитет и книгу региона рядом.",
        valueName: "ПАПКА"))
    var byMunicipality: String?

    @Flag(name: .long, help: "Сводная выгрузка региона или страны со столбцом «Муниципальное образование»: только книга уровня выше муниципалитета в -o (строка на муниципалитет), без книг муниципалитетов.")
    var regional = false

    @Option(name: .long, help: ArgumentHelp(
        "Папка для карточек организаций: по книге на организацию — её значения рядом с муниципальными и прошлогодними, динамика, что исправить (файл, лист, ячейка), достигает ли она целей.",
        valueName: "ПАПКА"))
    var cards: String?

    @Flag(name: .long, help: ArgumentHelp("Показать время этапов (для замеров производительности).", visibility: .hidden))
    var timings = false

    func validate() throws {
        if options.inputs.isEmpty { throw ValidationError("укажите формы организаций: файлы или папки") }
        if (byMunicipality != nil || regional) && municipal != nil {
            throw ValidationError("--municipal и --by-municipality (--regional) несовместимы: форма муниципалитета относится к одному муниципалитету")
        }
        if cards != nil && (byMunicipality != nil || regional) {
            throw ValidationError("--cards пишет карточки организаций одного муниципалитета; с --by-municipality и --regional он не используется")
        }
        if byMunicipality != nil && regional {
            throw ValidationError("--regional пишет только книгу региона в -o, --by-municipality — и книги муниципалитетов; укажите одно")
        }
    }

    func run() throws {
        let templates = try options.templatesFolder()
        var context = try options.context()
        context.keysCarryMunicipality = byMunicipality != nil || regional   // a region: one school name in two municipalities is two schools
        let tables = try TableSpec.load(from: templates, catalogue: context.catalogue)
        var clock = PhaseClock()
        let listing = InputReader.list(ArgumentRuns.restore(options.inputs))
        let files = listing.files + (municipal.map { [$0] } ?? []) + history
        let showProgress = stderrIsTerminal && files.count > 20
        // A region-wide export is consolidated per municipality (ConsolidateByMunicipality.swift), not as one.
        let regionWide = byMunicipality != nil || regional
        let job = ConsolidationJob(files: files, context: context, year: options.year, municipality: municipality,
                                   consolidate: !regionWide, progress: { done, total in
            if showProgress { FileHandle.standardError.write(Data("\rчтение форм: \(done) из \(total)".utf8)) }
        }, lap: { clock.lap($0) })
        if showProgress { printError("") }
        let (dataset, reports, findings, coverage) = (job.dataset, job.reports, job.findings, job.coverage)
        for r in reports where r.failed {
            printError("пропущен \(r.file): " + r.issues.filter { $0.kind == .error || $0.kind == .unknownLayout }.map(\.message).joined(separator: "; "))
        }
        guard let year = job.year else {
            let yearless = reports.filter { $0.year == nil && $0.issues.contains { $0.kind == .missingYear } }.count
            printError(yearless > 0
                ? "ошибка: ни в одной форме не указан отчётный год (форм без года: \(yearless)) — значения не учтены; "
                    + "укажите год параметром --year (например, --year 2024); книга не записана"
                : "ошибка: ни одной формы организации не прочитано — сводить нечего; книга не записана")
            throw ExitCode(ConsolidateExitCode.nothingToConsolidate.rawValue)
        }
        if regionWide {   // the region: a workbook per municipality and the regional one, or the regional one alone
            return try consolidateByMunicipality(dataset, reports: reports, year: year, tables: tables, context: context,
                                                 folder: byMunicipality, clock: clock)
        }
        guard let consolidation = job.consolidation else {
            if job.refusal?.reason == .yearNotFound {   // a wrong --year: nothing else of the run is worth saying
                printError("ошибка: \(job.refusal!.message); книга не записана")
                throw ExitCode(ConsolidateExitCode.usage.rawValue)
            }
            for l in unusedLines(dataset, reports: reports, catalogue: context.catalogue, year: year) { print(l) }
            if let refusal = job.refusal { printError("ошибка: \(refusal.message)") }
            throw ExitCode(ConsolidateExitCode.nothingToConsolidate.rawValue)
        }
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
        if timings { printError(clock.summary) }
        // What could not be used comes first; every count below is of one thing, said once.
        for l in unusedLines(dataset, reports: reports, catalogue: context.catalogue, year: year) { print(l) }
        let orgs = consolidation.aggregator.organisations(in: year).compactMap { dataset.organisations[$0] }
        let criteria = context.catalogue.criteria(in: year).filter { $0.aggregation != .none }
        let filled = criteria.filter { consolidation.value($0.id, year)?.number != nil }
        let partial = filled.filter { c in
            [.sum, .countYes, .mean].contains(c.aggregation)
                && (consolidation.value(c.id, year)?.organisations ?? 0) < orgs.count
        }
        let skipped = reports.filter(\.failed).count
        let repeated = reports.filter(\.repeated)
        let attention = reports.flatMap(\.issues).filter(\.needsAttention).count
        let unused = dataset.unassigned.filter(\.needsDecision).count
        // Organisations whose form was read but none of its values used (its value column undecided): named apart, so
        // that this count and check's agree.
        let inSummary = Set(orgs.map(\.key))
        let waiting = Set(dataset.valueColumnQuestions.compactMap(\.organisation)).subtracting(inSummary).count
        print("Свод за \(year) год\(dataset.municipality.map { " — \($0)" } ?? ""): организаций \(orgs.count) (школ \(orgs.filter { $0.type == .school }.count), ДОП \(orgs.filter { $0.type == .dop }.count)" +
              (waiting == 0 ? "" : "; ещё \(waiting) — форма прочитана, значения не учтены: не ясен столбец значений") + "); " +
              "критериев со значением \(filled.count) из \(criteria.count)" +
              (partial.isEmpty ? "" : ", из них не по всем организациям \(partial.count) (\(partial.prefix(5).map(\.id).joined(separator: ", "))\(partial.count > 5 ? ", …" : ""))") +
              "; " + FileCounts(reports).line + ".")
        for l in FileCounts.repeatedLines(repeated) + FileCounts.otherLines(listing.others) { print(l) }
        if let coverage { print(coverage.line(more: " — все на листе «\(NotReportedSheet.name)»")) }
        if attention > 0 {
            print("Сообщений о чтении форм, требующих внимания: \(attention) (лист «Замечания», вид «чтение формы»).")
        }
        let perKind = Dictionary(findings.map { ($0.kind, 1) }, uniquingKeysWith: +)
        if !perKind.isEmpty {
            print("Замечаний к данным: \(findings.count) (лист «Замечания»): " + FindingKind.allCases.compactMap { k in
                perKind[k].map { "\(k.russian) — \($0)" } }.joined(separator: "; ") + ".")
        }
        print("Книга записана: \(output)")
        if let cards { print("Карточки организаций: \(written.count) в папке \(cards)") }
        let code = ConsolidateExitCode.written(incomplete: skipped > 0 || attention > 0 || unused > 0, findings: findings.count)
        if code != .clean { throw ExitCode(code.rawValue) }
    }
}
