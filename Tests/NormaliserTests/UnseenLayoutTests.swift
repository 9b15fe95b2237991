import Catalogue
import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Layouts nobody described (issue 25): the example forms written again by an independent generator
/// (Tests/Interop/unseen_layouts.py, openpyxl and LibreOffice) in layouts that neither the normaliser's rules nor
/// the layout zoo (Tests/Fixtures/zoo) were written for: transposed, the organisation only in a title line or a
/// sheet's name, two years of plan and fact under a two-row header, numbered titles with a units column, the value
/// and its link in one cell, the link before the value, a form over two sheets, a column of «Да» marks, a
/// municipality line above the school, a form from row 40, numbers stored as text, counts in words, a school's
/// form saved by LibreOffice.
///
/// Each layout's forms are read together, as `consolidate` reads a folder, and compared with their originals as
/// `LayoutZooTests` compares (`LayoutZooTests.compare`): each value is equal, asked (its row, or the file as a whole,
/// named for a person to decide), wrong or lost. A metamorphic test: a layout must give the original's dataset or
/// name exactly what it could not use — no form skipped whole, none taken for the municipality's, no value wrong
/// or lost — and its values used without help may not fall below the floors measured.
final class UnseenLayoutTests: XCTestCase {
    /// Values used without help (equal to the original's) per layout, as measured on the generated forms; a floor
    /// fails when a change of the normaliser loses what it reached.
    /// All 4,898 values of the 93 forms in every layout but three, whose forms that name their organisation only in a
    /// title line or the sheet's name are asked about by file where the name cannot be told (a 31-character sheet name,
    /// «Школа Гармония» without a type word, a name another form has). Before issue 25's unseen-layout fixes:
    /// docs/matcher-evaluation.md, «Layouts nobody described».
    static let floors: [String: Int] = [
        "counts_in_words": 4898, "link_before_value": 4898, "lo_school": 4741, "mark_column": 4898,
        "municipality_line": 4898,
        "numbered_titles_units": 4898, "org_in_sheet_name": 4369, "org_in_title": 4741, "start_row_40": 4898,
        "text_numbers": 4898, "transposed": 4898, "two_sheets": 4898, "two_years_plan_fact": 4898,
        "value_link_one_cell": 4898
    ]

    /// Forms per layout: all the example forms, as a folder of a municipality's forms (the generator's --forms).
    static let forms = 93

    struct Counts {
        var tally = LayoutZooTests.Tally()
        var municipal = 0, fileAsked = 0
    }

