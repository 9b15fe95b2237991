import Catalogue
import Dataset
import XLSXReader

/// A whole and its part side by side (a layout nobody described, issue 25, heldout89 and heldout91): «Категория |
/// Всего, чел. | В программах наставничества, чел. | Доля, %», «Показатель | Значение / всего | в т.ч. участвуют в
/// наставничестве | Доля, %». Read from the first column alone, «Обучающиеся 10–19 лет (как наставляемые) | 604 | 131 |
/// 21,69» gave 604 mentees. Now a row that holds numbers in both columns, whose title is a part's (the mentees, the
/// mentors), is read from the part's column; the whole's column gives the whole the catalogue knows for that part,
/// and the shares' column the ratio of the two, each named in its own cell. A row whose title is no part keeps the
/// value column, and its part's number is named as not read. A row with the part alone («Наставники по приказу —
/// всего | | 38») is read from the part's column.
extension FormLayoutReader {
    /// The one column beside the value column headed as the part of its total taking part in the programme
    /// (`HeaderLabels.namesProgrammePart`), whose numbers are never larger than the value column's in the same row,
    /// with two rows at least that hold both.
    func partColumn(_ h: Columns) -> Int? {
        guard h.value >= 0, h.criterion >= 0, !context.labels.namesProgrammePart(headerTitle(h, h.value)) else {
            return nil
        }
        let taken = Set(
            [h.criterion, h.value, h.link, h.direction, h.note, h.unit, h.correction, h.shares].compactMap { $0 }
                + h.review)
        guard let header = table.rows.first(where: { $0.index == h.row }) else { return nil }
        let named = header.cells.map(\.column).filter { c in
            !taken.contains(c) && !Self.headerIsShares(headerTitle(h, c))
                && context.labels.namesProgrammePart(headerTitle(h, c))
        }
        guard named.count == 1, let c = named.first else { return nil }
        var both = 0
        for row in table.rows where row.index > h.row {
            guard let whole = number(row, h.value), let part = number(row, c) else { continue }
            if part > whole { return nil }
            both += 1
        }
        return both >= 2 ? c : nil
    }

    /// The number a row holds in `column`, if any.
    func number(_ row: Row, _ column: Int) -> Double? {
        guard let cell = row.cells.first(where: { $0.column == column }) else { return nil }
        return cell.storedNumber ?? ValueParser.parseNumber(cell.text)?.value
    }

    /// Whether a title's criterion, as the resolver sees it alone, is a part the catalogue knows the whole of.
    func namesPart(_ title: String) -> Bool {
        let e = context.resolver.evidence(RowQuery(title: title, year: nil, scope: .any))
        guard let id = e.fixed ?? e.candidates.first?.id else { return false }
        return Self.wholeAndShare(of: id, context.catalogue) != nil
    }

    /// The whole a part is counted of, and the share of the two when the catalogue has one: the denominator of the
    /// ratio whose numerator is the part alone (an organisation's input, or the one criterion a sum of one stands for),
    /// else the one whole of a `part_exceeds_whole` check (Templates/checks.tsv). A whole the tool computes (a sum of
    /// several criteria) is no input: only the share is then given.
    static func wholeAndShare(of part: String, _ catalogue: Catalogue) -> (whole: String?, share: String?)? {
        func input(_ id: String) -> String? {
            guard let c = catalogue.criterion(id), c.level == .org else { return nil }
            if c.aggregation == .sumOf { return c.numerator.count == 1 ? input(c.numerator[0]) : nil }
            return c.id
        }
        let own = catalogue.criteria.filter { $0.aggregation == .ratio && $0.numerator == [part] }
        if own.count == 1, own[0].denominator.count == 1 {
            return (input(own[0].denominator[0]), own[0].id)
        }
        let checks = catalogue.checks.rules("part_exceeds_whole").filter {
            $0.criterion == part && $0.others.count == 1
        }
        guard checks.count == 1, let whole = input(checks[0].others[0]) else { return nil }
        return (whole, nil)
    }
}
