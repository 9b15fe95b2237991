import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation

/// The counts a run's summary gives, computed once from its result: the command line prints them, the page encodes
/// them, and the exit code is decided from them.
package struct SummaryCounts: Sendable {
    /// Organisations of the year in the consolidation, by type.
    package var organisations = 0, schools = 0, dop = 0
    /// Organisations whose form was read but none of its values used (its value column undecided).
    package var waiting = 0
    /// The year's consolidated criteria, those with a value, and (by id) those summed over not every organisation.
    package var criteria = 0, criteriaFilled = 0
    package var partial: [String] = []
    /// Files read, skipped and named twice.
    package var filesRead = 0, filesSkipped = 0, filesRepeated = 0
    /// The files skipped by extension other than `.xlsx`: «.xls» → 2.
    package var skippedNotXLSX: [String: Int] = [:]
    /// Reading messages that need attention, and sheets left out.
    package var attention = 0, skippedSheets = 0
    /// Values no criterion took that need a decision.
    package var undecided = 0
    /// What could not be used: values (wordings, undecided value columns, forms that name no organisation, values
    /// that are neither a number nor an answer) and distinct wordings.
    package var unusedValues = 0, unusedWordings = 0
    /// Of `unusedValues`: those of forms that name no organisation (asked in the mapping file), and those that are
    /// neither a number nor an answer or a formula without a stored result.
    package var unnamedValues = 0, unreadValues = 0
    /// Of `unusedValues`: those of forms that state no year when nothing else gives one.
    package var yearlessValues = 0
    /// The findings per kind, in the kinds' order.
    package var findings: [(kind: FindingKind, count: Int)] = []
    package var findingsTotal: Int { findings.reduce(0) { $0 + $1.count } }
    /// Something of the inputs was not used: a file skipped, a message to look at, a value to decide.
    package var incomplete: Bool { filesSkipped > 0 || attention > 0 || undecided > 0 }

    package init(reports: [FileReport], dataset: Dataset, consolidation: Consolidation?, findings: [Finding]) {
        for r in reports {
            if r.repeated { filesRepeated += 1; continue }
            if r.failed {
                filesSkipped += 1
                let ext = (r.file as NSString).pathExtension.lowercased()
                if ext != "xlsx" && !ext.isEmpty { skippedNotXLSX["." + ext, default: 0] += 1 }
            } else {
                filesRead += 1
            }
        }
        let issues = reports.flatMap(\.issues)
        attention = issues.filter(\.needsAttention).count
        skippedSheets = issues.filter { $0.kind == .skippedSheet }.count
        undecided = dataset.unassigned.filter(\.needsDecision).count
        let groups = UnusedSummary.group(dataset.unassigned)
        unnamedValues = dataset.unnamedForms.filter { $0.guess == nil }.reduce(0) { $0 + $1.values }
        unreadValues = issues.filter { IssueKind.unreadValue.contains($0.kind) }.count
        yearlessValues = reports.reduce(0) { $0 + ($1.yearlessValues ?? 0) }
        unusedValues =
            groups.reduce(0) { $0 + $1.values } + dataset.undecidedColumnValues + unnamedValues + unreadValues
            + yearlessValues
        unusedWordings = groups.count
        let perKind = Dictionary(findings.map { ($0.kind, 1) }, uniquingKeysWith: +)
        self.findings = FindingKind.allCases.compactMap { k in perKind[k].map { (k, $0) } }
        guard let consolidation else { return }
        let year = consolidation.year
        let orgs = consolidation.aggregator.organisations(in: year).compactMap { dataset.organisations[$0] }
        organisations = orgs.count
        schools = orgs.filter { $0.type == .school }.count
        dop = orgs.filter { $0.type == .dop }.count
        let all = consolidation.catalogue.criteria(in: year).filter { $0.aggregation != .none }
        let filled = all.filter { consolidation.value($0.id, year)?.number != nil }
        criteria = all.count
        criteriaFilled = filled.count
        partial = filled.filter { c in
            [.sum, .countYes, .mean].contains(c.aggregation)
                && (consolidation.value(c.id, year)?.organisations ?? 0) < orgs.count
        }.map(\.id)
        let inSummary = Set(orgs.map(\.key))
        waiting = Set(dataset.valueColumnQuestions.compactMap(\.organisation)).subtracting(inSummary).count
    }

    /// «файлов прочитано 93, пропущено 4 (из них не .xlsx — 4: .csv — 1, .ods — 1, .xls — 1, .zip — 1), указано
    /// повторно 1»
    package var filesLine: String {
        let n = skippedNotXLSX.values.reduce(0, +)
        return "файлов прочитано \(filesRead), пропущено \(filesSkipped)"
            + (n == 0
                ? ""
                : " (из них не .xlsx — \(n): "
                    + skippedNotXLSX.sorted { $0.key < $1.key }.map { "\($0.key) — \($0.value)" }
                    .joined(separator: ", ") + ")")
            + (filesRepeated == 0 ? "" : ", указано повторно \(filesRepeated) (учтены один раз)")
    }
}
