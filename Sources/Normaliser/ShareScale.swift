import Catalogue
import Dataset
import Foundation
import XLSXReader

/// A share typed as a bare number below 1 («0,87» under «Доля …», no percent format, no «%»): a fraction (87 %)
/// or percent points (0,87 %)? A share whose parts the forms give (its numerator and denominator, on any sheet) is
/// read as they say (`byParts`, after all files are read): 5 of 578 makes «0,87» 0,87 %, said as `.shareAsPoints`;
/// parts that agree with neither reading leave it a fraction, and the finding «доля не совпадает с расчётом» names
/// it. Without its parts, in a form that writes its shares in percent points (another share «21,05», or the row's
/// title says «%»), the number is named and not used. Any other bare share is a fraction.
struct ShareScale {
    /// One share (or level) read from a form, with what it was read from.
    struct Entry {
        /// The observation's index in the dataset.
        var index: Int
        var criterion: String
        var unit: ValueUnit
        var cell: Cell
        var title: String
        var source: SourceRef
    }

    var entries: [Entry] = []

    /// The number typed or stored in the cell, before a share is made a fraction; nil for text that is no number.
    static func typed(_ cell: Cell) -> (value: Double, decimals: Int, percentSign: Bool)? {
        let text = cell.text.trimmed
        guard let n = cell.storedNumber ?? ValueParser.parseNumber(text).map({ $0.percent ? .nan : $0.value }),
            !n.isNaN
        else { return nil }
        let decimals = text.split(whereSeparator: { $0 == "," || $0 == "." }).dropFirst().first.map {
            $0.prefix { $0.isNumber }.count
        }
        return (n, decimals ?? 0, text.contains("%"))
    }

    /// Whether the cell holds a bare number of at most 1 for a share: what is meant is not written.
    static func isBare(_ cell: Cell) -> Bool {
        guard !cell.isPercent, let t = typed(cell), !t.percentSign else { return false }
        return t.value > 0 && t.value < 1
    }

    /// Whether the cell holds percent points: a number above 1 and at most 100, without a percent format, or text
    /// with «%».
    static func inPoints(_ cell: Cell) -> Bool {
        guard !cell.isPercent else { return false }
        if let t = typed(cell) { return t.value > 1 && t.value <= 100 }
        // «85 %» typed as text: points with their sign.
        guard let n = ValueParser.parseNumber(cell.text.trimmed), n.percent else { return false }
        return n.value > 1 && n.value <= 100
    }

    /// A level (satisfaction) typed as a bare number below 1 («0,9») where others are written in percent points
    /// («90»): 0,9 % is no level anyone measures, and 90 % is a guess.
    static func unsureLevel(raw: String, typed: Double, _ source: SourceRef) -> FileIssue {
        FileIssue(
            .unparsedValue, source,
            "уровень «\(raw)» вписан числом меньше 1 без знака «%», а рядом уровни вписаны в процентах — неясно, "
                + "\(raw) % это или \(ValueFormatting.number(typed * 100)) %; не учтено — впишите значение со знаком «%»"
        )
    }

    /// Names and leaves unused each bare share of the form without its parts when the form writes percent points;
    /// a bare share that has parts in the catalogue waits for `byParts`.
    func settle(
        _ catalogue: Catalogue, organisation: String?, year: Int, _ dataset: inout Dataset, _ report: inout FileReport
    ) {
        // Only shares tell how the form writes shares: levels (satisfaction) are written in points either way.
        let pointsElsewhere = entries.first { e in
            guard e.unit == .share, !e.cell.isPercent, let t = Self.typed(e.cell) else { return false }
            return t.value > 1 && t.value <= 100
        }
        // A bare level («0,9») beside a level or share in points («88»): unsure, named and not used.
        if entries.contains(where: { Self.inPoints($0.cell) }) {
            for e in entries where e.unit == .level && Self.isBare(e.cell) {
                guard let t = Self.typed(e.cell), t.decimals <= 2 else { continue }
                let raw = e.cell.text.trimmed
                dataset.observations[e.index].value = .text(raw)
                report.issues.append(Self.unsureLevel(raw: raw, typed: t.value, e.source))
            }
        }
        for e in entries where e.unit == .share && Self.isBare(e.cell) {
            guard let t = Self.typed(e.cell), let c = catalogue.criterion(e.criterion) else { continue }
            // A share worked out to many digits («0,068966») is a fraction: nobody types percent points so.
            if t.decimals > 2 && t.value < 1 { continue }
            let titleSaysPercent = e.title.contains("%")
            let why =
                pointsElsewhere.map { "в других строках формы доли вписаны в процентах («\($0.cell.text.trimmed)»)" }
                ?? (titleSaysPercent ? "в названии строки указаны проценты" : nil)
            if c.aggregation == .ratio, !c.numerator.isEmpty, !c.denominator.isEmpty {
                dataset.bareShares.append(
                    BareShare(
                        criterion: e.criterion, organisation: organisation, year: year, source: e.source,
                        typed: t.value, decimals: t.decimals, unsure: why))
                continue
            }
            guard let why else { continue }
            Self.leaveUnused(at: e.index, typed: t.value, raw: e.cell.text.trimmed, why, e.source, &dataset, &report)
        }
    }

