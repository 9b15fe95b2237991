import Catalogue
import Consolidation
import Findings
import Foundation

/// A row of Table 38 (the year's heat map): the criterion, last year's and this year's value, the dynamics and the
/// comment, as the workbook writes it (`HeatmapRenderer`) and the page draws it.
package struct Table38Row: Sendable {
    package let criterion: Criterion
    package let previous: MunicipalValue?
    package let current: MunicipalValue?
    package let dynamics: DynamicsCategory
    package let comment: String

    /// The rows of `consolidation`'s year: the consolidated criteria in that year's order (Templates/heatmap_rows.tsv).
    package static func rows(_ consolidation: Consolidation, findings: [Finding]) -> [Table38Row] {
        let y = consolidation.year
        return consolidation.catalogue.heatmapOrder(year: y).filter { $0.aggregation != .none }.map { c in
            Table38Row(
                criterion: c, previous: consolidation.value(c.id, y - 1), current: consolidation.value(c.id, y),
                dynamics: consolidation.dynamics(c.id, to: y), comment: comment(c, consolidation, findings: findings))
        }
    }

    /// The report's «не показательно…», then the years whose value not every organisation gave, then the
    /// organisations whose forms disagree with their bases of mentors and mentees.
    package static func comment(_ c: Criterion, _ consolidation: Consolidation, findings: [Finding]) -> String {
        let y = consolidation.year
        return [
            c.notIndicative ?? "", consolidation.coverageNote(c.id, years: [y - 1, y]),
            FindingsEngine.baseNote(findings, criterion: c.id)
        ]
        .filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// A value as the workbook's number formats show it (`ReportStyles.number`: «0.00%», «#,##0», «#,##0.00» in
    /// Russian): «7,28 %», «1 111», «12,50», a note, or «—».
    package static func display(_ v: MunicipalValue?, unit: ValueUnit) -> String {
        guard let v else { return "—" }
        guard let n = v.number else { return v.note ?? "—" }
        switch unit {
        case .share, .level:
            return String(format: "%.2f", n * 100).replacingOccurrences(of: ".", with: ",") + " %"
        default:
            if n == n.rounded() && abs(n) < 1e15 {
                let digits = String(Int64(abs(n)))
                var grouped = ""
                for (i, ch) in digits.enumerated() {
                    if i > 0 && (digits.count - i) % 3 == 0 { grouped.append("\u{00A0}") }
                    grouped.append(ch)
                }
                return (n < 0 ? "-" : "") + grouped
            }
            return String(format: "%.2f", n).replacingOccurrences(of: ".", with: ",")
        }
    }
}
