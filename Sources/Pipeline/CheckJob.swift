import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation
import Normaliser
import Report
import XLSXReader

/// `check`: the inputs read and judged without a workbook — the reports per file, the year (`MainYear`, `--year`
/// over it), the findings about the data for that year, the register's coverage and the municipality.
package struct CheckJob {
    package let context: NormaliserContext
    package let dataset: Dataset
    package let reports: [FileReport]
    package let year: Int?
    package let findings: [Finding]
    package let coverage: RegisterCoverage?
    package let municipality: String?

    /// The consolidation of what was read (`ConsolidationJob(read:)`, with the bases `kept` from an earlier run): the
    /// check's findings are its findings, and the page builds the workbook from it without consolidating again.
    package let run: ConsolidationJob

    /// Reads `files` in their order; `relativeTo` a folder holding them (the web service's job folder): the results
    /// name the files relative to it, as if they had been given so on the command line.
    package init(
        files: [String], context: NormaliserContext, year override: Int? = nil, limits: ReaderLimits = .default,
        relativeTo folder: String? = nil, kept: KeptBases? = nil, progress: ((Int, Int) -> Void)? = nil
    ) {
        self.context = context
        let (dataset, reports) = ConsolidationJob.read(
            files, context: context, year: override, limits: limits, relativeTo: folder, progress: progress)
        self.reports = reports
        self.dataset = dataset
        let year = MainYear.choose(reports, override: override)
        self.year = year
        coverage = RegisterCoverage(registry: context.registry, dataset: dataset, reports: reports, year: year)
        municipality = ConsolidationJob.municipality(option: nil, dataset: dataset, registry: context.registry)
        run = ConsolidationJob(read: dataset, reports: reports, context: context, year: override, kept: kept)
        // A run refused (no organisation named, a year no form gives) consolidates nothing; the check still judges
        // the data of the year.
        findings =
            run.consolidation != nil
            ? run.findings
            : year.map {
                FindingsEngine(consolidation: Consolidation(catalogue: context.catalogue, dataset: dataset, year: $0))
                    .run()
            } ?? []
    }

    /// Something needs the user: a reading message to look at, or a value to decide.
    package var needsAttention: Bool {
        reports.contains { $0.issues.contains(where: \.needsAttention) }
            || dataset.unassigned.contains(where: \.needsDecision)
    }

    /// The counts of the summary (no consolidation: organisations and criteria are not counted here).
    package var counts: SummaryCounts {
        SummaryCounts(reports: reports, dataset: dataset, consolidation: nil, findings: findings)
    }

    /// «Замечания к данным: вид — число; …» (nil without findings).
    package var findingsLine: String? {
        let perKind = counts.findings
        guard !perKind.isEmpty else { return nil }
        return "Замечания к данным: " + perKind.map { "\($0.kind.russian) — \($0.count)" }.joined(separator: "; ") + "."
    }

    /// Writes the mapping file of the wordings met for the run's year; false when there is no year.
    package func writeMapping(to path: String) throws -> Bool {
        guard let year else { return false }
        try MappingWorkbook(catalogue: context.catalogue, dataset: dataset, year: year).write(to: path)
        return true
    }
}
