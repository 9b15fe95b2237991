import ArgumentParser
import Consolidation
import Findings
import Foundation
import Normaliser
import Pipeline
import Report

/// `mentoring check`: reads the forms and says, per file, what was recognised and what needs attention.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Проверить формы: организация, год, вид формы, сопоставленные и нераспознанные критерии.",
        discussion: """
            Код выхода: 0 — всё сопоставлено; 1 — есть что проверить (нераспознанные критерии, ошибки файлов); \
            2 — ошибка в параметрах команды.
            """)

    @OptionGroup var options: InputOptions

    @Flag(name: .long, help: "Вывести результат в JSON (для программ).")
    var json = false

    @Flag(name: .long, help: "Показывать и нечёткие сопоставления, и пропущенные столбцы.")
    var verbose = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Записать файл сопоставления формулировок с критериями (XLSX) для решений пользователя.",
            valueName: "СОПОСТАВЛЕНИЕ.xlsx"))
    var mappingOut: String?

    func validate() throws {
        if options.inputs.isEmpty { throw ValidationError("укажите хотя бы один файл или папку с формами") }
    }

    func run() throws {
        var (inputs, listing) = options.classified(try options.loadTemplates())
        let showProgress = stderrIsTerminal && inputs.data.count > 20 && !json
        let check = inputs.read(
            { templates, files in
                CheckJob(files: files, context: templates.context, year: options.year) { done, total in
                    if showProgress { FileHandle.standardError.write(Data("\rпрочитано \(done) из \(total)".utf8)) }
                }
            }, reports: \.reports)
        if showProgress { printError("") }
        let (found, unusable) = inputLines(inputs)
        let (dataset, reports, year) = (check.dataset, check.reports, check.year)
        if let mappingOut {
            do {
                guard try check.writeMapping(to: mappingOut) else {
                    throw ValidationError("не удалось определить отчётный год; укажите --year")
                }
            } catch let e as ValidationError {
                throw e
            } catch {
                printError("ошибка: файл сопоставления не записан: \(error)")
                throw ExitCode(3)
            }
        }
        let (coverage, municipality, findings) = (check.coverage, check.municipality, check.findings)
        if json {
            let out = CheckOutput(
                files: reports, findings: findings, summary: CheckSummary(check),
                municipality: municipality, register: coverage)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(out), as: UTF8.self))
        } else {
            for l in unusedLines(dataset, reports: reports, catalogue: check.context.catalogue, year: year) { print(l) }
            for r in reports { print(describe(r, dataset)) }
            if let municipality { print("Муниципальное образование: \(municipality).") }
            print(CheckSummary(check).text)
            for l in found + FileCounts.otherLines(listing.others) { print(l) }
            if let coverage { print(coverage.line(more: " (все — в check --json, поле register.notReported)")) }
            if let mappingOut { print("Файл сопоставления записан: \(mappingOut)") }
            let perKind = check.counts.findings
            if !perKind.isEmpty {
                print(
                    "Замечания к данным: "
                        + perKind.map { "\($0.kind.russian) — \($0.count)" }
                        .joined(separator: "; ") + ". Подробно — в листе «Замечания» сводной книги или в --json.")
            }
        }
        if check.needsAttention || unusable > 0 { throw ExitCode(1) }
    }

    func describe(_ r: FileReport, _ d: Dataset) -> String {
        var s = "\(r.file) — "
        switch r.layout {
        case .form?:
            // A workbook may hold several forms, one a sheet; a form may name none (asked in the mapping file).
            let named = r.organisations.map { org -> String in
                let type =
                    d.organisations[OrganisationKey.make(org)]?.type.russian
                    ?? d.organisations.values.first { $0.name == org }?.type.russian ?? ""
                return "«\(org)» (\(type))"
            }
            s +=
                (named.isEmpty
                    ? "форма организации без наименования"
                    : named.count == 1
                        ? "форма организации " + named[0]
                        : "формы организаций " + named.joined(separator: ", "))
                + ", \(r.year.map { "\($0) год" } ?? "год не указан")"
        case .municipalForm?: s += "форма муниципалитета, \(r.year.map { "\($0) год" } ?? "год не указан")"
        case .wide?:
            s +=
                "сводная выгрузка: организаций \(r.organisations.first ?? "0"), \(r.year.map { "\($0) год" } ?? "год не указан")"
        case .history?: s += "история значений прошлых лет"
        case .dataSheet?: s += "данные прошлогоднего свода"
        case .base?: s += r.organisations.first.map { "база организации «\($0)»" } ?? "база"
        case nil: s += "не прочитан"
        }
        if r.layout != nil && r.layout != .base { s += ": критериев сопоставлено \(r.mapped), значений \(r.values)" }
        // A base is named by its counts only (personal data: nothing of its content).
        if !r.bases.isEmpty {
            s +=
                (r.layout == .base ? ": " : "; ")
                + r.bases.map { "\($0.kind.russian) на листе «\($0.sheet)» — строк \($0.rows)" }.joined(separator: ", ")
        }
        for issue in r.issues where verbose || issue.needsAttention || issue.kind == .fuzzyMatch {
            s +=
                "\n  " + issue.kind.russian + ": "
                + (issue.source.map { "лист «\($0.sheet)»" + ($0.cell.isEmpty ? "" : ", ячейка \($0.cell)") + ": " }
                    ?? "") + issue.message
        }
        return s
    }
}

