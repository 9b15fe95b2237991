import ArgumentParser
import Catalogue
import Dataset
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
