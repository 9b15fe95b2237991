import Catalogue
import Consolidation
import Dataset
import Foundation
import Normaliser
import Report

#if canImport(Glibc)
    import Glibc
#endif

/// `consolidate --by-municipality` and `--regional`: a region-wide export (a «Муниципальное образование» column)
/// read as one dataset (`ConsolidationJob(consolidate: false)`) becomes a workbook per municipality in a folder,
/// written on all cores, and the regional workbook beside them («Свод региона.xlsx»), computed from the same data as
/// `rollup` would read back from them; with no folder, the regional workbook alone (a country's export of thousands
/// of municipalities becomes one workbook with a row per municipality). The region's history: its municipality rows
/// (last year's regional workbook) go to each municipality's workbook as that municipality's history, the rest to
/// the regional workbook.
package struct RegionalJob {
    /// The regional consolidation, and the municipalities as it took them.
    package let regional: RegionalConsolidation
    package let municipalities: [Municipality]
    /// Where the regional workbook was written.
    package let regionalPath: String
    /// Organisations of the year with no municipality: none of their values is in any workbook.
    package let lost: [Organisation]

    /// Why nothing was consolidated: no organisation of the year names its municipality.
    package struct NoMunicipality: Error, CustomStringConvertible {
        package let year: Int
        package var description: String {
            "ни у одной организации за \(year) год не указано муниципальное образование — нужна сводная выгрузка "
                + "со столбцом «Муниципальное образование»"
        }
    }

    /// Splits `run`'s dataset (read with `consolidate: false`) by municipality a municipality at a time (the split is
    /// planned once and each part built, consolidated, written and let go in turn), writes the workbooks and the
    /// regional one (into `folder`, or at `output` with no folder). Throws `NoMunicipality`, or a writing error.
    /// - Parameter lap: called with the name of each stage as it ends ("municipal", "write").
    package init(
        _ run: ConsolidationJob, year: Int, tables: [TableSpec], folder: String?, output: String,
        lap: ((String) -> Void)? = nil
    ) throws {
        let dataset = run.dataset, catalogue = run.context.catalogue
        // The reading threads' batches were freed into their own malloc arenas: their pages go back to the system
        // before the municipalities are consolidated (a country's export: tens of MiB of resident memory).
        Self.trimMalloc()
        let split = MunicipalSplit(dataset, reports: run.reports)
        let unplaced = split.unplaced
        let store = dataset.observations
        var ofYear = Set<Int32>()
        for i in store.indices where store.year(at: i) == year && store.organisationID(at: i) >= 0 {
            ofYear.insert(store.organisationID(at: i))
        }
        lost = unplaced.filter { o in store.id(of: o.key).map { ofYear.contains($0) } ?? false }
        let used = split.municipalities.indices.filter { split.hasValues($0, year: year) }
        guard !used.isEmpty else { throw NoMunicipality(year: year) }
        regionalPath =
            folder.map { ($0 as NSString).appendingPathComponent(MunicipalWorkbooks.regionalFileName) } ?? output
        var past = Dataset()
        past.history = dataset.history.filter { $0.municipality == nil }
        past.dynamics = dataset.dynamics
        if let folder { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        // Given the whole dataset, the regional consolidation reads no municipality's values: they are let go.
        let whole = lost.isEmpty && unplaced.isEmpty
        municipalities = try MunicipalWorkbooks.write(
            split, chosen: used, year: year, catalogue: catalogue, tables: tables,
            folder: folder, keepValues: !whole)
        lap?("municipal")
        // Likewise what the municipalities' threads freed: the regional workbook is built on this thread's arena.
        Self.trimMalloc()
        regional = RegionalConsolidation(
            catalogue: catalogue, year: year, municipalities: municipalities, history: past,
            whole: whole ? dataset : nil)
        try RegionalReport(regional: regional).write(to: regionalPath)
        lap?("write")
    }

    /// glibc's `malloc_trim(0)` (not in the Glibc module's headers, hence looked up), where there is one.
    static func trimMalloc() {
        #if canImport(Glibc)
            guard let f = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") else { return }
            _ = unsafeBitCast(f, to: (@convention(c) (Int) -> Int32).self)(0)
        #endif
    }

    /// Before a region-wide export is read: glibc's malloc keeps no more arenas than there are cores (`mallopt
    /// M_ARENA_MAX`; by default eight per core). The threads that read, consolidate and write then share them, and
    /// what one frees another reuses: a country's `--regional` peaked about 20 MiB lower.
    package static func limitMallocArenas() {
        #if canImport(Glibc)
            guard let f = dlsym(dlopen(nil, RTLD_NOW), "mallopt") else { return }
            let arenaMax: Int32 = -8  // M_ARENA_MAX in <malloc.h>
            _ = unsafeBitCast(f, to: (@convention(c) (Int32, Int32) -> Int32).self)(
                arenaMax, Int32(clamping: ProcessInfo.processInfo.activeProcessorCount))
        #endif
    }

    /// How many organisations each municipality has in the region's dataset (counted once: 2,300 municipalities ×
    /// 50,000 organisations otherwise).
    package var organisationsPerMunicipality: [String: Int] {
        var out: [String: Int] = [:]
        for o in regional.region.dataset.organisations.values { if let m = o.municipality { out[m, default: 0] += 1 } }
        return out
    }
}
