import ArgumentParser
import Catalogue
import Consolidation
import Foundation
import Normaliser
import Report
import XLSXWriter

/// `mentoring rollup`: the regional workbook from the municipalities' consolidated workbooks.
struct RollupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: "Собрать свод региона из сводных книг муниципалитетов (записанных mentoring consolidate).",
        discussion: """
        Значения региона считаются по значениям организаций всех муниципалитетов (скрытый лист «Данные» каждой \
        книги) по правилам каталога. Код выхода: 0 — книга записана, все книги прочитаны; 1 — книга записана, но \
        часть книг пропущена или требует внимания; 2 — ошибка в параметрах; 3 — книгу записать не удалось \
        (прежний файл не тронут).
        """)

    @Argument(help: ArgumentHelp("Сводные книги муниципалитетов или папки с ними (папки просматриваются рекурсивно).", valueName: "СВОДЫ"))
    var inputs: [String] = []

    @Option(name: .long, help: ArgumentHelp("История региона: таблица по годам или прошлогодняя книга региона (можно несколько).", valueName: "ФАЙЛ"))
    var history: [String] = []

    @Option(name: .long, help: ArgumentHelp("Отчётный год (по умолчанию — последний год данных организаций в книгах).", valueName: "ГОД"))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp("Реестр организаций региона (XLSX, столбец «Муниципальное образование»): кто не представил свод или формы.", valueName: "РЕЕСТР.xlsx"))
    var organisations: String?

    @Option(name: .long, help: ArgumentHelp("Папка Templates с каталогом критериев (по умолчанию ищется рядом с программой).", valueName: "ПАПКА"))
    var templates: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Куда записать книгу региона.", valueName: "РЕГИОН.xlsx"))
    var output: String = "out/region.xlsx"

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("укажите сводные книги муниципалитетов: файлы или папки") }
    }

    func run() throws {
        let folder = try templates.map { URL(fileURLWithPath: $0) } ?? Catalogue.locateTemplates()
        var context = try NormaliserContext.load(templates: folder, defaultYear: year)
        var register: [OrganisationRegistry.Entry]?
        if let organisations {
            do {
                register = try OrganisationRegisterFile.read(organisations, labels: context.labels)
                context = context.with(register: register!)
            } catch {
                throw ValidationError("реестр организаций не прочитан: \(error)")
            }
        }
        let files = ArgumentRuns.expand(inputs).filter { URL(fileURLWithPath: $0).standardized.path != URL(fileURLWithPath: output).standardized.path }
        let workbooks = ConsolidatedWorkbook.read(files, context: context)
        var problems = 0
        var candidates: [(workbook: ConsolidatedWorkbook, name: String)] = []
        for w in workbooks {
            guard let level = w.level else {
                printError("пропущен \(w.file): " + w.report.issues.filter { $0.kind == .error || $0.kind == .unknownLayout }
                    .map(\.message).joined(separator: "; "))
                problems += 1
                continue
            }
            if level == .regional {
                // Not a problem: `consolidate --by-municipality` writes it beside the municipal workbooks.
                printError("не учтена \(w.file): это книга региона, а не муниципалитета (прошлогоднюю передайте как --history)")
                continue
            }
            for issue in w.report.issues where issue.needsAttention { printError("\(w.file): \(issue.message)"); problems += 1 }
            candidates.append((w, Self.municipalityName(w, problems: &problems)))
        }
        guard let year = year ?? Self.mainYear(candidates.map(\.workbook)) else {
            printError("ошибка: ни одной сводной книги муниципалитета с данными организаций не прочитано — сводить нечего")
            throw ExitCode(1)
        }
        var municipalities: [Municipality] = []
        var seen: [String: String] = [:]
        for (w, name) in candidates {
            let store = w.dataset.observations
            guard store.indices.contains(where: { store.year(at: $0) == year && store.organisationID(at: $0) >= 0 }) else {
                printError("пропущен \(w.file): в книге нет значений организаций за \(year) год")
                problems += 1
                continue
            }
            let key = OrganisationKey.make(name)
            if let first = seen[key] {
                printError("пропущен \(w.file): муниципалитет «\(name)» уже взят из \(first); оставьте одну книгу")
                problems += 1
                continue
            }
            seen[key] = w.file
            municipalities.append(Municipality(name: name, workbook: w))
        }
        guard !municipalities.isEmpty else {
            printError("ошибка: ни одной сводной книги муниципалитета за \(year) год не прочитано — сводить нечего")
            throw ExitCode(1)
        }
        let past = readHistory(context: context, problems: &problems)
        let regional = RegionalConsolidation(catalogue: context.catalogue, year: year, municipalities: municipalities, history: past)
        let mismatches = regional.mismatches
        for m in mismatches.prefix(10) {
            let show = { (v: Double?) in v.map(ValueFormatting.number) ?? "нет" }
            printError("\(m.municipality): значение «\(m.criterion)» в книге (\(show(m.stated))) не равно посчитанному по её "
                       + "организациям (\(show(m.computed))); в своде региона учтены значения организаций")
        }
        if mismatches.count > 10 { printError("… и ещё расхождений: \(mismatches.count - 10)") }
        problems += mismatches.count
        let coverage = register.map { entries in
            RegionalRegisterCoverage(register: entries, workbooks: municipalities.map { m in
                let store = m.dataset.observations
                let ids = Set(store.indices.lazy.filter { store.year(at: $0) == year }.map { store.organisationID(at: $0) }.filter { $0 >= 0 })
                return (m.name, ids.map { m.dataset.organisations[store.text(ofID: $0)]?.name ?? store.text(ofID: $0) })
            }, resolve: { context.organisation(named: $0, typeText: nil).name })
        }
        do {
            var report = RegionalReport(regional: regional)
            report.register = coverage
            try report.write(to: output)
        } catch {
            printError("ошибка: книга не записана: \(error)")
            throw ExitCode(3)
        }
        Self.summary(regional, files: files.count, used: municipalities.count)
        if let coverage { print(coverage.line) }
        print("Книга записана: \(output)")
        if problems > 0 { throw ExitCode(1) }
    }

    /// The municipality a workbook is about: its «Данные» sheet's, otherwise its file name (said once).
    static func municipalityName(_ w: ConsolidatedWorkbook, problems: inout Int) -> String {
        if let m = w.dataset.municipality?.trimmed, !m.isEmpty { return m }
        let named = w.dataset.organisations.values.compactMap(\.municipality)
        if let m = Dictionary(named.map { ($0, 1) }, uniquingKeysWith: +).max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key {
            return m
        }
        let stem = ((w.file as NSString).lastPathComponent as NSString).deletingPathExtension
        printError("\(w.file): муниципальное образование в книге не указано; взято имя файла «\(stem)»")
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
    func readHistory(context: NormaliserContext, problems: inout Int) -> Dataset {
        var past = Dataset()
        let reader = InputReader(context: context)
        for file in history {
            var d = Dataset()
            let report = reader.read(file, into: &d)
            if report.failed {
                printError("пропущена история \(file): " + report.issues.map(\.message).joined(separator: "; "))
                problems += 1
                continue
            }
            if !d.organisations.isEmpty {
                printError("пропущена история \(file): это свод муниципалитета; передайте его как свод, а историей — книгу региона")
                problems += 1
                continue
            }
            past.history += d.history
            past.dynamics += d.dynamics
        }
        return past
    }

    static func summary(_ regional: RegionalConsolidation, files: Int, used: Int) {
        let y = regional.year
        let criteria = regional.criteria
        let filled = criteria.filter { regional.region.value($0.id, y)?.number != nil }
        print("Свод региона за \(y) год: муниципалитетов \(used) (книг прочитано \(files)), организаций \(regional.organisations); "
              + "критериев со значением \(filled.count) из \(criteria.count).")
        let ranking = regional.ranking
        if let best = ranking.first, !regional.targets.isEmpty {
            print("Рейтинг по ключевым долям: первое место — \(best.municipality) (целей достигнуто \(best.reachedCount) из \(regional.targets.count)).")
        }
        if regional.laggingKnown {
            let lags = regional.lagging
            let n = Set(lags.map(\.municipality)).count
            print("Ниже цели два года подряд: \(n) \(Plural.word(n, "муниципалитет", "муниципалитета", "муниципалитетов")) "
                  + "(\(lags.count) \(Plural.word(lags.count, "доля", "доли", "долей"))).")
        }
    }
}
