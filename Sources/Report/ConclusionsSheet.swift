import Catalogue
import Consolidation
import Dataset
import Findings
import Foundation
import XLSXWriter

/// The sheet «Выводы»: the analyst's conclusions in the report's register, every number computed from the
/// consolidation, the phrases Templates/conclusions.tsv's (`Phrases`). First a line per dynamics category of
/// Table 38, then per direction the criteria that moved most, the targets met and missed, the lagging lists
/// (Tables 19, 22: how many, how many a second year running), the contradictions found in the data (findings),
/// and what could not be used (values no criterion took, skipped files and sheets).
struct ConclusionsSheet {
    static let name = "Выводы"

    let ctx: ReportContext
    /// The workbook's tables (the lagging lists are its `zero_list` tables).
    let tables: [TableSpec]
    var coverage: RegisterCoverage?
    /// What the run read and could not use, in the numbers the command line prints.
    let summary: SummaryCounts

    /// One paragraph: a heading or a line of text.
    struct Paragraph: Equatable {
        var heading: Bool
        var text: String
    }

    var phrases: Phrases { ctx.catalogue.phrases }
    var year: Int { ctx.year }

    /// The lagging kinds of findings (the «Отстающие» section covers them); links and these aside, a finding is a
    /// contradiction in the data.
    static let laggingKinds: Set<FindingKind> = [
        .noMenteesAged10To19, .noMentorsAged15To19, .noMonitoringOrder, .noAnalyticNote,
        .noPersonalisedProgrammes, .noMentors, .youngSpecialistsNotMentees
    ]

    /// A value as the workbook shows it: a share or level in percent, other numbers as they are.
    static func shown(_ v: Double, _ unit: ValueUnit) -> String {
        unit == .share || unit == .level ? ValueFormatting.percent(v) : ValueFormatting.number(v)
    }

    /// A difference of shares in percentage points: «−62,72 п. п.».
    static func points(_ d: Double) -> String {
        let p = (d * 10_000).rounded() / 100
        return (p > 0 ? "+" : p < 0 ? "−" : "") + ValueFormatting.number(abs(p)) + " п. п."
    }

    /// The paragraphs being written: the phrase file's headings and lines.
    struct Text {
        let phrases: Phrases
        var out: [Paragraph] = []

        mutating func heading(_ key: String, _ v: [String: PhraseValue] = [:]) {
            out.append(Paragraph(heading: true, text: phrases.text(key, v)))
        }

        mutating func line(_ key: String, _ v: [String: PhraseValue] = [:]) {
            out.append(Paragraph(heading: false, text: phrases.text(key, v)))
        }
    }

    /// «{year}» and «{previous}» of the headings.
    var years: [String: PhraseValue] { ["year": .text(String(year)), "previous": .text(String(year - 1))] }

    func paragraphs() -> [Paragraph] {
        var t = Text(phrases: phrases)
        let list = ctx.heatmapCriteria(year)
        let dynamics = Dictionary(
            uniqueKeysWithValues: list.map { ($0.id, ctx.consolidation.dynamics($0.id, to: year)) })
        dynamicsSection(&t, list, dynamics)
        directionsSection(&t, list, dynamics)
        targetsSection(&t)
        laggingSection(&t)
        findingsSection(&t)
        unusedSection(&t)
        t.out.append(Paragraph(heading: true, text: ""))
        t.line("intro")
        return t.out
    }

    /// Table 38 counted by dynamics category, then the balance of positive and negative.
    func dynamicsSection(_ t: inout Text, _ list: [Criterion], _ dynamics: [String: DynamicsCategory]) {
        // 1. Table 38: a line per dynamics category, then the balance of positive and negative.
        t.heading("section_dynamics", years)
        var counts: [DynamicsCategory: Int] = [:]
        for c in list { counts[dynamics[c.id]!, default: 0] += 1 }
        for p in ctx.catalogue.palette {
            guard let n = counts[p.category], n > 0 else { continue }
            t.line("dynamics_" + p.category.rawValue, ["n": .count(n), "total": .count(list.count)])
        }
        let positive = counts[.positive] ?? 0, negative = counts[.negative] ?? 0
        let balance: [String: PhraseValue] = [
            "positive": .count(positive), "negative": .count(negative),
            "difference": .count(abs(positive - negative))
        ]
        if Double(abs(positive - negative)) <= phrases.number("even_difference") * Double(list.count) {
            t.line("balance_even", balance)
        } else {
            t.line(positive > negative ? "balance_positive" : "balance_negative", balance)
        }
    }

