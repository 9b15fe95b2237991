import Catalogue
import Dataset
import Foundation
import XLSXReader

/// Layout B: a wide export, one row per organisation and one column per criterion (each optionally followed
/// by a «Ссылка» column). The header takes one to three rows; direction names merged above the criteria are
/// ignored. Rows are streamed; hyperlinks, which follow the cells in the file, are attached at the end.
struct WideLayoutReader: SheetLayout {
    let context: NormaliserContext
    let file: String
    let sheet: String

    struct Column {
        var criterion: String
        var match: MatchKind
        var link: Int?
    }

    /// A header column no criterion took: its values are kept as unassigned, row by row.
    struct Unassigned {
        var title: String
        var status: UnassignedStatus
        var candidates: [Candidate]
        var link: Int?
    }

    struct Header {
        /// Index of the last header row.
        var row: Int
        var organisation: Int
        var type: Int?
        var year: Int?
        /// The year the sheet states for every row: in its title («… (2024 г.)»), by the latest of its year
        /// columns («2023 г. | 2024 г.» under each criterion), or in the file's name (then with a «проверьте»).
        var sheetYear: Int?
        /// The organisation's ИНН (resolves it through the register).
        var inn: Int?
        /// A region-wide export's «Муниципальное образование» column: it sets `Organisation.municipality`.
        var municipality: Int?
        /// A survey export's «Отметка времени»: its rows are responses, a later one corrects an earlier one.
        var timestamp: Int?
        /// A survey export's «Адрес электронной почты»: responses from one address are one respondent's, however
        /// the name was typed.
        var email: Int?
        var columns: [Int: Column] = [:]
        var unassigned: [Int: Unassigned] = [:]
        /// Columns of ФИО: skipped, their values never read.
        var personalColumns: [(column: Int, title: String, row: Int)] = []
        var issues: [FileIssue] = []
        var resolved = Dataset()
        /// Share of the header's criterion columns that resolve (used or doubtful).
        var share = 0.0
        /// A table of one organisation's years («Год» down the rows, criteria across, no organisations' column):
        /// `organisation` is then the years' column.
        var yearsDown = false
        /// Whose years they are (a title's sentence, the user's decision, the sheet's or the file's name), and where
        /// it was found; nil while nobody has said.
        var owner: (name: String, place: String)?
    }

    static func recognise(_ sheet: SheetSource, context: NormaliserContext) throws -> LayoutPlan? {
        guard var h = findHeader(sheet.peeked, context: context, file: sheet.path, sheet: sheet.sheet.name) else {
            return nil
        }
        let reader = WideLayoutReader(context: context, file: sheet.path, sheet: sheet.sheet.name)
        if h.yearsDown { h.owner = reader.owner(above: sheet.peeked.filter { $0.index < h.row }) }
        return LayoutPlan(layout: .wide, score: 0.5 + 0.5 * h.share) { dataset, report in
            try reader.read(header: h, peeked: sheet.peeked, reader: sheet.reader, into: &dataset, report: &report)
        }
    }

