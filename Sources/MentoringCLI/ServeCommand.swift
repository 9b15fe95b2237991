import ArgumentParser
import Catalogue
import Foundation
import Logging
import WebService
import XLSXWriter

/// `mentoring serve`: the page for the methodologist (drop the forms, settle what the tool could not, download the
/// workbook) and its HTTP API. See `WebService`.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Запустить страницу для методиста: загрузить формы в браузере, решить спорное, скачать свод.",
        discussion: """
            По умолчанию служба доступна только с этого компьютера (127.0.0.1). Для доступа по сети укажите адрес \
            (--host 0.0.0.0) и ключ доступа (--token или переменная MENTORING_TOKEN): страница спросит его один раз. \
            Задания хранятся в папке --data (по умолчанию — временная папка) и удаляются через --keep-minutes после \
            окончания и при остановке службы (Ctrl+C).
            """)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Адрес, на котором слушать (127.0.0.1 — только этот компьютер; 0.0.0.0 — вся сеть, нужен --token).",
            valueName: "АДРЕС"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("Порт (0 — любой свободный).", valueName: "ПОРТ"))
    var port = 8080

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Папка для заданий (по умолчанию — временная папка, удаляется при остановке).", valueName: "ПАПКА"))
    var data: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Ключ доступа (не короче 8 символов); можно задать переменной MENTORING_TOKEN.", valueName: "СЕКРЕТ"))
    var token: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Папка Templates с каталогом критериев (по умолчанию ищется рядом с программой).", valueName: "ПАПКА"))
    var templates: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Сколько заданий выполнять одновременно (остальные ждут в очереди).", valueName: "N"))
    var jobs = 2

    @Option(
        name: .customLong("max-upload-mb"),
        help: ArgumentHelp("Наибольший размер одной загрузки, МиБ.", valueName: "МИБ"))
    var maxUploadMB = 256

    @Option(
        name: .customLong("max-files"), help: ArgumentHelp("Наибольшее число файлов в одном задании.", valueName: "N"))
    var maxFiles = 1000

    @Option(
        name: .customLong("keep-minutes"),
        help: ArgumentHelp("Через сколько минут после окончания задание и его файлы удаляются.", valueName: "МИНУТ"))
    var keepMinutes = 120

    var effectiveToken: String? {
        let t = token ?? ProcessInfo.processInfo.environment["MENTORING_TOKEN"]
        return t.flatMap { $0.isEmpty ? nil : $0 }
    }

    func validate() throws {
        if let t = effectiveToken, t.count < 8 { throw ValidationError("ключ доступа короче 8 символов") }
        if effectiveToken == nil && !ServeConfiguration.isLoopback(host) {
            throw ValidationError(
                "для адреса \(host) нужен ключ доступа: --token СЕКРЕТ (или переменная MENTORING_TOKEN)")
        }
        if !(0...65535).contains(port) { throw ValidationError("порт \(port) вне 0–65535") }
        if jobs < 1 || maxUploadMB < 1 || maxFiles < 1 || keepMinutes < 1 {
            throw ValidationError("--jobs, --max-upload-mb, --max-files и --keep-minutes — числа не меньше 1")
        }
    }

    func run() throws {
        let templatesFolder = try templates.map { URL(fileURLWithPath: $0) } ?? Catalogue.locateTemplates()
        var configuration = ServeConfiguration(
            templates: templatesFolder, assets: try WebServer.locateAssets(templates: templatesFolder))
        configuration.host = host
        configuration.port = port
        configuration.token = effectiveToken
        configuration.dataDirectory = data.map { URL(fileURLWithPath: $0, isDirectory: true) }
        configuration.maxRunningJobs = jobs
        configuration.maxUploadBytes = maxUploadMB << 20
        configuration.maxFilesPerJob = maxFiles
        configuration.jobLifetime = TimeInterval(keepMinutes * 60)
        var logger = Logger(label: "mentoring.serve")
        logger.logLevel = .info
        LibraryMessages.logger.logLevel = .info  // libxlsxwriter's messages, in the service's journal too
        let server = try WebServer(configuration: configuration, logger: logger)
        let tokenNote = configuration.token == nil ? "" : " (нужен ключ доступа)"
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run { url in
                    print(
                        "Страница: \(url)\(tokenNote) — откройте её в браузере. Задания — в \(server.dataDirectory.path). Остановить: Ctrl+C."
                    )
                    fflush(stdout)
                }
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            printError("ошибка: служба остановлена: \(error)")
            throw ExitCode(3)
        }
    }
}

/// How the server's task ended (set on its task, read after it signalled).
private final class ServeOutcome: @unchecked Sendable {
    var error: Error?
}