    /// Per direction: the counts, the criterion that rose most and the one that fell most.
    func directionsSection(_ t: inout Text, _ list: [Criterion], _ dynamics: [String: DynamicsCategory]) {
        // 2. Per direction: the counts, the criterion that rose most and the one that fell most (relative change;
        // criteria the report calls «не показательно» and values without last year's are left out).
        t.heading("section_directions", years)
        for d in ctx.catalogue.directions {
            let own = list.filter { $0.direction == d.number }
            guard !own.isEmpty else { continue }
            func n(_ c: DynamicsCategory) -> PhraseValue { .count(own.filter { dynamics[$0.id] == c }.count) }
            t.line(
                "direction",
                [
                    "number": .text(String(d.number)), "name": .text(d.name), "positive": n(.positive),
                    "negative": n(.negative), "stagnation": n(.stagnation), "total": .count(own.count)
                ])
            let moves = own.compactMap { c -> (Criterion, Double, Double, Double)? in
                guard c.notIndicative == nil, [.positive, .negative].contains(dynamics[c.id]),
                    let now = ctx.consolidation.value(c.id, year)?.number,
                    let before = ctx.consolidation.value(c.id, year - 1)?.number,
                    before > 0
                else { return nil }
                return (c, before, now, now / before - 1)
            }
            let rise = moves.filter { dynamics[$0.0.id] == .positive }.max { $0.3 < $1.3 }
            let fall = moves.filter { dynamics[$0.0.id] == .negative }.min { $0.3 < $1.3 }
            for (key, m) in [("direction_rise", rise), ("direction_fall", fall)] {
                guard let (c, before, now, relative) = m else { continue }
                let change: String
                if c.unit == .share || c.unit == .level {
                    change = Self.points(now - before)
                } else {
                    let pct = ValueFormatting.number(abs((relative * 1000).rounded() / 10)) + "%"
                    change =
                        (now > before ? "+" : "−") + ValueFormatting.number(abs(now - before)) + " ("
                        + (now > before ? "+" : "−") + pct + ")"
                }
                t.line(
                    key,
                    [
                        "criterion": .text(c.wording(for: year)), "before": .text(Self.shown(before, c.unit)),
                        "after": .text(Self.shown(now, c.unit)), "change": .text(change)
                    ])
            }
            if rise == nil && fall == nil { t.line("direction_unchanged") }
        }
    }

    /// The targets met and missed (Templates/targets.tsv).
    func targetsSection(_ t: inout Text) {
        // 3. Targets.
        t.heading("section_targets", years)
        let targets = ctx.targets
        for s in targets {
            let c = s.criterion
            var v: [String: PhraseValue] = [
                "criterion": .text(c.wording(for: year)), "target": .text(TargetsSheet.target(s.target, unit: c.unit)),
                "source": .text(s.target.source)
            ]
            guard let value = s.value, let reached = s.reached, let gap = s.gap else {
                t.line("target_no_value", v); continue
            }
            v["value"] = .text(Self.shown(value, c.unit))
            v["gap"] = .text(
                c.unit == .share || c.unit == .level
                    ? Self.points(abs(gap)).replacingOccurrences(of: "+", with: "")
                    : ValueFormatting.number(abs(gap)))
            t.line(reached ? "target_met" : "target_missed", v)
            if s.perOrganisation {
                t.line(
                    "target_organisations",
                    ["reaching": .count(s.reaching.count), "measured": .count(s.organisations.count)])
            }
        }
        if targets.isEmpty {
            t.line("targets_none", years)
        } else {
            t.line(
                "targets_summary",
                ["met": .count(targets.filter { $0.reached == true }.count), "total": .count(targets.count)])
        }
    }