    /// Recognises a wide header among the first rows: an organisation column and at least three criteria.
    static func findHeader(_ rows: [Row], context: NormaliserContext, file: String, sheet: String) -> Header? {
        let labels = context.labels, resolver = context.resolver
        func resolves(_ text: String) -> Bool {
            let e = resolver.evidence(RowQuery(title: text, year: nil, scope: .organisation))
            return e.fixed != nil || (e.candidates.first?.score ?? 0) >= resolver.suggestScore
        }
        for (i, row) in rows.prefix(10).enumerated() {
            // A column labelled as the organisations' that holds numbers is none («Организация» merged over the
            // criteria of organising the process, over a table of years).
            let labelled = row.cells.first(where: {
                labels.contains(.organisation, TitleNormaliser.normalise($0.text))
            }).flatMap { holdsNumbers($0.column, below: rows.dropFirst(i + 1)) ? nil : $0 }
            // (A table of years only where no row below names an organisation: a wide export may have a «Год» column.)
            // (The «Год» column is looked for first: the names below are asked about only for a row that has one.)
            let years =
                labelled == nil
                ? yearsColumn(row, below: rows.dropFirst(i + 1), labels: labels).flatMap { cell in
                    rows.dropFirst(i + 1).prefix(12).contains(where: { r in
                        r.cells.contains { context.organisationWords.looksLikeName($0.text) }
                    }) ? nil : cell
                } : nil
            guard let orgCell = labelled ?? namesColumn(row, below: rows.dropFirst(i + 1), context: context) ?? years
            else { continue }
            // Rows named by roles («Наставники», «Наставляемые», «Пары / группы») are no organisations: a cross table
            // of one form (`RoleColumns`).
            let roleRows = rows.dropFirst(i + 1).prefix(12).filter { r in
                r.cells.contains { $0.column == orgCell.column && FormLayoutReader.isRoleHeader($0.text.trimmed) }
            }
            if roleRows.count >= 2 { continue }
            // Titles per column: the lowest non-empty text over this row and the two rows below it that still
            // look like header rows (no organisation data yet).
            var titleRows = [row]
            var lastHeaderRow = row.index
            var yearRow: Row?
            var planFactRow: Row?
            // The organisations' label alone on its row under the titles (pandas writes its index's name so, under a
            // header of two rows): the titles are the rows above it that leave that column empty.
            if row.cells.filter({ !$0.text.trimmed.isEmpty }).count == 1 {
                let above = rows.prefix(i).suffix(2).filter { r in
                    !r.cells.contains { $0.column == orgCell.column && !$0.text.trimmed.isEmpty }
                        && r.cells.filter { !$0.text.trimmed.isEmpty }.count >= 3
                }
                if !above.isEmpty, above.last?.index == row.index - 1 { titleRows = Array(above) }
            }
            for next in rows.dropFirst(i + 1).prefix(3) {
                // A row that numbers the columns («1.1 | 1.2 | 2.1», «1 | 2 | 3», the organisations' column too) is a part
                // of the header.
                if isNumbering(next), increasing(next) {
                    lastHeaderRow = next.index
                    continue
                }
                // A row of the columns' codes («oo_name | doc_01 | doc_01_url», an export's field names): the header.
                if isCodeRow(next) {
                    lastHeaderRow = next.index
                    continue
                }
                // A data row names an organisation; a header row leaves that column empty.
                if next.cells.contains(where: { $0.column == orgCell.column && !$0.text.isEmpty }) { break }
                // «2023 г. | 2024 г.» under each criterion merged over them: the years of the columns.
                if next.cells.filter({ HeaderLabels.yearColumn($0.text) != nil }).count >= 2 {
                    yearRow = next
                    lastHeaderRow = next.index
                    continue
                }
                // «план | факт» under a criterion merged over them: which of its columns is the year's fact.
                let kinds = next.cells.filter { !$0.text.trimmed.isEmpty }.map {
                    $0.text.trimmed.count <= 30 ? labels.valueColumnKind($0.text, reportingYear: nil) : .unknown
                }
                if kinds.count >= 2, kinds.allSatisfy({ $0 != .unknown }), kinds.contains(.fact),
                    kinds.contains(.other)
                {
                    planFactRow = next
                    lastHeaderRow = next.index
                    continue
                }
                let mapped = next.cells.filter {
                    resolves($0.text) || isLinkTitle($0.text, labels)
                        || labels.contains(.value, TitleNormaliser.normalise($0.text))
                }.count
                if mapped >= 2 {
                    titleRows.append(next)
                    lastHeaderRow = next.index
                } else {
                    break
                }
            }
            var h = Header(row: lastHeaderRow, organisation: orgCell.column)
            if let years, years.column == orgCell.column {
                h.yearsDown = true
                h.year = years.column
            }
            var titles: [Int: (String, Int)] = [:]
            // A pivot's column names («value_Соглашения с ОО | url_Соглашения с ОО», R's `pivot_wider`): the value's
            // column is titled by the rest, the address's is that column's link.
            var pivotLinks: [Int: String] = [:]
            for r in titleRows {
                for c in r.cells where !c.text.isEmpty {
                    if let (kind, rest) = pivotName(c.text) {
                        if kind == .link { pivotLinks[c.column] = rest } else { titles[c.column] = (rest, r.index) }
                        if kind == .link { titles[c.column] = (c.text, r.index) }
                        continue
                    }
                    // «значение» under a wording merged over «значение | ссылка»: the wording is the column's title.
                    if titles[c.column] != nil, labels.contains(.value, TitleNormaliser.normalise(c.text)) { continue }
                    titles[c.column] = (c.text, r.index)
                }
            }
            // A short title under a group («Обучающиеся 10–19 лет» over «всего | в программах | доля, %») says what it
            // is with its group, when it is not certain alone: «Обучающиеся 10–19 лет — всего». The group's text stands
            // in its first column (merged or not), so a column's group is the nearest text at or left of it above.
            if titleRows.count > 1 {
                let upper = titleRows[titleRows.count - 2], lower = titleRows[titleRows.count - 1]
                for c in lower.cells where c.column != orgCell.column {
                    // («значение | ссылка» under a wording are the wording's value and link, as above.)
                    let t = TitleNormaliser.normalise(c.text)
                    if labels.contains(.value, t) || isLinkTitle(c.text, labels) || labels.contains(.year, t)
                        || HeaderLabels.yearColumn(c.text) != nil
                    {
                        continue
                    }
                    guard
                        let group = upper.cells.last(where: {
                            $0.column <= c.column && $0.column > orgCell.column && !$0.text.trimmed.isEmpty
                        })
                    else { continue }
                    // A group that names the participants' role («Наставляемые, чел.» over «обучающиеся 10–19 лет»,
                    // «молодые специалисты») narrows a sub-header that names none, however certain it is alone: the
                    // column counts mentees of 10–19, not all pupils of that age.
                    // (A group that is a role and little else: «Обучающиеся 10–19 лет в роли наставляемых» over
                    // «Обучающиеся 10–19 лет, чел. | из них наставляемые» describes its columns, it is no role of each.)
                    let roleFromGroup =
                        Self.namesRole(group.text) && !Self.namesRole(c.text)
                        && TitleNormaliser.normalise(group.text).split(separator: " ").count <= 3
                    guard roleFromGroup || isShortSubtitle(c.text) else { continue }
                    guard
                        roleFromGroup
                            || resolver.evidence(RowQuery(title: c.text, year: nil, scope: .organisation)).fixed == nil
                    else { continue }
                    // Under a group whose other columns name ages («из них 10–19 лет | из них 15–19 лет»), one that
                    // names none («всего в ОО») counts every age: no criterion of an age.
                    let siblings = lower.cells.filter { s in
                        s.column != c.column
                            && upper.cells.last(where: { $0.column <= s.column && !$0.text.trimmed.isEmpty })?.column
                                == group.column
                    }
                    // (Under a role, a column that names no age is the role's: «молодые специалисты» beside
                    // «обучающиеся 10–19 лет» under «Наставляемые».)
                    if !roleFromGroup, !namesAge(c.text), siblings.contains(where: { namesAge($0.text) }) { continue }
                    let combined = groupedTitle(group: group.text, sub: c.text)
                    // Only where the two together resemble a criterion enough to be offered (under a role, always: the
                    // sub-header alone would be another criterion).
                    guard
                        roleFromGroup
                            || (resolver.evidence(RowQuery(title: combined, year: nil, scope: .organisation)).candidates
                                .first?.score ?? 0) >= resolver.suggestScore
                    else { continue }
                    titles[c.column] = (combined, lower.index)
                }
            }
            // Under a criterion merged over its years, each year's column takes the criterion's title (the merged
            // text stands in the first column only); the reporting year's is read, the others are named and left.
            var otherYears: [Int: Int] = [:]
            // Under a criterion merged over «план | факт», each column takes the criterion's title; the fact is read,
            // the plan (a target, last year) is named and left.
            var notFact: [Int: String] = [:]
            if let kinds = planFactRow {
                for c in kinds.cells where !c.text.trimmed.isEmpty {
                    guard
                        let title = titles[c.column]
                            ?? titles.filter({ $0.key < c.column && $0.key != orgCell.column }).max(by: {
                                $0.key < $1.key
                            })?.value
                    else { continue }
                    titles[c.column] = title
                    if labels.valueColumnKind(c.text, reportingYear: nil) == .other {
                        notFact[c.column] = c.text.trimmed
                    }
                }
            }
            if let years = yearRow {
                let found = years.cells.compactMap { c in HeaderLabels.yearColumn(c.text).map { (c.column, $0) } }
                let latest = found.map(\.1).max()
                for (column, year) in found {
                    guard
                        let title = titles[column]
                            ?? titles.filter({ $0.key < column && $0.key != orgCell.column }).max(by: {
                                $0.key < $1.key
                            })?
                            .value
                    else { continue }
                    titles[column] = title
                    if year != latest { otherYears[column] = year }
                }
            }
            // Three criteria besides the organisation at the least (a form's «Образовательная организация | name»
            // label row stops here, before any title is matched).
            if titles.count < 4 { continue }
            var criterionColumns: [(column: Int, title: String, row: Int)] = []
            var linkOf: [Int: Int] = [:]
            var lastCriterionColumn: Int?
            var sinceLink: [(column: Int, title: String)] = []
            // Each link column's title and the columns since the previous link column (see `sourcedLinks`).
            var linkGroups: [(link: Int, title: String, columns: [(column: Int, title: String)])] = []
            // The year the table reports (its title's, its year columns' latest, its file's name's, the run's): a
            // question about another year («Сколько педагогов прошли КПК в 2023 году (для сравнения)») is not read.
            let tableYear =
                rows.prefix(i).lazy.compactMap { r in
                    r.cells.lazy.compactMap { HeaderLabels.year(inTitle: $0.text) }.first
                }
                .first ?? yearRow.flatMap { $0.cells.compactMap { HeaderLabels.yearColumn($0.text) }.max() }
                ?? HeaderLabels.year(inFileName: (file as NSString).lastPathComponent) ?? context.runYear
                ?? context.defaultYear
            for col in titles.keys.sorted() where col != h.organisation {
                let (title, r) = titles[col]!
                func notRead(_ why: String) {
                    h.issues.append(
                        FileIssue(
                            .ignoredColumn,
                            SourceRef(file: file, sheet: sheet, cell: CellRef(row: r, column: col).description),
                            "столбец «\(title)»\(why): не читается"))
                }
                if otherYears[col] == nil, let year = tableYear, let named = HeaderLabels.periodYear(inTitle: title),
                    named != year
                {
                    otherYears[col] = named
                }
                if let year = otherYears[col] {
                    notRead(" за \(year) год — не отчётный год таблицы")
                    continue
                }
                if let word = notFact[col] {
                    notRead(" — «\(word)», не факт отчётного года")
                    continue
                }
                let t = TitleNormaliser.normalise(title)
                if labels.contains(.orgType, t) { h.type = col; continue }
                if labels.contains(.year, t) { h.year = col; continue }
                if labels.contains(.inn, t) { h.inn = col; continue }
                if labels.contains(.municipality, t) { h.municipality = col; continue }
                if labels.contains(.number, t) { continue }
                if labels.contains(.timestamp, t) || labels.contains(.service, t) {
                    if labels.contains(.timestamp, t) { h.timestamp = col }
                    if t.contains("почт") || t.contains("mail") { h.email = col }
                    notRead(" — служебный столбец выгрузки")
                    continue
                }
                // A column of ФИО (of a head, of a person in charge) is personal data: never read, not even as unused.
                if BaseRules.looksLikeName(title) || context.bases.label(of: title)?.role.isName == true {
                    h.personalColumns.append((col, title, r))
                    continue
                }
                if let target = pivotLinks[col],
                    let c = criterionColumns.last(where: { $0.title == target && linkOf[$0.column] == nil })?.column
                {
                    linkOf[c] = col
                    continue
                }
                if isLinkTitle(title, labels) {
                    // «Ссылка на документ, подтверждающий количество наставников» after several questions: the ones
                    // it names; a bare «Ссылка»: the column before it.
                    linkGroups.append((col, title, sinceLink))
                    let named = linkedColumns(title, among: sinceLink.filter { linkOf[$0.column] == nil })
                    if !named.isEmpty {
                        for c in named { linkOf[c] = col }
                    } else if let last = lastCriterionColumn, linkOf[last] == nil {
                        linkOf[last] = col
                    }
                    sinceLink = []
                    continue
                }
                // A direction's name above criteria is not a column of its own.
                // (A wording over «значение | ссылка» is a criterion's, even when it reads like a direction's name.)
                if titleRows.count > 1 && r < titleRows.last!.index && resolver.direction(of: title) != nil
                    && !resolves(title)
                {
                    continue
                }
                criterionColumns.append((col, title, r))
                lastCriterionColumn = col
                sinceLink.append((col, title))
            }
            // Each column's values below the header say what it holds, when most of them agree (a column of «да» is
            // no count).
            // Each data row's cells by column, the first of a column kept (a wide export has thousands of columns).
            let dataRows = rows.drop { $0.index <= h.row }.prefix(200).map {
                Dictionary($0.cells.map { ($0.column, $0) }, uniquingKeysWith: { first, _ in first })
            }
            func columnHint(_ column: Int) -> ValueHint? {
                var seen: [ValueHint: Int] = [:]
                var total = 0
                for r in dataRows {
                    guard let cell = r[column],
                        let hint = RowOutcome.hint(cell)
                    else { continue }
                    seen[hint, default: 0] += 1
                    total += 1
                }
                guard let (hint, n) = seen.max(by: { $0.value < $1.value }), n * 3 >= total * 2 else { return nil }
                return hint
            }
            // The columns of the header are assigned together: each criterion once.
            let evidence = criterionColumns.map {
                resolver.evidence(
                    RowQuery(title: $0.title, year: nil, scope: .organisation, value: columnHint($0.column)))
            }
            let resolutions = FormAssignment.assign(evidence, resolver: resolver)
            Self.sourcedLinks(
                &linkOf, groups: linkGroups,
                criteria: Dictionary(
                    zip(criterionColumns.map(\.column), resolutions).compactMap { c, r in r.usedID.map { (c, $0) } },
                    uniquingKeysWith: { a, _ in a }),
                catalogue: context.catalogue)
            var report = FileReport(file: file)
            var known = 0
            for ((col, title, r), resolution) in zip(criterionColumns, resolutions) {
                let ref = SourceRef(file: file, sheet: sheet, cell: CellRef(row: r, column: col).description)
                let outcome = RowOutcome.Row(
                    title: title, at: ref, raw: "", link: nil, organisation: nil, year: nil,
                    layout: .wide, hasContent: true, keepsValue: false)
                if let (id, kind) = RowOutcome.record(
                    resolution, outcome, context: context, dataset: &h.resolved, report: &report)
                {
                    h.columns[col] = Column(criterion: id, match: kind, link: linkOf[col])
                    known += 1
                    continue
                }
                let status: UnassignedStatus
                switch resolution {
                case .doubtful: status = .doubtful; known += 1
                case .ignored: status = .ignored
                case .repeated: status = .repeated
                default: status = .unmatched
                }
                h.unassigned[col] = Unassigned(
                    title: title, status: status, candidates: resolution.candidates, link: linkOf[col])
            }
            // The sheet's year: its title's, else its year columns' latest, else its file's name's.
            h.sheetYear =
                rows.prefix(i).lazy.filter { r in
                    Set(r.cells.compactMap { HeaderLabels.year(inTitle: $0.text) }).count == 1
                }.compactMap { r in r.cells.lazy.compactMap { HeaderLabels.year(inTitle: $0.text) }.first }.first
                ?? yearRow.flatMap { $0.cells.compactMap { HeaderLabels.yearColumn($0.text) }.max() }
            if h.sheetYear == nil, h.year == nil, context.defaultYear == nil,
                let y = HeaderLabels.year(inFileName: (file as NSString).lastPathComponent)
            {
                h.sheetYear = y
                h.issues.append(
                    FileIssue(
                        .missingYear, nil,
                        MissingYear.fromName(y, "файла «\((file as NSString).lastPathComponent)»")))
            }
            h.issues +=
                report.issues
                + h.personalColumns.map { col, title, r in
                    FileIssue(
                        .ignoredColumn,
                        SourceRef(file: file, sheet: sheet, cell: CellRef(row: r, column: col).description),
                        "столбец «\(title)» — персональные данные (ФИО): не читается")
                }
            h.share = criterionColumns.isEmpty ? 0 : Double(known) / Double(criterionColumns.count)
            if h.columns.count >= 3 { return h }
            // A header whose organisations' column is labelled («ОО») over names, with criteria asked about rather than
            // taken (a pivot's short titles «Соглашения с ОО»): a wide table all the same, its columns asked about.
            let asked = h.unassigned.values.filter { $0.status == .doubtful }.count
            if labelled != nil, h.columns.count >= 1, h.columns.count + asked >= 4,
                rows.dropFirst(i + 1).prefix(12).contains(where: { r in
                    r.cells.contains {
                        $0.column == orgCell.column && context.organisationWords.looksLikeName($0.text)
                    }
                })
            {
                return h
            }
        }
        return nil
    }

