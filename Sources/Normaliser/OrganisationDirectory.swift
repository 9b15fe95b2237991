import Catalogue
import Dataset
import XLSXReader

/// A workbook's own directory of its organisations (a layout nobody described, issue 25, heldout93): an operator's
/// workbook of a sheet per organisation, each sheet named and headed by the organisation's code («18-042», «Код ОО:
/// 18-042»), with a «Справочник» sheet «Код | ИНН | Полное наименование | Краткое наименование». The forms name no
/// organisation, and each was asked about by file. Now a form that names none is named from the directory by its
/// sheet's name or its ИНН, and the user is told where the name came from («проверьте»).
struct OrganisationDirectory: Sendable {
    /// The directory's sheet.
    var sheet: String
    /// Each code and ИНН of a row (as typed, trimmed) → the row's longest name.
    var names: [String: String]

    /// The directory on a sheet named as a reference («Справочник», role `reference` of Templates/labels.tsv): rows
    /// that hold a name an organisation's words make (`OrganisationWords.looksLikeName`) and, beside it, codes (short
    /// cells with a digit, no name). Two rows at least.
    static func find(in file: XLSXFile, context: NormaliserContext) -> OrganisationDirectory? {
        for sheet in file.sheets where context.labels.isReferenceSheet(sheet.name) {
            guard let reader = try? file.rows(sheet) else { continue }
            var names: [String: String] = [:]
            var rows = 0, read = 0
            while read < 2_000, let row = try? reader.next() {
                read += 1
                let texts = row.cells.map { $0.value.plainText.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
                let named = texts.filter { $0.count > 6 && context.organisationWords.looksLikeName($0) }
                guard let name = named.max(by: { $0.count < $1.count }) else { continue }
                let codes = texts.filter { t in
                    t.count <= 20 && t.contains(where: \.isNumber) && !named.contains(t)
                }
                guard !codes.isEmpty else { continue }
                rows += 1
                for code in codes { names[code] = name }
            }
            if rows >= 2 { return OrganisationDirectory(sheet: sheet.name, names: names) }
        }
        return nil
    }

    /// The name of the first of `keys` the directory holds, with that key.
    func name(for keys: [String]) -> (key: String, name: String)? {
        for key in keys {
            let k = key.trimmingCharacters(in: .whitespaces)
            if let n = names[k] { return (k, n) }
        }
        return nil
    }
}
