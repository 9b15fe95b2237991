import ArgumentParser
import Foundation
import Logging

/// The `mentoring` command: consolidates the mentoring-monitoring forms of schools.
struct Mentoring: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentoring",
        abstract: "Сводный муниципальный отчёт по мониторингу целевой модели наставничества.",
        version: VersionCommand.text,
        subcommands: [
            ConsolidateCommand.self, RollupCommand.self, CheckCommand.self, TemplateCommand.self, ExportCommand.self,
            InspectCommand.self, ServeCommand.self, VersionCommand.self
        ]
    )
}

// libzip turns the DOS date of every zip entry it lists into a time with mktime(), and glibc, when TZ is unset,
// looks at /etc/localtime again on each call (9 system calls per form of 2,000). Naming the same zone file once,
// before any thread starts, keeps the local time as it is and lets glibc read the file once.
if getenv("TZ") == nil { setenv("TZ", ":/etc/localtime", 0) }

// The log (swift-log) goes to standard error from the level MENTORING_LOG_LEVEL names (trace … critical); by default
// only critical messages: what the user needs is said in Russian by the commands themselves, and the libraries'
// messages (libxlsxwriter's «[ERROR] workbook_close(): …», see LibraryMessages) are for whoever asks for them.
// `serve` logs from «info» on (its journal).
LoggingSystem.bootstrap { label in
    var handler = StreamLogHandler.standardError(label: label)
    handler.logLevel =
        ProcessInfo.processInfo.environment["MENTORING_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) }
        ?? .critical
    return handler
}

// Usage errors exit with 2 (the README documents the codes); everything else as ArgumentParser decides.
do {
    var command = try Mentoring.parseAsRoot(ArgumentRuns.collapse(Array(CommandLine.arguments.dropFirst())))
    try command.run()
} catch {
    let code = Mentoring.exitCode(for: error)
    if code == .validationFailure {
        printError(Mentoring.fullMessage(for: error))
        exit(2)
    }
    Mentoring.exit(withError: error)
}