    /// The columns a link column's title names among those since the previous link column: the ones whose titles share
    /// the most words with what the title says it proves (a survey's «Ссылка на документ, подтверждающий результаты
    /// анкетирования» proves both satisfaction questions before it). None when it names nothing of them.
    static func linkedColumns(_ linkTitle: String, among columns: [(column: Int, title: String)]) -> [Int] {
        func stems(_ text: String) -> Set<String> {
            Set(TitleTokens.stems(TitleNormaliser.normalise(text))).subtracting(TitleTokens.stopWords)
                .subtracting(linkWords)
        }
        let said = stems(linkTitle)
        guard !said.isEmpty else { return [] }
        let shared = columns.map { ($0.column, stems($0.title).intersection(said).count) }
        guard let best = shared.map(\.1).max(), best > 0 else { return [] }
        var tied = shared.filter { $0.1 == best }.map(\.0)
        // Tied on the subject: the kind of document the link names decides, when one column names it too («Ссылка на
        // приказ о мониторинге» after «… [Приказ о мониторинге ЦМН]» and «… [Справка по итогам мониторинга]»).
        if tied.count > 1 {
            let kinds = Set(TitleTokens.stems(TitleNormaliser.normalise(linkTitle))).intersection(documentKinds)
            let naming = tied.filter { c in
                columns.first { $0.column == c }.map {
                    !Set(TitleTokens.stems(TitleNormaliser.normalise($0.title))).isDisjoint(with: kinds)
                } ?? false
            }
            if naming.count == 1 { tied = naming }
        }
        // «Ссылка на приказ об утверждении ПП» after «ПП, всего» and its parts «ПП по форме …»: the whole's document.
        let wholes = tied.filter { c in
            columns.first { $0.column == c }.map {
                TitleNormaliser.normalise($0.title).split(separator: " ").contains("всего")
            }
                ?? false
        }
        return tied.count > 1 && wholes.count == 1 ? wholes : tied
    }

