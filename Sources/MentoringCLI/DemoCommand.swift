import ArgumentParser

/// Writes a demonstration workbook with the writer layer (until consolidation exists).
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Демонстрационная книга (проверка слоя записи XLSX).")

    @Option(name: .shortAndLong, help: "Куда записать книгу.")
    var output: String = "out/demo.xlsx"

    func run() throws {
        throw ValidationError("ещё не реализовано")
    }
}
