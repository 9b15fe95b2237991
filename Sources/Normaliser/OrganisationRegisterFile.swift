import Catalogue
import Dataset
import XLSXReader

/// A problem in the register of organisations, with its file, sheet and cell.
package struct RegisterFileError: Error, CustomStringConvertible {
    package let file: String
    package let sheet: String?
    package let cell: String?
    package let message: String

    package var description: String {
        file + (sheet.map { ", лист «\($0)»" } ?? "") + (cell.map { ", ячейка \($0)" } ?? "") + ": " + message
    }
}

/// Reads the register of the municipality's organisations (`--organisations РЕЕСТР.xlsx`, a blank one from
/// `mentoring template --organisations`): a header row with «Полное наименование», «Тип» (школа / ДОП) and,
/// optionally, «Краткое наименование», «Муниципальное образование», «ИНН» (the titles of labels.tsv, roles
/// `full_name`, `org_type`, `short_name`, `municipality`, `inn`), then a row per organisation. The header is
/// found by its titles in the first rows of the first sheet that has one: columns in any order, other columns
/// ignored, rows above it (a title) skipped. An empty type is guessed from the name.
package enum OrganisationRegisterFile {
    /// How many rows from the top the header may stand.
    static let headerSearchRows = 30

    package static func read(_ path: String, labels: HeaderLabels, limits: ReaderLimits = .default) throws
        -> [OrganisationRegistry.Entry]
    {
        let file = try XLSXFile.open(path, limits: limits)
        let visible = file.sheets.filter { $0.state == .visible }
        for sheet in visible {
            let table = try file.readSheet(sheet)
            guard let header = findHeader(table, labels: labels) else { continue }
            return try entries(table, header: header, path: path)
        }
        throw RegisterFileError(
            file: path, sheet: visible.first?.name, cell: nil,
            message: "не найдена строка заголовка реестра: нужны столбцы «Полное наименование» и «Тип» "
                + "(и по желанию «Краткое наименование», «Муниципальное образование», «ИНН»); "
                + "пустой реестр даёт mentoring template --organisations")
    }

    struct Header {
        var row: Int
        var full: Int
        var short: Int?
        var type: Int?
        var municipality: Int?
        var inn: Int?
    }

    /// The first row that names the full-name column (or, without one, the organisation's name) and one more
    /// column of the register.
    static func findHeader(_ table: SheetTable, labels: HeaderLabels) -> Header? {
        for row in table.rows.prefix(headerSearchRows) {
            var found: [HeaderLabels.Role: Int] = [:]
            var name: Int?
            for cell in row.cells {
                let t = TitleNormaliser.normalise(cell.text)
                if let role = labels.role(of: t, among: [.fullName, .shortName, .orgType, .municipality, .inn]) {
                    if found[role] == nil { found[role] = cell.column }
                } else if name == nil, labels.contains(.organisation, t) {
                    name = cell.column
                }
            }
            guard let full = found[.fullName] ?? name, found.count - (found[.fullName] == nil ? 0 : 1) >= 1 else {
                continue
            }
            return Header(
                row: row.index, full: full, short: found[.shortName], type: found[.orgType],
                municipality: found[.municipality], inn: found[.inn])
        }
        return nil
    }

    static func entries(_ table: SheetTable, header h: Header, path: String) throws -> [OrganisationRegistry.Entry] {
        let sheet = table.name
        func error(_ row: Int, _ column: Int, _ message: String) -> RegisterFileError {
            RegisterFileError(
                file: path, sheet: sheet, cell: CellRef(row: row, column: column).description, message: message)
        }
        var out: [OrganisationRegistry.Entry] = []
        var rowOfKey: [String: (row: Int, name: String)] = [:], rowOfINN: [String: Int] = [:]
        for row in table.rows where row.index > h.row {
            func text(_ column: Int?) -> String {
                column.flatMap { c in row.cells.first { $0.column == c } }.map { OrganisationName.clean($0.text) } ?? ""
            }
            let full = text(h.full), short = text(h.short), typeText = text(h.type), innText = text(h.inn)
            if full.isEmpty {
                // A row with only a type or a municipality (a template's prefilled row) is no organisation.
                if !short.isEmpty || !innText.isEmpty {
                    throw error(row.index, h.full, "не указано полное наименование организации")
                }
                continue
            }
            var type = typeText.isEmpty ? .unknown : OrganisationType(typeText: typeText)
            if !typeText.isEmpty && type == .unknown {
                throw error(row.index, h.type!, "тип «\(typeText)» не распознан: укажите «школа» или «ДОП»")
            }
            if type == .unknown { type = OrganisationKey.guessType(full) }
            if type == .unknown && !short.isEmpty { type = OrganisationKey.guessType(short) }
            if type == .unknown {
                throw error(
                    row.index, h.type ?? h.full, "не указан тип организации «\(full)»: укажите «школа» или «ДОП»")
            }
            var inn: String?
            if !innText.isEmpty {
                guard let digits = Self.inn(innText) else {
                    throw error(row.index, h.inn!, "ИНН «\(innText)» — не 10 и не 12 цифр")
                }
                if let first = rowOfINN[digits] {
                    throw error(row.index, h.inn!, "ИНН \(digits) уже указан в строке \(first + 1)")
                }
                rowOfINN[digits] = row.index
                inn = digits
            }
            // Each name (full and short) names one organisation.
            for (name, column) in [(full, h.full), (short, h.short ?? h.full)] where !name.isEmpty {
                let key = OrganisationKey.make(name)
                if let first = rowOfKey[key], first.row != row.index {
                    throw error(
                        row.index, column,
                        "«\(name)» уже есть в реестре (строка \(first.row + 1): «\(first.name)»); "
                            + "у каждой организации своё наименование")
                }
                rowOfKey[key] = (row.index, full)
            }
            let municipality = text(h.municipality)
            out.append(
                OrganisationRegistry.Entry(
                    name: full, type: type, shortName: short.isEmpty ? nil : short,
                    municipality: municipality.isEmpty ? nil : municipality, inn: inn,
                    source: SourceRef(
                        file: path, sheet: sheet, cell: CellRef(row: row.index, column: h.full).description)))
        }
        if out.isEmpty {
            throw RegisterFileError(
                file: path, sheet: sheet, cell: nil,
                message: "в реестре нет ни одной организации (под строкой заголовка \(h.row + 1))")
        }
        return out
    }

    /// An ИНН as digits: 10 (a legal entity) or 12; a number cell that lost the leading zero (9 or 11 digits)
    /// gets it back. nil when the text is not an ИНН.
    package static func inn(_ text: String) -> String? {
        let t = text.filter { !$0.isWhitespace }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        switch t.count {
        case 10, 12: return t
        case 9, 11: return "0" + t
        default: return nil
        }
    }
}
