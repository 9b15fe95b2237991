import Catalogue
import Dataset
import Foundation
import XLSXReader

/// Whose form a sheet is: an organisation's (named by the user's decision, the header block, or the sheet's or the
/// file's name) or the municipality's, from evidence: the labels, and the level of the criteria it answers
/// (`Criterion.level`). A form that answers organisations' criteria and names no organisation is never the
/// municipality's; the user is asked for its organisation (the mapping file's sheet «Формы»).
extension FormLayoutReader {
    /// The organisation's name as the user decided it for this file and sheet, else as the header block gives it.
    func owner(_ block: HeaderBlock) -> (name: String, how: HeaderBlock.How)? {
        if let columnOwner { return (columnOwner, .label) }
        if let decided = context.resolver.decisions.organisation(file: file, sheet: table.name) {
            return (decided, .decided)
        }
        guard let name = block.organisation?.trimmed, !name.isEmpty else { return nil }
        return (name, block.how ?? .label)
    }

    /// An organisation's name in the signature under the form («Директор МБОУ «Лицей № 4» ____ / О.Н. Саватеева /»),
    /// else outside the cells or in the sheet's or file's name (`ownerByPlaces`). `place` says where, for the user's
    /// message; `others` are names another place gives that are not this one (a print header against the file's name).
    func ownerByName() -> (name: String, place: String, others: [(name: String, place: String)])? {
        if let signed = ownerBySignature() { return (signed.name, signed.place, []) }
        return ownerByPlaces()
    }

    /// A name in a signature line of the sheet (a row that starts as a footer does: «Директор», «Руководитель ОО»).
    func ownerBySignature() -> (name: String, place: String)? {
        for row in table.rows.reversed() {
            for cell in row.cells {
                let text = cell.text.trimmed
                guard context.labels.isFooter(text) else { continue }
                if let name = context.organisationWords.nameInSentence(text) {
                    let at = CellRef(row: row.index, column: cell.column)
                    return (name, "строки подписи (\(origin(at.row, at.column)))")
                }
            }
        }
        return nil
    }

    /// The places where a person who opens the file sees whose it is, when no cell says: the page's header and footer
    /// (print preview), the sheet's text boxes and notes, the sheet's name, the Name Manager's texts and the document's
    /// title (File › Properties), the file's name, and last the document's Company (often the computer's owner, not
    /// the form's). The first name the register knows, else the first that looks like a name
    /// (Templates/organisation_words.tsv). `company` false leaves the Company out.
    func ownerByPlaces(company: Bool = true) -> (name: String, place: String, others: [(name: String, place: String)])?
    {
        let words = context.organisationWords
        var candidates: [(name: String, place: String)] = []
        for section in table.headerFooter {
            if let name = words.name(inNote: section) { candidates.append((name, "колонтитула листа «\(table.name)»")) }
        }
        for t in context.ownerPlaces.sheets[table.name] ?? [] {
            if let name = words.name(inNote: t.text) { candidates.append((name, t.place)) }
        }
        // A sheet's name of 31 characters, Excel's limit, is likely cut short («МБОУ "СОШ № 63 имени Героя Сове»): a
        // name the register does not know is then asked about, not taken as another organisation.
        let cut = table.name.count >= OrganisationWords.sheetNameLimit
        if context.registry.lookup(table.name) != nil || (!cut && words.looksLikeName(table.name)) {
            candidates.append((table.name, "имени листа «\(table.name)»"))
        }
        for t in context.ownerPlaces.document {
            if let name = words.name(inNote: t.text) { candidates.append((name, t.place)) }
        }
        if !context.notNamedByFile.contains(file), let name = nameInFileName() {
            candidates.append((name, "имени файла"))
        }
        for t in context.ownerPlaces.company where company {
            if let name = words.name(inNote: t.text) { candidates.append((name, t.place)) }
        }
        guard let chosen = candidates.first(where: { context.registry.lookup($0.name) != nil }) ?? candidates.first
        else { return nil }
        var others: [(name: String, place: String)] = []
        for c in candidates where differ(c.name, chosen.name) && !others.contains(where: { !differ($0.name, c.name) }) {
            others.append(c)
        }
        return (chosen.name, chosen.place, others)
    }

