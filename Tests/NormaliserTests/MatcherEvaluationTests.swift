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
        var total: Int { correct + flagged + wrongUsed + unassigned }
        static func + (a: Tally, b: Tally) -> Tally {
            Tally(
                correct: a.correct + b.correct, flagged: a.flagged + b.flagged, wrongUsed: a.wrongUsed + b.wrongUsed,
                unassigned: a.unassigned + b.unassigned)
        }
    }

    static func table(_ rows: [(String, Tally)]) -> String {
        var out =
            "| corpus | rows | correct | wrong but flagged | wrong and used | unassigned |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
        for (name, t) in rows {
            out += "| \(name) | \(t.total) | \(t.correct) | \(t.flagged) | \(t.wrongUsed) | \(t.unassigned) |\n"
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

    /// A held-out layout (Tests/Fixtures/matching/heldout, `make_typed.py`): five school forms typed in a person's
    /// terse words with a units column, written before issue 25's last matcher rules and never used to tune them; and
    /// heldout2: four forms of four layouts typed by a helper from the catalogue's topics alone (`make_typed.py`).
    /// Its figures are reported as they come; the floor only keeps what was measured. `EVAL_HELDOUT=dir` evaluates
    /// another such folder (its expected.json beside its forms) the same way, printed only.
    func testHeldOutTypedForms() throws {
        var folders = [
            ("heldout", Self.dir.appendingPathComponent("heldout")),
            ("heldout2", Self.dir.appendingPathComponent("heldout2")),
            ("heldout3", Self.dir.appendingPathComponent("heldout3")),
            ("heldout4", Self.dir.appendingPathComponent("heldout4")),
            ("heldout5", Self.dir.appendingPathComponent("heldout5")),
            ("heldout6", Self.dir.appendingPathComponent("heldout6")),
            ("heldout7", Self.dir.appendingPathComponent("heldout7")),
            ("heldout8", Self.dir.appendingPathComponent("heldout8")),
            ("heldout9", Self.dir.appendingPathComponent("heldout9")),
            ("heldout10", Self.dir.appendingPathComponent("heldout10")),
            ("heldout11", Self.dir.appendingPathComponent("heldout11")),
            ("heldout12", Self.dir.appendingPathComponent("heldout12")),
            ("heldout13", Self.dir.appendingPathComponent("heldout13")),
            ("heldout14", Self.dir.appendingPathComponent("heldout14"))
        ]
        if let extra = ProcessInfo.processInfo.environment["EVAL_HELDOUT"] {
            folders.append(("extra", URL(fileURLWithPath: extra)))
        }
        for (name, folder) in folders {
            let (rows, wrong, _, wordings) = try Self.evaluateForms(
                context: Support.context, forms: folder, dumps: false)
            let all = rows.reduce(Tally()) { $0 + $1.1 }
            Self.record("## Held-out layout: \(name) (values)", Self.table(rows + [("all", all)]))
            Self.record(
                "## Held-out layout: \(name) (distinct criterion wordings used without help)",
                wordings.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.used) of \($0.value.of)\n" }.joined())
            XCTAssertEqual(wrong, [], "\(name): values used for a wrong criterion or with a wrong value")
            if name == "heldout" {
                // 160 right and 10 wrong when it was made; 183 right and none wrong after issue 25 item 8's last rules
                // (docs/matcher-evaluation.md). The wrong values were teachers_in_pp and pp_teacher_teacher swapped:
                // without `CountedNouns` the assertion above fails.
                XCTAssertGreaterThanOrEqual(
                    all.correct, 183, "held-out typed forms: values used right without the user")
            }
            if name == "heldout2" {
                // Four forms typed by a helper who never saw the matcher (session 35): 27 of 90 values right at first
                // sight, none wrong; 47 after the rules their misses showed (a title sheet, «- из них» parts, parts of
                // a total, dates and document numbers, ППН). No longer held out: the floor keeps what was reached.
                XCTAssertGreaterThanOrEqual(all.correct, 64, "helper-typed forms: values used right without the user")
            }
            if name == "heldout3" {
                // Four more forms typed by a helper who never saw the matcher (session 36): at first sight 44 of 110
                // values right and 8 wrong — the plan column under «Значение показателя» merged over «План | Факт»,
                // «в т.ч. обучающиеся 15–19 лет» under the lead-in «Наставники по приказу:» taken for all pupils of
                // that age, «Работает «Школа молодого педагога»: Да» taken for the count of young specialists.
                // 82 right and none wrong after the rules they showed. No longer held out.
                // 84 after session 37's (answers with their document, «ППН (все формы)», the regulations' «приказ»).
                XCTAssertGreaterThanOrEqual(all.correct, 84, "helper-typed forms: values used right without the user")
            }
            if name == "heldout4" {
                // A third helper's four forms (session 36), typed to be hard to read: at first sight 41 of 111 right and
                // none wrong, but the cadet school's form (a printed title page, an instruction sheet, a hidden «2023 г.»
                // column) was read as a history sheet and the branch school's (school | branch | «Всего по ОО») was asked
                // about by its value column. 78 after the rules they showed; no longer held out.
                // 83 after session 37's (a count of things needs a thing named: «Привлечённые наставники — сотрудники
                // других ОО» is no count of agreements).
                XCTAssertGreaterThanOrEqual(all.correct, 83, "helper-typed forms: values used right without the user")
            }
            if name == "heldout5" {
                // A fourth helper's everyday forms (session 36), measured after heldout3's and heldout4's rules: 63 of 109
                // right at first sight and one wrong — «Значение на 31.12.2024» was no value label, and the numbering
                // column («1.1», «2.6») was taken for the values. 71 after; no longer held out.
                // 80 after session 37's rules («да, приказ № …» is «да», школа-интернат is an ОО).
                XCTAssertGreaterThanOrEqual(all.correct, 80, "helper-typed forms: values used right without the user")
            }
            if name == "heldout6" {
                // A fifth helper's wide sheets (session 37): at first sight 183 of 485 right and 48 wrong — a transposed
                // sheet's numbering read as one school's values, 2023 columns read for 2024, «из них наставляемые» under
                // pupils settled as teachers' mentees. 297 of 474 after the rules they showed, 316 after heldout10's; no longer
                // held out.
                XCTAssertGreaterThanOrEqual(
                    all.correct, 316, "helper-typed wide sheets: values used right without the user")
            }
            if name == "heldout7" {
                // A sixth helper's odd forms (session 37): at first sight 28 of 118 right and 25 wrong — the 2022 column
                // read as the fact, answers with their document kept as text, a questionnaire's organisation taken from
                // an answer. 72 after; no longer held out.
                // 83 once a question answered beside it in a questionnaire is kept with its answer.
                XCTAssertGreaterThanOrEqual(all.correct, 83, "helper-typed forms: values used right without the user")
            }
            if name == "heldout8" {
                // A seventh helper's hurried forms (session 37: pasted from Word, three schools' sheets in one workbook,
                // re-saved by LibreOffice, «ОУ: …» beside a label), measured after heldout6's and heldout7's rules: 104
                // of 175 right, none wrong; the Word form's name («…\nв МОУ «СШ № 14» г. Котласа\nза 2024 год») was not
                // found. 121 after; no longer held out.
                XCTAssertGreaterThanOrEqual(all.correct, 121, "helper-typed forms: values used right without the user")
            }
            if name == "heldout9" {
                // An eighth helper's one municipality's template as five schools changed it (session 37), measured
                // with heldout8: 53 of 134 right and 3 wrong — «27 — приказ от …», «19 чел. (10–11 классы)» kept as
                // text; a section row «Организация» split the basic school's form. 62 after; no longer held out.
                XCTAssertGreaterThanOrEqual(all.correct, 62, "helper-typed forms: values used right without the user")
            }
            if name == "heldout10" {
                // A ninth helper's sheets of several organisations (session 37: a long export, a long export with the name
                // merged down its block, forms stacked, tables side by side), measured after heldout8's and heldout9's
                // rules: 7 of 319 right and 17 wrong — the long exports read as one form of «Раздел» / «Код
                // показателя» (the header's next cell), the stacked forms as one school's. 234 of 307 after (the long
                // table, stacked headers «№ | Показатель | Значение», named tables side by side); no longer held out.
                XCTAssertGreaterThanOrEqual(all.correct, 234, "helper-typed sheets: values used right without the user")
            }
            if name == "heldout11" {
                // A tenth helper's municipal folder (session 37: four schools' forms, the municipality's own form, one
                // school's form twice in one workbook with two values changed), measured after heldout10's rules: 113 of
                // 143 right and 2 wrong — the second sheet's values took the first's place. The municipal form was read
                // as the municipality's. 115 after (a repeat on another sheet is the files' rule: the first is used, the
                // second named as an error); no longer held out.
                XCTAssertGreaterThanOrEqual(all.correct, 115, "helper-typed forms: values used right without the user")
            }
            if name == "heldout12" {
                // An eleventh helper's ordinary forms with cell-level traps (session 37: formulas into other sheets, a
                // hidden row of last year, HYPERLINK(), a «Справочник» sheet of drop-down lists), measured after
                // heldout11's rules: 58 of 113 right and 2 wrong — «Да» beside «ученик – ученик» on the reference sheet
                // read as a count of programmes, «Наставники из сторонних организаций (не ОО и не предприятия)» as
                // enterprises' mentors. 58 and none wrong after; no longer held out.
                XCTAssertGreaterThanOrEqual(all.correct, 58, "helper-typed forms: values used right without the user")
            }
            if name == "heldout13" {
                // A twelfth helper's column arrangements (session 37: the values left of the criteria, a table from column
                // D under a two-row header with the links before the values, a CSV converted by LibreOffice, a value
                // column headed by the school's name), measured after heldout12's rules: 76 of 108 right, none wrong,
                // every form read as its school's. Kept as measured.
                XCTAssertGreaterThanOrEqual(all.correct, 76, "helper-typed forms: values used right without the user")
            }
            if name == "heldout14" {
                // A thirteenth helper's folder with the year stated five ways, one form last year's (session 37),
                // measured after heldout13: 86 of 116 right, none wrong. Kept as measured; the years are
                // `HeldOutLayoutTests.testFormsOfAnotherYearAreNamedFirst`'s.
                XCTAssertGreaterThanOrEqual(all.correct, 86, "helper-typed forms: values used right without the user")
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
        var wrong: [String] = []
        var usedKeys: [String: Set<String>] = [:], doubtfulKeys: [String: Set<String>] = [:]
        var leftKeys: [String: Set<String>] = [:], notCriteria: [String: Set<String>] = [:]
        // Each layout's forms are read together, as a user gives a folder: the reader settles one decision per
        // wording across them (`InputReader.read(_:into:)`).
        let styles = Dictionary(grouping: expected.compactMap { $0["file"] as? String }) {
            String($0.split(separator: "/")[0])
        }
        var runs: [String: Dataset] = [:]
        for (style, files) in styles {
            var all = Dataset()
            let paths = files.map { forms.appendingPathComponent($0).path }
            let reports = InputReader(context: context).read(paths, into: &all)
            for (f, r) in zip(files, reports) { XCTAssertFalse(r.failed, "\(f): \(r.issues)") }
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
            let run = try XCTUnwrap(runs[style])
            // This file's part of its layout's run.
            let d = (
                observations: run.observations.filter { $0.source.file == path },
                unassigned: run.unassigned.filter { $0.source.file == path }
            )
            unassigned += d.unassigned
            doubtfulKeys[style, default: []].formUnion(d.unassigned.filter { $0.status == .doubtful }.map(\.key))
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
                        + "\t\(why)"
                }
                let old = (try? String(contentsOfFile: dump, encoding: .utf8)) ?? ""
                try (old + lines.map { $0 + "\n" }.joined()).write(toFile: dump, atomically: true, encoding: .utf8)
            }
            var t = Tally()
            // The wide export holds several organisations: values are keyed by organisation there.
            let perOrg: [(String?, [String: Any])]
            if let orgs = entry["organisation"] as? [String], let values = entry["values"] as? [[String: Any]] {
                perOrg = zip(orgs, values).map { ($0, $1) }
            } else {
                perOrg = [(nil, try XCTUnwrap(entry["values"] as? [String: Any]))]
            }
            for (orgName, vals) in perOrg {
                let orgKey = orgName.map(OrganisationKey.make)
                var got: [String: ObservedValue] = [:]
                for o in d.observations where orgKey == nil || o.organisation == orgKey {
                    if let v = o.value { got[o.criterion] = v }
                }
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
                            t.correct += 1
                        } else {
                            t.wrongUsed += 1; wrong.append("\(file) \(orgName ?? ""): \(id) = \(v), expected \(want)")
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
                    t.wrongUsed += 1; wrong.append("\(file) \(orgName ?? ""): \(id) = \(v) is not in the form")
                }
            }
            // A table of several organisations gives values to those it lists only: a row of totals, a note or a
            // signature under it is no organisation.
            if let orgs = entry["organisation"] as? [String] {
                let listed = Set(orgs.map(OrganisationKey.make))
                for org in Set(d.observations.map { $0.organisation ?? "(муниципалитет)" }) where !listed.contains(org)
                {
                    t.wrongUsed += 1; wrong.append("\(file): values of «\(org)», no organisation of the table")
                }
            }
            byStyle[style, default: Tally()] = byStyle[style, default: Tally()] + t
        }
        // One wording, one decision: within the forms of one layout no wording is used by the tool in one form
        // and asked about in another (the mapping file's «принято» would then change the other forms' figures).
        for (style, keys) in usedKeys {
            XCTAssertEqual(
                keys.intersection(doubtfulKeys[style] ?? []).sorted(), [],
                "\(style): used in one form, asked in another")
        }
        var wordings: [String: (used: Int, of: Int)] = [:]
        for (style, used) in usedKeys {
            let criterionWordings = used.union(leftKeys[style] ?? []).subtracting(notCriteria[style] ?? [])
            wordings[style] = (used.intersection(criterionWordings).count, criterionWordings.count)
        }
        return (byStyle.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, wrong, unassigned, wordings)
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
