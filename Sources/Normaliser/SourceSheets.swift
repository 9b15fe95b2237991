import XLSXReader

/// A form whose values are formulas into a sheet of raw figures («Расчёт», «Исходные данные»: «=Расчёт!B3»,
/// «=ROUND(Расчёт!B5/Расчёт!B6*100,2)»): that sheet is the form's source, not a second form of the organisation. A
/// layout nobody described (issue 25): its rows, worded as the school keeps its figures, were read as the
/// organisation's values beside the form's own, and where the form's formulas had no stored result they stood alone.
enum SourceSheets {
    /// Cells of a form that read the other sheet, at least: a share computed from another sheet's counts is no source.
    static let leastCells = 5

    /// The sheets read as forms that another sheet read as a form takes its values from, each with that form's sheet.
    /// (Only a sheet named as raw figures, `HeaderLabels.isSourceSheet`: a «Проверка» sheet reads the form itself.)
    static func sources(_ read: [String: SheetTable], labels: HeaderLabels) -> [(source: String, form: String)] {
        read.compactMap { name, table -> (String, String)? in
            let refs = table.crossSheetFormulas
            guard refs.cells >= leastCells, refs.sheets.count == 1, let source = refs.sheets.first,
                source != name, read[source] != nil, labels.isSourceSheet(source)
            else { return nil }
            return (source, name)
        }.sorted { $0.0 < $1.0 }
    }
}
