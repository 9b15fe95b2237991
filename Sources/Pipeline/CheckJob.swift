import Catalogue
import Consolidation
import Findings
import Foundation
import Normaliser
import Report

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

    package init(files: [String], context: NormaliserContext, year: Int? = nil, progress: ((Int, Int) -> Void)? = nil) {
        self.context = context
        var dataset = Dataset()
        var reader = InputReader(context: context)
        reader.year = year
        reports = reader.read(files, into: &dataset, progress: progress)
        self.dataset = dataset
        let year = MainYear.choose(reports, override: year)
        self.year = year
        coverage = RegisterCoverage(registry: context.registry, dataset: dataset, reports: reports, year: year)
        municipality = ConsolidationJob.municipality(option: nil, dataset: dataset, registry: context.registry)
        findings =
            year.map {
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

    /// Writes the mapping file of the wordings met for the run's year; false when there is no year.
    package func writeMapping(to path: String) throws -> Bool {
        guard let year else { return false }
        try MappingWorkbook(catalogue: context.catalogue, dataset: dataset, year: year).write(to: path)
        return true
    }
}
