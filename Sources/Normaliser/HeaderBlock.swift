import Catalogue
import Dataset
import Foundation
import XLSXReader

/// The fields above a form's table (organisation, its type, year, municipality, ИНН), read from what the cells
/// hold rather than from where a layout puts them. A label and its value may share a cell («Полное наименование
/// ОО: МБОУ …», after «:», «—» or a tab), stand side by side (merged or not: the value is the next cell that
/// holds something), or one above the other. A label the tool does not know (Templates/labels.tsv) is
/// recognised by its value: a name the register knows (`--organisations`), or a text that looks like an
/// organisation's name (Templates/organisation_words.tsv); such a name may also stand alone above the table.
struct HeaderBlock: Sendable {
    /// How the organisation was found.
    enum How: Equatable, Sendable {
        /// By a label the tool knows.
        case label
        /// By the register's names.
        case register
        /// By its value's words, after a label the tool does not know or with no label at all.
        case content
        /// Cut out of a title sentence («Отчёт МБОУ «СОШ № 5» о реализации … за 2024 год»): to be checked.
        case sentence
        /// By the user's decision (the mapping file's sheet «Формы»).
        case decided
    }

    var organisation: String?
    var organisationCell: CellRef?
    var how: How?
    var type: String?
    var year: String?
    var municipality: String?
    var inn: String?

    static let fieldRoles: [HeaderLabels.Role] = [.organisation, .orgType, .year, .municipality, .inn]

