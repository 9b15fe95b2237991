import ArgumentParser
import Catalogue
import Foundation
import Normaliser

/// Options shared by the commands that read forms.
struct InputOptions: ParsableArguments {
    @Argument(help: "Файлы XLSX или папки с ними (папки просматриваются рекурсивно).")
    var inputs: [String] = []

    @Option(name: .long, help: "Отчётный год, если он не указан в формах.")
    var year: Int?

    @Option(name: .long, help: "Папка Templates с каталогом критериев (по умолчанию ищется рядом с программой).")
    var templates: String?

    /// The normaliser context from the catalogue in Templates/.
    func context() throws -> NormaliserContext {
        let dir = try templates.map { URL(fileURLWithPath: $0) } ?? Catalogue.locateTemplates()
        return try NormaliserContext.load(templates: dir, defaultYear: year)
    }
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Whether standard error is a terminal (progress is shown only then).
var stderrIsTerminal: Bool { isatty(2) == 1 }
