import Catalogue
import Dataset
import Foundation
import XLSXReader

/// A base of mentors or of mentees (seed 002): a header row whose cells are the bases' column labels
/// (Templates/base_columns.tsv) — ФИО, year of birth, request, dates, form of mentoring, place of work, results — and
/// a row per person. Which base it is comes from its columns, not from its title (seed 002 swaps the titles of its two
/// forms): labels that only one base has («Основной запрос наставляемого», «Основные компетенции наставника») decide,
/// else the leftmost ФИО column. The organisation comes from a label above the table, as on a form
/// («Образовательная организация»); otherwise `DatasetChecks` looks for the form beside it.
///
/// Nothing the base says is kept as text (`PersonalBase`). A table with a ФИО column that is not a base this reader
/// knows is not read by any layout either: it is named in the file's report, by file and sheet only.
struct BaseLayoutReader: SheetLayout {
    static func recognise(_ sheet: SheetSource, context: NormaliserContext) throws -> LayoutPlan? {
        let rules = context.bases
        var header: (row: Row, labels: [(column: Int, label: BaseRules.Label)])?
        var personal: Row?
        for row in sheet.peeked {
            let texts = row.cells.filter { $0.storedNumber == nil && !$0.text.trimmed.isEmpty }
            // Both a header (three roles) and a row of a table of ФИО need three texts: most rows of a form have fewer.
            guard texts.count >= 3 else { continue }
            let readings = texts.map { (column: $0.column, reading: rules.reading(of: $0.text)) }
            let found = readings.compactMap { r in r.reading.label.map { (r.column, $0) } }
            let roles = Set(found.map(\.1.role)).subtracting([.number])
            let labelsName = found.contains { $0.1.role.isName }
            if labelsName && roles.count >= 3 { header = (row, found); break }
            if personal == nil && (labelsName || readings.contains { $0.reading.namesPerson }) { personal = row }
        }
        let file = sheet.path, name = sheet.sheet.name
        guard let header, let kind = kind(of: header.labels) else {
            guard header != nil || personal != nil else { return nil }
            // A table of ФИО that is not a base this reader knows. When it has a base's columns besides the ФИО
            // («Год рождения», «Форма наставничества»…) it is a base gone wrong: nothing of it is read, by any layout.
            // Otherwise a form or an export that reads the sheet better goes first (they never keep a ФИО column's
            // values); no other layout — nothing is read.
            let baseLike =
                header != nil
                || personal!.cells.contains { c in
                    guard let role = rules.label(of: c.text)?.role else { return false }
                    return !role.isName && role != .number
                }
            return LayoutPlan(layout: .base, score: baseLike ? 1 : 0.01) { _, report in
                report.personalData = true
                if report.layout == nil { report.layout = .base }
                report.issues.append(
                    FileIssue(
                        .unreadBase, SourceRef(file: file, sheet: name, cell: ""),
                        "лист «\(name)» похож на базу наставников или наставляемых (есть столбец ФИО), но его столбцы не распознаны: "
                            + "лист не прочитан, его данные не учтены и никуда не переносятся"))
            }
        }
        var columns: [BaseColumn: Int] = [:]
        for (column, label) in header.labels {
            let role = label.role.resolved(in: kind)
            if columns[role] == nil { columns[role] = column }
        }
        let table = try sheet.table()
        return LayoutPlan(layout: .base, score: 1) { dataset, report in
            let form = FormLayoutReader(context: context, file: file, table: table)
            let lab = form.labels(above: header.row.index - 1)
            var organisation: Organisation?
            if let n = lab.organisation, !n.trimmed.isEmpty {
                organisation = context.organisation(named: n, typeText: lab.type, inn: lab.inn)
            }
            let year = lab.year.flatMap(HeaderLabels.year(in:)) ?? form.titleYear(above: header.row.index)
            let rows = read(table, after: header.row.index, kind: kind, columns: columns, rules: rules)
            dataset.bases.append(
                PersonalBase(
                    file: file, sheet: name, kind: kind, organisation: organisation, labelYear: year,
                    columns: Set(columns.keys), rows: rows, rules: rules))
            report.personalData = true
            if report.layout == nil { report.layout = .base }
            if let organisation, report.organisations.isEmpty { report.organisations = [organisation.name] }
            report.bases.append(BaseSheetSummary(sheet: name, kind: kind, rows: rows.count))
        }
    }

    /// The base the labels point to; nil when they cannot tell.
    static func kind(of labels: [(column: Int, label: BaseRules.Label)]) -> BaseKind? {
        let mentors = labels.filter { $0.label.evidence == .mentors }.count
        let mentees = labels.filter { $0.label.evidence == .mentees }.count
        if mentors != mentees { return mentors > mentees ? .mentors : .mentees }
        // As many labels of either: the base begins with the ФИО of those it is about.
        let first = labels.filter { $0.label.role == .mentorName || $0.label.role == .menteeName }.min {
            $0.column < $1.column
        }
        return first.map { $0.label.role == .mentorName ? .mentors : .mentees }
    }

