import Catalogue
import Foundation
import XLSXReader

/// The municipality a form names without a label (a layout nobody described, issue 25): a municipal office's form
/// titled «Мониторинг … Лесогорский муниципальный округ», a tab «Светлополянский район», a file
/// «Верхнекамск_доли_ОО_ЦМН_2024.xlsx» under «город Верхнекамск». Such a form that names no organisation and answers
/// the municipality's criteria is the municipality's, as one under «Муниципальное образование:» is.
extension FormLayoutReader {
    /// The words that name a municipality's kind: a title, a tab or a file name that holds one names a municipality.
    static let municipalityWords = [
        "муниципальный округ", "муниципального округа", "муниципальное образование", "муниципального образования",
        "муниципальный район", "муниципального района", "городской округ", "городского округа", " район",
        " района", "город ", "г. ", "управление образования", "управления образования", "отдел образования"
    ]

    /// The title line above the header, the tab or the file's name that names a municipality, nil when none does.
    /// A line that names an organisation («МБОУ «СОШ № 3» Светлополянского района») names none: it is a school's.
    func municipalityInTitles(above header: Int) -> String? {
        let lines =
            table.rows.filter { $0.index < header }.flatMap(\.cells).map { $0.text.trimmed }
            + [table.name, ((file as NSString).lastPathComponent as NSString).deletingPathExtension]
        for line in lines where !line.isEmpty && line.count <= 200 {
            let t = " " + line.lowercased().replacingOccurrences(of: "_", with: " ") + " "
            guard Self.municipalityWords.contains(where: { t.includes($0) }),
                !context.organisationWords.looksLikeName(line), context.registry.lookup(line) == nil,
                !context.organisationWords.namesType(line)
            else { continue }
            return line
        }
        return nil
    }
}
