import Catalogue
import Dataset
import XLSXReader

/// A template's instructions under its rows (a layout nobody described, issue 25, heldout92): under each criterion's
/// row a line merged over the value's and the link's columns, «Указывается количество педагогов, назначенных
/// наставниками приказом ОО …», «Сумма строк 3.2–3.8». Read as rows, each was taken for a section or for the whole of
/// the «в т.ч.» row under it («в т.ч. «ученик – ученик» — в строке «Сумма строк 3.2–3.8 …»»), and the parts were
/// asked about. Now such lines, when the form has them under many of its rows, are the form's notes: not read.
extension FormLayoutReader {
    /// The rows of instructions: with no value and no link, their title merged over the value's column on its own
    /// row, right under a row that holds a value, and no numbered section («Направление 3. …»). Only when they are
    /// four at least and two for every five rows with a value (a form's sections merged across stand under a few
    /// rows only).
    func instructionRows(_ h: Columns) -> Set<Int> {
        guard h.value >= 0, h.criterion >= 0 else { return [] }
        func filled(_ row: Row, _ column: Int?) -> Bool {
            guard let column else { return false }
            return row.cells.contains { $0.column == column && !$0.text.trimmed.isEmpty }
        }
        var found: Set<Int> = []
        var valued = 0
        var previousHeld = false
        for row in table.rows where row.index > h.row {
            let holds = filled(row, h.value)
            if holds { valued += 1 }
            defer { previousHeld = holds }
            guard !holds, previousHeld, !filled(row, h.link),
                let span = table.merged.first(where: {
                    $0.first.row == row.index && $0.last.row == row.index && $0.first.column <= h.criterion
                        && $0.last.column >= h.value
                }),
                let text = table.displayed(span.first)?.text.trimmed, !text.isEmpty, !Self.isNumberedSection(text)
            else { continue }
            found.insert(row.index)
        }
        return found.count >= 4 && found.count * 5 >= valued * 2 ? found : []
    }
}
