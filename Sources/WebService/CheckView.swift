import Dataset
import Findings
import Foundation
import Normaliser
import Pipeline

/// What `mentoring check` says of a job's files, shown on the page before the workbook is built: the summary of
/// `check --json` (`CheckSummary`, the same counts), the lines `check` prints (what was not used, a line per file with
/// its messages, the findings per kind), and the files not read and the year warnings picked out.
struct CheckView: Encodable, Sendable {
    struct FileLine: Encodable, Sendable {
        /// The stored name of the file.
        var file: String
        /// `read`, `attention` (read, with something to check), `skipped`.
        var status: String
        /// `check`'s line for the file, its messages on the lines below.
        var text: String
    }
    struct Kind: Encodable, Sendable {
        var kind: String
        var name: String
        var count: Int
    }

    var year: Int?
    var municipality: String?
    /// `check --json`'s `summary`.
    var summary: CheckSummary
    /// `check`'s «Итого: …» line.
    var total: String
    /// `check`'s lines of what was not used («НЕ УЧТЕНО …» with their details).
    var unused: [String]
    var files: [FileLine]
    /// The files not read, by stored name.
    var unread: [String]
    /// «файл: форма за 2023 год, а остальные — за 2024; …»
    var yearWarnings: [String]
    /// `check --json`'s `findings`, counted, and per kind.
    var findings: Int
    var findingsByKind: [Kind]
    var findingsLine: String?
    /// `check` would exit with 1: a message to look at or a value to decide.
    var needsAttention: Bool

    init(_ check: CheckJob) {
        year = check.year
        municipality = check.municipality
        summary = CheckSummary(check)
        total = summary.text
        unused = unusedLines(
            check.dataset, reports: check.reports, catalogue: check.context.catalogue, year: check.year)
        files = check.reports.map { r in
            FileLine(
                file: r.file,
                status: r.failed ? "skipped" : r.issues.contains(where: \.needsAttention) ? "attention" : "read",
                text: check.describe(r))
        }
        unread = check.reports.filter(\.failed).map(\.file)
        yearWarnings = check.reports.flatMap { r in
            r.issues.filter { $0.kind == .yearMismatch || $0.kind == .missingYear }.map { "\(r.file): \($0.message)" }
        }
        findings = check.findings.count
        findingsByKind = check.counts.findings.map {
            Kind(kind: $0.kind.rawValue, name: $0.kind.russian, count: $0.count)
        }
        findingsLine = check.findingsLine
        needsAttention = check.needsAttention
    }
}

/// The regional workbook of a job whose files were municipalities' consolidated workbooks (`RollupJob`, as
/// `mentoring rollup` makes it): what `rollup` prints, and the municipalities taken.
struct RegionalSummary: Encodable, Sendable {
    struct Municipality: Encodable, Sendable {
        var name: String
        /// The stored name of its workbook.
        var file: String
    }
    var year: Int
    var municipalities: [Municipality]
    /// Workbooks given, and the region's organisations.
    var files: Int
    var organisations: Int
    /// `rollup`'s summary lines, then the register's line.
    var lines: [String]
    /// What `rollup` says on standard error: files skipped, names taken from file names, values that differ.
    var notes: [String]
    var problems: Int

    init(_ rollup: RollupJob) {
        year = rollup.year
        municipalities = rollup.municipalities.map {
            Municipality(name: $0.name, file: ($0.file as NSString).lastPathComponent)
        }
        files = rollup.files
        organisations = rollup.regional.organisations
        lines =
            regionalSummaryLines(rollup.regional, files: rollup.files, used: rollup.municipalities.count)
            + (rollup.coverage.map { [$0.line] } ?? [])
        notes = rollup.notes
        problems = rollup.problems
    }
}
