import Dataset

/// Our own consolidated workbooks of the forms' year among the forms: the output of an earlier run left in the forms'
/// folder (`consolidate Формы/ -o Формы/свод.xlsx`, run twice). Its «Данные» sheet holds the same organisations'
/// values as the forms, and read beside them every link finding was counted twice. Such a workbook is named and not
/// read; last year's workbook beside this year's forms stays history, and a workbook read with no form beside it is
/// read as before (its «Данные» are all there is).
enum OwnResults {
    /// The files of `reports` that are consolidated workbooks of `year` or later while forms were read too, each with
    /// the report that replaces its reading.
    static func find(_ reports: [FileReport], year: Int?) -> [String: FileReport] {
        let formLayouts: [InputLayout] = [.form, .municipalForm, .wide]
        guard let year, reports.contains(where: { !$0.failed && $0.layout.map(formLayouts.contains) == true })
        else { return [:] }
        var out: [String: FileReport] = [:]
        for r in reports where r.layout == .dataSheet && !r.failed {
            guard let theirs = r.year, theirs >= year else { continue }
            var skipped = FileReport(file: r.file)
            skipped.layout = .dataSheet
            skipped.year = theirs
            skipped.issues.append(
                FileIssue(
                    .ownResult, nil,
                    "сводная книга за \(theirs) год (скрытый лист «Данные») среди форм \(year) года: не читается — её "
                        + "значения взяты из тех же форм. Уберите её из папки форм; сводную книгу "
                        + "прошлого года передавайте с --history"))
            out[r.file] = skipped
        }
        return out
    }
}