    /// A link column proves the columns it was given whose criteria need a document; one given only to columns whose
    /// criteria need none (a share the tool computes) goes to the columns of its group that need one, by the words its
    /// title shares with theirs, or to none: «Ссылка на приказ о закреплении наставляемых из числа обучающихся» after
    /// «Какую долю обучающихся 10–19 лет охватывает наставничество (наставляемые)?» proves no share.
    static func sourcedLinks(
        _ linkOf: inout [Int: Int], groups: [(link: Int, title: String, columns: [(column: Int, title: String)])],
        criteria: [Int: String], catalogue: Catalogue
    ) {
        func needs(_ column: Int) -> Bool? { criteria[column].flatMap { catalogue.criterion($0)?.needsSource } }
        for g in groups {
            let given = linkOf.filter { $0.value == g.link }.map(\.key)
            let unsourced = given.filter { needs($0) == false }
            guard !unsourced.isEmpty else { continue }
            for c in unsourced { linkOf[c] = nil }
            guard unsourced.count == given.count else { continue }
            let named = linkedColumns(
                g.title, among: g.columns.filter { needs($0.column) == true && linkOf[$0.column] == nil })
            for c in named { linkOf[c] = g.link }
        }
    }

    /// The kinds of document a link's title may name (stems).
    static let documentKinds = Set(["приказ", "приказом", "справка", "положение", "программа"].map(TitleTokens.stem))

    /// Words of any link column's title, which name no criterion.
    static let linkWords = Set(
        [
            "ссылка", "ссылки", "документ", "документа", "подтверждающий", "подтверждающие", "подтверждающего",
            "источник",
            "url", "адрес", "файл", "сайт", "размещения",
            // The kind of document the link is to: counts say «по приказу» too, and share nothing else with it.
            "приказ", "приказом", "приказу", "укажите", "вставьте"
        ].map(TitleTokens.stem))

    /// Whether most of what the rows below hold in a column are numbers.
    static func holdsNumbers(_ column: Int, below: ArraySlice<Row>) -> Bool {
        let cells = below.prefix(12).compactMap { r in r.cells.first { $0.column == column } }.filter {
            !$0.text.trimmed.isEmpty
        }
        let numbers = cells.filter { $0.storedNumber != nil || Double($0.text.trimmed) != nil }.count
        return cells.count >= 2 && numbers * 2 > cells.count
    }

