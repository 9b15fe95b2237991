import Catalogue
import Dataset
import XLSXReader

/// A problem in the mapping file, with its cell.
package struct MappingFileError: Error, CustomStringConvertible {
    package let file: String
    package let cell: String?
    package let message: String
    package var sheet = "Сопоставление"

    package init(file: String, cell: String?, message: String, sheet: String = "Сопоставление") {
        self.file = file
        self.cell = cell
        self.message = message
        self.sheet = sheet
    }

    package var description: String {
        "\(file)" + (cell.map { ", лист «\(sheet)», ячейка \($0)" } ?? "") + ": \(message)"
    }
}

/// Reads the user's decisions from a mapping file (`check --mapping-out`, edited in Excel or LibreOffice):
/// the sheet «Сопоставление» (or the first sheet) with a header row holding «Формулировка», «Критерий» and
/// «Статус». A row «принято» uses its wording for the criterion named in «Критерий» (its wording in any
/// year, the form's wording, a synonym, or its id); «не учитывать» silences the wording; other rows are
/// not decisions. The sheet «Формы», when present, gives the organisation of forms that name none: a row with
/// «Организация» filled and «Статус» «принято» (or left «укажите организацию»: typing the name is the decision).
package enum MappingFile {

    package static func read(_ path: String, catalogue: Catalogue, limits: ReaderLimits = .default) throws
        -> MappingDecisions
    {
        try read(XLSXFile.open(path, limits: limits), catalogue: catalogue)
    }

    /// Reads the decisions of a mapping file already open (the input classifier's).
    package static func read(_ file: XLSXFile, catalogue: Catalogue) throws -> MappingDecisions {
        let path = file.path
        guard let sheet = file.sheet(named: "Сопоставление") ?? file.sheets.first else {
            throw MappingFileError(file: path, cell: nil, message: "в книге нет листа «Сопоставление»")
        }
        let reader = try file.rows(sheet)
        var columns: [String: Int]?
        var decisions = MappingDecisions()
        var byWording: [String: String] = [:]
        for c in catalogue.criteria {
            byWording[c.id.lowercased()] = c.id
            for w in Array(c.wordings.values) + c.synonyms + (c.formWording.map { [$0] } ?? []) {
                byWording[TitleTokens.key(w)] = byWording[TitleTokens.key(w)] ?? c.id
            }
        }
        while let row = try reader.next() {
            guard let cols = columns else {
                columns = headerColumns(row, ["формулировка", "критерий", "статус"])
                continue
            }
            func text(_ name: String) -> String { row.cells.first { $0.column == cols[name] }?.text.trimmed ?? "" }
            let wording = text("формулировка")
            guard !wording.isEmpty else { continue }
            let status = TitleNormaliser.normalise(text("статус"))
            let cell = CellRef(row: row.index, column: cols["статус"]!).description
            switch status {
            case "принято":
                let named = text("критерий")
                guard !named.isEmpty else {
                    throw MappingFileError(
                        file: path, cell: CellRef(row: row.index, column: cols["критерий"]!).description,
                        message:
                            "статус «принято», но критерий не выбран; выберите критерий из списка или поставьте «не учитывать»"
                    )
                }
                guard let id = byWording[named.lowercased()] ?? byWording[TitleTokens.key(named)] else {
                    throw MappingFileError(
                        file: path, cell: CellRef(row: row.index, column: cols["критерий"]!).description,
                        message:
                            "критерий «\(named)» не найден в каталоге; выберите его из списка (лист «Критерии») или впишите идентификатор"
                    )
                }
                decisions.set(.use(id), forWording: wording)
            case "не учитывать":
                decisions.set(.ignore, forWording: wording)
            case "проверьте", "не сопоставлено", "":
                continue
            default:
                throw MappingFileError(
                    file: path, cell: cell,
                    message:
                        "неизвестный статус «\(text("статус"))»; допустимы: принято, проверьте, не сопоставлено, не учитывать"
                )
            }
        }
        guard columns != nil else {
            throw MappingFileError(
                file: path, cell: nil, message: "нет строки заголовка со столбцами «Формулировка», «Критерий», «Статус»"
            )
        }
        if let sheet = file.sheet(named: MappingSheets.valueColumns) {
            try readValueColumns(file, sheet, path: path, into: &decisions)
        }
        if let forms = file.sheet(named: MappingSheets.forms) {
            try readForms(try file.rows(forms), path: path, into: &decisions)
        }
        return decisions
    }

    /// The columns of a header row that names every one of `names` (normalised), nil when it does not.
    static func headerColumns(_ row: Row, _ names: [String]) -> [String: Int]? {
        var found: [String: Int] = [:]
        for cell in row.cells {
            let t = TitleNormaliser.normalise(cell.text)
            if names.contains(t) && found[t] == nil { found[t] = cell.column }
        }
        return found.count == names.count ? found : nil
    }

    /// Rows «Столбцы формы | Столбец значений | Статус»: a row «принято» reads every form with these candidate
    /// columns from the chosen one.
    static func readValueColumns(
        _ file: XLSXFile, _ sheet: SheetInfo, path: String, into decisions: inout MappingDecisions
    ) throws {
        let reader = try file.rows(sheet)
        var columns: [String: Int]?
        while let row = try reader.next() {
            guard let cols = columns else {
                columns = headerColumns(row, ["столбцы формы", "столбец значений", "статус"])
                continue
            }
            func text(_ name: String) -> String { row.cells.first { $0.column == cols[name] }?.text.trimmed ?? "" }
            let candidates = text("столбцы формы").components(separatedBy: " | ").map(\.trimmed)
            guard !candidates.joined().isEmpty, TitleNormaliser.normalise(text("статус")) == "принято" else { continue }
            let chosen = text("столбец значений")
            guard candidates.contains(where: { TitleTokens.key($0) == TitleTokens.key(chosen) }) else {
                throw MappingFileError(
                    file: path, cell: CellRef(row: row.index, column: cols["столбец значений"]!).description,
                    message:
                        "столбец «\(chosen)» — не один из столбцов формы (\(candidates.joined(separator: ", "))); выберите из списка",
                    sheet: MappingSheets.valueColumns)
            }
            decisions.setValueColumn(chosen, among: candidates)
        }
    }

    /// The sheet «Формы»: Файл | Лист | Организация | Статус.
    static func readForms(_ reader: SheetRowReader, path: String, into decisions: inout MappingDecisions) throws {
        var columns: [String: Int]?
        while let row = try reader.next() {
            guard let cols = columns else {
                // «Лист» may be left out: the decision is then the file's, every sheet.
                columns = headerColumns(row, ["файл", "организация", "статус"])
                if columns != nil, let sheet = row.cells.first(where: { TitleNormaliser.normalise($0.text) == "лист" })
                {
                    columns!["лист"] = sheet.column
                }
                continue
            }
            func text(_ name: String) -> String {
                cols[name].flatMap { c in row.cells.first { $0.column == c }?.text.trimmed } ?? ""
            }
            let file = text("файл"), organisation = text("организация")
            guard !file.isEmpty else { continue }
            let status = TitleNormaliser.normalise(text("статус"))
            func error(_ column: String, _ message: String) -> MappingFileError {
                MappingFileError(
                    file: path, cell: CellRef(row: row.index, column: cols[column]!).description, message: message,
                    sheet: MappingSheets.forms)
            }
            switch status {
            case MappingSheets.formStatuses.decided:
                guard !organisation.isEmpty else {
                    throw error(
                        "организация",
                        "статус «принято», но организация не указана; впишите наименование организации формы")
                }
                decisions.set(organisation: organisation, file: file, sheet: text("лист"))
            case MappingSheets.formStatuses.ask, "":
                if !organisation.isEmpty { decisions.set(organisation: organisation, file: file, sheet: text("лист")) }
            case MappingSheets.formStatuses.guessed:
                continue
            default:
                throw error(
                    "статус",
                    "неизвестный статус «\(text("статус"))»; допустимы: \(MappingSheets.formStatuses.decided), \(MappingSheets.formStatuses.guessed), \(MappingSheets.formStatuses.ask)"
                )
            }
        }
    }
}
