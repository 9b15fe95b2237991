import Catalogue
import Dataset
import XLSXReader

/// A questionnaire: each criterion a question on a row of its own («7. Численность наставников по приказу школы»), its
/// answer alone on the row below («34 чел.»), and its link on the next («Ссылка: https://…») — a form nobody described
/// (issue 25). It is read as the usual form once each question, answer and link stand in one row (`criterion |
/// value | link`); the block above the first question (organisation, year) stays where it is, and every cell the
/// reading names is named where it stands on the sheet (`cellOrigins`).
extension FormLayoutReader {
    /// The table with each question's answer and link beside it, and where each of their cells stands on the sheet;
    /// nil when the sheet holds fewer than three questions answered below, or more criteria answered beside.
    static func questionnaire(_ table: SheetTable, context: NormaliserContext)
        -> (table: SheetTable, origins: [CellRef: CellRef])?
    {
        // A card's field label («Показатель:», «Значение:», «Подтверждающий документ:») before its content: the
        // row's role, the label left out.
        var labelled: [Int: HeaderLabels.Role] = [:]
        // The columns a header names as the documents' («Подтверждающий документ (ссылка)»): a cell there, after a
        // question or its answer, is the row's link, whatever it shows (a document's title over its address).
        let linkColumns = Set(
            table.rows.prefix(40).flatMap { row in
                row.cells.filter { cell in
                    let t = cell.text.trimmed
                    return t.count <= 60 && table.hyperlinks[CellRef(row: row.index, column: cell.column)] == nil
                        && (WideLayoutReader.isLinkTitle(t, context.labels)
                            || context.labels.contains(
                                .link,
                                TitleNormaliser.normalise(
                                    t.replacingOccurrences(of: "(ссылка)", with: "").trimmed)))
                }.map(\.column)
            })
        // A link beside a question or its answer, taken off the row: the row's own link.
        var besideLink: [Int: Cell] = [:]
        // The rows that hold something, each as its cells (texts trimmed), in order; a question's numbering («1.»)
        // before it is left out.
        let filled = table.rows.compactMap { row -> (index: Int, cells: [Cell])? in
            var cells = row.cells.filter { !$0.text.trimmed.isEmpty }
            if cells.count >= 2, FormLayoutReader.isNumberingOnly(cells[0].text) { cells.removeFirst() }
            if cells.count >= 2, let last = cells.last, last.column > cells[0].column,
                linkColumns.contains(last.column)
                    || table.hyperlinks[CellRef(row: row.index, column: last.column)] != nil
            {
                besideLink[row.index] = last
                cells.removeLast()
            }
            if let role = fieldLabel(cells.first?.text ?? "", context) {
                // A label left empty («Ссылка:» and nothing) holds nothing: no row.
                guard cells.count >= 2 else { return nil }
                labelled[row.index] = role
                cells.removeFirst()
            }
            // A dash in a link's place («Подтверждающий документ: —») says there is none.
            if labelled[row.index] == .link, cells.count == 1,
                !cells[0].text.contains(where: { $0.isLetter || $0.isNumber })
            {
                return nil
            }
            return cells.isEmpty ? nil : (row.index, cells)
        }
        func isQuestion(_ cells: [Cell], at row: Int? = nil) -> Bool {
            if let row, let role = labelled[row] { return role == .criterion && cells.count == 1 }
            guard cells.count == 1, cells[0].storedNumber == nil else { return false }
            let t = cells[0].text
            // A field of the header block («Наименование ОО:»), however like a criterion («Наименование курсов»).
            let field = TitleNormaliser.normalise(t.trimmed.hasSuffix(":") ? String(t.trimmed.dropLast()) : t)
            guard context.labels.role(of: field, among: HeaderBlock.fieldRoles) == nil else { return false }
            guard t.count >= 12, t.contains(" ") else { return false }
            let e = context.resolver.evidence(RowQuery(title: t, year: nil, scope: .any))
            return e.fixed != nil || (e.candidates.first?.score ?? 0) >= context.resolver.suggestScore
        }
        func isLink(_ row: Int, _ cells: [Cell]) -> Bool {
            guard cells.count == 1 else { return false }
            if let role = labelled[row] { return role == .link }
            let t = cells[0].text.trimmed.lowercased()
            return t.hasPrefix("ссылка") || t.hasPrefix("http") || t.hasPrefix("www.")
                || table.hyperlinks[CellRef(row: row, column: cells[0].column)] != nil
        }
        // (A link row labelled so holds «—» or a document's name when there is no address: no answer either.)
        // «Раздел II. Организация и участники», «II. …»: a section, no answer.
        func isSection(_ text: String) -> Bool {
            let t = text.trimmed.lowercased()
            let first = t.split(separator: " ").first.map(String.init) ?? ""
            return t.hasPrefix("раздел")
                || (first.hasSuffix(".") && FormLayoutReader.isNumberingOnly(first.uppercased())
                    && first.dropLast().allSatisfy { "ivxlc".contains($0) })
        }
        // A field of the header block under the form's title («Школа: МБОУ «Большесельская СОШ»», «Анкета заполнена:
        // МБОУ …»): a label the tool knows, or any label before an organisation's name — no answer to the title.
        // («Заполнила: зам. директора Гурьева Н.А.»: a label of a few words before a colon, and no answer after it.)
        func isHeaderField(_ text: String) -> Bool {
            guard let (label, value) = HeaderBlock.split(text) else { return false }
            if context.labels.role(of: TitleNormaliser.normalise(label), among: HeaderBlock.fieldRoles) != nil
                || context.organisationWords.looksLikeName(value)
            {
                return true
            }
            let words = label.split(separator: " ")
            return text.contains(":") && (1...3).contains(words.count) && label.contains(where: \.isLetter)
                && !label.contains(where: \.isNumber) && ValueParser.yesNo(label.lowercased()) == nil
                && ValueParser.yesNo(value.lowercased()) == nil && !value.contains(where: \.isNumber)
        }
        var pairs: [(question: Cell, row: Int, answer: (Int, Cell)?, link: (Int, Cell)?)] = []
        var beside = 0
        var i = 0
        while i < filled.count {
            let (r, cells) = filled[i]
            // A question answered beside it (a merged block to the right) is kept with its answer, so that nothing
            // of the sheet is left out; such rows are the usual form's and count against the questionnaire.
            if cells.count == 2, labelled[r] == nil, isQuestion([cells[0]]) {
                beside += 1
                var pair: (question: Cell, row: Int, answer: (Int, Cell)?, link: (Int, Cell)?) =
                    (cells[0], r, (r, cells[1]), nil)
                if i + 1 < filled.count, isLink(filled[i + 1].index, filled[i + 1].cells) {
                    pair.link = (filled[i + 1].index, filled[i + 1].cells[0])
                    i += 1
                }
                pairs.append(pair)
                i += 1
                continue
            }
            if cells.count > 2, isQuestion([cells[0]]) { beside += 1 }
            guard isQuestion(cells, at: r) else { i += 1; continue }
            var pair: (question: Cell, row: Int, answer: (Int, Cell)?, link: (Int, Cell)?) = (cells[0], r, nil, nil)
            var j = i + 1
            // The answer: the next row that holds one cell, no question and no link, to the right of the question or
            // under it.
            // (Under the question in its own column only a short answer: a longer text there is an instruction.)
            if j < filled.count, filled[j].cells.count == 1, !isQuestion(filled[j].cells, at: filled[j].index),
                labelled[filled[j].index].map({ $0 == .value }) ?? true,
                filled[j].cells[0].column > cells[0].column || filled[j].cells[0].text.count <= 60,
                !isLink(filled[j].index, filled[j].cells), !isSection(filled[j].cells[0].text),
                !isHeaderField(filled[j].cells[0].text)
            {
                pair.answer = (filled[j].index, filled[j].cells[0])
                j += 1
            }
            if j < filled.count, isLink(filled[j].index, filled[j].cells) {
                pair.link = (filled[j].index, filled[j].cells[0])
                j += 1
            } else if let a = pair.answer, let l = besideLink[a.0] {
                pair.link = (a.0, l)
            } else if let l = besideLink[r] {
                pair.link = (r, l)
            }
            if pair.answer != nil || pair.link != nil {
                pairs.append(pair)
                i = j
            } else {
                i += 1
            }
        }
        guard pairs.filter({ $0.answer != nil }).count - beside >= 3, pairs.count > 2 * beside,
            let first = pairs.first?.row
        else {
            return nil
        }
        // The block above the first question as it is; then a header row and a row per question.
        var out = RearrangedTable(table, header: first - 1)
        for p in pairs {
            var cells: [(cell: Cell, from: CellRef, column: Int)] = [
                (p.question, CellRef(row: p.row, column: p.question.column), 0)
            ]
            if let (r, c) = p.answer { cells.append((c, CellRef(row: r, column: c.column), 1)) }
            if let (r, c) = p.link {
                var link = c
                // «Ссылка: https://…»: the address.
                if case .text(let s) = c.value, let at = s.range(of: "http") ?? s.range(of: "www.") {
                    link.value = .text(String(s[at.lowerBound...]).trimmed)
                }
                cells.append((link, CellRef(row: r, column: c.column), 2))
            }
            out.append(p.row, cells)
        }
        // The rows under the last question as they are (the signature «Директор МБОУ «…» ____», the date): the
        // form's name may stand only there.
        let last = pairs.map { [$0.row, $0.answer?.0 ?? 0, $0.link?.0 ?? 0].max()! }.max() ?? first
        for row in table.rows where row.index > last { out.keep(row) }
        return out.table()
    }

    /// The role of a card's field label («Показатель:», «Значение:», «Ссылка:»): a label of the criterion (or
    /// direction), value or link column followed by a colon; nil for any other text.
    static func fieldLabel(_ text: String, _ context: NormaliserContext) -> HeaderLabels.Role? {
        let t = text.trimmed
        guard t.hasSuffix(":"), t.count <= 40 else { return nil }
        let label = TitleNormaliser.normalise(String(t.dropLast()))
        switch context.labels.role(of: label, among: [.criterion, .direction, .value, .link]) {
        case .criterion?, .direction?: return .criterion
        case .value?: return .value
        case .link?: return .link
        default: return nil
        }
    }
}
