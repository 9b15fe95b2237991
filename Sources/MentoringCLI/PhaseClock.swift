import Foundation

/// Wall-clock time of the stages of a run (`consolidate --timings`), for the benchmark.
struct PhaseClock {
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var phases: [(name: String, seconds: Double)] = []

    /// Ends the current stage under `name`.
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        phases.append((name, Double(now - last) / 1e9))
        last = now
    }

    /// One line: `timings read=1.234 consolidate=0.012 …` (seconds).
    var summary: String {
        "timings " + phases.map { "\($0.name)=" + String(format: "%.3f", $0.seconds) }.joined(separator: " ")
    }
}
