import Catalogue
import Dataset
import Foundation
import Normaliser
import XCTest

/// The matcher evaluation of the mapping issue, on a corpus built apart from the matcher
/// (Tests/Fixtures/matching, see its README): wordings of the five seeds and systematic variants, rows that
/// are not criteria, and whole forms laid out and worded as other schools and regions do. Each outcome is
/// counted as correct, wrong but flagged (not used, the user is asked), wrong and used, or unassigned;
/// the table is printed (and written to .build/matcher-evaluation.md for the README). The goals:
/// wrong-and-used = 0, and at least 90 % of criterion wordings right without the user.
final class MatcherEvaluationTests: XCTestCase {
    static let dir = Support.root.appendingPathComponent("Tests/Fixtures/matching")

    struct Tally {
        var correct = 0, flagged = 0, wrongUsed = 0, unassigned = 0
        /// Proof links of used values, where a set's expected.json gives them: carried to the value, or not.
        var linksRight = 0, linksMissed = 0
        var total: Int { correct + flagged + wrongUsed + unassigned }
        static func + (a: Tally, b: Tally) -> Tally {
            Tally(
                correct: a.correct + b.correct, flagged: a.flagged + b.flagged, wrongUsed: a.wrongUsed + b.wrongUsed,
                unassigned: a.unassigned + b.unassigned, linksRight: a.linksRight + b.linksRight,
                linksMissed: a.linksMissed + b.linksMissed)
        }
    }

    static func table(_ rows: [(String, Tally)]) -> String {
        var out =
            "| corpus | rows | correct | wrong but flagged | wrong and used | unassigned | links carried | links missed |\n"
            + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        for (name, t) in rows {
            out += "| \(name) | \(t.total) | \(t.correct) | \(t.flagged) | \(t.wrongUsed) | \(t.unassigned) "
            out += "| \(t.linksRight) | \(t.linksMissed) |\n"
        }
        return out
    }

    static func record(_ title: String, _ text: String) {
        print(title + "\n" + text)
        let out = Support.root.appendingPathComponent(".build/matcher-evaluation.md")
        let previous = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        let kept = previous.components(separatedBy: "\n## ").filter {
            !$0.isEmpty && !$0.hasPrefix(title.dropFirst(3)) && !$0.hasPrefix(title)
        }
        try? (kept.map { $0.hasPrefix("## ") ? $0 : "## " + $0 } + [title + "\n" + text]).joined(separator: "\n").write(
            to: out, atomically: true, encoding: .utf8)
    }

