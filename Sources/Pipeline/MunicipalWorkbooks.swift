import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation
import Normaliser
import Report
import XLSXWriter

/// `consolidate --by-municipality`: one municipal workbook per municipality of a region-wide dataset, written
/// on all cores, and the municipalities as the regional roll-up takes them (the values each workbook was
/// written with, the count of what its «Замечания» lists).
package enum MunicipalWorkbooks {
    /// The regional workbook's name in the folder of the municipal ones.
    package static let regionalFileName = "Свод региона.xlsx"

    /// A file name per municipality (`SafeFileName`), unique in the folder and never the regional workbook's.
    package static func fileNames(_ municipalities: [String]) -> [String] {
        SafeFileName.workbooks(municipalities, fallback: "муниципалитет", taken: [regionalFileName])
    }

    /// What a municipal workbook's «Замечания» lists, counted by its «Вид»: a row per reading issue, a row per
    /// finding (see `ReportBuilder.writeFindings`).
    package static func findingCounts(reports: [FileReport], findings: [Finding]) -> [String: Int] {
        var counts: [String: Int] = [:]
        let reading = reports.reduce(0) { $0 + $1.issues.count }
        if reading > 0 { counts[ReportBuilder.readingKind] = reading }
        for f in findings { counts[f.kind.russian, default: 0] += 1 }
        return counts
    }

    /// Consolidates each part for `year` and writes its workbook into `folder`, on all cores; with no folder,
    /// only consolidates them (the regional workbook alone). Throws the first failure after all have ended.
    package static func write(
        _ parts: [MunicipalPart], year: Int, catalogue: Catalogue, tables: [TableSpec],
        folder: String?
    ) throws -> [Municipality] {
        try write(
            parts.count, names: parts.map(\.municipality), part: { parts[$0] }, year: year, catalogue: catalogue,
            tables: tables, folder: folder, keepValues: true)
    }

    /// `write` of the municipalities `chosen` of `split`, each part built, consolidated, written and let go in
    /// turn: memory stays flat in the number of municipalities. With `keepValues` false the municipalities keep
    /// only what the regional workbook shows of them (their values, the count of their organisations and
    /// findings), not their organisations' values: for a caller that hands the whole dataset to the regional
    /// consolidation (`RegionalConsolidation(whole:)`).
    package static func write(
        _ split: MunicipalSplit, chosen: [Int], year: Int, catalogue: Catalogue, tables: [TableSpec],
        folder: String?, keepValues: Bool
    ) throws -> [Municipality] {
        try write(
            chosen.count, names: chosen.map { split.municipalities[$0] }, part: { split.part(chosen[$0]) }, year: year,
            catalogue: catalogue, tables: tables, folder: folder, keepValues: keepValues)
    }

    private static func write(
        _ count: Int, names municipalities: [String], part: (Int) -> MunicipalPart, year: Int,
        catalogue: Catalogue, tables: [TableSpec], folder: String?, keepValues: Bool
    ) throws -> [Municipality] {
        let names = fileNames(municipalities)
        let lock = NSLock()
        var out = [Municipality?](repeating: nil, count: count)
        var lastSlim: Municipality?
        try Parallel.run(count) { i in
            let part = part(i)
            let path = folder.map { ($0 as NSString).appendingPathComponent(names[i]) } ?? ""
            let consolidation = Consolidation(catalogue: catalogue, dataset: part.dataset, year: year)
            let findings = FindingsEngine(consolidation: consolidation).run()
            if folder != nil {
                try ReportBuilder(
                    consolidation: consolidation, tables: tables, reports: part.reports, findings: findings
                ).write(to: path)
            }
            var m = Municipality(
                name: part.municipality, file: path, consolidation: consolidation,
                findings: findingCounts(reports: part.reports, findings: findings))
            if !keepValues { m.slim(year: year) }
            lock.lock()
            defer { lock.unlock() }
            if !keepValues {
                // Municipalities mostly have values of the same criteria: one array of them for all.
                if let last = lastSlim { m.share(keysOf: last) }
                lastSlim = m
            }
            out[i] = m
        }
        return out.map { $0! }
    }
}
