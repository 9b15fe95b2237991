import ArgumentParser
import Consolidation
import Dataset
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
            for r in reports { print(check.describe(r, verbose: verbose)) }
            if let municipality { print("Муниципальное образование: \(municipality).") }
            print(CheckSummary(check).text)
            for l in found + FileCounts.otherLines(listing.others) { print(l) }
            if let coverage { print(coverage.line(more: " (все — в check --json, поле register.notReported)")) }
            if let mappingOut { print("Файл сопоставления записан: \(mappingOut)") }
            if let line = check.findingsLine {
                print(line + " Подробно — в листе «Замечания» сводной книги или в --json.")
            }
        }
        if check.needsAttention || unusable > 0 { throw ExitCode(1) }
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
