import ArgumentParser
import Dataset
import Foundation
import Normaliser
import Pipeline
import Report

extension ConsolidateCommand {
    /// `consolidate … --by-municipality ПАПКА` and `--regional` (`folder` nil): the region-wide export read by `job`
    /// becomes the workbooks of `RegionalJob`; this says what was written and sets the exit code.
    func consolidateByMunicipality(
        _ job: ConsolidationJob, year: Int, tables: [TableSpec], folder: String?, clock: PhaseClock
    ) throws {
        var clock = clock
        let (dataset, reports) = (job.dataset, job.reports)
        let region: RegionalJob
        do {
            region = try RegionalJob(
                job, year: year, tables: tables, folder: folder, output: output, lap: { clock.lap($0) })
        } catch let e as RegionalJob.NoMunicipality {
            printError("ошибка: \(e)")
            throw ExitCode(ConsolidateExitCode.nothingToConsolidate.rawValue)
        } catch {
            printError("ошибка: книги не записаны: \(error)")
            throw ExitCode(ConsolidateExitCode.notWritten.rawValue)
        }
        if timings { printError(clock.summary) }
        for l in unusedLines(dataset, reports: reports, catalogue: job.context.catalogue, year: year) { print(l) }
        if folder != nil {
            let organisationsOf = region.organisationsPerMunicipality
            for m in region.regional.municipalities {
                print(
                    "  \(m.name): организаций \(organisationsOf[m.name] ?? 0) → \((m.file as NSString).lastPathComponent)"
                )
            }
        }
        printRegionalSummary(region.regional, files: region.municipalities.count, used: region.municipalities.count)
        let lost = region.lost
        if !lost.isEmpty {
            print(
                "Не учтены организации без муниципального образования: \(lost.count) ("
                    + lost.prefix(5).map(\.name).joined(separator: "; ")
                    + (lost.count > 5 ? "; …" : "") + ") — укажите его в столбце «Муниципальное образование».")
        }
        let counts = job.counts
        if counts.filesSkipped > 0 { print("Файлов пропущено: \(counts.filesSkipped).") }
        if counts.attention > 0 {
            print(
                "Сообщений о чтении форм, требующих внимания: \(counts.attention) (лист «Замечания» книг муниципалитетов)."
            )
        }
        if let folder {
            print(
                "Книги записаны: \(folder) (муниципалитетов \(region.municipalities.count) и «\(MunicipalWorkbooks.regionalFileName)»)"
            )
        } else {
            print("Книга записана: \(region.regionalPath) (муниципалитетов \(region.municipalities.count))")
        }
        // The findings of the municipalities' workbooks are theirs to show: a region's run exits «clean» or
        // «incomplete».
        if counts.incomplete || !lost.isEmpty { throw ExitCode(ConsolidateExitCode.incomplete.rawValue) }
    }
}
