import Catalogue
import Dataset
import Foundation
import XLSXReader

/// A share typed as a bare number below 1 («0,5» under «Доля …, %», no percent format, no «%»): a fraction (50 %)
/// or percent points (0,5 %)? When the form does not give the share's parts and writes its shares in percent points
/// (another share «21,05», or the row's title says «%»), the number is named and not used. Any other share is read
/// as before: a number of at most 1 is a fraction (with its parts, the findings compare it with them).
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
    /// The form's numbers by criterion (counts, answers and shares as read).
    var numbers: [String: Double] = [:]

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

    /// Names and leaves unused each bare share of the form without its parts when the form writes percent points.
    func settle(_ catalogue: Catalogue, _ dataset: inout Dataset, _ report: inout FileReport) {
        // Only shares tell how the form writes shares: levels (satisfaction) are written in points either way.
        let pointsElsewhere = entries.first { e in
            guard e.unit == .share, !e.cell.isPercent, let t = Self.typed(e.cell) else { return false }
            return t.value > 1 && t.value <= 100
        }
        for e in entries where e.unit == .share && Self.isBare(e.cell) {
            guard let t = Self.typed(e.cell), let c = catalogue.criterion(e.criterion) else { continue }
            // A share worked out to many digits («0,068966») is a fraction: nobody types percent points so.
            if t.decimals > 2 && t.value < 1 { continue }
            // The form gives the share's parts: read as before (a fraction), and where its parts say otherwise
            // («0,87» for 5 of 578) the finding «доля не совпадает с расчётом» names it. Reading it by the parts
            // would be right there too, but changes the examples' findings; left for a later issue.
            if c.aggregation == .ratio, ratio(c) != nil { continue }
            let titleSaysPercent = e.title.contains("%")
            guard titleSaysPercent || pointsElsewhere != nil else { continue }
            let raw = e.cell.text.trimmed
            let why =
                pointsElsewhere.map { "в других строках формы доли вписаны в процентах («\($0.cell.text.trimmed)»)" }
                ?? "в названии строки указаны проценты"
            dataset.observations[e.index].value = .text(raw)
            report.issues.append(
                FileIssue(
                    .unparsedValue, e.source,
                    "значение доли «\(raw)»: \(why), а числа, из которых доля считается, в форме не даны — "
                        + "неясно, \(raw) % это или \(ValueFormatting.number(t.value * 100)) %; не учтено — впишите значение со знаком «%»"
                ))
        }
    }

    /// The share computed from the form's own values of its operands, when the form gives them all.
    func ratio(_ c: Criterion) -> Double? {
        guard !c.numerator.isEmpty, !c.denominator.isEmpty else { return nil }
        var num = 0.0, den = 0.0
        for id in c.numerator {
            guard let v = numbers[id] else { return nil }
            num += v
        }
        for id in c.denominator {
            guard let v = numbers[id] else { return nil }
            den += v
        }
        return den > 0 ? num / den : nil
    }
}
