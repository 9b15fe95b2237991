import Catalogue
import Dataset
import Foundation
import Normaliser

// What `mentoring check` says of its inputs, in Russian: the same text for the command line and the page.

/// The lines every reading command prints first: what could not be used, grouped by wording.
package func unusedLines(_ dataset: Dataset, reports: [FileReport], catalogue: Catalogue, year: Int?) -> [String] {
    var out: [String] = []
    // Forms of another year than the run's («за 2025 год» among forms for 2024): their values are in no figure of this
    // year. Said first, so that a form with a mistaken year is not missed (not «не учтено»: an earlier year's form may
    // serve as that year's data).
    if let year {
        let other = reports.filter { r in
            (r.layout == .form || r.layout == .wide) && r.year.map { $0 != year } == true
                && r.issues.contains { $0.kind == .yearMismatch }
        }
        if !other.isEmpty {
            let values = other.map { r in
                dataset.observations.filter { $0.source.file == r.file && $0.year == r.year }.count
            }
            let n = values.reduce(0, +)
            out.append(
                "НЕ В СВОДЕ ЗА \(year) ГОД: \(other.count) \(Plural.word(other.count, "форма", "формы", "форм")) другого года "
                    + "(\(n) \(Plural.word(n, "значение", "значения", "значений"))); если год в форме указан неверно, исправьте его "
                    + "в форме:")
            out += zip(other, values).prefix(30).map { r, v in "  \(r.file): форма за \(r.year ?? 0) год, значений \(v)"
            }
            if other.count > 30 { out.append("  … и ещё \(other.count - 30).") }
        }
    }
    // Sheets the reader had to leave out come first: none of their values is in the workbook.
    let sheets = reports.flatMap { $0.issues.filter { $0.kind == .skippedSheet } }
    if !sheets.isEmpty {
        out.append(
            "НЕ УЧТЕНО \(sheets.count) \(Plural.word(sheets.count, "лист", "листа", "листов")) — файл прочитан без них:"
        )
        out += sheets.prefix(30).map { "  \($0.source?.file ?? ""): \($0.message)" }
        if sheets.count > 30 { out.append("  … и ещё \(sheets.count - 30) — все на листе «Замечания».") }
    }
    // Values that are neither a number nor a yes/no answer where the criterion needs one: not in any figure.
    let unread = reports.flatMap { $0.issues.filter { IssueKind.unreadValue.contains($0.kind) } }
    if !unread.isEmpty {
        out.append(
            "НЕ УЧТЕНО \(unread.count) \(Plural.word(unread.count, "значение", "значения", "значений")): не прочитано как число "
                + "или ответ «да»/«нет»; исправьте в формах (все — на листе «Замечания»).")
        out += unread.prefix(30).map {
            "  \($0.source.map { "\($0.file), лист «\($0.sheet)», ячейка \($0.cell)" } ?? ""): \($0.message)"
        }
        if unread.count > 30 { out.append("  … и ещё \(unread.count - 30) — все на листе «Замечания».") }
    }
    // Forms that state no year when nothing else gives one: none of their values is used.
    let yearless = reports.filter { ($0.yearlessValues ?? 0) > 0 }
    if !yearless.isEmpty {
        let n = yearless.reduce(0) { $0 + ($1.yearlessValues ?? 0) }
        out.append(
            "НЕ УЧТЕНО \(n) \(Plural.word(n, "значение", "значения", "значений")) форм без отчётного года "
                + "(\(yearless.count) \(Plural.word(yearless.count, "файл", "файла", "файлов"))): укажите год в форме "
                + "или параметром --year (например, --year 2024).")
        out += yearless.prefix(30).map { "  \($0.file): значений \($0.yearlessValues ?? 0)" }
        if yearless.count > 30 { out.append("  … и ещё \(yearless.count - 30).") }
    }
    // Forms whose value column is undecided: none of their values is in the workbook.
    let questions = dataset.valueColumnQuestions
    if !questions.isEmpty {
        let n = dataset.undecidedColumnValues
        out.append(
            "НЕ УЧТЕНО \(n) \(Plural.word(n, "значение", "значения", "значений")) в \(questions.count) "
                + "\(Plural.word(questions.count, "форме", "формах", "формах")): не ясно, в каком столбце значения отчётного года; "
                + "выберите столбец на листе «Столбцы значений» файла сопоставления (mentoring check … --mapping-out сопоставление.xlsx, затем --mapping сопоставление.xlsx)."
        )
        out += questions.prefix(30).map { q in
            "  \(q.source.file), лист «\(q.source.sheet)»: столбцы "
                + q.columns.map { "«\($0)»" }.joined(separator: ", ")
        }
        if questions.count > 30 { out.append("  … и ещё \(questions.count - 30) — все на листе «Замечания».") }
    }
    // Organisations' forms that name no organisation: none of their values is used until the user names it.
    let unnamed = dataset.unnamedForms.filter { $0.guess == nil }
    if !unnamed.isEmpty {
        let values = unnamed.reduce(0) { $0 + $1.values }
        out.append(
            "НЕ УЧТЕНО \(values) \(Plural.word(values, "значение", "значения", "значений")) форм без наименования организации "
                + "(\(unnamed.count) \(Plural.word(unnamed.count, "лист", "листа", "листов"))): впишите организации в файле сопоставления "
                + "(mentoring check … --mapping-out сопоставление.xlsx, лист «\(MappingSheets.forms)»), затем --mapping сопоставление.xlsx."
        )
        out += unnamed.prefix(30).map { "  \($0.file), лист «\($0.sheet)»: значений \($0.values)" }
        if unnamed.count > 30 { out.append("  … и ещё \(unnamed.count - 30) — все в файле сопоставления.") }
    }
    let groups = UnusedSummary.group(dataset.unassigned)
    guard !groups.isEmpty else { return out }
    let values = groups.reduce(0) { $0 + $1.values }
    out += [
        "НЕ УЧТЕНО \(values) \(Plural.word(values, "значение", "значения", "значений")) "
            + "(\(groups.count) \(Plural.word(groups.count, "формулировка", "формулировки", "формулировок"))): "
            + "решите в файле сопоставления (mentoring check … --mapping-out сопоставление.xlsx, затем --mapping сопоставление.xlsx)."
    ]
    out += groups.prefix(30).map { "  " + UnusedSummary.line($0, catalogue: catalogue, year: year) }
    if groups.count > 30 {
        out.append("  … и ещё \(groups.count - 30) — все в файле сопоставления и на листе «Замечания».")
    }
    return out
}