    /// The header cell «Год» over a column of years (at least one, and most of what it holds that is a number):
    /// the rows are one organisation's years.
    static func yearsColumn(_ header: Row, below: ArraySlice<Row>, labels: HeaderLabels) -> Cell? {
        header.cells.first { h in
            guard labels.contains(.year, TitleNormaliser.normalise(h.text)) else { return false }
            let texts = below.prefix(12).compactMap { r in r.cells.first { $0.column == h.column }?.text.trimmed }
                .filter { !$0.isEmpty }
            let years = texts.filter { yearOfRow($0) != nil }.count
            let numbers = texts.filter { Double($0.replacingOccurrences(of: ",", with: ".")) != nil }.count
            return years >= 1 && years * 2 >= numbers
        }
    }

    /// The year a row of a years' table is about: «2024», «2024 г.», «2024 год».
    static func yearOfRow(_ text: String) -> Int? {
        if let y = HeaderLabels.yearColumn(text) { return (1990...2100).contains(y) ? y : nil }
        return nil
    }

    /// Whose years a years' table holds: the user's decision for the file and sheet, a name in a title line above
    /// the table («Мониторинг МБОУ «…» за 2022–2024 гг.»), else the sheet's or the file's name when the register knows
    /// it or it looks like an organisation's name.
    func owner(above rows: [Row]) -> (name: String, place: String)? {
        if let decided = context.resolver.decisions.organisation(file: file, sheet: sheet) {
            return (decided, "файла сопоставления")
        }
        for r in rows {
            for c in r.cells {
                if let name = context.organisationWords.nameInSentence(c.text) { return (name, "заголовка") }
            }
        }
        let fromFile =
            context.notNamedByFile.contains(file) ? "" : context.organisationWords.name(inFileName: file) ?? ""
        let candidates = [(sheet, "листа «\(sheet)»"), (fromFile, "файла")]
        for (name, place) in candidates where !name.isEmpty && context.registry.lookup(name) != nil {
            return (name, place)
        }
        for (name, place) in candidates.dropFirst(sheet.count >= OrganisationWords.sheetNameLimit ? 1 : 0)
        where context.organisationWords.looksLikeName(name) {
            return (name, place)
        }
        return nil
    }

    /// The header cell over a column of organisations' names whose label is none we know («Полное наименование
    /// образовательной организации (как в уставе)», a survey's question): at least two of the rows below name an
    /// organisation there, and nearly all that hold anything in it do.
    static func namesColumn(_ header: Row, below: ArraySlice<Row>, context: NormaliserContext) -> Cell? {
        let rows = below.prefix(12)
        return header.cells.first { h in
            guard !h.text.trimmed.isEmpty, !context.organisationWords.looksLikeName(h.text) else { return false }
            let texts = rows.compactMap { r in r.cells.first { $0.column == h.column }?.text.trimmed }.filter {
                !$0.isEmpty
            }
            let names = texts.filter { context.organisationWords.looksLikeName($0) }.count
            return names >= 2 && names * 4 >= texts.count * 3
        }
    }

    /// A sub-header with its group: «Обучающиеся 10–19 лет — всего»; a part of the group («из них 15–19 лет» under
    /// «Обучающиеся») is the group's such ones, «Обучающиеся — 15–19 лет»; a sub-header that says its kind
    /// («доля, %», «количество») goes first, so that the title still announces it: «доля, % — Обучающиеся 15–19 лет».
    static func groupedTitle(group: String, sub: String) -> String {
        var part = sub.trimmed
        for prefix in ["из них:", "из них", "в том числе:", "в том числе", "в т.ч.", "в т. ч."]
        where part.lowercased().hasPrefix(prefix) {
            part = String(part.dropFirst(prefix.count)).trimmed
            break
        }
        if part.isEmpty { part = sub.trimmed }
        if WordingKind.of(normalisedTitle: TitleNormaliser.normalise(part)) != nil {
            return part + " — " + group.trimmed
        }
        return group.trimmed + " — " + part
    }

    /// Whether a title names a role in mentoring: mentors, mentees, their pairs («Наставники», «наставляемых»,
    /// «Наставнические пары»).
    static func namesRole(_ text: String) -> Bool {
        let t = TitleNormaliser.normalise(text)
        return t.includes("наставни") || t.includes("наставляем")
    }

    /// Whether a title names an age: a number and «лет», or two numbers joined by a dash («10–19»).
    static func namesAge(_ text: String) -> Bool {
        if text.contains("лет"), text.contains(where: \.isNumber) { return true }
        let chars = Array(text)
        for (i, ch) in chars.enumerated() where "\u{2013}\u{2014}-".contains(ch) {
            let before = chars[..<i].reversed().first { $0 != " " }, after = chars[(i + 1)...].first { $0 != " " }
            if before?.isNumber == true && after?.isNumber == true { return true }
        }
        return false
    }

    /// A sub-header that names its column only with the group above it: three words at most («всего», «из них
    /// наставники», «доля, %»), or a part's or a share's start («из них …», «в т.ч. …», «доля …»).
    static func isShortSubtitle(_ text: String) -> Bool {
        let t = TitleNormaliser.normalise(text)
        guard !t.isEmpty else { return false }
        return t.split(separator: " ").count <= 3
            || ["из них", "в т.ч", "в т. ч", "в том числе", "доля", "всего"].contains(where: { t.hasPrefix($0) })
    }

    /// Whether a row's numbers rise from cell to cell (a row numbering columns, not a row of figures).
    static func increasing(_ row: Row) -> Bool {
        let numbers = row.cells.compactMap { Double($0.text.trimmed.split(separator: ".").first ?? "") }
        return zip(numbers, numbers.dropFirst()).allSatisfy { $0 <= $1 }
    }

