import Catalogue
import Dataset
import Foundation
import XLSXReader

/// A title sheet: a sheet of a workbook that holds no form but labels whose form the workbook is («Титул»:
/// «Образовательная организация — МБОУ …», «Отчётный период — 01.01.2024 – 31.12.2024»). The forms on the sheets
/// after it that name no organisation take its fields (`FormLayoutReader.read`), with a «проверьте» naming the title
/// sheet's cell.
enum TitleSheetReader {
    /// The fields of a sheet that labels an organisation (by a label the tool knows, or a name the register
    /// knows); nil for any other sheet (an instruction, an empty sheet, a text that merely looks like a name).
    static func read(_ source: SheetSource, context: NormaliserContext) throws -> NormaliserContext.TitleSheet? {
        // A title sheet is short: a long sheet that is no form is something else (a list, a copy of data).
        guard source.peeked.count < 40 else { return nil }
        let table = try source.table()
        guard let last = table.rows.last?.index else { return nil }
        var block = HeaderBlock.read(table, above: last + 1, context: context)
        guard let name = block.organisation?.trimmed, !name.isEmpty else { return nil }
        // A sample of filling in under an instruction («Образец заполнения шапки: / Наименование ОО: МБОУ «СОШ № 1»»)
        // names no organisation of the workbook.
        if let at = block.organisationCell,
            table.rows.contains(where: { row in
                (at.row - 2...at.row).contains(row.index)
                    && row.cells.contains { context.labels.isSample($0.text.trimmed) }
            })
        {
            return nil
        }
        // A printed title page names the organisation in its lines, not after a label («в государственном бюджетном
        // общеобразовательном учреждении / «Кадетская школа-интернат …» / (ГБОУ «КШИ «Патриот»)»), and the period
        // («за 2024 год»): a name found by its words counts there when the page also states the reporting year.
        let titleYear = table.rows.lazy.flatMap(\.cells).compactMap { HeaderLabels.year(inTitle: $0.text) }.first
        switch block.how {
        case .label?, .register?: break
        case .content?, .sentence?:
            guard let titleYear else { return nil }
            block.year = block.year ?? String(titleYear)
        default: return nil
        }
        if block.year == nil, let titleYear { block.year = String(titleYear) }
        return NormaliserContext.TitleSheet(sheet: table.name, block: block)
    }
}