/// Totals over all files.
package struct CheckSummary: Encodable, Sendable {
    package var files = 0, read = 0, skipped = 0, repeated = 0, organisations = 0, schools = 0, dop = 0, values = 0
    package var needsAttention = 0, fuzzy = 0, unmapped = 0, doubtful = 0, unusedValues = 0, unusedWordings = 0
    /// Of `unusedValues`: the values of forms whose value column is undecided.
    package var undecidedColumnValues = 0
    /// Sheets of organisations' forms that name no organisation (asked in the mapping file), and their values.
    package var unnamedForms = 0, unnamedValues = 0
    /// Of `unusedValues`: values that are neither a number nor an answer, and formulas without a stored result.
    package var unreadValues = 0
    /// Of `unusedValues`: the values of forms that state no year when nothing else gives one.
    package var yearlessValues = 0

    package init(_ check: CheckJob) {
        let (reports, dataset, counts) = (check.reports, check.dataset, check.counts)
        files = reports.count
        (read, skipped, repeated) = (counts.filesRead, counts.filesSkipped, counts.filesRepeated)
        organisations = dataset.organisations.count
        schools = dataset.organisations.values.filter { $0.type == .school }.count
        dop = dataset.organisations.values.filter { $0.type == .dop }.count
        values = dataset.observations.count
        let issues = reports.flatMap(\.issues)
        needsAttention = counts.attention
        fuzzy = issues.filter { $0.kind == .fuzzyMatch }.count
        unmapped = issues.filter { $0.kind == .unmappedTitle }.count
        doubtful = issues.filter { $0.kind == .doubtfulMatch }.count
        undecidedColumnValues = dataset.undecidedColumnValues
        unusedValues = counts.unusedValues
        unusedWordings = counts.unusedWordings
        unnamedForms = dataset.unnamedForms.filter { $0.guess == nil }.count
        (unnamedValues, unreadValues) = (counts.unnamedValues, counts.unreadValues)
        yearlessValues = counts.yearlessValues
        // Values that are neither a number nor an answer are kept as text (the workbook shows them) but used in no
        // figure.
        values -= issues.filter { $0.kind == .unparsedValue }.count
    }

    package var text: String {
        "Итого: файлов \(files) (прочитано \(read), пропущено \(skipped)"
            + (repeated == 0 ? "" : ", указано повторно \(repeated) — учтены один раз")
            + "); организаций \(organisations) (школ \(schools), ДОП \(dop)); "
            + "значений учтено \(values), не учтено \(unusedValues) (формулировок \(unusedWordings): не наверняка — строк \(doubtful), "
            + "не найдено в каталоге — \(unmapped)"
            + (undecidedColumnValues > 0 ? "; в формах с неясным столбцом значений — \(undecidedColumnValues)" : "")
            + (unnamedForms == 0 ? "" : "; в формах без наименования организации (\(unnamedForms)) — \(unnamedValues)")
            + (unreadValues == 0 ? "" : "; не прочитано как число или ответ — \(unreadValues)")
            + (yearlessValues == 0 ? "" : "; в формах без отчётного года — \(yearlessValues)")
            + "); сопоставлено по сходству \(fuzzy); сообщений, требующих внимания, \(needsAttention)."
    }
}

