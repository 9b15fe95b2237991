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
    /// else in the sheet's name, else in the file's name: one the register knows, or one that looks like a name
    /// (Templates/organisation_words.tsv). `place` says where, for the user's message.
    func ownerByName() -> (name: String, place: String)? {
        if let signed = ownerBySignature() { return signed }
        return ownerBySheetOrFile()
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

    /// An organisation's name in the sheet's name, else in the file's name.
    func ownerBySheetOrFile() -> (name: String, place: String)? {
        let fromFile =
            context.notNamedByFile.contains(file) ? "" : context.organisationWords.name(inFileName: file) ?? ""
        let candidates = [(table.name, "имени листа «\(table.name)»"), (fromFile, "имени файла")]
        for (name, place) in candidates where !name.isEmpty && context.registry.lookup(name) != nil {
            return (name, place)
        }
        // A sheet's name of 31 characters, Excel's limit, is likely cut short («МБОУ "СОШ № 63 имени Героя Сове»): a
        // name the
        // register does not know is then asked about, not taken as another organisation.
        let cut = table.name.count >= OrganisationWords.sheetNameLimit
        for (name, place) in candidates.dropFirst(cut ? 1 : 0) where context.organisationWords.looksLikeName(name) {
            return (name, place)
        }
        return nil
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