    /// The lagging lists: the workbook's zero-list tables (19, 22), and how many lag a second year.
    func laggingSection(_ t: inout Text) {
        // 4. The lagging lists: the workbook's zero-list tables (19, 22).
        t.heading("section_lagging", years)
        let agg = ctx.consolidation.aggregator
        let forms = agg.organisations(in: year).count
        for spec in tables where spec.kind == .zeroList {
            guard let id = spec.columns.first?.criterion else { continue }
            var title = spec.title(year: year, catalogue: ctx.catalogue)
            if title.hasPrefix(spec.sheetName + ".") {
                title = String(title.dropFirst(spec.sheetName.count + 1)).trimmingCharacters(in: .whitespaces)
            }
            while title.hasSuffix(".") { title.removeLast() }
            let now = agg.values(id, year: year), before = agg.values(id, year: year - 1)
            let zero = now.all.filter { $0.observation.value?.number == 0 }
            guard !zero.isEmpty else {
                t.line("lagging_none", ["title": .text(title), "table": .text(spec.table)]); continue
            }
            let percent = ValueFormatting.number((Double(zero.count) / Double(max(1, forms)) * 100).rounded()) + "%"
            t.line(
                "lagging",
                [
                    "title": .text(title), "table": .text(spec.table), "n": .count(zero.count), "total": .count(forms),
                    "percent": .text(percent)
                ])
            let given = before.all.filter { $0.observation.value?.number != nil }
            guard !given.isEmpty else { continue }
            t.line(
                "lagging_previous",
                [
                    "n": .count(given.filter { $0.observation.value?.number == 0 }.count), "given": .count(given.count),
                    "previous": .text(String(year - 1))
                ])
            let since = zero.filter { before[$0.key]?.value?.number == 0 }.count
            t.line("lagging_since", ["n": .count(since), "previous": .text(String(year - 1))])
        }
    }

    /// The findings in all, then the contradictions and the links by kind.
    func findingsSection(_ t: inout Text) {
        // 5. Findings: in all, then the contradictions and the links by kind.
        t.heading("section_findings")
        let findings = ctx.findings
        if findings.isEmpty {
            t.line("findings_none")
        } else {
            t.line(
                "findings_total",
                [
                    "n": .count(findings.count), "errors": .count(findings.filter { $0.severity == .error }.count),
                    "warnings": .count(findings.filter { $0.severity == .warning }.count),
                    "info": .count(findings.filter { $0.severity == .info }.count)
                ])
            let contradictions = findings.filter { !$0.kind.isLink && !Self.laggingKinds.contains($0.kind) }
            let links = findings.filter(\.kind.isLink)
            for (key, group) in [("findings_contradictions", contradictions), ("findings_links", links)]
            where !group.isEmpty {
                let perKind = Dictionary(group.map { ($0.kind, 1) }, uniquingKeysWith: +)
                let listed = FindingKind.allCases.compactMap { k in perKind[k].map { "\(k.russian) — \($0)" } }.joined(
                    separator: "; ")
                t.line(
                    key,
                    [
                        "n": .count(group.count), "organisations": .count(Set(group.compactMap(\.organisation)).count),
                        "list": .text(listed)
                    ])
            }
            if contradictions.isEmpty { t.line("findings_none") }
        }
        // Shares read as percent points by their parts: used, and said where the findings are counted.
        // (A file by its last component: the page names the files relative to its folder, the values keep paths.)
        func place(_ s: SourceRef) -> String {
            (s.file as NSString).lastPathComponent + "\u{1}" + s.sheet + "\u{1}" + s.cell
        }
        let asPoints = Set(
            ctx.reports.flatMap { $0.issues.filter { $0.kind == .shareAsPoints }.compactMap { $0.source.map(place) } })
        if !asPoints.isEmpty {
            let store = ctx.dataset.observations
            // Only the values of the files named by those issues are looked at (a file's name is taken once).
            let files = Set(asPoints.map { $0.prefix { $0 != "\u{1}" } })
            var named: [Int32: Bool] = [:]
            let owners = Set(
                store.indices.lazy.filter { i in
                    let id = store.fileID(at: i)
                    if named[id] == nil {
                        named[id] = files.contains(Substring((store.text(ofID: id) as NSString).lastPathComponent))
                    }
                    return named[id] == true && asPoints.contains(place(store.source(at: i)))
                }.map { store.organisationID(at: $0) })
            t.line(
                "findings_shares_as_points", ["n": .count(asPoints.count), "organisations": .count(owners.count)])
        }
    }

