import Catalogue
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `mentoring serve`: the page and the HTTP API on Hummingbird, the jobs in folders under the data folder.
package final class WebServer: Sendable {
    package let configuration: ServeConfiguration
    let store: JobStore
    let assets: PageAssets
    let catalogue: Catalogue
    let logger: Logger
    /// The data folder when none was given: made here, removed on stop.
    let temporaryRoot: URL?

    package init(configuration: ServeConfiguration, logger: Logger = Logger(label: "mentoring.serve")) throws {
        self.configuration = configuration
        self.logger = logger
        let runner = try JobRunner(templates: configuration.templates, limits: configuration.readerLimits)
        catalogue = runner.context.catalogue
        assets = try PageAssets(folder: configuration.assets, palette: catalogue.palette)
        let root: URL
        if let data = configuration.dataDirectory {
            root = data
            temporaryRoot = nil
        } else {
            root = FileManager.default.temporaryDirectory.appendingPathComponent(
                "mentoring-serve-" + JobStore.newID().prefix(12))
            temporaryRoot = root
        }
        store = try JobStore(root: root, configuration: configuration, runner: runner, logger: logger)
    }

    /// The folder the job folders are in.
    package var dataDirectory: URL { store.root }

    /// The application: routes, middleware, and the janitor that removes old jobs (and all of them on stop).
    /// `onRunning` gets the address the server listens on (useful with port 0).
    package func application(onRunning: (@Sendable (String) -> Void)? = nil) -> some ApplicationProtocol {
        let router = Router(context: ServiceContext.self)
        router.add(middleware: SecurityMiddleware())
        router.add(middleware: AccessMiddleware(token: configuration.token))
        Routes(store: store, assets: assets, configuration: configuration, catalogue: catalogue).register(on: router)
        let host = configuration.host
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: "mentoring"),
            services: [JobJanitor(server: self)],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                onRunning?("http://\(shown):\(port)")
            },
            logger: logger)
    }

    /// Runs until SIGINT or SIGTERM, then removes every job.
    package func run(onRunning: (@Sendable (String) -> Void)? = nil) async throws {
        try await application(onRunning: onRunning).runService()
    }

    /// Removes every job (and the data folder when it was made here).
    package func removeAllJobs() {
        store.removeAll()
        if let temporaryRoot { try? FileManager.default.removeItem(at: temporaryRoot) }
    }

    /// Removes the finished jobs older than the lifetime; returns how many were removed.
    @discardableResult
    package func removeExpiredJobs(now: Date = Date()) -> Int { store.removeExpired(now: now) }

    /// The page's folder for a Templates folder (see `PageAssets.locate`).
    package static func locateAssets(templates: URL) throws -> URL { try PageAssets.locate(templates: templates) }
}

/// Removes the jobs whose time is up every `cleanupInterval`, and every job when the service stops.
struct JobJanitor: Service {
    let server: WebServer

    func run() async throws {
        let interval = server.configuration.cleanupInterval
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(interval * 1e9))
                if Task.isCancelled { break }
                let n = server.removeExpiredJobs()
                if n > 0 { server.logger.info("удалены старые задания", metadata: ["count": "\(n)"]) }
            }
        }
        server.removeAllJobs()
    }
}
