import Catalogue
import Dataset
import Foundation

/// A share its own form's counts contradict by far: «4» in the row of the share of mentors aged 15–19, where the
/// form gives 4 mentors of 36 pupils (11,1 %). The count was typed into the share's row, or the share is of another
/// base: nobody can tell which number is meant, so the share is named and not used (the workbook's tables compute
/// shares from the counts anyway). A share off by less (a rounding, another date) stays in use, and the finding
/// «доля не совпадает с расчётом» names it.
enum ShareContradiction {
    /// Off by more than this many percentage points …
    static let leastGap = 0.02
    /// … and by more than this part of the share the counts give.
    static let leastRelativeGap = 0.25

    /// Checks each share of an organisation's form or wide table (not the history, not our data sheet) against the
    /// same organisation's and year's numerator and denominator.
    static func check(_ catalogue: Catalogue, _ dataset: inout Dataset, _ reports: inout [FileReport]) {
        let read: Set<InputLayout> = [.form, .wide]
        let files = Set(reports.filter { $0.layout.map(read.contains) ?? false }.map(\.file))
        let ratios = catalogue.criteria.filter {
            $0.aggregation == .ratio && $0.level == .org && !$0.numerator.isEmpty && !$0.denominator.isEmpty
        }
        guard !files.isEmpty, !ratios.isEmpty else { return }
        let byID = Dictionary(ratios.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let parts = Set(ratios.flatMap { $0.numerator + $0.denominator })
        struct Owner: Hashable {
            var organisation: Int32
            var year: Int
        }
        // The parts' numbers by organisation and year; a part read twice with two numbers is no part (nil).
        var numbers: [Owner: [String: Double?]] = [:]
        var shares: [Int] = []
        let store = dataset.observations
        for i in store.indices {
            let criterion = store.criterion(at: i)
            let owner = Owner(organisation: store.organisationID(at: i), year: store.year(at: i))
            if parts.contains(criterion), let n = store.number(at: i) {
                if let seen = numbers[owner]?[criterion], seen != n {
                    numbers[owner]![criterion] = .some(nil)
                } else {
                    numbers[owner, default: [:]][criterion] = n
                }
            }
            if byID[criterion] != nil, files.contains(store.source(at: i).file) { shares.append(i) }
        }
        for i in shares {
            guard let c = byID[store.criterion(at: i)], let reported = store.number(at: i) else { continue }
            let owner = Owner(organisation: store.organisationID(at: i), year: store.year(at: i))
            func sum(_ ids: [String]) -> Double? {
                var total = 0.0
                for id in ids {
                    guard case .some(.some(let n)) = numbers[owner]?[id] else { return nil }
                    total += n
                }
                return total
            }
            guard let num = sum(c.numerator), let den = sum(c.denominator), den > 0, num <= den else { continue }
            let computed = num / den
            guard abs(reported - computed) > max(leastGap, leastRelativeGap * computed) else { continue }
            let source = store.source(at: i)
            guard let r = reports.firstIndex(where: { $0.file == source.file }) else { continue }
            let raw = store.raw(at: i).trimmed
            dataset.observations[i].value = .text(raw)
            reports[r].issues.append(
                FileIssue(
                    .unparsedValue, source,
                    "доля «\(raw)» не сходится с числами формы: \(ValueFormatting.number(num)) из \(ValueFormatting.number(den)) — это "
                        + "\(ValueFormatting.number((computed * 10000).rounded() / 100)) %; неясно, какое число верно, — не учтено, проверьте ячейку"
                ))
        }
    }
}
