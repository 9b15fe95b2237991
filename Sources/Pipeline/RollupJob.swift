import Catalogue
import Consolidation
import Dataset
import Foundation
import Normaliser
import Report

/// `rollup`: the regional workbook from the municipalities' consolidated workbooks (their hidden «Данные» sheets):
/// the region's values computed from every municipality's organisations by the catalogue's rules, the year chosen
/// once (`--year`, else `MainYear.most` of the workbooks' latest years), the register's coverage.
package struct RollupJob {
    package let year: Int
    package let regional: RegionalConsolidation
    package let municipalities: [Municipality]
    package let coverage: RegionalRegisterCoverage?
    /// How many workbooks were given.
    package let files: Int
    /// What the user should know, in Russian, in order (standard error): files skipped and why, names taken from
    /// file names, values that differ from their organisations'.
    package let notes: [String]
    /// How many of the notes are problems (the exit code says the workbook is incomplete).
    package let problems: Int

    /// Nothing to roll up (in Russian).
    package struct Nothing: Error, CustomStringConvertible {
        package let notes: [String]
        package let description: String
    }

    /// Reads `files` (the municipal workbooks) and `history` (the region's: tables by years, last year's regional
    /// workbook). Throws `Nothing` when no municipal workbook with organisations' values is among them.
    package init(
        files: [String], history: [String], context: NormaliserContext, register: [OrganisationRegistry.Entry]?,
        year given: Int?
    ) throws {
        var notes: [String] = [], problems = 0
        self.files = files.count
        let candidates = Self.candidates(files, context: context, notes: &notes, problems: &problems)
        guard let year = given ?? Self.mainYear(candidates.map(\.workbook)) else {
            throw Nothing(
                notes: notes,
                description: "ни одной сводной книги муниципалитета с данными организаций не прочитано — сводить нечего"
            )
        }
        self.year = year
        let municipalities = Self.municipalities(candidates, year: year, notes: &notes, problems: &problems)
        guard !municipalities.isEmpty else {
            throw Nothing(
                notes: notes,
                description: "ни одной сводной книги муниципалитета за \(year) год не прочитано — сводить нечего")
        }
        self.municipalities = municipalities
        let past = Self.readHistory(history, context: context, notes: &notes, problems: &problems)
        let regional = RegionalConsolidation(
            catalogue: context.catalogue, year: year, municipalities: municipalities, history: past)
        self.regional = regional
        let mismatches = regional.mismatches
        for m in mismatches.prefix(10) {
            let show = { (v: Double?) in v.map(ValueFormatting.number) ?? "нет" }
            notes.append(
                "\(m.municipality): значение «\(m.criterion)» в книге (\(show(m.stated))) не равно посчитанному по её "
                    + "организациям (\(show(m.computed))); в своде региона учтены значения организаций")
        }
        if mismatches.count > 10 { notes.append("… и ещё расхождений: \(mismatches.count - 10)") }
        problems += mismatches.count
        coverage = register.map { entries in
            RegionalRegisterCoverage(
                register: entries,
                workbooks: municipalities.map { m in
                    let store = m.dataset.observations
                    let ids = Set(
                        store.indices.lazy.filter { store.year(at: $0) == year }.map { store.organisationID(at: $0) }
                            .filter { $0 >= 0 })
                    return (
                        m.name, ids.map { m.dataset.organisations[store.text(ofID: $0)]?.name ?? store.text(ofID: $0) }
                    )
                }, resolve: { context.organisation(named: $0, typeText: nil).name })
        }
        self.notes = notes
        self.problems = problems
    }

    /// The municipal workbooks among `files`, each with its municipality's name; what is skipped and why goes to
    /// `notes` (a regional workbook is no problem: `--by-municipality` writes it beside them).
    static func candidates(_ files: [String], context: NormaliserContext, notes: inout [String], problems: inout Int)
        -> [(workbook: ConsolidatedWorkbook, name: String)]
    {
        var candidates: [(workbook: ConsolidatedWorkbook, name: String)] = []
        for w in ConsolidatedWorkbook.read(files, context: context) {
            guard let level = w.level else {
                notes.append("пропущен \(w.file): " + w.report.whyFailed)
                problems += 1
                continue
            }
            if level == .regional {
                // Not a problem: `consolidate --by-municipality` writes it beside the municipal workbooks.
                notes.append(
                    "не учтена \(w.file): это книга региона, а не муниципалитета (прошлогоднюю передайте как --history)"
                )
                continue
            }
            for issue in w.report.issues where issue.needsAttention {
                notes.append("\(w.file): \(issue.message)"); problems += 1
            }
            candidates.append((w, municipalityName(w, notes: &notes, problems: &problems)))
        }
        return candidates
    }

    /// The municipalities of `year`: a workbook without organisations' values of that year, or a second workbook of
    /// one municipality, is left out and named in `notes`.
    static func municipalities(
        _ candidates: [(workbook: ConsolidatedWorkbook, name: String)], year: Int, notes: inout [String],
        problems: inout Int
    ) -> [Municipality] {
        var municipalities: [Municipality] = []
        var seen: [String: String] = [:]
        for (w, name) in candidates {
            let store = w.dataset.observations
            guard store.indices.contains(where: { store.year(at: $0) == year && store.organisationID(at: $0) >= 0 })
            else {
                notes.append("пропущен \(w.file): в книге нет значений организаций за \(year) год")
                problems += 1
                continue
            }
            let key = OrganisationKey.make(name)
            if let first = seen[key] {
                notes.append("пропущен \(w.file): муниципалитет «\(name)» уже взят из \(first); оставьте одну книгу")
                problems += 1
                continue
            }
            seen[key] = w.file
            municipalities.append(Municipality(name: name, workbook: w))
        }
        return municipalities
    }

    /// Writes the regional workbook atomically at `path`.
    package func writeWorkbook(to path: String) throws {
        var report = RegionalReport(regional: regional)
        report.register = coverage
        try report.write(to: path)
    }

    /// The municipality a workbook is about: its «Данные» sheet's, otherwise its file name (said once).
    static func municipalityName(_ w: ConsolidatedWorkbook, notes: inout [String], problems: inout Int) -> String {
        if let m = w.dataset.municipality?.trimmed, !m.isEmpty { return m }
        let named = w.dataset.organisations.values.compactMap(\.municipality)
        if let m = Dictionary(named.map { ($0, 1) }, uniquingKeysWith: +).max(by: {
            ($0.value, $1.key) < ($1.value, $0.key)
        })?.key {
            return m
        }
        let stem = ((w.file as NSString).lastPathComponent as NSString).deletingPathExtension
        notes.append("\(w.file): муниципальное образование в книге не указано; взято имя файла «\(stem)»")
        problems += 1
        return stem
    }

    /// The year of the roll-up: the latest year of organisations' values the most workbooks hold (the later
    /// one on a tie).
    static func mainYear(_ workbooks: [ConsolidatedWorkbook]) -> Int? {
        let years = workbooks.compactMap { w in
            w.dataset.observations.indices.lazy.filter { w.dataset.observations.organisationID(at: $0) >= 0 }
                .map { w.dataset.observations.year(at: $0) }.max()
        }
        return MainYear.most(years)
    }

    /// The region's history: tables by years and last year's regional workbooks; a municipal workbook is not
    /// the region's history and is left out.
    static func readHistory(_ files: [String], context: NormaliserContext, notes: inout [String], problems: inout Int)
        -> Dataset
    {
        var past = Dataset()
        let reader = InputReader(context: context)
        for file in files {
            var d = Dataset()
            let report = reader.read(file, into: &d)
            if report.failed {
                notes.append("пропущена история \(file): " + report.issues.map(\.message).joined(separator: "; "))
                problems += 1
                continue
            }
            if !d.organisations.isEmpty {
                notes.append(
                    "пропущена история \(file): это свод муниципалитета; передайте его как свод, а историей — книгу региона"
                )
                problems += 1
                continue
            }
            past.history += d.history
            past.dynamics += d.dynamics
        }
        return past
    }
}

