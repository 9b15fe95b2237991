import Catalogue
import Consolidation
import Dataset
import Foundation
import XLSXWriter

/// The sheet «Целевые показатели»: each criterion with a target (Templates/targets.tsv) — the target with its kind,
/// year and source, the value, «достигнуто» / «не достигнуто», the gap, and how many organisations reach it on
/// their own values; those organisations are listed on a sheet of their own («Достигшие целей»: its lists are
/// shaped differently and print under their own header). The regional workbook uses the same table with a
/// row per municipality and target (and the region's), without the list of organisations: it does not grow with
/// the number of schools.
struct TargetsSheet {
    static let name = "Целевые показатели"
    /// The sheet of the organisations reaching each target.
    static let listsName = "Достигшие целей"
    static let reached = "достигнуто", missed = "не достигнуто"

    /// One row of the first table: whose value (a municipality's name in the regional workbook) and the standing.
    struct Row {
        var unit: String?
        var status: TargetStatus
    }

    let styles: ReportStyles
    let year: Int

    /// «не менее 70%».
    static func target(_ t: Target, unit: ValueUnit) -> String {
        t.kind.russian + " "
            + (unit == .share || unit == .level ? ValueFormatting.percent(t.value) : ValueFormatting.number(t.value))
    }

    /// - Parameters:
    ///   - unitHeader: the header of a leading column naming each row's unit («Муниципальное образование»); nil
    ///     for the municipal workbook (one unit).
    ///   - lists: the sheet for the organisations reaching each target (nil: none).
    func write(
        _ ws: Worksheet, title: String, note: String, rows: [Row], unitHeader: String? = nil,
        lists: Worksheet? = nil
    ) throws {
        let lead = unitHeader == nil ? 0 : 1
        let headers =
            (unitHeader.map { [$0] } ?? []) + [
                "№", "Критерий", "Цель", "Вид цели", "Год цели", "Источник цели",
                "Значение \(year) г.", "Итог", "Отклонение от цели", "Организаций достигли цели",
                "Организаций со значением"
            ]
        let widths: [Double] = (unitHeader == nil ? [] : [28]) + [6, 60, 12, 14, 10, 50, 14, 16, 18, 16, 16]
        try ws.setPrint(PrintSetup(landscape: true, fitToWidth: true, repeatRows: 2...2))
        try ws.merge(CellRange(rows: 0...0, columns: 0...(headers.count - 1)), value: .text(title), style: styles.title)
        try ws.setRow(0, height: 36)
        try ws.merge(CellRange(rows: 1...1, columns: 0...(headers.count - 1)), value: .text(note), style: styles.note)
        try ws.write(row: 2, headers.map { .text($0) }, style: styles.header)
        var r = 3, n = 0
        for (i, row) in rows.enumerated() {
            let s = row.status, c = s.criterion
            // Numbered within each unit (municipality).
            n = i > 0 && rows[i - 1].unit == row.unit ? n + 1 : 1
            if let u = row.unit { try ws.write(.text(u), row: r, column: 0, style: styles.text) }
            try ws.write(.number(Double(n)), row: r, column: lead, style: styles.count)
            try ws.write(.text(c.wording(for: year)), row: r, column: lead + 1, style: styles.text)
            try ws.write(
                .number(s.target.value), row: r, column: lead + 2, style: styles.number(c.unit, s.target.value))
            try ws.write(.text(s.target.kind.russian), row: r, column: lead + 3, style: styles.text)
            try ws.write(.number(Double(s.target.year)), row: r, column: lead + 4, style: styles.text)
            try ws.write(.text(s.target.source), row: r, column: lead + 5, style: styles.text)
            if let v = s.value, let reached = s.reached, let gap = s.gap {
                try ws.write(.number(v), row: r, column: lead + 6, style: styles.number(c.unit, v))
                try ws.write(
                    .text(reached ? Self.reached : Self.missed), row: r, column: lead + 7,
                    style: styles.reached(reached))
                let percent = c.unit == .share || c.unit == .level
                try ws.write(
                    .number(percent ? (gap * 10_000).rounded() / 100 : gap), row: r, column: lead + 8,
                    style: percent ? styles.points : styles.number(c.unit, gap))
            } else {
                for k in 6...8 { try ws.write("—", row: r, column: lead + k, style: styles.text) }
            }
            if s.perOrganisation {
                try ws.write(.number(Double(s.reachingCount)), row: r, column: lead + 9, style: styles.count)
                try ws.write(.number(Double(s.measuredCount)), row: r, column: lead + 10, style: styles.count)
            } else {
                for k in 9...10 { try ws.write("—", row: r, column: lead + k, style: styles.text) }
            }
            r += 1
        }
        if rows.isEmpty {
            try ws.merge(
                CellRange(rows: r...r, columns: 0...(headers.count - 1)),
                value: .text("Целевых значений на \(year) год нет (Templates/targets.tsv)."), style: styles.text)
            r += 1
        }
        for (i, w) in widths.enumerated() { try ws.setColumns(i...i, width: w) }
        ws.freezePanes(row: 3)
        if let lists { try writeLists(lists, rows: rows) }
    }

    /// The organisations reaching each target: a heading row per target, then its organisations.
    func writeLists(_ ws: Worksheet, rows: [Row]) throws {
        for (i, w) in [6.0, 70, 14, 40].enumerated() { try ws.setColumns(i...i, width: w) }
        try ws.setPrint(PrintSetup(landscape: false, fitToWidth: true, repeatRows: 2...2))
        try ws.merge(
            CellRange(rows: 0...0, columns: 0...3), value: "Организации, достигшие цели по своим значениям",
            style: styles.title)
        try ws.setRow(0, height: 24)
        try ws.write(row: 2, ["№", "Образовательная организация", "Значение", "Как посчитано"], style: styles.header)
        var r = 3
        for row in rows where row.status.perOrganisation {
            let s = row.status, reaching = s.reaching
            let heading =
                "«\(s.criterion.wording(for: year))», цель — \(Self.target(s.target, unit: s.criterion.unit)): достигли "
                + "\(reaching.count) из \(s.organisations.count) организаций со значением"
            try ws.merge(CellRange(rows: r...r, columns: 0...3), value: .text(heading), style: styles.textBold)
            r += 1
            for (n, o) in reaching.enumerated() {
                try ws.write(.number(Double(n + 1)), row: r, column: 0, style: styles.count)
                try ws.write(.text(o.name), row: r, column: 1, style: styles.text)
                try ws.write(.number(o.value), row: r, column: 2, style: styles.number(s.criterion.unit, o.value))
                try ws.write(.text(o.basis ?? "указано организацией"), row: r, column: 3, style: styles.text)
                r += 1
            }
            if reaching.isEmpty {
                try ws.merge(CellRange(rows: r...r, columns: 1...3), value: "ни одна организация", style: styles.text)
                r += 1
            }
        }
    }
}
