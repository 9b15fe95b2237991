import ArgumentParser
import Catalogue
import Consolidation
import Foundation
import Normaliser
import Report

extension ConsolidateCommand {
    /// `consolidate … --by-municipality ПАПКА`: a region-wide export (a «Муниципальное образование» column)
    /// gives one municipal workbook per municipality in ПАПКА, written on all cores, and the regional workbook
    /// beside them («Свод региона.xlsx»), computed from the same data as `rollup` would read back from them.
    /// `consolidate … --regional` (`folder` nil): the regional workbook alone, at `-o` — the country's export
    /// of thousands of municipalities becomes one workbook with a row per municipality.
    /// `--history` is the region's: its municipality rows (last year's regional workbook) go to each
    /// municipality's workbook as that municipality's history, the rest to the regional workbook.
    func consolidateByMunicipality(_ dataset: Dataset, reports: [FileReport], year: Int, tables: [TableSpec],
                                   context: NormaliserContext, folder: String?, clock: PhaseClock) throws {
        var clock = clock
        // A municipality at a time: the split is planned once and each part built, consolidated and let go in turn.
        let split = MunicipalSplit(dataset, reports: reports)
        let unplaced = split.unplaced
        let store = dataset.observations
        var ofYear = Set<Int32>()
        for i in store.indices where store.year(at: i) == year && store.organisationID(at: i) >= 0 { ofYear.insert(store.organisationID(at: i)) }
        let lost = unplaced.filter { o in store.id(of: o.key).map { ofYear.contains($0) } ?? false }
        let used = split.municipalities.indices.filter { split.hasValues($0, year: year) }
        guard !used.isEmpty else {
            printError("ошибка: ни у одной организации за \(year) год не указано муниципальное образование — нужна сводная выгрузка "
                       + "со столбцом «Муниципальное образование»")
            throw ExitCode(ConsolidateExitCode.nothingToConsolidate.rawValue)
        }
        let municipalities: [Municipality]
        let regionalPath = folder.map { ($0 as NSString).appendingPathComponent(MunicipalWorkbooks.regionalFileName) } ?? output
        var past = Dataset()
        past.history = dataset.history.filter { $0.municipality == nil }
        past.dynamics = dataset.dynamics
        do {
            if let folder { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            // Given the whole dataset, the regional consolidation reads no municipality's values: they are let go.
            let whole = lost.isEmpty && unplaced.isEmpty
            municipalities = try MunicipalWorkbooks.write(split, chosen: used, year: year, catalogue: context.catalogue, tables: tables,
                                                          folder: folder, keepValues: !whole)
            clock.lap("municipal")
            let regional = RegionalConsolidation(catalogue: context.catalogue, year: year, municipalities: municipalities, history: past,
                                                 whole: whole ? dataset : nil)
            try RegionalReport(regional: regional).write(to: regionalPath)
            clock.lap("write")
            if timings { printError(clock.summary) }
            for l in unusedLines(dataset, reports: reports, catalogue: context.catalogue, year: year) { print(l) }
            if folder != nil {
                var organisationsOf: [String: Int] = [:]   // counted once: 2,300 municipalities × 50,000 organisations otherwise
                for o in regional.region.dataset.organisations.values { if let m = o.municipality { organisationsOf[m, default: 0] += 1 } }
                for m in regional.municipalities {
                    let orgs = organisationsOf[m.name] ?? 0
                    print("  \(m.name): организаций \(orgs) → \((m.file as NSString).lastPathComponent)")
                }
            }
            RollupCommand.summary(regional, files: municipalities.count, used: municipalities.count)
        } catch let e as ExitCode {
            throw e
        } catch {
            printError("ошибка: книги не записаны: \(error)")
            throw ExitCode(ConsolidateExitCode.notWritten.rawValue)
        }
        if !lost.isEmpty {
            print("Не учтены организации без муниципального образования: \(lost.count) (" + lost.prefix(5).map(\.name).joined(separator: "; ")
                  + (lost.count > 5 ? "; …" : "") + ") — укажите его в столбце «Муниципальное образование».")
        }
        let skipped = reports.filter(\.failed).count
        let attention = reports.flatMap(\.issues).filter(\.needsAttention).count
        let unused = dataset.unassigned.filter(\.needsDecision).count
        if skipped > 0 { print("Файлов пропущено: \(skipped).") }
        if attention > 0 { print("Сообщений о чтении форм, требующих внимания: \(attention) (лист «Замечания» книг муниципалитетов).") }
        if let folder {
            print("Книги записаны: \(folder) (муниципалитетов \(municipalities.count) и «\(MunicipalWorkbooks.regionalFileName)»)")
        } else {
            print("Книга записана: \(regionalPath) (муниципалитетов \(municipalities.count))")
        }
        // The findings of the municipalities' workbooks are theirs to show: a region's run exits «clean» or «incomplete».
        if skipped > 0 || attention > 0 || unused > 0 || !lost.isEmpty { throw ExitCode(ConsolidateExitCode.incomplete.rawValue) }
    }
}
