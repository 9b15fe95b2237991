import ArgumentParser

/// Lists the sheets of XLSX files and counts their cells (a first look at an export).
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect", abstract: "Показать листы и ячейки файлов XLSX.")

    @Argument(help: "Файлы XLSX.")
    var files: [String]

    func run() throws {
        throw ValidationError("ещё не реализовано")
    }
}
