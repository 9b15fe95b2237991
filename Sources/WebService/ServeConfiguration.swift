import Foundation
import XLSXReader

/// How `mentoring serve` runs: where it listens, who may use it, where jobs live and the limits that keep one user
/// from starving the others.
package struct ServeConfiguration: Sendable {
    package var host = "127.0.0.1"
    package var port = 8080
    /// The shared secret required with every API request (`--token`); nil on loopback without one.
    package var token: String?
    /// Where the job folders go (`--data`); nil: a new folder under the system's temporary folder, removed on exit.
    package var dataDirectory: URL?
    /// The Templates folder (catalogue, tables, palette).
    package var templates: URL
    /// The folder of the page's files (index.html, app.js, style.css).
    package var assets: URL
    /// Largest upload (one request) in bytes.
    package var maxUploadBytes = 256 << 20
    /// Most files in one job.
    package var maxFilesPerJob = 1000
    /// Jobs that run at once; the others wait in the queue.
    package var maxRunningJobs = 2
    /// Jobs kept at most (queued, running and finished); beyond that a new upload is refused with 503.
    package var maxJobs = 200
    /// A finished job (and its files) is removed this long after it finished.
    package var jobLifetime: TimeInterval = 2 * 3600
    /// How often old jobs are looked for.
    package var cleanupInterval: TimeInterval = 60
    /// The reader's limits, applied to every uploaded file.
    package var readerLimits = ReaderLimits.default

    package init(templates: URL, assets: URL) {
        self.templates = templates
        self.assets = assets
    }

    /// Whether the address is a loopback one (the only ones allowed without a token).
    package static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return h == "localhost" || h == "::1" || h.hasPrefix("127.")
    }
}
