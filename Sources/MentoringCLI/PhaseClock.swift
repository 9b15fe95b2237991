import Foundation

/// Wall-clock time of the stages of a run (`consolidate --timings`), for the benchmark.
struct PhaseClock {
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var phases: [(name: String, seconds: Double, peakMiB: Int)] = []

    /// Ends the current stage under `name`.
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        phases.append((name, Double(now - last) / 1e9, usage.ru_maxrss / 1024))
        last = now
    }

    /// One line: `timings read=1.234 consolidate=0.012 … rss_read=80 rss_consolidate=81 …`
    /// (seconds, then the peak resident memory at the end of each stage).
    var summary: String {
        "timings " + phases.map { "\($0.name)=" + String(format: "%.3f", $0.seconds) }.joined(separator: " ")
            + " " + phases.map { "rss_\($0.name)=\($0.peakMiB)" }.joined(separator: " ")
    }
}
