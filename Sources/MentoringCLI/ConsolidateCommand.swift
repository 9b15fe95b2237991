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
        discussion: """
        Код выхода: 0 — книга записана, все файлы прочитаны; 1 — книга записана, но часть файлов пропущена \
        или требует внимания (см. лист «Замечания»); 2 — ошибка в параметрах; 3 — книгу записать не удалось \
        (прежний файл не тронут).
        """)

    @OptionGroup var options: InputOptions

    @Option(name: .long, help: "Форма муниципалитета (XLSX).")
    var municipal: String?

    @Option(name: .long, help: "История прошлых лет: таблица по годам или прошлогодняя сводная книга (можно несколько).")
    var history: [String] = []

    @Option(name: .shortAndLong, help: "Куда записать сводную книгу.")
    var output: String = "out/svod.xlsx"

    @Flag(name: .long, help: ArgumentHelp("Показать время этапов (для замеров производительности).", visibility: .hidden))
    var timings = false

    func validate() throws {
        if options.inputs.isEmpty { throw ValidationError("укажите формы организаций: файлы или папки") }
    }

    func run() throws {
        let templates = try options.templates.map { URL(fileURLWithPath: $0) } ?? Catalogue.locateTemplates()
        let context = try NormaliserContext.load(templates: templates, defaultYear: options.year)
        let tables = try TableSpec.load(from: templates, catalogue: context.catalogue)
        var clock = PhaseClock()
        let files = InputReader.expand(options.inputs) + (municipal.map { [$0] } ?? []) + history
        var dataset = Dataset()
        let showProgress = stderrIsTerminal && files.count > 20
        let reports = InputReader(context: context).read(files, into: &dataset) { done, total in
            if showProgress { FileHandle.standardError.write(Data("\rчтение форм: \(done) из \(total)".utf8)) }
        }
        if showProgress { printError("") }
        for r in reports where r.failed {
            printError("пропущен \(r.file): " + r.issues.filter { $0.kind == .error || $0.kind == .unknownLayout }.map(\.message).joined(separator: "; "))
        }
        let formYears = reports.filter { $0.layout == .form || $0.layout == .wide }.compactMap(\.year)
        guard let year = options.year ?? Dictionary(formYears.map { ($0, 1) }, uniquingKeysWith: +)
            .max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key else {
            printError("ошибка: ни одной формы организации не прочитано — сводить нечего")
            throw ExitCode(1)
        }
        clock.lap("read")
        let consolidation = Consolidation(catalogue: context.catalogue, dataset: dataset, year: year)
        clock.lap("consolidate")
        let findings = FindingsEngine(consolidation: consolidation).run()
        clock.lap("findings")
        do {
            try ReportBuilder(consolidation: consolidation, tables: tables, reports: reports, findings: findings).write(to: output)
        } catch {
            printError("ошибка: книга не записана: \(error)")
            throw ExitCode(3)
        }
        clock.lap("write")
        if timings { printError(clock.summary) }
        let orgs = consolidation.aggregator.organisations(in: year).compactMap { dataset.organisations[$0] }
        let criteria = context.catalogue.criteria(in: year).filter { $0.aggregation != .none }
        let filled = criteria.filter { consolidation.value($0.id, year)?.number != nil }.count
        let skipped = reports.filter(\.failed).count
        let attention = reports.flatMap(\.issues).filter(\.needsAttention).count
        print("Свод за \(year) год: организаций \(orgs.count) (школ \(orgs.filter { $0.type == .school }.count), ДОП \(orgs.filter { $0.type == .dop }.count)); " +
              "критериев со значением \(filled) из \(criteria.count); файлов прочитано \(reports.count - skipped), пропущено \(skipped); замечаний \(attention).")
        let perKind = Dictionary(findings.map { ($0.kind, 1) }, uniquingKeysWith: +)
        if !perKind.isEmpty {
            print("Замечания к данным (лист «Замечания»): " + FindingKind.allCases.compactMap { k in
                perKind[k].map { "\(k.russian) — \($0)" } }.joined(separator: "; ") + ".")
        }
        print("Книга записана: \(output)")
        if skipped > 0 || attention > 0 { throw ExitCode(1) }
    }
}