    /// Each wording alone: a criterion wording must be used for its criterion or flagged; a row that is not a
    /// criterion must never be used.
    func testWordingCorpus() throws {
        let text = try String(contentsOf: Self.dir.appendingPathComponent("wordings.tsv"), encoding: .utf8)
        let resolver = CriterionResolver(catalogue: Support.context.catalogue)
        var byFamily: [String: Tally] = [:]
        var wrong: [String] = []
        var criterionRows = 0, criterionRight = 0
        var outcomes: [String] = []
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.components(separatedBy: "\t")
            guard f.count >= 4 else { continue }
            let wording = f[0].replacingOccurrences(of: "\\n", with: "\n"), expected = f[1]
            let family = f[3].hasPrefix("variant") ? "variants: " + f[3].dropFirst(8) : f[3]
            let r = resolver.resolve(RowQuery(title: wording, year: 2024, scope: f[2] == "org" ? .organisation : .any))
            var t = Tally()
            if expected != "-" { criterionRows += 1; if r.usedID == expected { criterionRight += 1 } }
            switch r {
            case .used(let id, _, _):
                if id == expected {
                    t.correct += 1
                } else {
                    t.wrongUsed += 1; wrong.append("\(wording) → \(id) (expected \(expected))")
                }
            case .doubtful(let cs):
                t.flagged += 1
                if ProcessInfo.processInfo.environment["EVAL_VERBOSE"] != nil && expected != "-" {
                    let e = resolver.evidence(
                        RowQuery(title: wording, year: 2024, scope: f[2] == "org" ? .organisation : .any))
                    print(
                        "FLAGGED [\(f[3])] \(wording) (expected \(expected)) \(e.uncertain ?? "") :: "
                            + cs.prefix(3).map { "\($0.id) \($0.score)" }.joined(separator: ", "))
                }
            case .unmatched, .ignored, .repeated:
                if expected == "-" { t.correct += 1 } else { t.unassigned += 1 }
            }
            byFamily[family, default: Tally()] = byFamily[family, default: Tally()] + t
            outcomes.append(
                "\(f[3])\t\(expected)\t\(r.usedID ?? (r.candidates.first.map { "? " + $0.id } ?? "-"))\t\(f[0])")
        }
        // EVAL_DUMP=file writes each wording's outcome (family, expected, used or «? candidate», wording) to compare
        // runs.
        if let dump = ProcessInfo.processInfo.environment["EVAL_DUMP"] {
            try outcomes.joined(separator: "\n").write(toFile: dump, atomically: true, encoding: .utf8)
        }
        let rows = byFamily.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let all = rows.reduce(Tally()) { $0 + $1.1 }
        Self.record("## Wordings, each alone", Self.table(rows + [("all", all)]))
        XCTAssertEqual(all.wrongUsed, 0, "wrong and used:\n" + wrong.joined(separator: "\n"))
        let share = Double(criterionRight) / Double(max(criterionRows, 1))
        Self.record(
            "## Criterion wordings used right without the user",
            "\(criterionRight) of \(criterionRows) (\(String(format: "%.1f", share * 100)) %)\n")
        XCTAssertGreaterThanOrEqual(share, 0.9, "criterion wordings right without the user")
    }

    /// Whole forms read as a user reads them: every expected value must arrive, or its row be flagged; no
    /// value may arrive for a wrong criterion.
    func testUnseenForms() throws {
        let (rows, wrong, _, wordings) = try Self.evaluateForms(context: Support.context)
        let all = rows.reduce(Tally()) { $0 + $1.1 }
        Self.record("## Whole forms (values)", Self.table(rows + [("all", all)]))
        Self.record(
            "## Whole forms (distinct criterion wordings used without help)",
            "| layout | used without help | criterion wordings |\n| --- | ---: | ---: |\n"
                + wordings.sorted { $0.key < $1.key }.map { "| \($0.key) | \($0.value.used) | \($0.value.of) |\n" }
                .joined())
        XCTAssertEqual(wrong, [], "values used for a wrong criterion or with a wrong value")
        // Floors measured after issue 25's evidence across forms, of neighbours' directions and the exclusion
        // synonyms (docs/matcher-evaluation.md): they fail if one of those is lost. The goal is 90 %.
        // Before: 471 of 871 (Glazov 157, other region 115, wide export 199); without any evidence of the form 339.
        // Then 575 (187, 149, 239); with the thesaurus's «заключённых», «назначенных» and «стимулирование» =
        // «поощрение» 615 (222, 154, 239). With elimination (`EliminationEvidence`: the other criteria the title
        // resembles held by confident rows; unannounced shares, counts under an announced share and dominated criteria
        // out) 759 (232, 218, 309). Then what a title counts (`CountedNouns`), the thesaurus's названия, перечень,
        // партнёры, пройденных, прошли and kpk_courses's synonym 785; what a wording excludes (`ExcludedMentions`) and
        // «без» 793; «выступающих», «стаж до 3 лет», «предоставивших», «по результатам» 814; text as an answer only list
        // criteria take 819 (246, 235, 338).
        let floors = ["glazov": 246, "region": 235, "wide": 338]
        for (style, t) in rows {
            XCTAssertGreaterThanOrEqual(t.correct, floors[style] ?? 0, "\(style): values used right without the user")
        }
        XCTAssertGreaterThanOrEqual(
            Double(all.correct) / Double(max(all.total, 1)), 0.94, "values used right without the user")
        // Issue 25's target: at least 90 % of the layouts' criterion wordings used without help (129 of 148 before,
        // 139 after).
        let used = wordings.values.reduce(0) { $0 + $1.used }, of = wordings.values.reduce(0) { $0 + $1.of }
        XCTAssertGreaterThanOrEqual(used, 139, "distinct criterion wordings used without help, of \(of)")
        XCTAssertGreaterThanOrEqual(Double(used) / Double(max(of, 1)), 0.9, "the target: 90 % of the wordings")
    }

    /// Sets of forms typed by people who never saw the matcher (Tests/Fixtures/matching/heldout…, each with its
    /// `make_typed.py`, `expected.json` and a README of what it held at first sight): no value used wrongly, no
    /// organisation outside a table's list, and each set's floor. `EVAL_HELDOUT=dir` evaluates another such folder (its
    /// expected.json beside its forms) the same way, printed only — the first sight of a new set.
    func testHeldOutTypedForms() throws {
        // Each set's floor is what it reached after the rules its misses showed. What it held at first sight and what it
        // found are in its README and in docs/matcher-evaluation.md. (Without `CountedNouns`, heldout's teachers_in_pp
        // and pp_teacher_teacher swap and the no-wrong assertion fails.)
        var sets: [(name: String, folder: URL, floor: Int?)] = [
            ("heldout", 221),  // issue 25's typed layout: 160 right and 10 wrong when it was made
            ("heldout2", 70),  // session 35, a helper's four forms: 27 at first sight
            ("heldout3", 96),  // session 36, own words and layouts: 44 and 8 wrong at first sight
            ("heldout4", 92),  // session 36, hard layouts: 41, one form read as history
            ("heldout5", 86),  // s36, everyday forms: 63 and 1 wrong; s44: 80 → 79 (asked after «ППН всего»); s45: 86
            ("heldout6", 387),  // session 37, wide sheets: 183 and 48 wrong
            ("heldout7", 105),  // session 37, odd organisation forms: 28 and 25 wrong
            ("heldout8", 128),  // session 37, hurried forms: 104, none wrong
            ("heldout9", 81),  // session 37, one template as five schools changed it: 53 and 3 wrong
            ("heldout10", 274),  // session 37, several organisations a sheet: 7 and 17 wrong
            ("heldout11", 135),  // session 37, a municipality's folder: 113 and 2 wrong
            ("heldout12", 86),  // session 37, cell-level traps: 58 and 2 wrong
            ("heldout13", 97),  // session 37, column arrangements: 76, none wrong
            ("heldout14", 95),  // session 37, the year stated five ways: 86, none wrong
            ("heldout15", 450),  // session 37, an information system's wide exports: 379, none wrong
            ("heldout16", 145),  // session 38, survey services' exports: 26 and 3 wrong
            ("heldout17", 168),  // session 38, links every way: 139, none wrong, 5 links missed
            ("heldout18", 134),  // session 38, forms turned back from PDF: 92, 3 wrong and 2 wrong links
            ("heldout19", 204),  // session 38, typed by hand with slips: 180 and 2 wrong; session 39: 181, 0
            ("heldout20", 238),  // session 38, a municipality's folder with its own form: 214, none wrong
            ("heldout21", 108),  // session 38, periods down the rows: 73, 2 wrong, one file not read (read since)
            ("heldout22", 161),  // session 38, a template's spreadsheet features: 146, none wrong
            ("heldout23", 173),  // session 38, another region's indicators: 128 and 4 wrong
            ("heldout24", 170),  // session 38, information systems: 116, 2 wrong; session 39: 119, 0
            ("heldout25", 190),  // session 38, not schools: 155, 1 wrong
            ("heldout26", 222),  // session 38, a folder gone wrong: 175 and 33 wrong (a draft used), 20 links missed
            ("heldout27", 186),  // session 39, forms that went through Word: 170, none wrong
            ("heldout28", 145),  // session 39, last years' templates: 138 (the retired rows counted), none wrong
            ("heldout29", 141),  // session 39, one school's form laid across: 59, 5 wrong, a file not read
            ("heldout30", 222),  // session 39, organisations as columns: 0 and 16 wrong; session 40: 193, 0
            ("heldout31", 220),  // session 39, values typed every way: 174 and 23 wrong; session 40: 197, 0
            ("heldout32", 174),  // session 39, coded exports: 54 and 1 wrong; session 40 (codes read): 132, 0
            ("heldout36", 188),  // session 40, Google/Yandex Forms exports: 64, 2 wrong, 35 links missed; then 98, 0
            ("heldout37", 204),  // session 40, a sheet per direction: 169, none wrong
            ("heldout38", 216),  // s40 side by side: 124, 1 wrong → 156; s43 municipality in titles: 196, 1 known
            ("heldout39", 171),  // session 40, data tools' exports: 55, 3 wrong, 2 files not read; then 137, 0
            ("heldout40", 241),  // session 40, a template's machinery (collapsed groups, ✓/✗): 218, none wrong
            ("heldout41", 231),  // session 40, report generators: 130 and 18 wrong; then 216, 1 known wrong (10–18)
            ("heldout42", 187),  // session 40, Excel's autocorrections: 159, 1 wrong, 4 links with «.»; then 167, 0
            ("heldout43", 144),  // session 41, plan/fact and period columns: 93 and 2 wrong; then 92, 0
            ("heldout44", 166),  // session 41, ledgers, subtotals, a branch: 139 and 1 wrong; then 139, 0
            ("heldout45", 129),  // session 41, secretaries' forms: 66, 1 wrong, 2 files unread; then 97, 0
            ("heldout46", 194),  // session 41, OCR'd forms: 176 and 3 wrong, kept as known_wrong
            ("heldout47", 223),  // session 41, a workbook per school over years: 185 and 40 wrong; then 210, 14 known
            ("heldout48", 93),  // s41 municipal forms: 17, 0 wrong, 1 unread; s43 one run a municipality, titles: 88
            ("heldout49", 96),  // session 42, breakdown columns: 67 at first sight, 0 wrong
            ("heldout50", 54),  // session 42, packed answers: 24 and 1 wrong, 3 files unread → 47, 1 unread
            ("heldout51", 155),  // session 42, next year's template: 39 and 2 wrong → 77
            ("heldout52", 196),  // session 42, pasted web forms: 151 and 4 wrong → 151
            ("heldout53", 224),  // session 42, mentoring inside a bigger monitoring: 211, 0 wrong
            ("heldout54", 105),  // session 42, typewriter pages: 34 and 1 wrong, 3 files unread → 78, all read
            ("heldout55", 191),  // session 42, a sheet per school and a «Свод»: 129 and 74 wrong → 152
            ("heldout56", 185),  // session 43, a school's answers in several files: 173, 0 wrong, 2 links-only unread
            ("heldout57", 104),  // session 43, answers as phrases: 84 and 2 wrong → 84, 0 wrong; the letter unread
            ("heldout58", 95),  // session 43, cross tables: 31 and 12 wrong → 80, 0 wrong (95 in session 49: cards)
            ("heldout59", 221),  // session 43, a folder from e-mail: 177, 0 wrong
            ("heldout60", 174),  // session 43, municipal forms: 0 (48 read one by one) and 3 wrong → 161, 3 known
            ("heldout61", 178),  // session 43, ДОП forms: 141 and 1 wrong (known)
            ("heldout62", 186),  // session 44, federal wording (Р-145): 174, 0 wrong at first sight
            ("heldout63", 164),  // session 44, titles cut by a portal: 153 and 2 wrong (twin cut titles) → 152, 0
            ("heldout64", 125),  // session 44, running lists in abbreviations: 83, 0 wrong → 109
            ("heldout65", 224),  // s44, answer grids with marks: 0 (value column asked in every form) → 220, 0 wrong
            ("heldout66", 189),  // s44, branches and units: 151 and 8 wrong → 180, 3 known (a sheet per unit)
            ("heldout67", 230),  // session 44, long-format exports: 191, 0 wrong, 1 file unread; s45: 223, all read
            ("heldout68", 186),  // session 45, hasty typing: 178, 0 wrong at first sight
            ("heldout69", 187),  // session 45, print layouts: 122, 0 wrong, two files skipped whole → all read
            ("heldout70", 181),  // session 45, ДОП vocabulary: 141 and 1 wrong → 0 wrong
            ("heldout71", 179),  // session 45, a form over several sheets: 175, 0 wrong at first sight
            ("heldout72", 122),  // session 45, periods within the year: 44 and 5 wrong → 122, 3 known
            ("heldout73", 177),  // session 46, small rural schools, zeros: 160 and 3 wrong → 175, 0 wrong
            ("heldout74", 266),  // session 46, Google Sheets template: 241, 0 wrong → 265
            ("heldout75", 192),  // session 46, forms in Tatar and Russian: 57, 0 wrong → 190
            ("heldout76", 218),  // session 46, a template's formula, source and target columns: 218, 0 wrong
            ("heldout77", 130),  // session 46, generic sub-rows under groups of people: 128, 0 wrong
            ("heldout78", 129),  // session 46, turned ledgers: 127 and 8 wrong → 129, 0 wrong
            ("heldout79", 256),  // session 48, questionnaires, answers under questions: 101 and 2 wrong → 256, 0 wrong
            ("heldout80", 186),  // session 48, a region's template, base | fact | target: 171, 0 wrong → 186
            ("heldout81", 269),  // session 48, a portal's exports, a row of field codes on top: 77, 0 wrong → 269
            ("heldout82", 27),  // session 48, a district's own report, plan and fact: 20 and 7 wrong → 27
            ("heldout83", 203),  // session 49, the whole template (municipal and organisations' parts): 173 → 203
            ("heldout84", 184),  // session 49, values in a column of their kind: 156 and 5 wrong → 184, 0 wrong
            ("heldout85", 209),  // session 49, a dashboard of cards: 0 (taken for a sheet of links) → 209, 0 wrong
            ("heldout86", 107),  // session 49, Excel pivot tables: 110 and 14 wrong → 107, 0 wrong
            ("heldout87", 176),  // session 49, forms sent back by a reviewer: 170 and 8 wrong → 176, 0 wrong
            ("heldout88", 184),  // session 49, values by structural unit in columns, «Итого по ОО»: 184, 0 wrong
            ("heldout89", 204),  // session 50, Excel tables («Столбец1», totals, two tables): 186, 4 wrong → 204
            ("heldout90", 209),  // session 50, numbers in words («5 (пять)», «двое»): 143 and 1 wrong → 209
            ("heldout91", 225),  // session 50, other programs' XML (SheetJS, 1904 dates, no r=): 216 and 4 wrong → 225
            ("heldout92", 235),  // session 50, instructions merged under every row: 156, 0 wrong → 235
            ("heldout93", 120),  // session 50, organisations by code (ИНН, «Код ОО», «Справочник»): 41, 1 wrong → 120
            ("heldout94", 84),  // session 50, fill-in-the-blank sentences: 54, 2 unread → 54; s51 → 84
            ("heldout95", 125),  // session 50, wording and value in one cell (Alt+Enter, tab): 0, 5 files unread → 125
            ("heldout96", 64),  // session 50, a list of pairs and the summary on one sheet: 64, 0 wrong
            ("heldout97", 177),  // session 50, inexact values («около 30», «12 (уточнить)»): 177 and 3 wrong → 177, 0
            ("heldout98", 90),  // session 50, plan, fact, target and years as rows: 0 and 14 wrong → 77; s51 → 90
            ("heldout99", 210),  // session 51, OOXML variants (Strict, .xlsm, .xltx, packages): 210, 0 wrong
            ("heldout100", 42),  // session 51, titles as abbreviations in a legend: 6 and 11 wrong → 42, 0 wrong
            ("heldout101", 108),  // session 51, Numbers, Р7, МойОфис, WPS exports: 105 and 10 wrong → 108, 0
            ("heldout102", 69),  // session 51, wordings over hierarchy columns: 63 and 2 wrong → 69, 2 known
            ("heldout103", 204),  // session 51, values as formulas (errors, no results): 204 and 11 wrong → 204, 0
            ("heldout104", 237),  // session 52, drop-downs and placeholders: 227 and 1 wrong → 237, 0
            ("heldout105", 206),  // session 52, links through a list of documents: 197, 1 and 6 links wrong → 206, 0
            ("heldout106", 134),  // session 52, workbooks that are no forms: 128 and 2 wrong → 134, 0
            ("heldout107", 210),  // session 52, English-locale values: 206, 0 wrong → 210
            ("heldout108", 177),  // session 52, instructions inside the titles: 102 → 177, 0 wrong
            ("heldout109", 126),  // session 53, another vocabulary: 126, 0 wrong
            ("heldout110", 201),  // session 53, rows sorted and filtered: 200 and 1 wrong → 201 (1 known)
            ("heldout111", 203),  // session 53, decoys beside the criteria: 202 and 5 wrong → 203 (2 known)
            // heldout112 (session 53): 24 at first sight, asked and not guessed; 188 once the print header, notes, text
            // boxes, names and properties are read (session 54).
            ("heldout112", 188),
            ("heldout113", 166),  // session 53, the unit in the number format: 151 → 166, 0 wrong
            ("heldout114", 200),  // session 54, a form over several sheets: 193 and 30 wrong → 200, 0 wrong
            ("heldout115", 92),  // session 54, values by period: 92 and 6 wrong (known), unchanged
            // heldout116 (session 54): scanned and recognised forms, 101 and 0 wrong at first sight; registered once
            // recognised addresses are repaired (`LinkRepair`, session 55): 49 links carried, all as the set records.
            ("heldout116", 101),
            // Session 55, measured before they were looked at: the ministry's reworded 2025 edition, 119 and 0 wrong → 169;
            // a region's questionnaire of questions, 111 and 5 wrong → 169, 0 wrong.
            ("heldout117", 169),
            ("heldout118", 172),
            // Session 55, at first sight: numerator and denominator columns beside a share's result, 148 and 2 wrong →
            // 150, 0 wrong; every wording a person's own, 59 and 1 wrong → 59 (the 1 `known_wrong`).
            ("heldout119", 150),
            ("heldout120", 59),
            // Session 56, at first sight: a region's own official wording, 96 and 6 wrong → 132, 0 wrong; a short
            // template of cut words, 32 → 85; paper blanks with captions under the line, none read → 149.
            ("heldout121", 132),
            ("heldout122", 85),
            ("heldout123", 149),
            // A Word table pasted into Excel, a cell's lines as rows: 103 and 1 wrong (a part of the 15–19-year-olds
            // «в роли наставляемых» taken for all of them), 4 addresses cut at a line's «/» → 105, 0 wrong, the
            // addresses whole (session 57).
            ("heldout124", 105),
            // Session 57, at first sight: two tables side by side, the right one lower under its caption, 168 and 2
            // wrong → 184; the form typed again for each year on one sheet, 33 and 19 wrong (last year's block read)
            // → 143; breakdown columns beside «Всего», 141 and 24 wrong (a note under the title taken for the
            // organisation) → 142; reports of 1C, 193 and none wrong.
            ("heldout126", 184),
            ("heldout127", 143),
            ("heldout128", 142),
            ("heldout129", 193),
            // Explanation rows between the criteria («Пояснение: из 46 наставников 12 — внешние»), at first sight 213,
            // none wrong.
            ("heldout130", 213),
            // A summary of organisations over «Знач. | Док.»: 191 and 52 wrong (the totals' column read as a school's)
            // → 525, 4 `known_wrong`.
            ("heldout125", 525)
        ].map { ($0.0, Self.dir.appendingPathComponent($0.0), $0.1) }
        // Several folders at once, separated by «|»: each printed under its own name.
        for extra in (ProcessInfo.processInfo.environment["EVAL_HELDOUT"] ?? "").split(separator: "|") {
            let folder = URL(fileURLWithPath: String(extra))
            sets.append(("extra " + folder.lastPathComponent, folder, nil))
        }
        // EVAL_ONLY=heldout38,heldout48: only those sets (a quicker look at a few; every set runs in `make test`).
        if let only = ProcessInfo.processInfo.environment["EVAL_ONLY"] {
            let names = Set(only.split(separator: ",").map(String.init))
            sets = sets.filter { names.contains($0.name) || $0.name.hasPrefix("extra") }
        }
        for (name, folder, floor) in sets {
            let (rows, wrong, _, wordings) = try Self.evaluateForms(
                context: Support.context, forms: folder, dumps: false)
            let all = rows.reduce(Tally()) { $0 + $1.1 }
            Self.record("## Held-out layout: \(name) (values)", Self.table(rows + [("all", all)]))
            Self.record(
                "## Held-out layout: \(name) (distinct criterion wordings used without help)",
                wordings.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.used) of \($0.value.of)\n" }.joined())
            XCTAssertEqual(wrong, [], "\(name): values used for a wrong criterion or with a wrong value")
            if let floor {
                XCTAssertGreaterThanOrEqual(all.correct, floor, "\(name): values used right without the user")
            }
        }
    }

    /// One round of the mapping file by a hasty user who accepts every suggestion («проверьте» → «принято»)
    /// and silences every wording the tool could not place: measures how often the first suggestion is right
    /// (the table), and that decisions reach every form with that wording (no row is left «проверьте»).
    /// A suggestion is a guess: that is why it is not used until a person confirms it.
    func testOneRoundOfTheMappingFile() throws {
        let (_, _, unassigned, _) = try Self.evaluateForms(context: Support.context)
        var decisions = MappingDecisions()
        for v in unassigned {
            switch v.status {
            case .doubtful: decisions.set(.use(v.candidates[0]), forWording: v.wording)
            case .unmatched: decisions.set(.ignore, forWording: v.wording)
            default: break
            }
        }
        let (rows, wrong, left, _) = try Self.evaluateForms(context: Support.context.with(decisions: decisions))
        Self.record(
            "## Whole forms after one round of the mapping file (every suggestion accepted)",
            Self.table(rows + [("all", rows.reduce(Tally()) { $0 + $1.1 })]))
        XCTAssertEqual(left.filter { $0.status == .doubtful }.count, 0, "every guess was decided")
        XCTAssertEqual(left.filter { $0.status == .unmatched }.count, 0, "every unplaced wording was silenced")
        XCTAssertGreaterThan(
            rows.reduce(0) { $0 + $1.1.correct },
            try Self.evaluateForms(context: Support.context).0.reduce(0) { $0 + $1.1.correct })
        print("accepted suggestions that were wrong: \(wrong.count)")
        // A ceiling measured after issue 25 (66 before): computed criteria are no organisation's candidates, and
        // the exclusion synonyms and «всего» put the right criterion first more often (24); a title that names what a
        // criterion excludes is no longer offered it first (`ExcludedMentions`, 21).
        XCTAssertLessThanOrEqual(wrong.count, 21, "suggestions that are wrong")
    }

    /// The values by layout, the wrong values, the rows left to the user, and by layout the distinct criterion
    /// wordings used without help (by similarity or better, not by a decision) of those in its forms.
    /// `dumps`: whether the EVAL_DUMP_* variables write this run's rows (never for a held-out layout: its rows are not
    /// looked at).
    static func evaluateForms(
        context: NormaliserContext, forms: URL = dir.appendingPathComponent("forms"), dumps: Bool = true
    ) throws
        -> ([(String, Tally)], [String], [UnassignedValue], [String: (used: Int, of: Int)])
    {
        let data = try Data(contentsOf: forms.appendingPathComponent("expected.json"))
        let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        var unassigned: [UnassignedValue] = []
        var byStyle: [String: Tally] = [:]
        var checkedSheets: Set<String> = []
        var wrong: [String] = []
        var usedKeys: [String: Set<String>] = [:], doubtfulKeys: [String: Set<String>] = [:]
        var runUsedKeys: [String: Set<String>] = [:]
        var leftKeys: [String: Set<String>] = [:], notCriteria: [String: Set<String>] = [:]
        // Each layout's forms are read together, as a user gives a folder: the reader settles one decision per
        // wording across them (`InputReader.read(_:into:)`).
        // (A municipality's form is read in a run of its own when the set holds several municipalities' forms: a
        // municipality has one municipal form a year, and several in one run are an error that uses none of them.)
        let municipal = Set(
            expected.filter { $0["organisation"] is NSNull || ($0["organisation"] == nil && $0["municipality"] != nil) }
                .compactMap { $0["file"] as? String })
        func runKey(_ file: String) -> String {
            municipal.count >= 2 && municipal.contains(file) ? file : String(file.split(separator: "/")[0])
        }
        let styles = Dictionary(grouping: expected.compactMap { $0["file"] as? String }, by: runKey)
        var runs: [String: Dataset] = [:]
        for (style, files) in styles {
            var all = Dataset()
            let paths = files.map { forms.appendingPathComponent($0).path }
            let reports = InputReader(context: context).read(paths, into: &all)
            // A file its set's README names as not read yet («known_unread»): still named, with its reason.
            let unread = Set(
                expected.filter { $0["known_unread"] as? Bool == true }.compactMap { $0["file"] as? String })
            // A file that repeats other files' organisations with other values («known_conflict»: a ledger beside the
            // schools' own forms): refused as their second form, each named.
            let conflicting = Set(
                expected.filter { $0["known_conflict"] as? Bool == true }.compactMap { $0["file"] as? String })
            // A workbook that is no monitoring form («not_a_form»): whether named as no form or read, its values are
            // counted below (every one wrong).
            let notForms = Set(
                expected.filter { $0["not_a_form"] as? Bool == true }.compactMap { $0["file"] as? String })
            for (f, r) in zip(files, reports) where !notForms.contains(f) {
                if unread.contains(f) {
                    XCTAssertTrue(r.issues.contains { $0.kind == .unknownLayout }, "\(f): named as not read")
                } else if conflicting.contains(f) {
                    XCTAssertTrue(
                        r.issues.contains { $0.kind == .error && $0.message.hasPrefix("вторая форма") },
                        "\(f): named as a second form")
                } else {
                    XCTAssertFalse(r.failed, "\(f): \(r.issues)")
                }
            }
            runs[style] = all
            // EVAL_DUMP_USED=file: each wording used without the user (layout, criterion, how, score, wording).
            if dumps, let dump = ProcessInfo.processInfo.environment["EVAL_DUMP_USED"] {
                let lines = all.resolved.values.filter { $0.match != .decided }.map {
                    "\(style)\t\($0.criterion)\t\($0.match)\t\($0.score)\t\($0.wording.replacingOccurrences(of: "\n", with: " "))\n"
                }.sorted()
                let old = (try? String(contentsOfFile: dump, encoding: .utf8)) ?? ""
                try (old + lines.joined()).write(toFile: dump, atomically: true, encoding: .utf8)
            }
        }
        for entry in expected {
            let file = try XCTUnwrap(entry["file"] as? String)
            let style = String(file.split(separator: "/")[0])
            let path = forms.appendingPathComponent(file).path
            let run = try XCTUnwrap(runs[runKey(file)])
            // This file's part of its layout's run: its values of the set's year, where it has some (a table of
            // several years gives the others under their own year, in no figure of this one); a file read wholly as
            // another year's is compared as it was read.
            let year = entry["year"] as? Int
            // A workbook of a form per sheet: an entry per sheet («sheet»), compared with that sheet's values only;
            // a value of the set's year read from a sheet no entry names (a «Свод» of the others) is no form's: wrong.
            let sheet = entry["sheet"] as? String
            if sheet != nil, checkedSheets.insert(path).inserted {
                let named = Set(expected.filter { $0["file"] as? String == file }.compactMap { $0["sheet"] as? String })
                for o in run.observations
                where o.source.file == path && !named.contains(o.source.sheet) && o.value != nil
                    && (year == nil || o.year == year)
                {
                    byStyle[style, default: Tally()].wrongUsed += 1
                    wrong.append(
                        "\(file): \(o.criterion) = \(o.value!) on the sheet «\(o.source.sheet)», no form of the set")
                }
            }
            let ofFile = run.observations.filter {
                $0.source.file == path && (sheet == nil || $0.source.sheet == sheet)
            }
            let ofYear = ofFile.filter { year == nil || $0.year == year }
            let d = (
                observations: ofYear.isEmpty ? ofFile : ofYear,
                unassigned: run.unassigned.filter {
                    $0.source.file == path && (sheet == nil || $0.source.sheet == sheet)
                }
            )
            // One organisation's form: its values go to that organisation (a form taken for another school's is as wrong
            // as a wrong value). A set's README may say the form names its organisation nowhere («known_unnamed»).
            if let want = entry["organisation"] as? String, entry["known_unnamed"] as? Bool != true {
                // (Two organisations from one organisation's form: each must be a spelling of it word for word.)
                let gotOrgs = Set(d.observations.filter { $0.value != nil }.compactMap(\.organisation))
                for got in gotOrgs where !Self.sameOrganisation(want, got, strict: gotOrgs.count > 1) {
                    let values = d.observations.filter { $0.organisation == got && $0.value != nil }.count
                    byStyle[style, default: Tally()].wrongUsed += values
                    wrong.append("\(file): \(values) values went to «\(got)», not to «\(want)»")
                }
            }
            unassigned += d.unassigned
            doubtfulKeys[runKey(file), default: []].formUnion(
                d.unassigned.filter { $0.status == .doubtful }.map(\.key))
            runUsedKeys[runKey(file), default: []].formUnion(
                run.resolved.values.filter { $0.match != .decided }.map(\.key))
            usedKeys[style, default: []].formUnion(run.resolved.values.filter { $0.match != .decided }.map(\.key))
            leftKeys[style, default: []].formUnion(
                d.unassigned.filter { $0.status == .doubtful || $0.status == .unmatched }.map(\.key))
            let labels = (entry["not_criteria"] as? [String] ?? []) + (entry["headings"] as? [String] ?? [])
            notCriteria[style, default: []].formUnion(labels.map(TitleTokens.key))
            if dumps, let dump = ProcessInfo.processInfo.environment["EVAL_DUMP_FORMS"] {
                // Each doubtful or unplaced row: file, status, wording, value, candidates with scores, why not certain.
                let lines = d.unassigned.map { u in
                    let why =
                        context.resolver.evidence(RowQuery(title: u.wording, year: 2024, scope: .organisation))
                        .uncertain ?? ""
                    return "\(file)\t\(u.status)\t\(u.wording.replacingOccurrences(of: "\n", with: " "))\t\(u.raw)\t"
                        + zip(u.candidates, u.scores).prefix(3).map { "\($0) \($1)" }.joined(separator: ", ")
                        + "\t\(why)\t\(u.source.sheet)\t\(u.source.cell)"
                }
                let old = (try? String(contentsOfFile: dump, encoding: .utf8)) ?? ""
                try (old + lines.map { $0 + "\n" }.joined()).write(toFile: dump, atomically: true, encoding: .utf8)
            }
            var t = Tally()
            // The wide export holds several organisations: values are keyed by organisation there.
            let perOrg: [(String?, [String: Any], [String: Any]?)]
            if let orgs = entry["organisation"] as? [String], let values = entry["values"] as? [[String: Any]] {
                let links = entry["links"] as? [[String: Any]]
                perOrg = zip(orgs, values).enumerated().map { i, pair in
                    (pair.0, pair.1, links.flatMap { i < $0.count ? $0[i] : nil })
                }
            } else {
                perOrg = [(nil, try XCTUnwrap(entry["values"] as? [String: Any]), entry["links"] as? [String: Any])]
            }
            let knownWrong = Set(entry["known_wrong"] as? [String] ?? [])
            for (orgName, vals, links) in perOrg {
                let orgKey = orgName.map(OrganisationKey.make)
                var got: [String: ObservedValue] = [:], gotLinks: [String: String] = [:], cells: [String: String] = [:]
                var seen: Set<String> = []
                // (A municipality's entry: the values of no organisation, not a school's read from the same file.)
                let municipalEntry = entry["organisation"] is NSNull
                // (A workbook that is no monitoring form — a plan of events, a roadmap, a list of pairs: «not_a_form» —
                // gives no value to anyone: every value read from it is wrong, whatever organisation it went to.)
                let notAForm = entry["not_a_form"] as? Bool == true
                for o in d.observations
                where notAForm
                    || ((orgKey == nil || o.organisation == orgKey) && !(municipalEntry && o.organisation != nil))
                {
                    // One organisation's criterion twice in a table (two rows of it): both would be summed.
                    if orgKey != nil, o.value != nil, !seen.insert(o.criterion).inserted {
                        t.wrongUsed += 1; wrong.append("\(file) \(orgName ?? ""): \(o.criterion) given twice")
                    }
                    if let v = o.value { got[o.criterion] = v }
                    if let l = o.link { gotLinks[o.criterion] = l }
                    cells[o.criterion] = o.source.cell
                }
                var right: Set<String> = []
                let flaggedKeys = Set(
                    d.unassigned.filter { orgKey == nil || $0.organisation == orgKey }
                        .filter { $0.status == .doubtful }.map(\.key))
                for (id, want) in vals {
                    guard let c = context.catalogue.criterion(id) else { continue }
                    if let v = got.removeValue(forKey: id) {
                        if case .text = v, c.unit != .text, c.unit != .list {
                            // Text for a number or an answer: named as unread («не прочитано как число или ответ»),
                            // in no figure — not used.
                            t.unassigned += 1
                        } else if Self.same(v, want, unit: c.unit) {
                            t.correct += 1; right.insert(id)
                        } else if knownWrong.contains(id) {
                            // Read wrongly, as the set's README says, and named by a finding of the workbook: counted
                            // wrong, kept apart from the assertion.
                            t.wrongUsed += 1
                            print("known wrong: \(file) \(orgName ?? ""): \(id) = \(v), expected \(want)")
                        } else {
                            t.wrongUsed += 1;
                            wrong.append(
                                "\(file) \(orgName ?? ""): \(id) = \(v), expected \(want) at \(cells[id] ?? "")")
                        }
                    } else if !flaggedKeys.isEmpty
                        && d.unassigned.contains(where: { $0.status == .doubtful && $0.candidates.contains(id) })
                    {
                        t.flagged += 1
                    } else {
                        t.unassigned += 1
                    }
                }
                for (id, v) in got {
                    // Text for a number or an answer is named as unread and in no figure (as above): not used.
                    if case .text = v, let c = context.catalogue.criterion(id), c.unit != .text, c.unit != .list {
                        continue
                    }
                    // (A value its set's README names as read otherwise than the set records: counted as known.)
                    if knownWrong.contains(id) { continue }
                    t.wrongUsed += 1; wrong.append("\(file) \(orgName ?? ""): \(id) = \(v) is not in the form")
                }
                // The links of the values used right (a wrong value is counted once, above).
                if let links {
                    t =
                        t
                        + Self.compareLinks(
                            gotLinks.filter { right.contains($0.key) && !knownWrong.contains($0.key) }, links,
                            used: right.subtracting(knownWrong), where: cells,
                            file: file, org: orgName, wrong: &wrong)
                }
            }
            // A table of several organisations gives values to those it lists only: a row of totals, a note or a
            // signature under it is no organisation.
            if let orgs = entry["organisation"] as? [String] {
                let listed = Set(orgs.map(OrganisationKey.make))
                // (The municipality's values of a file that also holds its municipal form have an entry of their own.)
                let own = municipal.contains(file) ? ["(муниципалитет)"] : Set<String>()
                for org in Set(d.observations.map { $0.organisation ?? "(муниципалитет)" })
                where !listed.contains(org) && !own.contains(org) {
                    t.wrongUsed += 1; wrong.append("\(file): values of «\(org)», no organisation of the table")
                }
            }
            byStyle[style, default: Tally()] = byStyle[style, default: Tally()] + t
        }
        // One wording, one decision: within the forms of one layout no wording is used by the tool in one form
        // and asked about in another (the mapping file's «принято» would then change the other forms' figures).
        // (Per run: a municipality's form read in a run of its own decides its wordings on its own.)
        for (run, keys) in runUsedKeys {
            XCTAssertEqual(
                keys.intersection(doubtfulKeys[run] ?? []).sorted(), [],
                "\(run): used in one form, asked in another")
        }
        var wordings: [String: (used: Int, of: Int)] = [:]
        for (style, used) in usedKeys {
            let criterionWordings = used.union(leftKeys[style] ?? []).subtracting(notCriteria[style] ?? [])
            wordings[style] = (used.intersection(criterionWordings).count, criterionWordings.count)
        }
        return (byStyle.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, wrong, unassigned, wordings)
    }

    /// Whether an organisation's key (as the tool made it) names the organisation a set's writer recorded, spelled as
    /// the form spells it. Either every word of the shorter spelling is a word of the longer one or the initials of
    /// words that follow each other there («МБУ ДО ДДТ» and «МБУ ДО «Дом детского творчества»», «МБОУ «Верхне-Талицкая
    /// ООШ»» and «Муниципальное бюджетное общеобразовательное учреждение Верхне-Талицкая основная общеобразовательная
    /// школа»); or both hold the same numbers and share a proper word («Прудковская школа-сад» and «МБОУ «Прудковская
    /// ООШ – детский сад»», «Тыловайская СОШ №2 имени …» and «… им. …»); not when `strict` (one form read as two
    /// organisations' must name each word for word). Latin letters that look Cyrillic are read so.
    static func sameOrganisation(_ want: String, _ got: String, strict: Bool = false) -> Bool {
        let latin = Dictionary(uniqueKeysWithValues: zip("aceopxyk", "асеорхук"))
        func words(_ s: String) -> [String] {
            String(s.lowercased().replacingOccurrences(of: "ё", with: "е").map { latin[$0] ?? $0 })
                .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        }
        // Each word of `a` is a word of `b` or the initials of words that follow each other there.
        func covered(_ a: [String], by b: [String]) -> Bool {
            let initials = b.map { String($0.prefix(1)) }
            return a.allSatisfy { w in
                b.contains(w)
                    || (w.count >= 2 && w.allSatisfy(\.isLetter) && b.count >= w.count
                        && (0...(b.count - w.count)).contains { initials[$0..<($0 + w.count)].joined() == w })
            }
        }
        var (short, long) = (words(want), words(got))
        if short.count > long.count { swap(&short, &long) }
        // (Strict: the same words both ways, so a branch «Филиал МБОУ «Пычасская СОШ» — …» is not its school.)
        let covered = covered(short, by: long) && (!strict || covered(long, by: short))
        if covered || strict { return covered }
        let common: Set<String> = [
            "муниципальное", "бюджетное", "автономное", "казенное", "общеобразовательное", "общеобразовательная",
            "учреждение", "образования", "дополнительного", "средняя", "основная", "начальная", "школа", "детский",
            "детского", "творчества", "гимназия", "филиал"
        ]
        func proper(_ w: [String]) -> Set<String> { Set(w.filter { $0.count >= 6 && !common.contains($0) }) }
        let numbers = (short.filter { $0.allSatisfy(\.isNumber) }, long.filter { $0.allSatisfy(\.isNumber) })
        return Set(numbers.0) == Set(numbers.1) && !proper(short).intersection(proper(long)).isEmpty
    }

    /// The proof links of one organisation's used values against those its writer recorded: a URL the tool carried
    /// to a value is right when it is the recorded one (one of the cell's URLs), wrong when the writer recorded another
    /// or none; a recorded URL the tool did not carry is missed. Text that is no URL («нет», «см. сайт ОО») is no link.
    static func compareLinks(
        _ got: [String: String], _ want: [String: Any], used: Set<String>, where cells: [String: String],
        file: String, org: String?, wrong: inout [String]
    ) -> Tally {
        func urls(_ s: String) -> [String] {
            s.split(whereSeparator: { $0.isWhitespace || $0 == ";" || $0 == "," }).map(String.init).filter {
                $0.lowercased().hasPrefix("http") || $0.lowercased().hasPrefix("www.")
            }
        }
        func same(_ a: String, _ b: String) -> Bool {
            func norm(_ u: String) -> String {
                var u = u.lowercased()
                while u.hasSuffix("/") { u.removeLast() }
                return u
            }
            return norm(a) == norm(b)
        }
        var t = Tally()
        for id in used {
            let carried = got[id].map(urls) ?? []
            let recorded = (want[id] as? String).map(urls) ?? []
            if recorded.isEmpty {
                if let first = carried.first {
                    wrong.append("\(file) \(org ?? ""): \(id) carries the link \(first), none in the form")
                }
            } else if carried.isEmpty {
                t.linksMissed += 1
                if ProcessInfo.processInfo.environment["EVAL_MISSED_LINKS"] != nil {
                    print("missed link: \(file) \(org ?? ""): \(id) from \(cells[id] ?? "") \(recorded)")
                }
            } else if recorded.allSatisfy({ r in carried.contains { same($0, r) } }) {
                t.linksRight += 1
            } else {
                wrong.append("\(file) \(org ?? ""): \(id) carries the link \(carried), expected \(recorded)")
            }
        }
        return t
    }

    static func same(_ v: ObservedValue, _ want: Any, unit: ValueUnit) -> Bool {
        switch (v, want) {
        case (.number(let n), let w as NSNumber):
            let scale = unit == .share || unit == .level ? 100.0 : 1.0
            return abs(n * scale - w.doubleValue) < 0.005
        case (.list(let items), let w as String):
            return items.map { TitleNormaliser.normalise($0) }
                == ListItems.split(w).map { TitleNormaliser.normalise($0) }
        case (.text(let s), let w as String):
            return TitleNormaliser.normalise(s) == TitleNormaliser.normalise(w)
        default:
            return false
        }
    }
}