    /// What could not be used, in the summary's numbers.
    func unusedSection(_ t: inout Text) {
        // 6. What could not be used.
        t.heading("section_unused")
        // The numbers are the summary's (the command line's): the lines below add up to its «не учтено».
        let undecided = ctx.dataset.undecidedColumnValues
        let wordingValues = summary.unusedValues - undecided - summary.unnamedValues - summary.unreadValues
        let parts = [wordingValues, undecided, summary.unnamedValues, summary.unreadValues].filter { $0 > 0 }.count
        if summary.unusedValues == 0 { t.line("unused_none") }
        if parts > 1 { t.line("unused_total", ["n": .count(summary.unusedValues)]) }
        if wordingValues > 0 {
            t.line("unused_values", ["n": .count(wordingValues), "wordings": .count(summary.unusedWordings)])
        }
        if undecided > 0 {
            t.line("unused_columns", ["n": .count(undecided), "forms": .count(ctx.dataset.valueColumnQuestions.count)])
        }
        let unnamed = ctx.dataset.unnamedForms.filter { $0.guess == nil }
        if summary.unnamedValues > 0 {
            t.line("unused_unnamed", ["n": .count(summary.unnamedValues), "forms": .count(unnamed.count)])
        }
        if summary.unreadValues > 0 { t.line("unused_unread", ["n": .count(summary.unreadValues)]) }
        let failed = ctx.reports.filter { $0.failed && !$0.repeated }
        let sheets = ctx.reports.flatMap { r in r.issues.filter { $0.kind == .skippedSheet }.map { (r.file, $0) } }
        if !failed.isEmpty {
            t.line(
                "skipped_files",
                [
                    "n": .count(summary.filesSkipped),
                    "list": .text(failed.map { ($0.file as NSString).lastPathComponent }.joined(separator: ", "))
                ])
        }
        if !sheets.isEmpty {
            t.line(
                "skipped_sheets",
                [
                    "n": .count(summary.skippedSheets),
                    "list": .text(
                        sheets.map { file, issue in
                            "\((file as NSString).lastPathComponent)"
                                + (issue.source.map { " (лист «\($0.sheet)»)" } ?? "")
                        }.joined(separator: ", "))
                ])
        }
        if failed.isEmpty && sheets.isEmpty { t.line("skipped_none") }
        let attention = summary.attention - summary.skippedSheets
        if attention > 0 { t.line("reading_attention", ["n": .count(attention)]) }
        if let c = coverage { t.line("not_reported", ["n": .count(c.notReported.count), "listed": .count(c.listed)]) }
    }

    func write(_ ws: Worksheet) throws {
        let styles = ctx.styles
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true))
        let title = TableSpec.withMunicipality(
            phrases.text("title", ["year": .text(String(year))]), ctx.dataset.municipality)
        try ws.write(.text(title), row: 0, column: 0, style: styles.title)
        var r = 2
        for p in paragraphs() {
            if p.heading { r += 1 }
            try ws.write(.text(p.text), row: r, column: 0, style: p.heading ? Self.heading : Self.body)
            r += 1
        }
        // a landscape A4 page at 100 %: LibreOffice prints it uncut even where it does not scale
        try ws.setColumns(0...0, width: 100)
    }

    static let heading = CellStyle(bold: true, wrap: true, vertical: .top)
    static let body = CellStyle(wrap: true, vertical: .top)
}