extension CheckJob {
    /// The line of a file (with its messages below: all with `verbose`, else those that need attention and the
    /// fuzzy matches).
    package func describe(_ r: FileReport, verbose: Bool = false) -> String {
        let d = dataset
        var s = "\(r.file) — "
        switch r.layout {
        case .form?:
            // A workbook may hold several forms, one a sheet; a form may name none (asked in the mapping file).
            let named = r.organisations.map { org -> String in
                let type =
                    d.organisations[OrganisationKey.make(org)]?.type.russian
                    ?? d.organisations.values.first { $0.name == org }?.type.russian ?? ""
                return "«\(org)» (\(type))"
            }
            s +=
                (named.isEmpty
                    ? "форма организации без наименования"
                    : named.count == 1
                        ? "форма организации " + named[0]
                        : "формы организаций " + named.joined(separator: ", "))
                + (r.wideOrganisations.map { " и сводная таблица: организаций \($0)" } ?? "")
                + ", \(r.year.map { "\($0) год" } ?? "год не указан")"
        case .municipalForm?: s += "форма муниципалитета, \(r.year.map { "\($0) год" } ?? "год не указан")"
        case .wide?:
            s +=
                "сводная выгрузка: организаций \(r.wideOrganisations ?? 0), \(r.year.map { "\($0) год" } ?? "год не указан")"
        case .history?: s += "история значений прошлых лет"
        case .dataSheet?:
            s +=
                r.ownResult
                ? "сводная книга \(r.year.map { "\($0) " } ?? "")года, не прочитана" : "данные прошлогоднего свода"
        case .base?: s += r.organisations.first.map { "база организации «\($0)»" } ?? "база"
        case nil: s += "не прочитан"
        }
        if r.layout != nil && r.layout != .base && !r.ownResult {
            s += ": критериев сопоставлено \(r.mapped), значений \(r.values)"
        }
        // A base is named by its counts only (personal data: nothing of its content).
        if !r.bases.isEmpty {
            s +=
                (r.layout == .base ? ": " : "; ")
                + r.bases.map { "\($0.kind.russian) на листе «\($0.sheet)» — строк \($0.rows)" }.joined(separator: ", ")
        }
        for issue in r.issues
        where verbose || issue.needsAttention || issue.kind == .fuzzyMatch || issue.kind == .repairedLink {
            s +=
                "\n  " + issue.kind.russian + ": "
                + (issue.source.map { "лист «\($0.sheet)»" + ($0.cell.isEmpty ? "" : ", ячейка \($0.cell)") + ": " }
                    ?? "") + issue.message
        }
        return s
    }
}
