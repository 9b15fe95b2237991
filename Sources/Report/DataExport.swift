import Catalogue
import Dataset
import Foundation
import XLSXWriter

/// The normalised dataset as an editable workbook of layout B: one row per organisation, one column per
/// criterion with a «Ссылка» column beside it, frozen headers, filters and validation. `check` and
/// `consolidate` read it back as input.
package struct DataExport {
    package let catalogue: Catalogue
    package let dataset: Dataset
    package let year: Int

    package init(catalogue: Catalogue, dataset: Dataset, year: Int) {
        self.catalogue = catalogue
        self.dataset = dataset
        self.year = year
    }

    package func write(to path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        let wb = try Workbook(path: path, options: options.printable(catalogue.directory))
        wb.properties = DocumentProperties(title: "Данные мониторинга ЦМН за \(year) год", author: "mentoring")
        let styles = ReportStyles(catalogue: catalogue)
        let ws = try wb.addWorksheet("Данные \(year)")
        let criteria = FormTemplate(catalogue: catalogue, year: year).criteria
        try ws.write(row: 1, ["№", "Образовательная организация", "Тип ОО", "Отчетный год"], style: styles.header)
        var col = 4
        var columns: [(Criterion, Int)] = []
        var groupStart = col
        for (i, c) in criteria.enumerated() {
            try ws.write(.text(c.wording(for: year)), row: 1, column: col, style: styles.header)
            try ws.write("Ссылка", row: 1, column: col + 1, style: styles.header)
            columns.append((c, col))
            col += 2
            if i + 1 == criteria.count || criteria[i + 1].direction != c.direction {
                let name = catalogue.direction(c.direction)?.name ?? ""
                if col - 1 > groupStart {
                    try ws.merge(
                        CellRange(rows: 0...0, columns: groupStart...(col - 1)), value: .text(name),
                        style: styles.header)
                }
                groupStart = col
            }
        }
        try ws.setRow(1, height: 120)
        var byOrg: [String: [String: Observation]] = [:]
        for o in dataset.observations where o.year == year && o.organisation != nil {
            if byOrg[o.organisation!]?[o.criterion] == nil { byOrg[o.organisation!, default: [:]][o.criterion] = o }
        }
        let orgs = byOrg.keys.compactMap { dataset.organisations[$0] }.sorted { $0.name < $1.name }
        for (i, org) in orgs.enumerated() {
            let r = 2 + i
            try ws.write(.number(Double(i + 1)), row: r, column: 0)
            try ws.write(.text(org.name), row: r, column: 1)
            try ws.write(.text(org.type == .dop ? "ДОП" : org.type == .school ? "школа" : ""), row: r, column: 2)
            try ws.write(.number(Double(year)), row: r, column: 3)
            for (c, k) in columns {
                guard let o = byOrg[org.key]?[c.id] else { continue }
                switch o.value {
                case .number(let n)?:
                    try ws.write(
                        .number(n), row: r, column: k,
                        style: c.unit == .share
                            ? CellStyle(numberFormat: "0.00%")
                            : c.unit == .level ? CellStyle(numberFormat: "0.00%") : nil)
                case .text(let s)?, .note(let s)?: try ws.write(.text(s), row: r, column: k)
                case .list(let l)?: try ws.write(.text(l.joined(separator: "; ")), row: r, column: k)
                case nil: break
                }
                if let link = o.link { try ws.write(.text(link), row: r, column: k + 1) }
            }
        }
        let last = max(2, 1 + orgs.count)
        for (c, k) in columns {
            let range = CellRange(rows: 2...max(2, last + 200), columns: k...k)
            switch c.unit {
            case .yesno: try ws.addValidation(DataValidation(.list(["Да", "Нет", "1", "0"])), range: range)
            case .count where c.aggregation != .countYes:
                try ws.addValidation(
                    DataValidation(
                        .wholeNumber(min: 0, max: 10_000_000), errorMessage: "Нужно целое число не меньше 0"),
                    range: range)
            default: break
            }
        }
        try ws.addValidation(
            DataValidation(.list(["школа", "ДОП"])), range: CellRange(rows: 2...(last + 200), columns: 2...2))
        try ws.setColumns(0...0, width: 5)
        try ws.setColumns(1...1, width: 45)
        try ws.setColumns(2...3, width: 10)
        if col > 4 { try ws.setColumns(4...(col - 1), width: 18) }
        ws.freezePanes(row: 2, column: 2)
        try ws.autofilter(CellRange(rows: 1...last, columns: 0...(col - 1)))
        try wb.save()
    }
}