    /// A text split at its first separator between a label and a value: «:», a tab, a dash with spaces around it, or
    /// a line break («Образовательная организация⏎МБОУ «СОШ № 4»»); nil when it holds none (or nothing after it).
    static func split(_ text: String) -> (label: String, value: String)? {
        guard mayHoldSeparator(text) else { return nil }
        var best: Range<String.Index>?
        for sep in [":", "\t", " — ", " – ", " - ", " −", "\n"] {
            if let r = text.range(of: sep), best.map({ r.lowerBound < $0.lowerBound }) ?? true { best = r }
        }
        guard let r = best else { return nil }
        let label = text[..<r.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        let value = text[r.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        guard !label.isEmpty, !value.isEmpty else { return nil }
        return (label, value)
    }

    /// Whether the text's bytes hold a separator's first character («:», a tab, «-», «—», «–», «−»): most texts hold
    /// none, and looking for each separator through Foundation costs more than the rest of the header block.
    static func mayHoldSeparator(_ text: String) -> Bool {
        var s = text
        return s.withUTF8 { b in
            var i = 0
            while i < b.count {
                switch b[i] {
                case 0x3A, 0x09, 0x2D, 0x0A: return true
                case 0xE2
                where i + 2 < b.count
                    && ((b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0x94))
                        || (b[i + 1] == 0x88 && b[i + 2] == 0x92)):
                    return true
                default: i += 1
                }
            }
            return false
        }
    }

    /// A name without the year that ends it after a comma, a bracket or «за» («МБОУ СОШ № 5, 2024», «ЦДТ (2024 г.)»,
    /// «… за 2024 год»), and that year; nil when the name ends with no such year («СОШ № 2024» keeps its number).
    static func withoutYear(_ name: String) -> (String, Int)? {
        // The year is four ASCII digits from 19… or 20… (other digits would not make a year below): a name without
        // them is answered before Foundation compiles the expression, which it does on every call.
        guard mayHoldYear(name) else { return nil }
        let pattern = #"(?:\s*[,;]\s*|\s*\(\s*|\s+за\s+)((?:19|20)\d\d)\s*(?:год[а-я]*|г\.?)?\s*\)?\s*$"#
        guard let r = name.range(of: pattern, options: [.regularExpression, .caseInsensitive]) else { return nil }
        let cut = name[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
        let digits = name[r].filter(\.isNumber)
        guard !cut.isEmpty, let year = Int(digits), digits.count == 4 else { return nil }
        return (cut, year)
    }

    /// Whether the text's bytes hold «19» or «20» followed by two digits.
    static func mayHoldYear(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { b in
            guard b.count >= 4 else { return false }
            for i in 0...(b.count - 4) where (b[i] == 0x31 && b[i + 1] == 0x39) || (b[i] == 0x32 && b[i + 1] == 0x30) {
                if (0x30...0x39).contains(b[i + 2]) && (0x30...0x39).contains(b[i + 3]) { return true }
            }
            return false
        }
    }

    /// Reads the rows of `table` down to `header` (the table's header row) and, when `right` is the table's last
    /// column, the labels beside the table further down (a block typed right of the table, level with its rows).
    static func read(
        _ table: SheetTable, above header: Int, beside right: Int? = nil, context: NormaliserContext
    ) -> HeaderBlock {
        let labels = context.labels
        func role(_ text: String) -> HeaderLabels.Role? {
            labels.role(of: TitleNormaliser.normalise(text), among: fieldRoles)
        }
        func filled(_ c: Cell) -> Bool { !c.text.trimmed.isEmpty }
        func looksLikeName(_ text: String) -> Bool {
            context.registry.lookup(text.trimmed) != nil || context.organisationWords.looksLikeName(text)
        }
        var found: [HeaderLabels.Role: (text: String, cell: CellRef)] = [:]
        // Names found by their content: the register's first, then those that look like names, each in reading order;
        // never a known label's value (a type «МБОУ ДО» beside «Тип ОО»).
        var registered: [(String, CellRef)] = [], named: [(String, CellRef)] = [], inSentences: [(String, CellRef)] = []
        var values: Set<CellRef> = []
        func consider(_ text: String, _ ref: CellRef) {
            let t = text.trimmed
            guard !t.isEmpty, role(t) == nil else { return }
            if context.registry.lookup(t) != nil { registered.append((t, ref)) }
            // A title «Кедровская ООШ — 2. Люди» (a sheet per part of the form): the name before the dash.
            let head = context.organisationWords.beforeDash(t)
            if head != t, context.organisationWords.looksLikeName(head) {
                named.append((head, ref))
            } else if context.organisationWords.looksLikeName(t) {
                named.append((t, ref))
            } else if let n = context.organisationWords.nameInSentence(t) {
                inSentences.append((n, ref))
            }
        }
        for row in table.rows where row.index <= header || right != nil {
            // A row of the table: only its cells right of the table's last column, and only known labels there (a
            // legend or notes beside a table name no organisation).
            let besideOnly = row.index > header
            let cells = row.cells.filter { filled($0) && (!besideOnly || $0.column > right!) }
            for (i, cell) in cells.enumerated() {
                let ref = CellRef(row: row.index, column: cell.column)
                let text = cell.text.trimmed
                if let r = role(text) {
                    // (A name in the republic's language before the Russian one, each under its label: the Russian one.)
                    guard
                        found[r] == nil
                            || (r == .organisation && context.organisationWords.holdsForeignWord(found[r]!.text))
                    else { continue }
                    // The value beside the label (past its merged range), else below it.
                    let span = table.merged.first { $0.contains(ref) }
                    let lastColumn = span?.last.column ?? cell.column, lastRow = span?.last.row ?? row.index
                    var right = cells.dropFirst(i + 1).first(where: { $0.column > lastColumn })
                    var below = table.displayed(CellRef(row: lastRow + 1, column: cell.column))
                    // A label is no value, known or not («Наименование ОО:» left empty over «Дата заполнения:»).
                    func isLabel(_ c: Cell) -> Bool { role(c.text) != nil || c.text.trimmed.hasSuffix(":") }
                    if right.map(isLabel) ?? false { right = nil }
                    if !(below.map(filled) ?? false) || below.map(isLabel) ?? false || lastRow + 1 > header {
                        below = nil
                    }
                    // A label left empty above the form's title («ОО:» over «Форма 1-ЦМН (общеобразовательные
                    // организации)»): the title is no name.
                    if r == .organisation, let b = below, context.organisationWords.holdsLabelWord(b.text) {
                        below = nil
                    }
                    // Labels side by side, one the tool does not know («Образовательная организация | Адрес ОО»), with
                    // their values below: the organisation is the name below, not the next label.
                    if r == .organisation, let b = below, let rt = right, !looksLikeName(rt.text), looksLikeName(b.text)
                    {
                        right = nil
                    }
                    // A table's header row («Год | Организация | Персонализированные программы | Педагоги»): the title
                    // beside «Организация» is the next column's, no name.
                    if r == .organisation, cells.count >= 4, let rt = right, !looksLikeName(rt.text) { right = nil }
                    if let right {
                        found[r] = (right.text.trimmed, CellRef(row: row.index, column: right.column))
                    } else if let below {
                        found[r] = (below.text.trimmed, CellRef(row: lastRow + 1, column: cell.column))
                    }
                    if let v = found[r], r != .organisation { values.insert(v.cell) }
                    continue
                }
                // A note in brackets under the title («(городские — объединения в здании ЦДТ, ул. Советская, 21; …)»)
                // explains the columns: it names no organisation, whatever type word it holds.
                if text.hasPrefix("("), text.hasSuffix(")"), !besideOnly { continue }
                if let (label, value) = split(text) {
                    if let r = role(label) {
                        if found[r] == nil { found[r] = (value, ref) }
                        if r != .organisation { values.insert(ref) }
                        continue
                    }
                    if besideOnly { continue }
                    // A label the tool does not know, with its value in the same cell.
                    if !context.organisationWords.looksLikeName(label) { consider(value, ref); continue }
                    // A name on a title's first line («МАОУ «Гимназия № 2»⏎мониторинг ЦМН за 2024 год»).
                    if text.contains("\n") { consider(label, ref); continue }
                }
                // (A branch's column in the header row, «Филиал «Ивановская ООШ» (д. Ивановка)» beside «Основное здание»
                // and «Итого по учреждению», is a unit of the form's organisation, not its name.)
                if !besideOnly, !(row.index == header && labels.isBranch(text)) { consider(text, ref) }
            }
        }
        var block = HeaderBlock()
        if let (text, cell) = found[.organisation], !text.isEmpty {
            (block.organisation, block.organisationCell, block.how) = (text, cell, .label)
        } else if let (text, cell) = registered.first(where: { !values.contains($0.1) }) {
            (block.organisation, block.organisationCell, block.how) = (text, cell, .register)
        } else if let (text, cell) = named.first(where: { !values.contains($0.1) }) {
            (block.organisation, block.organisationCell, block.how) = (text, cell, .content)
        } else if let (text, cell) = inSentences.first(where: { !values.contains($0.1) }) {
            (block.organisation, block.organisationCell, block.how) = (text, cell, .sentence)
        }
        block.type = found[.orgType]?.text
        block.year = found[.year]?.text
        // A name that ends with its form's year («МБОУ СОШ № 5, 2024», «… (2024 год)», over a value column): the year
        // is the form's, not a part of the name.
        if let name = block.organisation, let (cut, year) = withoutYear(name) {
            block.organisation = cut
            if block.year == nil { block.year = String(year) }
        }
        block.municipality = found[.municipality]?.text
        block.inn = found[.inn]?.text
        return block
    }
}