    /// A row whose every entry is a field's code: Latin letters, digits, «_» and «.», a letter among them, no space;
    /// three entries at least.
    static func isCodeRow(_ row: Row) -> Bool {
        let texts = row.cells.map { $0.text.trimmed }.filter { !$0.isEmpty }
        return texts.count >= 3
            && texts.allSatisfy { t in
                t.count <= 40 && t.contains(where: { $0.isASCII && $0.isLetter })
                    && t.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == "." }
            }
    }

    /// A row whose every entry numbers a column: «1», «1.1», «2.3.», with at least two entries.
    static func isNumbering(_ row: Row) -> Bool {
        let texts = row.cells.map { $0.text.trimmed }.filter { !$0.isEmpty }
        return texts.count >= 2
            && texts.allSatisfy { t in
                t.count <= 8 && t.first?.isNumber == true && t.allSatisfy { $0.isNumber || $0 == "." }
            }
    }

    /// A row whose cells under the criteria are all addresses (at least one), and whose organisations' cell is
    /// empty or names no organisation («ссылки на подтверждающие документы», «Ссылки на документы (2024 г.)»).
    static func isLinkRow(_ row: Row, header h: Header, name: Cell?, _ context: NormaliserContext) -> Bool {
        var addresses = 0
        // (Criterion columns only, and out at the first value that is no address: most rows cost a lookup or two.)
        for c in row.cells where h.columns[c.column] != nil {
            let t = c.text.trimmed
            if t.isEmpty { continue }
            guard FormLayoutReader.isAddressStart(t) else { return false }
            addresses += 1
        }
        guard addresses > 0 else { return false }
        guard let text = name?.text.trimmed, !text.isEmpty else { return true }
        return context.registry.lookup(text) == nil && !context.organisationWords.looksLikeName(text)
    }

    /// The rows without a name whose organisations' cell is merged with the one of an organisation's row above
    /// them (one organisation, a row a year): normalised again with that organisation's name.
    func namedByMerge(
        _ rows: [Row], header h: Header, merged: [MergedRange], rowSpans: [Int: Range<Int>], _ dataset: Dataset
    ) -> [Part] {
        rows.compactMap { row -> Part? in
            guard
                let m = merged.first(where: {
                    $0.first.row < row.index && $0.last.row >= row.index && $0.first.column <= h.organisation
                        && $0.last.column >= h.organisation
                }), let span = rowSpans[m.first.row], !span.isEmpty,
                let key = dataset.observations.organisation(at: span.lowerBound),
                let name = dataset.organisations[key]?.name
            else { return nil }
            var named = row
            named.cells.removeAll { $0.column == h.organisation }
            named.cells.append(Cell(column: h.organisation, value: .text(name)))
            named.cells.sort { $0.column < $1.column }
            return normalise([named], header: h)
        }
    }

    /// Each row of addresses gives its links to the values of the nearest row above it that holds values, column by
    /// column (a value's own column or its link column); a value that has a link keeps it.
    static func attach(_ rows: [Row], header h: Header, rowSpans: [Int: Range<Int>], _ dataset: inout Dataset) {
        guard !rows.isEmpty else { return }
        let columnOf = Dictionary(h.columns.map { ($0.value.criterion, $0.key) }, uniquingKeysWith: { a, _ in a })
        let valueRows = rowSpans.keys.sorted()
        for row in rows {
            guard let above = valueRows.last(where: { $0 < row.index }), let span = rowSpans[above] else { continue }
            for cell in row.cells {
                let url = cell.text.trimmed
                guard FormLayoutReader.isAddressStart(url) else { continue }
                for i in span {
                    guard let col = columnOf[dataset.observations.criterion(at: i)],
                        col == cell.column || h.columns[col]?.link == cell.column,
                        dataset.observations.link(at: i) == nil
                    else { continue }
                    dataset.observations[i].link = url
                    break
                }
            }
        }
    }

    /// «value_…» and «url_…» (also «val_», «link_», «ссылка_»): a pivot's names of a value's column and of its link's.
    static func pivotName(_ text: String) -> (kind: PivotColumn, rest: String)? {
        let t = text.trimmingCharacters(in: .whitespaces)
        for (prefix, kind) in [("value_", PivotColumn.value), ("val_", .value), ("url_", .link), ("link_", .link)] {
            if t.lowercased().hasPrefix(prefix), t.count > prefix.count + 2 {
                let rest = String(t.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                // Only a wording after it («value_Соглашения с ОО»), not a field's name («value_2»).
                if rest.contains(where: { $0.isLetter && !$0.isASCII }) { return (kind, rest) }
            }
        }
        return nil
    }

    enum PivotColumn { case value, link }

    static func isLinkTitle(_ text: String, _ labels: HeaderLabels) -> Bool {
        let t = TitleNormaliser.normalise(text)
        if labels.contains(.link, t) || t.hasPrefix("ссылка") { return true }
        // A questionnaire's request for it: «Укажите ссылку на приказ …», «Вставьте ссылки на документы».
        let words = t.split(separator: " ", maxSplits: 2)
        return words.count > 1 && words[0].hasSuffix("те") && words[1].hasPrefix("ссылк")
    }

    /// What one batch of rows gives: its values, its organisations and its part of the file's report.
    struct Part {
        var dataset = Dataset()
        var issues: [FileIssue] = []
        var year: Int?
        /// Row → the respondent's e-mail address (lower case), in a survey export that gives it.
        var emails: [Int: String] = [:]
        var organisations = 0
        var values = 0
        /// Row → its values' indices in `dataset.observations`, for the hyperlinks at the end.
        var rowSpans: [(row: Int, span: Range<Int>)] = []
        /// Rows with values and no organisation's name: named at the end, unless the name is merged down over them.
        var unnamed: [Row] = []
        /// Rows of addresses under an organisation's row («ссылки на подтверждающие документы»): its values' links.
        var linkRows: [Row] = []
    }

    /// Reads data rows (the peeked ones first, then the rest of the stream). The XML is parsed on one thread
    /// (`RowPrefetcher`) and its batches of rows are normalised on all cores, then merged in the sheet's
    /// order, so the outcome is the same as reading row after row.
    func read(
        header h: Header, peeked: [Row], reader: SheetRowReader, into dataset: inout Dataset,
        report: inout FileReport
    ) throws {
        report.layout = .wide
        report.issues += h.issues
        var guessed: UnnamedForm?
        if h.yearsDown {
            // One organisation's years: its form, named where it was found («проверьте» unless the user decided it),
            // or asked about by file in the mapping file when nothing names it.
            report.layout = .form
            let at = SourceRef(file: file, sheet: sheet, cell: "")
            guard let owner = h.owner else {
                report.issues.append(
                    FileIssue(
                        .missingOrganisation, at,
                        "таблица по годам одной организации, но организация не названа: значения не учтены; впишите её "
                            + "в файле сопоставления (check --mapping-out, лист «\(MappingSheets.forms)»), затем --mapping"
                    ))
                dataset.unnamedForms.append(
                    UnnamedForm(file: file, sheet: sheet, year: h.sheetYear, values: h.columns.count, guess: nil))
                return
            }
            let org = context.organisation(named: owner.name, typeText: nil, inn: nil)
            report.organisations = [org.name]
            if owner.place != "файла сопоставления" {
                report.issues.append(
                    FileIssue(
                        .organisationGuessed, at,
                        "таблица по годам одной организации; наименование взято из \(owner.place): «\(owner.name)»"
                            + (context.registry.lookup(owner.name) != nil ? " (есть в реестре)" : "")
                            + " — проверьте; если организация другая, впишите её в файле сопоставления (лист «\(MappingSheets.forms)»)"
                    ))
                guessed = UnnamedForm(file: file, sheet: sheet, year: h.sheetYear, values: 0, guess: org.name)
                guessed?.byFileName = owner.place == "файла"
            }
        }
        for (key, r) in h.resolved.resolved { dataset.noteResolved(r, key: key) }
        report.mapped = h.columns.count
        var rowSpans: [Int: Range<Int>] = [:], emails: [Int: String] = [:]
        var orgCount = 0
        var unnamed: [Row] = [], linkRows: [Row] = []
        func merge(_ part: Part) {
            unnamed += part.unnamed
            linkRows += part.linkRows
            let offset = dataset.observations.count
            dataset.merge(part.dataset)
            report.issues += part.issues
            report.year = report.year ?? part.year
            report.values += part.values
            orgCount += part.organisations
            for (row, span) in part.rowSpans { rowSpans[row] = (span.lowerBound + offset)..<(span.upperBound + offset) }
            emails.merge(part.emails) { a, _ in a }
        }
        merge(normalise(peeked, header: h))
        let rows = RowPrefetcher(reader)
        try Parallel.pipeline(
            next: { try rows.nextBatch() }, transform: { normalise($0, header: h) }, consume: { merge($0) })
        let columnOf = Dictionary(h.columns.map { ($0.value.criterion, $0.key) }, uniquingKeysWith: { a, _ in a })
        for (cell, link) in reader.hyperlinks {
            guard let url = link.url, let span = rowSpans[cell.row] else { continue }
            for i in span {
                let o = dataset.observations[i]
                guard let col = columnOf[o.criterion], col == cell.column || h.columns[col]?.link == cell.column else {
                    continue
                }
                dataset.observations[i].linkText = o.link == url ? nil : o.link
                dataset.observations[i].link = FormLayoutReader.withoutSentencePunctuation(url)
                break
            }
        }
        // Rows under an organisation's row: its name merged down over them (a row a year), a row of its links.
        for part in namedByMerge(unnamed, header: h, merged: reader.mergedRanges, rowSpans: rowSpans, dataset) {
            merge(part)
        }
        for row in unnamed where rowSpans[row.index] == nil {
            report.issues.append(
                FileIssue(
                    .missingOrganisation,
                    SourceRef(
                        file: file, sheet: sheet, cell: CellRef(row: row.index, column: h.organisation).description),
                    "в строке есть значения, но не указана организация; строка пропущена"))
        }
        Self.attach(linkRows, header: h, rowSpans: rowSpans, &dataset)
        let repeated = RepeatedRows.keepOne(
            rowSpans, surveyed: h.timestamp != nil, emails: h.timestamp != nil ? emails : [:], file: file, sheet: sheet,
            &dataset, &report)
        if h.yearsDown {
            // One organisation's form: its year is the latest of its rows (the others are earlier years').
            report.year =
                rowSpans.values.filter { !$0.isEmpty }.map { dataset.observations.year(at: $0.lowerBound) }
                .max() ?? report.year
            if var form = guessed {
                form.year = report.year
                form.values = report.values
                dataset.unnamedForms.append(form)
            }
        } else {
            report.wideOrganisations = (report.wideOrganisations ?? 0) + orgCount - repeated
        }
    }

    /// Normalises a batch of data rows on its own (header rows are skipped).
    func normalise(_ rows: [Row], header h: Header) -> Part {
        var part = Part()
        // Locals, not `self`: what a closure captures is copied per value, and the context is large.
        let file = self.file, sheet = self.sheet, context = self.context
        func ref(_ r: Int, _ c: Int) -> SourceRef {
            SourceRef(file: file, sheet: sheet, cell: CellRef(row: r, column: c).description)
        }
        let criterionColumns = h.columns.sorted { $0.key < $1.key }
        let unassigned = h.unassigned.sorted { $0.key < $1.key }
        let units = criterionColumns.map { context.catalogue.criterion($0.value.criterion)!.unit }
        let fileID = part.dataset.observations.intern(file), sheetID = part.dataset.observations.intern(sheet)
        let criterionIDs = criterionColumns.map { part.dataset.observations.intern($0.value.criterion) }
        // Shares the catalogue computes from parts: a bare «0,87» among them is weighed against its parts later.
        let sharesWithParts = criterionColumns.map { column -> Bool in
            let c = context.catalogue.criterion(column.value.criterion)!
            return c.unit == .share && c.aggregation == .ratio && !c.numerator.isEmpty && !c.denominator.isEmpty
        }
        // Columns of levels in which some organisation wrote percent points («90»): a bare «0,9» there is unsure.
        let levelsInPoints = Set(
            criterionColumns.indices.filter { k in
                units[k] == .level
                    && rows.contains { row in
                        row.index > h.row
                            && row.cells.contains { $0.column == criterionColumns[k].key && ShareScale.inPoints($0) }
                    }
            })
        var byColumn: [Cell?] = []  // the current row's cells by column (reused)
        for row in rows where row.index > h.row {
            for c in row.cells {
                if c.column >= byColumn.count {
                    byColumn += [Cell?](repeating: nil, count: c.column + 1 - byColumn.count)
                }
                byColumn[c.column] = c
            }
            defer { for c in row.cells { byColumn[c.column] = nil } }
            func cell(_ column: Int?) -> Cell? { column.flatMap { $0 < byColumn.count ? byColumn[$0] : nil } }
            // A row of addresses under an organisation's row, named «ссылки …» or not at all: its values' links.
            if Self.isLinkRow(row, header: h, name: cell(h.organisation), context) {
                part.linkRows.append(row)
                continue
            }
            let nameCell: Cell
            if h.yearsDown, let owner = h.owner {
                // A row of one organisation's years: a year, or no row of values («Среднее за 3 года», units).
                guard cell(h.year).flatMap({ Self.yearOfRow($0.text) }) != nil else {
                    if let c = cell(h.organisation),
                        row.cells.contains(where: { $0.storedNumber != nil && h.columns[$0.column] != nil })
                    {
                        part.issues.append(
                            FileIssue(
                                .totalRow, ref(row.index, h.organisation),
                                "«\(c.text.trimmed)» — не год таблицы по годам; значения строки не учтены"))
                    }
                    continue
                }
                nameCell = Cell(column: h.organisation, value: .text(owner.name))
            } else {
                guard let c = cell(h.organisation), !c.text.trimmed.isEmpty else {
                    if !row.cells.isEmpty, row.cells.contains(where: { h.columns[$0.column] != nil }) {
                        part.unnamed.append(row)
                    }
                    continue
                }
                nameCell = c
            }
            let holdsValues = row.cells.contains(where: { h.columns[$0.column] != nil && !$0.text.trimmed.isEmpty })
            // A note under the table in the organisations' column («Отчётный год: 2024»), with no values: no organisation.
            if let colon = nameCell.text.firstIndex(of: ":"),
                context.labels.isFieldLabel(String(nameCell.text[..<colon])), !holdsValues
            {
                continue
            }
            // A note under the table («Примечание: 1 – да, 0 – нет») holds no values and names no organisation.
            if !holdsValues, context.registry.lookup(nameCell.text.trimmed) == nil,
                !context.organisationWords.looksLikeName(nameCell.text)
            {
                continue
            }
            // A row of totals («Итого по району») or of the signature under the table («Исполнитель: …»): no
            // organisation, and its figures are none's (the workbook sums the organisations' own).
            let total = context.labels.isTotal(nameCell.text), sample = context.labels.isSample(nameCell.text)
            if total || sample || context.labels.isFooter(nameCell.text) {
                if holdsValues || total || sample {
                    part.issues.append(
                        FileIssue(
                            total ? .totalRow : sample ? .sampleRow : .footerRow, ref(row.index, h.organisation),
                            "«\(nameCell.text.trimmed)» — "
                                + (total
                                    ? "строка итогов, не организация"
                                    : sample
                                        ? "строка-образец заполнения, не организация"
                                        : "строка подписи под таблицей, не организация")
                                + "; её значения не учтены"))
                }
                continue
            }
            // A branch's row («филиал МБОУ «Подгорновская СОШ» в с. Ключи») is part of its organisation, unless the
            // register lists it on its own: named, its figures not used (the organisation's row gives them).
            if context.labels.isBranch(nameCell.text), context.registry.lookup(nameCell.text.trimmed) == nil {
                if holdsValues {
                    part.issues.append(
                        FileIssue(
                            .branchRow, ref(row.index, h.organisation),
                            "«\(nameCell.text.trimmed)» — строка филиала, не отдельная организация; её значения не учтены"
                                + " (если филиал отчитывается сам, внесите его в реестр организаций: --organisations)"))
                }
                continue
            }
            var org = context.organisation(named: nameCell.text, typeText: cell(h.type)?.text, inn: cell(h.inn)?.text)
            if let issue = context.notInRegister(org, at: ref(row.index, h.organisation)) { part.issues.append(issue) }
            if let m = cell(h.municipality)?.text.trimmed, !m.isEmpty {
                org.municipality = m
                // In a region, schools of one name in two municipalities («МБОУ СОШ № 1») are two organisations.
                if context.keysCarryMunicipality {
                    org.key = OrganisationKey.make(m) + OrganisationKey.municipalitySeparator + org.key
                }
            }
            part.dataset.record(org)
            part.organisations += 1
            let stated = cell(h.year).flatMap { HeaderLabels.year(in: $0.text) } ?? h.sheetYear
            if stated == nil && context.defaultYear == nil {
                part.issues.append(
                    FileIssue(.missingYear, ref(row.index, h.organisation), MissingYear.message(context)))
            }
            guard let year = stated ?? context.defaultYear ?? context.runYear else { continue }
            part.year = part.year ?? year
            let first = part.dataset.observations.count
            let orgID = part.dataset.observations.intern(org.key)
            for (k, (col, column)) in criterionColumns.enumerated() {
                let value = cell(col)
                let linkCell = cell(column.link)
                if value == nil && linkCell == nil { continue }
                var (parsed, raw, issue) = observe(value, unit: units[k], source: ref(row.index, col))
                if levelsInPoints.contains(k), case .number? = parsed, let value, ShareScale.isBare(value),
                    let t = ShareScale.typed(value), t.decimals <= 2
                {
                    parsed = .text(raw)
                    issue = ShareScale.unsureLevel(raw: raw.trimmed, typed: t.value, ref(row.index, col))
                }
                if let issue { part.issues.append(issue) }
                if sharesWithParts[k], case .number? = parsed, let value, ShareScale.isBare(value),
                    let t = ShareScale.typed(value), t.decimals <= 2
                {
                    part.dataset.bareShares.append(
                        BareShare(
                            criterion: column.criterion, organisation: org.key, year: year,
                            source: ref(row.index, col), typed: t.value, decimals: t.decimals, unsure: nil))
                }
                let linkText = linkCell.map { FormLayoutReader.withoutSentencePunctuation($0.text.trimmed) }
                part.dataset.observations.append(
                    criterion: criterionIDs[k], year: year, organisation: orgID, value: parsed, raw: raw,
                    link: linkText?.isEmpty == false ? linkText : nil, linkText: nil, note: nil,
                    file: fileID, sheet: sheetID, row: row.index, column: col, match: column.match)
                part.values += 1
            }
            if part.dataset.observations.count > first {
                part.rowSpans.append((row.index, first..<part.dataset.observations.count))
                if let address = cell(h.email)?.text.trimmed.lowercased(), address.contains("@") {
                    part.emails[row.index] = address
                }
            }
            // Values of columns no criterion took are kept, with the column's candidates.
            for (col, u) in unassigned {
                let raw = cell(col)?.text.trimmed ?? ""
                let link = cell(u.link)?.text.trimmed
                if raw.isEmpty && (link ?? "").isEmpty { continue }
                part.dataset.unassigned.append(
                    UnassignedValue(
                        wording: u.title, key: TitleTokens.key(u.title), status: u.status, candidates: u.candidates,
                        raw: raw,
                        link: link?.isEmpty == false ? link : nil, organisation: org.key, year: year, layout: .wide,
                        source: ref(row.index, col)))
            }
        }
        return part
    }
}
