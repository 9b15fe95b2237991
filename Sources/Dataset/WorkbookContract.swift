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

/// The layout of the hidden «Данные» sheet that `mentoring consolidate` writes (shared with the writer).
package enum DataSheetFormat {
    /// The first header cells of the sheet: one row per organisation and year, one column per criterion id.
    package static let fixedColumns = ["level", "year", "organisation_key", "organisation", "type", "municipality"]
    /// A criterion's link column is headed by its id with this suffix.
    package static let linkSuffix = "#link"
    /// Items of a list value are joined with this.
    package static let listSeparator = "; "
    /// The first header cell of the earlier layout (one row per value), still read.
    package static let longFirstColumn = "criterion_id"
    /// Levels of the rows: an organisation's values, the municipality's values (a municipal workbook), the
    /// region's values and one municipality's values within a region (a regional workbook).
    package static let organisationLevel = "org", municipalLevel = "municipal"
    package static let regionLevel = "region", municipalityLevel = "municipality"
}

/// The names of the mapping file's sheets that the reader and the writer share.
package enum MappingSheets {
    /// Wordings → criteria.
    package static let wordings = "Сопоставление"
    /// Forms that name no organisation → organisations.
    package static let forms = "Формы"
    /// Forms whose value column the headers do not tell → the column.
    package static let valueColumns = "Столбцы значений"
    /// The columns of the sheet «Формы».
    package static let formColumns = ["Файл", "Лист", "Организация", "Статус", "Как найдено", "Значений", "Год"]
    /// The statuses of the sheet «Формы»: asked, guessed from the file's name, decided.
    package static let formStatuses = (ask: "укажите организацию", guessed: "проверьте", decided: "принято")
}
