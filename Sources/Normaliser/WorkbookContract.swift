/// What a workbook written by `mentoring consolidate` promises to the runs that read it back (next year's history,
/// `rollup`, the page): the names its writer uses and its readers look for, defined once. The data sheet's columns
/// are `DataSheetReader.fixedColumns` and the criterion ids.
package enum WorkbookContract {
    /// The hidden sheet with every value of the run, one row per organisation or municipality and year.
    package static let dataSheet = "Данные"
    /// The sheet that lists the findings, and the header of its kind column (counted when a workbook is read back).
    package static let findingsSheet = "Замечания"
    package static let findingsKindColumn = "Вид"
}