struct CheckOutput: Encodable {
    let files: [FileReport]
    let findings: [Finding]
    let summary: CheckSummary
    /// The municipality the forms are about, when one is named (municipal form, register).
    let municipality: String?
    /// With `--organisations`: the register's organisations without a form and the forms it does not list.
    let register: RegisterCoverage?
}

/// Totals over all files.
struct CheckSummary: Encodable {
    var files = 0, read = 0, skipped = 0, repeated = 0, organisations = 0, schools = 0, dop = 0, values = 0
    var needsAttention = 0, fuzzy = 0, unmapped = 0, doubtful = 0, unusedValues = 0, unusedWordings = 0
    /// Of `unusedValues`: the values of forms whose value column is undecided.
    var undecidedColumnValues = 0
    /// Sheets of organisations' forms that name no organisation (asked in the mapping file), and their values.
    var unnamedForms = 0, unnamedValues = 0
    /// Of `unusedValues`: values that are neither a number nor an answer, and formulas without a stored result.
    var unreadValues = 0

    init(_ check: CheckJob) {
        let (reports, dataset, counts) = (check.reports, check.dataset, check.counts)
        files = reports.count
        (read, skipped, repeated) = (counts.filesRead, counts.filesSkipped, counts.filesRepeated)
        organisations = dataset.organisations.count
        schools = dataset.organisations.values.filter { $0.type == .school }.count
        dop = dataset.organisations.values.filter { $0.type == .dop }.count
        values = dataset.observations.count
        let issues = reports.flatMap(\.issues)
        needsAttention = counts.attention
        fuzzy = issues.filter { $0.kind == .fuzzyMatch }.count
        unmapped = issues.filter { $0.kind == .unmappedTitle }.count
        doubtful = issues.filter { $0.kind == .doubtfulMatch }.count
        undecidedColumnValues = dataset.undecidedColumnValues
        unusedValues = counts.unusedValues
        unusedWordings = counts.unusedWordings
        unnamedForms = dataset.unnamedForms.filter { $0.guess == nil }.count
        (unnamedValues, unreadValues) = (counts.unnamedValues, counts.unreadValues)
        // Values that are neither a number nor an answer are kept as text (the workbook shows them) but used in no
        // figure.
        values -= issues.filter { $0.kind == .unparsedValue }.count
    }

    var text: String {
        "Итого: файлов \(files) (прочитано \(read), пропущено \(skipped)"
            + (repeated == 0 ? "" : ", указано повторно \(repeated) — учтены один раз")
            + "); организаций \(organisations) (школ \(schools), ДОП \(dop)); "
            + "значений учтено \(values), не учтено \(unusedValues) (формулировок \(unusedWordings): не наверняка — строк \(doubtful), "
            + "не найдено в каталоге — \(unmapped)"
            + (undecidedColumnValues > 0 ? "; в формах с неясным столбцом значений — \(undecidedColumnValues)" : "")
            + (unnamedForms == 0 ? "" : "; в формах без наименования организации (\(unnamedForms)) — \(unnamedValues)")
            + (unreadValues == 0 ? "" : "; не прочитано как число или ответ — \(unreadValues)")
            + "); сопоставлено по сходству \(fuzzy); сообщений, требующих внимания, \(needsAttention)."
    }
}
