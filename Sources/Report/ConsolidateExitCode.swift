/// The exit codes of `mentoring consolidate`: the one table the program, its help (`consolidate --help`, generated
/// from `helpText`) and the README share; a test compares the README's table and the help with this enum, and the
/// Makefile's `make run` with `writtenWithFindings`.
package enum ConsolidateExitCode: Int32, CaseIterable, Sendable {
    case clean = 0
    case incomplete = 1
    case usage = 2
    case notWritten = 3
    case nothingToConsolidate = 4
    case writtenWithFindings = 5

    /// What the code means, in Russian, as the README's table and the help say it.
    package var meaning: String {
        switch self {
        case .clean:
            return "книга записана: все файлы прочитаны, все значения учтены, замечаний нет"
        case .incomplete:
            return
                "книга записана, но не всё учтено: часть файлов пропущена (в том числе файлы .xls, .ods, .csv и архивы .zip в папках), "
                + "часть значений не учтена (не наверняка, не найдено в каталоге) или есть сообщения о чтении форм — повторные формы "
                + "и файлы, формы организаций не из реестра (лист «Замечания»)"
        case .usage:
            return
                "ошибка в параметрах команды (в том числе ошибка в реестре `--organisations` или в файле сопоставления, "
                + "`--year`, за который нет ни одной формы); книга не записана"
        case .notWritten:
            return "книгу записать не удалось; прежний файл не тронут"
        case .nothingToConsolidate:
            return
                "сводить нечего: ни одной формы организации не прочитано или ни одна организация не определена; книга не записана"
        case .writtenWithFindings:
            return
                "книга записана, все файлы прочитаны и все значения учтены, но есть замечания к данным (лист «Замечания»)"
        }
    }

    /// Whether the code is of a run that wrote its workbook.
    package var wroteWorkbook: Bool { [.clean, .incomplete, .writtenWithFindings].contains(self) }

    /// The outcome of a run whose workbook was written: what was left out comes before the findings about the data.
    package static func written(incomplete: Bool, findings: Int) -> ConsolidateExitCode {
        incomplete ? .incomplete : findings > 0 ? .writtenWithFindings : .clean
    }

    /// The table as `consolidate --help` prints it.
    package static var helpText: String {
        "Коды выхода:\n"
            + allCases.map { "  \($0.rawValue) — \($0.meaning.replacingOccurrences(of: "`", with: ""))" }.joined(
                separator: "\n")
    }
}