    /// A bare share whose scale nothing tells: its text is kept, the value is not used, and the cell is named.
    static func leaveUnused(
        at index: Int, typed: Double, raw: String, _ why: String, _ source: SourceRef, _ dataset: inout Dataset,
        _ report: inout FileReport
    ) {
        dataset.observations[index].value = .text(raw)
        report.issues.append(
            FileIssue(
                .unparsedValue, source,
                "значение доли «\(raw)»: \(why), а числа, из которых доля считается, в форме не даны — "
                    + "неясно, \(raw) % это или \(ValueFormatting.number(typed * 100)) %; не учтено — впишите значение со знаком «%»"
            ))
    }

    /// Weighs each bare share against its parts, the same organisation's and year's numbers of its numerator and
    /// denominator wherever they were read (another sheet of the form too). Percent points the parts confirm, and
    /// a fraction could not be, are used as points and said; a share without its parts that its form left unsure
    /// is named and not used.
    static func byParts(_ catalogue: Catalogue, _ dataset: inout Dataset, _ reports: inout [FileReport]) {
        guard !dataset.bareShares.isEmpty else { return }
        defer { dataset.bareShares = [] }
        struct Owner: Hashable {
            var organisation: Int32  // the store's number for the key; -1: the municipality
            var year: Int
        }
        func owner(_ b: BareShare) -> Owner? {
            guard let key = b.organisation else { return Owner(organisation: -1, year: b.year) }
            return dataset.observations.id(of: key).map { Owner(organisation: $0, year: b.year) }
        }
        func place(_ s: SourceRef, _ criterion: String) -> String {
            s.file + "\u{1}" + s.sheet + "\u{1}" + s.cell + "\u{1}" + criterion
        }
        var wanted: [Owner: Set<String>] = [:]  // the shares' parts (and the shares) by organisation and year
        var at: [String: Int] = [:]  // a bare share's place → its observation
        for b in dataset.bareShares {
            guard let c = catalogue.criterion(b.criterion), let o = owner(b) else { continue }
            wanted[o, default: []].formUnion(c.numerator + c.denominator + [b.criterion])
            at[place(b.source, b.criterion)] = -1
        }
        // The parts' numbers; a part read twice with two numbers is no part (nil).
        var numbers: [Owner: [String: Double?]] = [:]
        let store = dataset.observations
        for i in store.indices {
            let o = Owner(organisation: store.organisationID(at: i), year: store.year(at: i))
            guard let criteria = wanted[o] else { continue }
            let criterion = store.criterion(at: i)
            guard criteria.contains(criterion) else { continue }
            let p = place(store.source(at: i), criterion)
            if at[p] != nil { at[p] = i }
            guard let n = store.number(at: i) else { continue }
            if let seen = numbers[o]?[criterion], seen != n {
                numbers[o]![criterion] = .some(nil)
            } else {
                numbers[o, default: [:]][criterion] = n
            }
        }
        for b in dataset.bareShares {
            guard let i = at[place(b.source, b.criterion)], i >= 0, let c = catalogue.criterion(b.criterion),
                let r = reports.firstIndex(where: { $0.file == b.source.file })
            else { continue }
            func sum(_ ids: [String]) -> Double? {
                var total = 0.0
                for id in ids {
                    guard let o = owner(b), case .some(.some(let n)) = numbers[o]?[id] else {
                        return nil
                    }
                    total += n
                }
                return total
            }
            let raw = dataset.observations.raw(at: i).trimmed
            guard let num = sum(c.numerator), let den = sum(c.denominator), den > 0 else {
                if let why = b.unsure {
                    leaveUnused(at: i, typed: b.typed, raw: raw, why, b.source, &dataset, &reports[r])
                }
                continue
            }
            let ratio = num / den
            let tolerance = 0.5 * pow(10, -Double(b.decimals)) + 1e-9
            let asPoints = abs(b.typed - ratio * 100) <= tolerance, asFraction = abs(b.typed - ratio) <= tolerance
            guard asPoints && !asFraction else { continue }
            dataset.observations[i].value = .number(b.typed / 100)
            reports[r].issues.append(
                FileIssue(
                    .shareAsPoints, b.source,
                    "доля «\(raw)» учтена как \(ValueFormatting.number(b.typed)) %, а не \(ValueFormatting.number(b.typed * 100)) %: "
                        + "так по числам формы — \(ValueFormatting.number(num)) из \(ValueFormatting.number(den))"))
        }
    }
}
