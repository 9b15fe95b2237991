import Foundation

/// How numbers are shown in messages (Russian style: decimal comma, no exponent).
package enum ValueFormatting {
    package static func number(_ d: Double) -> String {
        if d == d.rounded() && abs(d) < 1e15 { return String(Int64(d)) }
        if abs(d) < 1e9 {
            // Six decimals, trailing zeros dropped, decimal comma (by hand: this runs for every fractional cell).
            let scaled = Int64((abs(d) * 1e6).rounded())
            var fraction = String(scaled % 1_000_000)
            fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            let sign = d < 0 && scaled != 0 ? "-" : ""
            return sign + String(scaled / 1_000_000) + (fraction.isEmpty ? "" : "," + fraction)
        }
        var s = String(format: "%.6f", d)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s.replacingOccurrences(of: ".", with: ",")
    }

    package static func percent(_ fraction: Double) -> String { number((fraction * 10_000).rounded() / 100) + "%" }
}
