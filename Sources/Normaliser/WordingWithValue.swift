import Catalogue
import Dataset
import Foundation
import XLSXReader

/// A form whose criteria carry their values in the same cell after a colon («Количество наставников ОО (по приказу):
/// 122», a list typed rather than a table; a layout nobody described, issue 25): each such cell is read as the
/// wording and, beside it, its value, and every cell the reading names is the cell on the sheet (`origin`). Used only
/// when the sheet is no form otherwise; before, it was skipped whole («ни в одном столбце нет формулировок»).
extension FormLayoutReader {
    /// The sheet with the column of «wording: value» cells split into the wording and, in a column right of all
    /// others, the value; the column split and that added column. Nil when no column holds three such cells whose
    /// wordings are criteria.
    static func splitWordings(_ table: SheetTable, context: NormaliserContext) -> (
        table: SheetTable, column: Int, values: Int, several: [CellRef: [String]]
    )? {
        var splits: [CellRef: (wording: String, value: String)] = [:]
        var links: [CellRef: String] = [:]
        var counts: [Int: Int] = [:]
        // How surely a wording is a criterion: 2 for a fixed decision, else its best candidate's similarity.
        func score(_ wording: String) -> Double {
            let e = context.resolver.evidence(RowQuery(title: wording, year: nil, scope: .any))
            return e.fixed != nil ? 2 : (e.candidates.first?.score ?? 0)
        }
        for row in table.rows.prefix(400) {
            for cell in row.cells where cell.storedNumber == nil {
                // The colon that ends the wording: the cut whose wording is most surely a criterion (a wording or a
                // value may hold a colon of its own: «по форме: ученик - ученик», «КПК "…: основы"»).
                var best: (wording: String, value: String, score: Double)?
                // (A cell's lines: the wording, the value and the document's address, typed with Alt+Enter; the
                // address apart.)
                let (text, address) = Self.withoutAddressLine(Self.spacesAsTab(Self.leadersAsDash(cell.text)))
                // (Not a field's label with its value, «Образовательная организация⏎МБОУ …», nor a title with its
                // period, «Мониторинг реализации целевой модели наставничества⏎за 2024 год».)
                for (wording, value) in wordingsAndValues(text)
                where context.labels.role(of: TitleNormaliser.normalise(wording), among: HeaderBlock.fieldRoles) == nil
                    && !(value.count <= 20 && HeaderLabels.year(in: value) != nil
                        && RowOutcome.hint(text: value) == .text)
                {
                    let score = score(wording)
                    if score >= context.resolver.suggestScore, score > (best?.score ?? 0) {
                        best = (wording, value, score)
                    }
                }
                // A sentence with its blank filled in («Кураторами назначено __2__ чел. Ссылка: https://…»,
                // `FilledBlanks`): the sentence without the blank before any cut at a colon of it.
                var sentenceAddress: String?
                let (sentence, trailing) = FilledBlanks.withoutTrailingAddress(text)
                if let filled = FilledBlanks.answer(sentence) {
                    let score = score(filled.wording)
                    if score >= context.resolver.suggestScore {
                        best = (filled.wording, filled.value, score + 2)
                        sentenceAddress = trailing
                    }
                }
                guard let best else { continue }
                splits[CellRef(row: row.index, column: cell.column)] = (best.wording, best.value)
                if let address = address ?? sentenceAddress {
                    links[CellRef(row: row.index, column: cell.column)] = address
                }
                counts[cell.column, default: 0] += 1
            }
        }
        guard let (column, n) = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), n >= 3 else {
            return nil
        }
        // In that column, any wording with a number after its colon («Охват: 18,75 %», «Профориентация: 4») is a row of
        // the form too, though no criterion resembles it: read, and matched or named, never passed over as a heading.
        // So is a sentence with its blank filled in («Сформировано __41__ пар»), and one with several is named with its
        // answers, none used (`FilledBlanks`).
        var several: [CellRef: [String]] = [:]
        for row in table.rows.prefix(400) {
            guard let cell = row.cells.first(where: { $0.column == column && $0.storedNumber == nil }),
                splits[CellRef(row: row.index, column: column)] == nil
            else { continue }
            let at = CellRef(row: row.index, column: column)
            let (sentence, address) = FilledBlanks.withoutTrailingAddress(cell.text)
            if let filled = FilledBlanks.answer(sentence) {
                splits[at] = filled
                if let address { links[at] = address }
            } else if let short = shortWordingAndNumber(Self.leadersAsDash(cell.text)) {
                splits[at] = short
            } else if let answers = FilledBlanks.answers(sentence), answers.count >= 2 {
                several[at] = answers
            }
        }
        // (Right of every merged cell too: a sentence merged over A:H leaves no cell of its own in B…H.)
        let values = max(table.maxColumn, (table.merged.map(\.last.column).max() ?? -1) + 1)
        let rows = table.rows.map { row -> Row in
            guard let i = row.cells.firstIndex(where: { $0.column == column }) else { return row }
            var cells = row.cells
            // (A sentence of several answers is named as such, not read again as a wording without a value.)
            if several[CellRef(row: row.index, column: column)] != nil {
                cells.remove(at: i)
                return Row(index: row.index, hidden: row.hidden, cells: cells)
            }
            guard let split = splits[CellRef(row: row.index, column: column)] else { return row }
            cells[i].value = .text(split.wording)
            cells.append(Cell(column: values, value: .text(split.value)))
            if let link = links[CellRef(row: row.index, column: column)] {
                cells.append(Cell(column: values + 1, value: .text(link)))
            }
            return Row(index: row.index, hidden: row.hidden, cells: cells)
        }
        var t = SheetTable(
            name: table.name, rows: rows, merged: table.merged, hyperlinks: table.hyperlinks,
            hiddenColumns: table.hiddenColumns)
        t.uncomputedFormulas = table.uncomputedFormulas
        t.headerFooter = table.headerFooter
        return (t, column, values, several)
    }

    /// Whether three cells at least hold a value on a line of its own or after a tab («Кураторы ЦМН⏎2», «Да⏎положение
    /// о …»): only then is a sheet read as a form also split (the split asks the resolver of every cell).
    static func holdsValuesAfterBreaks(_ table: SheetTable) -> Bool {
        var found = 0
        for row in table.rows.prefix(400) {
            for cell in row.cells where cell.storedNumber == nil {
                guard cell.text.utf8.contains(where: { $0 == 10 || $0 == 9 }) else { continue }
                let parts = cell.text.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).map { $0.trimmed }
                if parts.count >= 2, parts.contains(where: { RowOutcome.hint(text: $0).map { $0 != .text } == true }) {
                    found += 1
                    if found >= 3 { return true }
                }
            }
        }
        return false
    }

    /// «Охват: 18,75 %» → («Охват», «18,75 %»): a wording before the text's only separator (`separators`) and a
    /// number (with «%» or not) after it; nil otherwise.
    static func shortWordingAndNumber(_ text: String) -> (wording: String, value: String)? {
        // The text's only separator (a colon, or a dash between spaces).
        let cuts = separators.flatMap { sep in text.components(separatedBy: sep).count == 2 ? [sep] : [] }
        guard cuts.count == 1, let sep = cuts.first,
            separators.allSatisfy({ $0 == sep || !text.contains($0) })
        else { return nil }
        let parts = text.components(separatedBy: sep)
        let wording = parts[0].trimmed, value = parts[1].trimmed
        guard wording.count >= 3, wording.contains(where: \.isLetter), !value.isEmpty,
            ValueParser.parseNumber(value) != nil
        else { return nil }
        return (wording, value)
    }

    /// A text typed as on a typewriter, its value after dot leaders or a blank line («Наставников всего по приказу
    /// ........ 58 чел.», «Положение утверждено ____ да», «… 2 чел.»): the leaders made a dash between spaces, which
    /// `separators` cut at; any other text as it is. (Dots only between a letter or a bracket and the value: never a
    /// number's «1.1.» or a link's.)
    static func leadersAsDash(_ text: String) -> String {
        guard text.includes("...") || text.includes("…") || text.includes("___") else { return text }
        return text.replacingOccurrences(
            of: #"(?<=[\p{L})»"])\s*(?:[.…]{3,}|…+|_{3,})[.…_\s]*(?=\S)"#, with: " — ", options: .regularExpression
        ).trimmingCharacters(in: CharacterSet(charactersIn: "_").union(.whitespaces))
    }

    /// The separators between a wording and its value in one cell: a colon, or a dash between spaces («Количество
    /// наставников — 56 чел.», as typed by hand), a line break (Alt+Enter) or a tab.
    static let separators = [":", " — ", " – ", " - ", "\n", "\t"]

    /// Three spaces or more between a wording and its value (the value lined up in a column by hand) made a tab.
    static func spacesAsTab(_ text: String) -> String {
        guard text.includes("   ") else { return text }
        return text.replacingOccurrences(of: #"(?<=\S) {3,}(?=\S)"#, with: "\t", options: .regularExpression)
    }

    /// A cell's text without its line that is an address («…\nhttps://…»), and that address.
    static func withoutAddressLine(_ text: String) -> (String, String?) {
        guard text.contains("\n"), text.includes("http") || text.includes("www.") else { return (text, nil) }
        let lines = text.components(separatedBy: "\n").map { $0.trimmed }
        guard let i = lines.firstIndex(where: { isAddressStart($0) }), lines.count >= 2 else { return (text, nil) }
        return (
            lines.enumerated().filter { $0.offset != i && !$0.element.isEmpty }.map(\.element).joined(separator: "\n"),
            lines[i]
        )
    }

    /// A text cut at each of its separators (`separators`) into a wording (12 characters or more) and a value after
    /// it; none for a text with no such separator or one whose value is a link («https://…»).
    static func wordingsAndValues(_ text: String) -> [(String, String)] {
        guard text.count >= 14, separators.contains(where: { text.contains($0) }) else { return [] }
        var out: [(String, String)] = []
        for separator in separators {
            var at = text.startIndex
            while let r = text.range(of: separator, range: at..<text.endIndex) {
                let wording = String(text[..<r.lowerBound]).trimmed, value = String(text[r.upperBound...]).trimmed
                if wording.count >= 12, !value.isEmpty, !value.hasPrefix("//") { out.append((wording, value)) }
                // The value first and its wording on the next line («41⏎наставник по приказу»).
                if separator == "\n", value.count >= 12, !wording.isEmpty, !wording.contains("\n"),
                    RowOutcome.hint(text: wording).map({ $0 != .text }) == true
                {
                    out.append((value, wording))
                }
                at = r.upperBound
            }
        }
        return out
    }
}
