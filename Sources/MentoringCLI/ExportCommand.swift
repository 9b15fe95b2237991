import ArgumentParser
import Dataset
import Foundation
import Normaliser
import Report

/// `mentoring export`: the normalised data as one editable workbook (a row per organisation).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Выгрузить данные форм в одну книгу для правки (строка на организацию); её принимают check и consolidate.")

    @OptionGroup var options: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Куда записать книгу.", valueName: "ДАННЫЕ.xlsx"))
    var output: String = "out/data.xlsx"

    func validate() throws {
        if options.inputs.isEmpty { throw ValidationError("укажите формы: файлы или папки") }
    }

    func run() throws {
        let context = try options.context()
        var dataset = Dataset()
        let reports = InputReader(context: context).read(ArgumentRuns.expand(options.inputs), into: &dataset)
        for r in reports where r.failed {
            printError("пропущен \(r.file): " + r.whyFailed)
        }
        let years = reports.filter { $0.layout == .form || $0.layout == .wide }.compactMap(\.year)
        guard
            let year = options.year
                ?? Dictionary(years.map { ($0, 1) }, uniquingKeysWith: +).max(by: {
                    ($0.value, $0.key) < ($1.value, $1.key)
                })?.key
        else {
            printError("ошибка: ни одной формы организации не прочитано")
            throw ExitCode(1)
        }
        try DataExport(catalogue: context.catalogue, dataset: dataset, year: year).write(to: output)
        let orgs = Set(dataset.observations.filter { $0.year == year }.compactMap(\.organisation)).count
        print("Данные за \(year) год выгружены: \(output) (организаций: \(orgs)).")
        let bases = reports.filter(\.personalData).count
        if bases > 0 {
            print(
                "Файлов с базами наставников и наставляемых: \(bases) — в книгу не выгружаются (персональные данные).")
        }
        if reports.contains(where: \.failed) { throw ExitCode(1) }
    }
}
