import Catalogue
import Dataset
import Foundation
import XLSXReader

/// A workbook written by `mentoring consolidate` (a municipality's) or `mentoring rollup` (a region's), read
/// for the regional roll-up: everything comes from its hidden «Данные» sheet, and the count of what its
/// «Замечания» sheet lists, by kind. Works as well after a re-save by Excel or LibreOffice (sheet names,
/// values and the hidden state survive).
package struct ConsolidatedWorkbook: Sendable {
    package enum Level: Sendable { case municipal, regional }

    package var file: String
    /// nil when the file is not a consolidated workbook (`report` says why).
    package var level: Level?
    /// Organisations' values (with the municipality when «Данные» names it), and the workbook's own values as
    /// history (`HistoryValue.municipality` set for a regional workbook's municipality rows).
    package var dataset: Dataset
    package var report: FileReport
    /// Rows of «Замечания» by the text of their «Вид» column (what the workbook lists, counted); empty when
    /// the sheet is absent.
    package var findings: [String: Int]

    /// The name of the sheet that lists the findings, and the header of its kind column.
    package static let findingsSheet = WorkbookContract.findingsSheet,
        findingsKindColumn = WorkbookContract.findingsKindColumn

    /// Reads one workbook.
    package static func read(_ path: String, context: NormaliserContext) -> ConsolidatedWorkbook {
        var dataset = Dataset()
        var report = InputReader(context: context).read(path, into: &dataset)
        var level: Level?
        if report.layout == .dataSheet && !report.failed {
            let regional = dataset.organisations.isEmpty && dataset.history.contains { $0.municipality != nil }
            level = regional ? .regional : .municipal
        } else if !report.failed {
            report.issues.append(
                FileIssue(
                    .unknownLayout, nil,
                    "это не сводная книга mentoring: нет скрытого листа «Данные» (передайте книги, записанные mentoring consolidate)"
                ))
        }
        var findings: [String: Int] = [:]
        if level != nil {
            do { findings = try countFindings(path) } catch {
                report.issues.append(
                    FileIssue(
                        .skippedSheet, SourceRef(file: path, sheet: findingsSheet, cell: ""),
                        "лист «\(findingsSheet)» не прочитан: \(error)"))
            }
        }
        return ConsolidatedWorkbook(file: path, level: level, dataset: dataset, report: report, findings: findings)
    }

    /// Reads workbooks on all cores; the result is in the order of `paths`.
    package static func read(_ paths: [String], context: NormaliserContext) -> [ConsolidatedWorkbook] {
        Parallel.map(paths.count) { read(paths[$0], context: context) }
    }

    /// Counts the detail rows of the «Замечания» sheet by the «Вид» column, below the header row that holds it
    /// (the summary by organisation stands above; streamed: the sheet grows with findings).
    static func countFindings(_ path: String) throws -> [String: Int] {
        let file = try XLSXFile.open(path)
        guard let sheet = file.sheet(named: findingsSheet) else { return [:] }
        let rows = try file.rows(sheet)
        var kindColumn: Int?
        while kindColumn == nil, let row = try rows.next() {
            kindColumn = row.cells.first(where: { $0.text.trimmed == findingsKindColumn })?.column
        }
        guard let column = kindColumn else { return [:] }
        var counts: [String: Int] = [:]
        while let row = try rows.next() {
            guard let kind = row.cells.first(where: { $0.column == column })?.text.trimmed, !kind.isEmpty else {
                continue
            }
            counts[kind, default: 0] += 1
        }
        return counts
    }
}
