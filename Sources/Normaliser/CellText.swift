import Catalogue
import Dataset
import Foundation
import XLSXReader

extension Cell {
    /// The text a person reads in the cell.
    var text: String {
        switch value {
        case .text(let s): return s
        case .number(let d): return isPercent ? ValueFormatting.percent(d) : ValueFormatting.number(d)
        case .date(let d, _): return Self.shown(d)
        default: return value.plainText
        }
    }

    /// A date as a spreadsheet shows it in Russian: «31.12.2024», with « 13:05» when it holds a time of day.
    static func shown(_ date: Date) -> String {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let c = utc.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        let day = "\(two(c.day)).\(two(c.month)).\(c.year ?? 0)"
        return (c.hour ?? 0) == 0 && (c.minute ?? 0) == 0 ? day : day + " \(two(c.hour)):\(two(c.minute))"
    }

    /// The stored number, when the file stored one (booleans as 1/0).
    var storedNumber: Double? {
        switch value {
        case .number(let d): return d
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }
}

/// Reads a value cell for a criterion: the value to keep (nil when not reported) and, when a number or
/// yes/no was expected but text came, the issue to report at `source`.
/// `dashIsNo`: the form answers yes/no with «+» and «–», so a dash in a yes/no row is «нет», not «no data».
func observe(_ cell: Cell?, unit: ValueUnit, dashIsNo: Bool = false, source: @autoclosure () -> SourceRef) -> (
    value: ObservedValue?, raw: String, issue: FileIssue?
) {
    let raw = cell?.text ?? ""
    if dashIsNo, unit == .yesno, ["-", "–", "—", "−"].contains(raw.trimmed) { return (.number(0), raw, nil) }
    // Percent points typed into a cell of percent format (95,61 shown as «9561%»): no share or level is a thousand
    // per cent, and which was meant is not certain — named and not used.
    if unit == .share || unit == .level, cell?.isPercent == true, let n = cell?.storedNumber, n >= 10 {
        let meant = ValueFormatting.number(n)
        return (
            .text(raw), raw,
            FileIssue(
                .unparsedValue, source(),
                "значение «\(raw)» в ячейке формата «процент» — больше 1000 %: похоже, вписано \(meant) без перевода в доли; "
                    + "не учтено — впишите \(meant) % или \(ValueFormatting.number(n / 100))")
        )
    }
    // A count typed into a cell of date format shows as a day of 1900–1909 («12.01.1900» for 12): no form reports
    // such a date for a count or an answer, and the stored number is what was typed.
    if case .date(_, let serial)? = cell?.value, serial >= 0, serial < 3_660, serial == serial.rounded(),
        unit == .count || (unit == .yesno && serial <= 1)
    {
        return (.number(serial), raw, nil)
    }
    switch ValueParser.parse(raw: raw, number: cell?.storedNumber, isPercent: cell?.isPercent ?? false, unit: unit) {
    case .number(let d): return (.number(d), raw, nil)
    case .text(let s):
        let issue =
            unit == .text
            ? nil
            : FileIssue(
                .unparsedValue, source(),
                "значение «\(s)» не является \(unit == .yesno ? "ответом да/нет" : "числом")")
        return (.text(s), raw, issue)
    case .list(let items): return (.list(items), raw, nil)
    case .note(let s): return (.note(s), raw, nil)
    case .empty: return (nil, raw, nil)
    }
}
