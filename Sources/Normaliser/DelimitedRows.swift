import XLSXReader

/// A CSV file opened in Excel without being split into columns and saved as XLSX: every row one text in the first
/// column, «МБОУ «СОШ № 3»;16;3;1;0;https://…». Its fields are the row's cells, as the program that wrote it meant;
/// the numbers stay text, read as any typed number is.
enum DelimitedRows {
    /// Rows that must hold the delimiter for a sheet to be taken for one.
    static let leastRows = 3

    /// The delimiter of a sheet whose every text stands in one column and whose rows hold «;» (or a tab) at least
    /// twice each, mostly; nil for any other sheet.
    static func delimiter(_ rows: [Row]) -> Character? {
        let filled = rows.filter { r in r.cells.contains { !$0.text.trimmed.isEmpty } }
        guard filled.count >= leastRows,
            Set(filled.flatMap { r in r.cells.filter { !$0.text.trimmed.isEmpty }.map(\.column) }).count == 1
        else { return nil }
        for d: Character in [";", "\t"] {
            let holding = filled.filter { r in r.cells.contains { $0.text.filter { $0 == d }.count >= 2 } }
            if holding.count >= leastRows, holding.count * 4 >= filled.count * 3 { return d }
        }
        return nil
    }

    /// Each row's text split into cells at the delimiter, from its column on («"…;…"» quoted as CSV keeps its
    /// delimiters; «""» is a quote).
    static func split(_ rows: [Row], by d: Character) -> [Row] {
        rows.map { row in
            guard let cell = row.cells.first(where: { !$0.text.trimmed.isEmpty }) else { return row }
            let fields = fields(cell.text, d)
            let cells = fields.enumerated().compactMap { k, f -> Cell? in
                let t = f.trimmingCharacters(in: .whitespaces)
                return t.isEmpty ? nil : Cell(column: cell.column + k, value: .text(t))
            }
            return Row(index: row.index, hidden: row.hidden, cells: cells)
        }
    }

    static func fields(_ text: String, _ d: Character) -> [String] {
        var out: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.append("\"")
                        chars = chars.dropFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.trimmingCharacters(in: .whitespaces).isEmpty {
                quoted = true
            } else if c == d {
                out.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        out.append(field)
        return out
    }
}
