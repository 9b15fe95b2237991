import ArgumentParser
import XLSXReader
import XLSXWriter

/// Prints the versions of the C libraries the tool was built with.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version", abstract: "Версии используемых библиотек.")

    /// What `mentoring version` and `mentoring --version` print.
    static var text: String {
        "libxlsxwriter \(libxlsxwriterVersion)\nlibzip \(ReaderLibraries.libzip)\nlibxml2 \(ReaderLibraries.libxml2)"
    }

    func run() throws {
        print(Self.text)
    }
}
