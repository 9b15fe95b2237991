import Dataset
import Foundation
import XLSXReader

/// One organisation on two rows of a wide table: a survey's re-submission, a row pasted twice. Both rows' values
/// would be summed into the municipality's figures. Identical rows are used once. Different ones: in a survey export
/// (a «Отметка времени» column) the later response corrects the earlier, so the lowest row is used; elsewhere the
/// first row is used, as for two files of one organisation. The rows left are named; their values are not used.
/// Rows of one organisation for different years (a «Год» column: 2023 above 2024) are no repeat.
enum RepeatedRows {
    /// Keeps one row of each organisation's rows; answers how many rows were left out.
    @discardableResult
    static func keepOne(
        _ rowSpans: [Int: Range<Int>], surveyed: Bool, emails: [Int: String] = [:], file: String, sheet: String,
        _ dataset: inout Dataset, _ report: inout FileReport
    ) -> Int {
        // A survey's responses from one e-mail address are one respondent's («Лицей 5», then «МБОУ «Лицей № 5»» from
        // the same address): grouped under the organisation of the latest.
        var latestOf: [String: Int] = [:]
        for (row, address) in emails where rowSpans[row]?.isEmpty == false {
            latestOf[address] = max(latestOf[address] ?? row, row)
        }
        var rowsOf: [String: [Int]] = [:]
        for (row, span) in rowSpans where !span.isEmpty {
            let own = emails[row].flatMap { latestOf[$0] }.flatMap { rowSpans[$0] } ?? span
            guard let org = dataset.observations.organisation(at: own.lowerBound) else { continue }
            rowsOf[org + "\u{1}\(dataset.observations.year(at: span.lowerBound))", default: []].append(row)
        }
        var dropped: [Range<Int>] = []
        var droppedOrganisations: Set<String> = []
        for (key, rows) in rowsOf where rows.count > 1 {
            let org = String(key.prefix { $0 != "\u{1}" })
            let sorted = rows.sorted()
            let kept = surveyed ? sorted.last! : sorted.first!
            for row in sorted where row != kept {
                if let other = dataset.observations.organisation(at: rowSpans[row]!.lowerBound), other != org {
                    droppedOrganisations.insert(other)
                }
            }
            func values(_ row: Int) -> [String: ObservedValue?] {
                var v: [String: ObservedValue?] = [:]
                for i in rowSpans[row]! { v[dataset.observations.criterion(at: i)] = dataset.observations.value(at: i) }
                return v
            }
            let name = dataset.organisations[org]?.name ?? org
            let same = sorted.allSatisfy { values($0) == values(kept) }
            let others = sorted.filter { $0 != kept }
            let rowList = others.map { String($0 + 1) }.joined(separator: ", ")
            report.issues.append(
                FileIssue(
                    .duplicateForm,
                    SourceRef(file: file, sheet: sheet, cell: CellRef(row: kept, column: 0).description),
                    same
                        ? "«\(name)» — в строках \(rowList) и \(kept + 1) одни и те же значения: учтены один раз"
                        : surveyed
                            ? "«\(name)» ответил(а) несколько раз: учтён последний ответ (строка \(kept + 1)), значения строк \(rowList) не учтены — проверьте"
                            : "«\(name)» — в строках \(rowList) и \(kept + 1) разные значения: учтена строка \(kept + 1), значения строк \(rowList) не учтены — оставьте одну строку"
                ))
            dropped += others.map { rowSpans[$0]! }
        }
        guard !dropped.isEmpty else { return 0 }
        let drop = Set(dropped.flatMap { Array($0) })
        var kept = ObservationStore()
        for i in dataset.observations.indices where !drop.contains(i) { kept.append(dataset.observations[i]) }
        report.values -= drop.count
        dataset.observations = kept
        // A name typed differently in a response that a later one from the same address replaced names no
        // organisation of the table, unless another row still gives its values.
        let left = Set(dataset.observations.indices.compactMap { dataset.observations.organisation(at: $0) })
        for org in droppedOrganisations where !left.contains(org) {
            let name = dataset.organisations[org]?.name
            dataset.organisations[org] = nil
            if let name { report.organisations.removeAll { $0 == name } }
        }
        return dropped.count
    }
}