    func testUnseenLayoutsGiveTheOriginalsOrAsk() throws {
        try Tools.requirePython(module: "openpyxl", install: "pip install openpyxl (make test does)")
        try Tools.require("soffice", install: "apt-get install -y libreoffice-calc-nogui (make test does)")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent(
            "unseen-layouts-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: out) }
        let (status, log) = try Support.run(
            "python3",
            [
                "Tests/Interop/unseen_layouts.py", "Examples/forms/2024", out.path,
                "--forms", String(Self.forms)
            ])
        XCTAssertEqual(status, 0, log)
        guard status == 0 else { return }
        let entries = try Self.manifest(out.appendingPathComponent("manifest.tsv"))
        let originals = LayoutZooTests.originals(Set(entries.map(\.original)).sorted())
        let layouts = try String(contentsOf: out.appendingPathComponent("layouts.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: "\t", maxSplits: 1).map(String.init) }
        var results: [String: Counts] = [:]
        for layout in layouts.map({ $0[0] }) {
            let mine = entries.filter { $0.transformation == layout }
            // The manifest's cells are the original's rows: name them by the criterion read there.
            let byFile = Dictionary(
                grouping: mine.map { e -> LayoutZooTests.Entry in
                    var e = e
                    let rows = originals[e.original]?.rows ?? [:]
                    e.cells = Dictionary(
                        e.cells.compactMap { row, cell in rows[Int(row)!].map { (cell, $0) } },
                        uniquingKeysWith: { a, _ in a })
                    return e
                }, by: \.file)
            let files = byFile.keys.sorted()
            let paths = files.map { out.appendingPathComponent($0).path }
            // Reads the layout's files together with `context` and compares every form with its original.
            func evaluate(_ context: NormaliserContext) -> (Dataset, Counts) {
                var d = Dataset()
                let reports = Dictionary(
                    InputReader(context: context).read(paths, into: &d).map { ($0.file, $0) },
                    uniquingKeysWith: { a, _ in a })
                var counts = Counts()
                for (file, path) in zip(files, paths) {
                    let report = reports[path]!
                    let read = LayoutZooTests.FileRead(
                        path: path, report: report, observations: d.observations.filter { $0.source.file == path },
                        history: d.history.filter { $0.source.file == path },
                        unassigned: d.unassigned.filter { $0.source.file == path })
                    let group = byFile[file]!, sheets = Set(group.map(\.sheet))
                    if report.layout == .municipalForm { counts.municipal += 1 }
                    if d.unnamedForms.contains(where: { $0.file == path && $0.guess == nil }) { counts.fileAsked += 1 }
                    var first = true
                    for entry in group {
                        // A sheet that holds a part of the form (two_sheets) answers for the criteria written on it.
                        let orig = originals[entry.original]!, here = Set(entry.cells.values)
                        let part = LayoutZooTests.Original(
                            organisation: orig.organisation, name: orig.name, year: orig.year,
                            values: orig.values.filter { here.contains($0.key) }, rows: orig.rows)
                        counts.tally.add(LayoutZooTests.compare(entry, part, read, firstOfFile: first, sheets: sheets))
                        first = false
                    }
                }
                return (d, counts)
            }
            let (d, counts) = evaluate(Support.context)
            // One round of the mapping file: each form asked about by file gets its original's organisation, each
            // wording asked about the criterion written there; then every value of every form is used, and right.
            var decisions = MappingDecisions(), decided = 0
            for f in d.unnamedForms where f.guess == nil {
                let rel = String(f.file.dropFirst(out.path.count + 1))
                if let entry = byFile[rel]?.first(where: { $0.sheet == f.sheet }) {
                    decisions.set(organisation: originals[entry.original]!.name, file: f.file, sheet: f.sheet)
                    decided += 1
                }
            }
            for u in d.unassigned where u.needsDecision {
                let rel = String(u.source.file.dropFirst(out.path.count + 1))
                if let criterion = byFile[rel]?.first(where: { $0.sheet == u.source.sheet })?.criterion(
                    at: u.source.cell)
                {
                    decisions.set(.use(criterion), forWording: u.wording)
                    decided += 1
                }
            }
            if decided > 0 {
                let again = evaluate(Support.context.with(decisions: decisions)).1.tally
                XCTAssertEqual(
                    again.equalValues, counts.tally.equalValues + counts.tally.askedValues,
                    "\(layout): after one round of the mapping file every value asked about is used")
                XCTAssertEqual(
                    again.wrong + again.lost + again.skipped, 0, "\(layout): after one round of the mapping file")
                print(
                    "\(layout): one round of the mapping file (\(decided) decisions): \(counts.tally.equalValues) → \(again.equalValues) values"
                )
            }
            results[layout] = counts
        }
        let md = Self.table(
            results,
            descriptions: Dictionary(
                layouts.map { ($0[0], $0.count > 1 ? $0[1] : "") }, uniquingKeysWith: { a, _ in a }))
        try? md.write(
            to: Support.root.appendingPathComponent(".build/unseen-layouts.md"), atomically: true, encoding: .utf8)
        print(md)
        XCTAssertGreaterThanOrEqual(results.count, 8, "at least 8 layouts")
        for (layout, c) in results.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(c.municipal, 0, "\(layout): forms taken for the municipality's")
            XCTAssertEqual(c.tally.skipped, 0, "\(layout): forms skipped whole")
            XCTAssertEqual(c.tally.wrong, 0, "\(layout): forms with a value used wrongly")
            XCTAssertEqual(c.tally.lost, 0, "\(layout): forms with values neither used nor asked about")
            for f in c.tally.failures.prefix(5) { XCTFail("\(layout): \(f.0.rawValue): \(f.1)") }
            XCTAssertGreaterThanOrEqual(
                c.tally.equalValues, Self.floors[layout] ?? .max,
                "\(layout): values used without help (no floor: add one)")
        }
    }

    /// The generator's manifest: layout, file, sheet, original, `originalRow=cell` pairs (kept in `cells` keyed by
    /// the original's row until the originals are read).
    static func manifest(_ url: URL) throws -> [LayoutZooTests.Entry] {
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertEqual(lines.removeFirst(), ["layout", "file", "sheet", "original", "cells"])
        return lines.map { f in
            let pairs = f[4].split(separator: ",").map { $0.split(separator: "=").map(String.init) }
            var e = LayoutZooTests.Entry(transformation: f[0], file: f[1], sheet: f[2], original: f[3], rows: [:])
            e.cells = Dictionary(pairs.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
            return e
        }
    }

    static func table(_ results: [String: Counts], descriptions: [String: String]) -> String {
        var md =
            "# Layouts nobody described\n\nThe example forms written by Tests/Interop/unseen_layouts.py, read as a folder and "
            + "compared with the originals (UnseenLayoutTests). Values: equal / asked / wrong / lost.\n\n"
            + "| layout | forms | read | skipped | municipal | file asked | used without help | values = / ? / ✗ / lost |\n"
            + "|---|---|---|---|---|---|---|---|\n"
        for (id, c) in results.sorted(by: { $0.key < $1.key }) {
            let t = c.tally
            md +=
                "| \(id) | \(t.forms) | \(t.read) | \(t.skipped) | \(c.municipal) | \(c.fileAsked) | \(t.withoutHelp) | "
                + "\(t.equalValues) / \(t.askedValues) / \(t.wrongValues) / \(t.lostValues) |\n"
        }
        return md + "\n## First failures\n\n"
            + LayoutZooTests.firstFailures(results.mapValues(\.tally), descriptions: descriptions)
    }
}
