import XLSXReader

extension InputReader {
    /// Whether a reader of this module recognises `file`: a workbook of ours (its «Данные» sheet), or a visible sheet
    /// some layout can read (the layout found, nothing read). The input classifier asks it of a file whose header is
    /// a register's: a wide export has such a header too, with criteria beside it.
    package func recognises(_ file: XLSXFile) -> Bool {
        if let data = file.sheet(named: WorkbookContract.dataSheet), let reader = try? file.rows(data),
           let first = try? reader.next(), DataSheetReader.isDataSheet(first) {
            return true
        }
        return file.sheets.contains { sheet in
            guard sheet.state == .visible, let source = try? SheetSource(path: file.path, file: file, sheet: sheet) else { return false }
            return (try? SheetLayouts.best(source, context: context)) != nil
        }
    }
}
