import Catalogue
import Consolidation
import Dataset
import XLSXWriter

/// The hidden «Данные» sheet: every value in machine-readable form, read back as history next year.
///
/// One row per organisation and year (and one per year for the municipality), one column per criterion and
/// one «id#link» column beside each criterion that has links. Row 1 holds the criterion ids the reader
/// keys on, row 2 the wordings for a person. The sheet is streamed (one row in memory) and stays small:
/// 2,000 forms make about 2,000 rows (9.5 MB of XML), where one row per value made 140,000 (72 MB).
package enum DataSheet {
    /// The sheet's name.
    package static let name = WorkbookContract.dataSheet
    static let fixedTitles = [
        "Уровень", "Год", "Ключ организации", "Организация", "Тип ОО", "Муниципальное образование"
    ]

    /// The sheet's columns: the fixed ones, then the criteria that hold a value anywhere in catalogue order, each with
    /// a link column where links exist.
    struct Columns {
        var ids = DataSheetFormat.fixedColumns, titles = DataSheet.fixedTitles
        var value: [String: Int] = [:], link: [String: Int] = [:]
    }

    static func write(_ ws: Worksheet, consolidation: Consolidation) throws {
        ws.fitsRowHeights = false  // hidden, never printed
        let columns = self.columns(consolidation)
        try ws.write(row: 0, columns.ids.map { .text($0) })
        try ws.write(row: 1, columns.titles.map { .text($0) })
        var r = 2
        try writeMunicipal(ws, consolidation, columns, row: &r)
        try writeOrganisations(ws, consolidation, columns, row: &r)
        try writeUnassigned(ws, consolidation.dataset, row: &r)
    }

    static func columns(_ consolidation: Consolidation) -> Columns {
        let catalogue = consolidation.catalogue
        let d = consolidation.dataset
        // Columns: criteria that hold a value anywhere, in catalogue order; a link column where links exist.
        var valued = Set<String>(consolidation.values.keys), linked = Set<String>()
        var valuedIDs = Set<Int32>(), linkedIDs = Set<Int32>()
        let all = d.observations
        for i in all.indices where all.organisationID(at: i) >= 0 {
            valuedIDs.insert(all.criterionID(at: i))
            if all.link(at: i) != nil { linkedIDs.insert(all.criterionID(at: i)) }
        }
        valuedIDs.forEach { valued.insert(all.text(ofID: $0)) }
        linkedIDs.forEach { linked.insert(all.text(ofID: $0)) }
        var columns = Columns()
        for c in catalogue.criteria where valued.contains(c.id) {
            columns.value[c.id] = columns.ids.count
            columns.ids.append(c.id)
            columns.titles.append(
                c.wording(
                    for: c.wordings.keys.contains(consolidation.year) ? consolidation.year : c.wordings.keys.max() ?? 0)
            )
            if linked.contains(c.id) {
                columns.link[c.id] = columns.ids.count
                columns.ids.append(c.id + DataSheetFormat.linkSuffix)
                columns.titles.append("Ссылка")
            }
        }
        return columns
    }

    /// The municipality's rows, a row per year with a value.
    static func writeMunicipal(_ ws: Worksheet, _ consolidation: Consolidation, _ columns: Columns, row r: inout Int)
        throws
    {
        let catalogue = consolidation.catalogue, d = consolidation.dataset
        for y in consolidation.years {
            var cells: [(Int, XLSXWriter.CellValue)] = []
            for c in catalogue.criteria {
                guard let v = consolidation.value(c.id, y), let col = columns.value[c.id] else { continue }
                if let n = v.number {
                    cells.append((col, .number(n)))
                } else if let note = v.note {
                    cells.append((col, .text(note)))
                }
            }
            guard !cells.isEmpty else { continue }
            try ws.write(
                row: r,
                ["municipal", .number(Double(y)), .blank, .blank, .blank, d.municipality.map { .text($0) } ?? .blank])
            for (col, v) in cells { try ws.write(v, row: r, column: col) }
            r += 1
        }
    }

    /// The organisations' rows, a row per organisation and year.
    static func writeOrganisations(
        _ ws: Worksheet, _ consolidation: Consolidation, _ columns: Columns, row r: inout Int
    ) throws {
        let d = consolidation.dataset, all = d.observations
        // Organisations' rows in the order they were first met; a row's values may be scattered in the dataset.
        struct RowKey: Hashable { let org: Int32; let year: Int }
        var group: [RowKey: Int] = [:], groups: [(org: String, year: Int)] = []
        var groupOf = [Int32](repeating: -1, count: all.count)
        var last: (key: RowKey, group: Int)?
        for i in all.indices {
            let org = all.organisationID(at: i)
            guard org >= 0 else { continue }
            let key = RowKey(org: org, year: all.year(at: i))
            if let l = last, l.key == key { groupOf[i] = Int32(l.group); continue }  // values mostly stand together
            if group[key] == nil { group[key] = groups.count; groups.append((all.text(ofID: org), key.year)) }
            last = (key, group[key]!)
            groupOf[i] = Int32(group[key]!)
        }
        // Columns by the store's number for a criterion id (no text hashed per value).
        var columnsOf: [Int32: (value: Int, link: Int?)] = [:]
        for (id, col) in columns.value { if let n = all.id(of: id) { columnsOf[n] = (col, columns.link[id]) } }
        var members = [[Int32]](repeating: [], count: groups.count)
        for (i, g) in groupOf.enumerated() where g >= 0 { members[Int(g)].append(Int32(i)) }
        for (g, (key, year)) in groups.enumerated() {
            let org = d.organisations[key]
            try ws.write(
                row: r,
                [
                    "org", .number(Double(year)), .text(key), .text(org?.name ?? ""), .text(org?.type.rawValue ?? ""),
                    (org?.municipality ?? d.municipality).map { .text($0) } ?? .blank
                ])
            var written = Set<Int32>()
            var cells: [(Int, XLSXWriter.CellValue)] = []
            for i in members[g].lazy.map({ Int($0) }) {
                // Fields read in place: no observation is built.
                let id = all.criterionID(at: i)
                guard written.insert(id).inserted, let (col, linkCol) = columnsOf[id] else { continue }
                switch all.value(at: i) {
                case .number(let n)?: cells.append((col, .number(n)))
                case .text(let s)?, .note(let s)?: cells.append((col, .text(s)))
                case .list(let l)?: cells.append((col, .text(l.joined(separator: DataSheetFormat.listSeparator))))
                case nil: break
                }
                if let link = all.link(at: i), let lc = linkCol { cells.append((lc, .text(link))) }
            }
            for (col, v) in cells.sorted(by: { $0.0 < $1.0 }) { try ws.write(v, row: r, column: col) }
            r += 1
        }
    }

    /// Values no criterion took.
    static func writeUnassigned(_ ws: Worksheet, _ d: Dataset, row r: inout Int) throws {
        // Values no criterion took: kept with their wording, status and candidates (level «unassigned»; the
        // reader skips these rows), so that nothing read is lost from the workbook either.
        for u in d.unassigned {
            let org = u.organisation.flatMap { d.organisations[$0] }
            try ws.write(
                row: r,
                [
                    .text("unassigned"), u.year.map { .number(Double($0)) } ?? .blank, .text(u.organisation ?? ""),
                    .text(org?.name ?? ""), .text(org?.type.rawValue ?? ""),
                    (org?.municipality ?? d.municipality).map { .text($0) } ?? .blank, .text(u.wording), .text(u.raw),
                    .text(u.status.russian), .text(u.candidates.joined(separator: ", ")),
                    .text(u.source.description)
                ])
            r += 1
        }
    }
}
