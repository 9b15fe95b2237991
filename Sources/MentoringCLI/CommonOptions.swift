import ArgumentParser
import Catalogue
import Foundation
import Normaliser
import Pipeline
import Report

/// Options shared by the commands that read forms.
struct InputOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Файлы XLSX или папки с ними (папки просматриваются рекурсивно; файлы .xls, .ods, .csv, .zip в них называются с причиной, почему не прочитаны).",
            valueName: "ФОРМЫ"))
    var inputs: [String] = []

    @Option(name: .long, help: ArgumentHelp("Отчётный год, если он не указан в формах.", valueName: "ГОД"))
    var year: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Папка Templates с каталогом критериев (по умолчанию ищется рядом с программой).", valueName: "ПАПКА"))
    var templates: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Файл сопоставления (из check --mapping-out) с решениями по формулировкам.", valueName: "СОПОСТАВЛЕНИЕ.xlsx"
        ))
    var mapping: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Реестр организаций (XLSX; пустой даёт mentoring template --organisations): наименования и типы из реестра, "
                + "формы организаций не из реестра отмечаются, организации реестра без формы перечисляются.",
            valueName: "РЕЕСТР.xlsx"))
    var organisations: String?

    /// Templates/ (`--templates`, or found beside the program), loaded once, with the decisions of `--mapping` and the
    /// register of `--organisations`.
    func loadTemplates() throws -> Templates {
        var t = try Templates(folder: templates.map { URL(fileURLWithPath: $0) }, year: year)
        if let mapping {
            do {
                t = t.with(decisions: try MappingFile.read(mapping, catalogue: t.catalogue))
            } catch {
                throw ValidationError("файл сопоставления не прочитан: \(error)")
            }
        }
        if let organisations {
            do {
                t = t.with(register: try OrganisationRegisterFile.read(organisations, labels: t.context.labels))
            } catch {
                throw ValidationError("реестр организаций не прочитан: \(error)")
            }
        }
        return t
    }

    /// The normaliser's context of `loadTemplates()` (for the commands that write no consolidated workbook).
    func context() throws -> NormaliserContext { try loadTemplates().context }

    /// The inputs expanded (`files` added after them) and classified (`RunInputs`): mapping files among them join the
    /// templates, the rest is data (a register among it is found as it is read).
    func classified(_ templates: Templates, adding files: [String] = []) -> (
        inputs: RunInputs, listing: InputReader.Listing
    ) {
        var listing = InputReader.list(ArgumentRuns.restore(inputs))
        listing.files += files
        return (RunInputs(listing.files, templates: templates), listing)
    }
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Says on standard error which mapping files and registers among the inputs could not be used, and returns the
/// lines naming those used (for the summary) and how many could not be.
func inputLines(_ inputs: RunInputs) -> (used: [String], failed: Int) {
    let (used, failed) = inputs.lines
    for l in failed { printError(l) }
    return (used, failed.count)
}

/// Whether standard error is a terminal (progress is shown only then).
var stderrIsTerminal: Bool { isatty(2) == 1 }

/// The lines every reading command prints first: what could not be used, grouped by wording.
func unusedLines(_ dataset: Dataset, reports: [FileReport], catalogue: Catalogue, year: Int?) -> [String] {
    var out: [String] = []
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
