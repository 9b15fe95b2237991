import Catalogue
import Dataset
import Foundation
import XLSXReader

/// The one place where a row's resolution becomes what the user is told: used rows are remembered for the
/// mapping file (and a similarity match is reported), every other row keeps its value as unassigned, with
/// its candidates, and gets an issue naming file, sheet and cell. Every layout reader goes through here.
enum RowOutcome {
    /// What is known of the row being recorded.
    struct Row {
        var title: String
        /// The title's cell.
        var at: SourceRef
        /// The value as written and the link given with it.
        var raw: String
        var link: String?
        var organisation: String?
        var year: Int?
        var layout: InputLayout?
        /// Whether the row holds anything to lose (a value or a link).
        var hasContent: Bool
        /// Whether to keep the row's value as unassigned here (a wide export's column keeps each row's value
        /// itself, so its header is recorded without one).
        var keepsValue = true
        /// The title's `TitleTokens.key` when the caller has it already (`RowEvidence.key`).
        var key: String? = nil
        /// A hidden row: when it repeats a criterion a visible row gives, it is named, not kept to decide.
        var hidden = false
    }

    /// Records `resolution` of `row`; answers the criterion and match kind when the row is used.
    static func record(
        _ resolution: Resolution, _ row: Row, context: NormaliserContext,
        dataset: inout Dataset, report: inout FileReport
    ) -> (id: String, match: MatchKind)? {
        let catalogue = context.catalogue
        func key() -> String { row.key ?? TitleTokens.key(row.title) }
        func wording(_ id: String) -> String {
            guard let c = catalogue.criterion(id) else { return id }
            return c.wording(for: row.year)
        }
        func candidatesText(_ cs: [Candidate]) -> String {
            cs.prefix(3).map { "«\(wording($0.id))» (\($0.id), \(ValueFormatting.number($0.score)))" }.joined(
                separator: "; ")
        }
        func keep(_ status: UnassignedStatus, _ cs: [Candidate]) {
            guard row.hasContent && row.keepsValue else { return }
            dataset.unassigned.append(
                UnassignedValue(
                    wording: row.title, key: key(), status: status, candidates: cs, raw: row.raw,
                    link: row.link, organisation: row.organisation, year: row.year, layout: row.layout, source: row.at))
        }
        let lost = row.raw.isEmpty ? "" : " (значение «\(row.raw)» не учтено)"
        switch resolution {
        case .used(let id, let how, let score):
            let match = MatchKind(how)
            dataset.noteResolved(
                ResolvedWording(
                    wording: row.title, key: key(), criterion: id,
                    match: match, score: score, source: row.at, count: 1))
            if how == .similar {
                report.issues.append(
                    FileIssue(
                        .fuzzyMatch, row.at,
                        "«\(row.title)» сопоставлен с критерием «\(wording(id))» по сходству \(ValueFormatting.number(score))"
                    ))
            }
            return (id, match)
        case .doubtful(let cs):
            keep(.doubtful, cs)
            guard row.hasContent else { return nil }
            report.issues.append(
                FileIssue(
                    .doubtfulMatch, row.at,
                    "«\(row.title)» не учтено: похоже на \(candidatesText(cs)), но не наверняка; подтвердите в файле сопоставления (--mapping-out, затем --mapping)"
                        + lost))
        case .unmatched where context.labels.isFooter(row.title):
            // The signature block under the form (like no criterion): named, not a value to decide.
            guard row.hasContent else { return nil }
            report.issues.append(
                FileIssue(
                    .footerRow, row.at, "«\(row.title)» — строка подписи под формой, не критерий; не учтена" + lost))
        case .unmatched(let cs):
            keep(.unmatched, cs)
            guard row.hasContent else { return nil }
            report.issues.append(
                FileIssue(
                    .unmappedTitle, row.at,
                    "«\(row.title)» не найден в каталоге" + lost
                        + (cs.isEmpty ? "" : "; ближе всего: " + candidatesText(cs))))
        case .ignored:
            keep(.ignored, [])
        case .repeated(let id, _) where row.hidden:
            guard row.hasContent else { return nil }
            report.issues.append(
                FileIssue(
                    .hiddenRow, row.at,
                    "скрытая строка повторяет критерий «\(wording(id))», который дан в видимой строке; учтено значение видимой строки"
                        + lost))
        case .repeated(let id, _):
            keep(.repeated, [Candidate(id: id, score: 1)])
            guard row.hasContent else { return nil }
            report.issues.append(
                FileIssue(
                    .duplicateCriterion, row.at,
                    "критерий «\(wording(id))» уже заполнен другой строкой этой формы; учтено значение той строки"
                        + lost))
        }
        return nil
    }

    /// What a row's value looks like, for the resolver's unit evidence.
    static func hint(_ cell: Cell?) -> ValueHint? {
        guard let cell else { return nil }
        if case .bool = cell.value { return .yesno }
        if cell.storedNumber != nil { return cell.isPercent ? .percent : .number }
        // Forms repeat the same answers («да (1)», «0», «93,61 %»): remembered by the text.
        let text = cell.text
        return textHints.value(TextKey(text)) { hint(text: text) }
    }

    private static let textHints = Memo<TextKey, ValueHint?>(limit: 100_000)

    /// «1) … ; 2) …», «1. …⏎2. …»: the first two items of a numbered list.
    nonisolated(unsafe) private static let numberedList = try! Regex(#"^1\s*[).]\s*\S[\s\S]*?[;\n]\s*2\s*[).]\s*\S"#)

    /// What a text value looks like.
    static func hint(text: String) -> ValueHint? {
        let raw = text.trimmed
        if raw.isEmpty { return nil }
        // What `ValueParser.parse` would answer for a yes/no, a share and a count, with its common steps taken once.
        let text = ValueParser.Text(raw)
        if text.saysNoData || text.isNote { return nil }
        let yesNo = ValueParser.yesNo(text.lower)
        if yesNo != nil, raw.rangeOfCharacter(from: .decimalDigits) == nil { return .yesno }
        // A numbered list («1) ФГБОУ ВО «СамГТУ»; 2) ГАПОУ …») is names, not the number of its first item.
        if raw.hasPrefix("1"), raw.contains("2"), raw.firstMatch(of: Self.numberedList) != nil { return .text }
        let number = ValueParser.parseNumber(raw)
        // Foundation's `contains` is slow: it runs only where the bytes hold a «%».
        if number != nil, raw.includes("%"), raw.contains("%") { return .percent }
        // A count written with its unit («47 чел.») is a number, as `ValueParser` reads it.
        if number == nil, yesNo == nil,
            let n = ValueParser.numberInWords(raw) ?? ValueParser.changeOrPair(raw)
        {
            // A number in words («двадцать два», «девяносто пять процентов»), or this year's beside last year's.
            return n.percent ? .percent : .number
        }
        return number != nil || yesNo != nil || ValueParser.countWithUnit(raw) != nil ? .number : .text
    }
}