    /// An organisation's name in the file's name: the part before the words that name the form
    /// (`OrganisationWords.name(inFileName:)`), else one a sentence would hold («Форма МАОУ Лицей 14» → «МАОУ Лицей 14»).
    private func nameInFileName() -> String? {
        let words = context.organisationWords
        if let name = words.name(inFileName: file), context.registry.lookup(name) != nil || words.looksLikeName(name) {
            return name
        }
        return OrganisationWords.nameInFileName(file).flatMap(words.nameInSentence)
    }

    /// Whether two names found for one form name two organisations: the register tells them apart, or their numbers
    /// differ («СОШ № 18» and «СОШ 16»). Names without a number are not told apart (a full name and its short form).
    private func differ(_ a: String, _ b: String) -> Bool {
        if let x = context.registry.lookup(a), let y = context.registry.lookup(b) { return x.name != y.name }
        func numbers(_ s: String) -> Set<String> {
            Set(s.split(whereSeparator: { !$0.isNumber }).map(String.init).filter { $0.count <= 4 })
        }
        let (x, y) = (numbers(a), numbers(b))
        return !x.isEmpty && !y.isEmpty && x != y
    }

    /// How many used rows with a value answer criteria of each level.
    func levels(_ resolutions: [Resolution], _ rows: [CriterionRow]) -> (organisation: Int, municipal: Int) {
        var org = 0, municipal = 0
        for (r, row) in zip(resolutions, rows) where row.hasContent {
            guard case .used(let id, _, _) = r, let level = context.catalogue.criterion(id)?.level else { continue }
            if level == .municipal { municipal += 1 } else { org += 1 }
        }
        return (org, municipal)
    }

    /// Whether a form that names no organisation is the municipality's: it answers the municipality's criteria (as
    /// many as organisations' ones, or some under a «Муниципальное образование» label), or is labelled so and answers
    /// no organisation's criterion. Never a file read again as an organisation's (`NormaliserContext.notMunicipal`).
    func isMunicipal(_ answers: (organisation: Int, municipal: Int), labelled: Bool) -> Bool {
        if context.notMunicipal.contains(file) { return false }
        if answers.municipal > 0 { return labelled || answers.municipal >= answers.organisation }
        return labelled && answers.organisation == 0
    }

    /// Records the form's organisation in the dataset and the report (a workbook may hold several forms, one a sheet).
    func noteOrganisation(_ org: Organisation, _ block: HeaderBlock, dataset: inout Dataset, report: inout FileReport) {
        dataset.record(org)
        if !report.organisations.contains(org.name) { report.organisations.append(org.name) }
        report.layout = .form
        let at = SourceRef(file: file, sheet: table.name, cell: block.organisationCell?.description ?? "")
        if let issue = context.notInRegister(org, at: at) { report.issues.append(issue) }
    }

    /// An organisation's form whose organisation is unknown: its wordings are resolved (and asked about) as any
    /// form's, its values are not used; the form is listed for the mapping file's sheet «Формы».
    func unnamed(
        _ rows: [CriterionRow], _ resolutions: [Resolution], _ evidence: [RowEvidence], year: Int,
        into dataset: inout Dataset, report: inout FileReport
    ) {
        let sheet = table.name
        report.layout = .form
        var values = 0
        for ((row, resolution), e) in zip(zip(rows, resolutions), evidence) {
            let at = SourceRef(file: file, sheet: sheet, cell: origin(row.index, row.titleColumn).description)
            let outcome = RowOutcome.Row(
                title: row.query.wording ?? row.title, at: at, raw: row.valueCell?.text ?? "", link: row.link,
                organisation: nil,
                year: year, layout: .form, hasContent: row.hasContent, key: e.key)
            if RowOutcome.record(resolution, outcome, context: context, dataset: &dataset, report: &report) != nil,
                row.hasContent
            {
                values += 1
                report.mapped += 1
            }
        }
        dataset.unnamedForms.append(UnnamedForm(file: file, sheet: sheet, year: year, values: values, guess: nil))
        report.issues.append(
            FileIssue(
                .missingOrganisation, SourceRef(file: file, sheet: sheet, cell: ""),
                "не найдено наименование организации: ни подписи, которую программа знает («Образовательная организация», "
                    + "«Наименование ОО» …), ни наименования над таблицей, в имени листа или файла; это не форма муниципалитета "
                    + "(ответы на критерии организаций) — значения формы (\(values)) не учтены; впишите организацию в файле "
                    + "сопоставления (check --mapping-out, лист «\(MappingSheets.forms)»), затем --mapping, или над таблицей формы"
            ))
    }
}