    /// The rows under the header that name the person the base is about, reduced to tokens and numbers.
    static func read(
        _ table: SheetTable, after header: Int, kind: BaseKind, columns: [BaseColumn: Int],
        rules: BaseRules
    ) -> [PersonalBase.Row] {
        var out: [PersonalBase.Row] = []
        for row in table.rows where row.index > header {
            func cell(_ c: BaseColumn) -> Cell? { columns[c].flatMap { col in row.cells.first { $0.column == col } } }
            func text(_ c: BaseColumn) -> String { cell(c)?.text ?? "" }
            let subject = kind == .mentors ? BaseColumn.mentorName : .menteeName
            guard let who = PersonalBase.token(text(subject)) else { continue }
            let mentees: [UInt64]
            if kind == .mentees {
                mentees = [who]
            } else {
                // The base of mentors names a mentor's mentees in one cell: «;», «,» or a new line between them.
                mentees = text(.menteeName).split(whereSeparator: { ";,\n".contains($0) }).compactMap {
                    PersonalBase.token(String($0))
                }
            }
            let start = date(cell(.start))
            out.append(
                PersonalBase.Row(
                    row: row.index, mentor: kind == .mentors ? who : PersonalBase.token(text(.mentorName)),
                    mentees: mentees,
                    mentorBirthYear: birthYear(cell(.mentorBirthYear)),
                    menteeBirthYear: kind == .mentees ? birthYear(cell(.menteeBirthYear)) : nil,
                    form: rules.formCriterion(text(.form)),
                    mentorWorkplace: rules.workplaceKind(text(.mentorWorkplace)),
                    startYear: start?.year, startDay: start?.day, endYear: date(cell(.end))?.year))
        }
        return out
    }

    static let plausibleYears = 1900...2100

    /// A year of birth: a number («2010»), a date, or the year in a text («12.03.2010», «2010 г.»).
    static func birthYear(_ cell: Cell?) -> Int? {
        guard let cell else { return nil }
        if case .number(let n) = cell.value, n == n.rounded(), plausibleYears.contains(Int(n)) { return Int(n) }
        return date(cell)?.year
    }

    /// A date's year and, when the cell gives a whole date, its day (Excel's serial): a date cell, a serial number, a
    /// text «15.09.2024» or «2024-09-15», or a text with a year alone («сентябрь 2024»).
    static func date(_ cell: Cell?) -> (year: Int, day: Int?)? {
        guard let cell else { return nil }
        switch cell.value {
        case .date(let d, let serial):
            return (utc.component(.year, from: d), Int(serial.rounded(.down)))
        case .number(let n):
            if n == n.rounded(), plausibleYears.contains(Int(n)) { return (Int(n), nil) }
            // A serial number of a date from 1927 on (smaller numbers are not dates of this field).
            guard n >= 10_000, n < 2_958_466 else { return nil }
            let d = XLSXDates.date(fromSerial: n, date1904: false)
            let y = utc.component(.year, from: d)
            return plausibleYears.contains(y) ? (y, Int(n.rounded(.down))) : nil
        case .text(let s):
            let parts = s.split(whereSeparator: { !$0.isNumber }).map(String.init)
            var day: Int?, year: Int?
            if parts.count >= 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) {
                // «15.09.2024» or «2024-09-15».
                let (d, m, y) = parts[0].count == 4 ? (c, b, a) : (a, b, parts[2].count == 2 ? 2000 + c : c)
                var comps = DateComponents()
                comps.year = y; comps.month = m; comps.day = d
                if (1...12).contains(m), (1...31).contains(d), plausibleYears.contains(y),
                    let date = utc.date(from: comps),
                    utc.component(.day, from: date) == d
                {
                    year = y
                    day = Int(XLSXDates.serial(of: date, date1904: false).rounded(.down))
                }
            }
            if year == nil {
                year = parts.last { $0.count == 4 }.flatMap(Int.init).flatMap { plausibleYears.contains($0) ? $0 : nil }
            }
            return year.map { ($0, day) }
        default:
            return nil
        }
    }

    static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()
}

/// For tools that show a sheet's cells (`mentoring inspect`): whether the sheet is a base of mentors or mentees, or
/// another table with a column of ФИО, whose cells must not be shown.
package enum PersonalData {
    /// Whether `rows` (a sheet's first rows) hold a header of such a table: three texts or more, one of them a ФИО.
    /// `rules` add the bases' own labels («Наставник», «Наставляемый»); without them the ФИО words alone decide.
    package static func isPersonalTable(_ rows: [Row], rules: BaseRules?) -> Bool {
        rows.contains { row in
            let texts = row.cells.filter { $0.storedNumber == nil && !$0.text.trimmed.isEmpty }
            return texts.count >= 3
                && texts.contains { BaseRules.looksLikeName($0.text) || rules?.label(of: $0.text)?.role.isName == true }
        }
    }
}
