import ArgumentParser
import XLSXReader
import XLSXWriter

/// Prints the versions of the C libraries the tool was built with.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version", abstract: "Версии используемых библиотек.")

    func run() throws {
        print("libxlsxwriter \(libxlsxwriterVersion)")
        print("libzip \(ReaderLibraries.libzip)")
        print("libxml2 \(ReaderLibraries.libxml2)")
    }
}
