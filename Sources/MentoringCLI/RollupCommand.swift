import ArgumentParser
import Catalogue
import Consolidation
import Dataset
import Foundation
import Normaliser
import Pipeline
import Report
import XLSXWriter

/// `mentoring rollup`: the regional workbook from the municipalities' consolidated workbooks.
struct RollupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: "Собрать свод региона из сводных книг муниципалитетов (записанных mentoring consolidate).",
        discussion: """
            Значения региона считаются по значениям организаций всех муниципалитетов (скрытый лист «Данные» каждой \
            книги) по правилам каталога. Код выхода: 0 — книга записана, все книги прочитаны; 1 — книга записана, но \
            часть книг пропущена или требует внимания; 2 — ошибка в параметрах; 3 — книгу записать не удалось \
            (прежний файл не тронут).
            """)

    @Argument(
        help: ArgumentHelp(
            "Сводные книги муниципалитетов или папки с ними (папки просматриваются рекурсивно).", valueName: "СВОДЫ"))
    var inputs: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "История региона: таблица по годам или прошлогодняя книга региона (можно несколько).", valueName: "ФАЙЛ"))
    var history: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("Отчётный год (по умолчанию — последний год данных организаций в книгах).", valueName: "ГОД")
    )
    var year: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Реестр организаций региона (XLSX, столбец «Муниципальное образование»): кто не представил свод или формы.",
            valueName: "РЕЕСТР.xlsx"))
    var organisations: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Папка Templates с каталогом критериев (по умолчанию ищется рядом с программой).", valueName: "ПАПКА"))
    var templates: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Куда записать книгу региона.", valueName: "РЕГИОН.xlsx"))
    var output: String = "out/region.xlsx"

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("укажите сводные книги муниципалитетов: файлы или папки") }
    }

    func run() throws {
        var templates = try Templates(folder: self.templates.map { URL(fileURLWithPath: $0) }, year: year)
        var register: [OrganisationRegistry.Entry]?
        if let organisations {
            do {
                register = try OrganisationRegisterFile.read(organisations, labels: templates.context.labels)
                templates = templates.with(register: register!)
            } catch {
                throw ValidationError("реестр организаций не прочитан: \(error)")
            }
        }
        let files = ArgumentRuns.expand(inputs).filter {
            URL(fileURLWithPath: $0).standardized.path != URL(fileURLWithPath: output).standardized.path
        }
        let rollup: RollupJob
        do {
            rollup = try RollupJob(
                files: files, history: history, context: templates.context, register: register, year: year)
        } catch let nothing as RollupJob.Nothing {
            for l in nothing.notes { printError(l) }
            printError("ошибка: \(nothing)")
            throw ExitCode(1)
        }
        for l in rollup.notes { printError(l) }
        do {
            try rollup.writeWorkbook(to: output)
        } catch {
            printError("ошибка: книга не записана: \(error)")
            throw ExitCode(3)
        }
        printRegionalSummary(rollup.regional, files: files.count, used: rollup.municipalities.count)
        if let coverage = rollup.coverage { print(coverage.line) }
        print("Книга записана: \(output)")
        if rollup.problems > 0 { throw ExitCode(1) }
    }
}

/// Prints the summary of a regional workbook (`regionalSummaryLines`).
func printRegionalSummary(_ regional: RegionalConsolidation, files: Int, used: Int) {
    for l in regionalSummaryLines(regional, files: files, used: used) { print(l) }
}