/// The summary of a regional workbook: its year, municipalities, organisations and criteria; the ranking's first;
/// the municipalities below a target two years running.
package func regionalSummaryLines(_ regional: RegionalConsolidation, files: Int, used: Int) -> [String] {
    var out: [String] = []
    let y = regional.year
    let criteria = regional.criteria
    let filled = criteria.filter { regional.region.value($0.id, y)?.number != nil }
    out.append(
        "Свод региона за \(y) год: муниципалитетов \(used) (книг прочитано \(files)), организаций \(regional.organisations); "
            + "критериев со значением \(filled.count) из \(criteria.count).")
    let ranking = regional.ranking
    if let best = ranking.first, !regional.targets.isEmpty {
        out.append(
            "Рейтинг по ключевым долям: первое место — \(best.municipality) (целей достигнуто \(best.reachedCount) из \(regional.targets.count))."
        )
    }
    if regional.laggingKnown {
        let lags = regional.lagging
        let n = Set(lags.map(\.municipality)).count
        out.append(
            "Ниже цели два года подряд: \(n) \(Plural.word(n, "муниципалитет", "муниципалитета", "муниципалитетов")) "
                + "(\(lags.count) \(Plural.word(lags.count, "доля", "доли", "долей"))).")
    }
    return out
}

extension Municipality {
    /// A municipality read back from its workbook: the workbook's «municipal» rows are its values.
    package init(name: String, workbook: ConsolidatedWorkbook) {
        var values: [String: [Int: MunicipalValue]] = [:]
        for h in workbook.dataset.history where h.municipality == nil {
            if let v = MunicipalValue(history: h) { values[h.criterion, default: [:]][h.year] = v }
        }
        self.init(
            name: name, file: workbook.file, dataset: workbook.dataset, values: values, findings: workbook.findings)
    }
}
