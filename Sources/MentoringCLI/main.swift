import ArgumentParser

/// The `mentoring` command: consolidates the mentoring-monitoring forms of schools.
struct Mentoring: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentoring",
        abstract: "Сводный муниципальный отчёт по мониторингу целевой модели наставничества.",
        subcommands: [InspectCommand.self, DemoCommand.self, VersionCommand.self]
    )
}

Mentoring.main()
