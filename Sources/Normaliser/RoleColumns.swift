import Catalogue
import Dataset
import XLSXReader

/// A cross table of roles and populations (a layout nobody described, issue 25): «Наставники | Наставляемые | Пары»
/// as the columns (or, turned, as the rows) and «всего | педагоги | обучающиеся 10–19 лет | молодые специалисты» as
/// the criteria. A value's criterion is its row and its column together: «обучающиеся 10–19 лет» under «Наставляемые»
/// are the mentees of 10–19, not all pupils of that age. Read as one column, the mentors' figures had been taken for
/// the populations' totals. Each role's column is read with its role before each row's title; what the two together
/// do not make certain is asked about.
extension FormLayoutReader {
    /// The columns headed by a role alone («Наставники», «Наставляемые, чел.», «Пары / группы»): two or more, the
    /// value column (or its candidates) among them; nil otherwise.
    func roleColumns(_ h: Columns) -> [(column: Int, role: String)]? {
        func text(_ row: Int, _ c: Int) -> String { table.displayed(CellRef(row: row, column: c))?.text.trimmed ?? "" }
        var candidates = Set(h.valueCandidates).union(h.ignored.map(\.0))
        if h.value >= 0 { candidates.insert(h.value) }
        // (A role's column may have been taken for the links: a turned table whose last row is «Ссылка на приказ».)
        if let l = h.link { candidates.insert(l) }
        // Every titled column right of the criteria (a header found from the content lists none of them).
        for cell in table.rows.first(where: { $0.index == h.row })?.cells ?? [] where cell.column > h.criterion {
            candidates.insert(cell.column)
        }
        candidates = candidates.filter { $0 > h.criterion && $0 != h.note && $0 != h.unit }
        var out: [(column: Int, role: String)] = []
        for c in candidates.sorted() {
            guard let role = [text(h.row, c), h.row > 0 ? text(h.row - 1, c) : ""].first(where: Self.isRoleHeader)
            else {
                continue
            }
            out.append((c, role))
        }
        guard out.count >= 2, Set(out.map { TitleNormaliser.normalise($0.role) }).count == out.count,
            h.value < 0 || out.contains(where: { $0.column == h.value })
        else { return nil }
        return out
    }

    /// A header that names a role and little else: «Наставники», «Наставляемые, чел.», «Наставнические пары».
    static func isRoleHeader(_ t: String) -> Bool {
        guard !t.isEmpty, WideLayoutReader.namesRole(t) else { return false }
        // Nothing but the role, its pairs and a unit: «Удовлетворённость наставляемых, %» is a criterion, not a role.
        let plain: Set<Substring> = [
            "чел", "пары", "пар", "группы", "групп", "всего", "количество", "кол", "во", "в", "т"
        ]
        let words = TitleNormaliser.normalise(t).split(separator: " ")
        return words.count <= 3
            && words.allSatisfy { $0.hasPrefix("наставн") || $0.hasPrefix("наставляем") || plain.contains($0) }
    }

    /// The plan that reads each role's column with its role, when the form is a cross table of roles.
    func rolePlan(_ columns: Columns) -> LayoutPlan? {
        guard columnOwner == nil, rolePrefix == nil, let roles = roleColumns(columns) else { return nil }
        var h = columns
        h.valueCandidates = []
        h.ignored.removeAll { ignored in roles.contains { $0.column == ignored.0 } }
        if let l = h.link, roles.contains(where: { $0.column == l }) { h.link = nil }
        var forms: [(FormLayoutReader, Columns, [CriterionRow])] = []
        for (k, (column, role)) in roles.enumerated() {
            var reader = self
            reader.rolePrefix = role
            reader.firstRole = k == 0
            var own = h
            own.value = column
            var rows = reader.criterionRows(own)
            // A row of links under the criteria («Ссылка на приказ»): its address in a role's column proves every
            // value of that column.
            let linkRow = table.rows.first { row in
                let t = table.displayed(CellRef(row: row.index, column: h.criterion))?.text ?? ""
                return row.index > h.row && WideLayoutReader.isLinkTitle(t, context.labels)
            }
            if let linkRow,
                let url = table.hyperlinks[CellRef(row: linkRow.index, column: column)]?.url
                    ?? linkRow.cells.first(where: { $0.column == column }).map({ $0.text.trimmed }).flatMap({
                        Self.isAddressStart($0) ? $0 : nil
                    })
            {
                for i in rows.indices where rows[i].link == nil {
                    // (Not a cell that makes no sense for the role: «х», a dash, empty.)
                    guard let hint = RowOutcome.hint(rows[i].valueCell), hint != .text else { continue }
                    rows[i].link = url
                }
            }
            forms.append((reader, own, rows))
        }
        guard forms.contains(where: { $0.2.contains(where: \.hasContent) }) else { return nil }
        return LayoutPlan(layout: .form, score: 1) { dataset, report in
            for (reader, own, rows) in forms { reader.read(own, rows: rows, into: &dataset, report: &report) }
        }
    }
}

/// The role a text speaks of: mentees («наставляемых»), mentors («наставников», «наставника») or pairs («пары»).
enum MentoringRole {
    case mentors, mentees, pairs

    init?(_ text: String) {
        let t = TitleNormaliser.normalise(text)
        if t.includes("наставляем") {
            self = .mentees
        } else if t.includes("наставник") {
            self = .mentors
        } else if t.includes(" пар") || t.hasPrefix("пар") {
            self = .pairs
        } else {
            return nil
        }
    }

    /// Whether a criterion of `wording` may be a value of this role's column: its wording names this role, or none
    /// (a count of programmes, of documents). A pairs' column gives no criterion that does not name pairs.
    func admits(_ wording: String) -> Bool {
        let other = MentoringRole(wording)
        if self == .pairs { return other == .pairs }
        return other == nil || other == self
    }
}
