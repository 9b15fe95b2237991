import Catalogue
import XLSXWriter

/// The looks of the consolidated workbook.
struct ReportStyles {
    let title = CellStyle(fontSize: 12, bold: true, wrap: true, vertical: .center)
    let header = CellStyle(
        bold: true, wrap: true, horizontal: .center, vertical: .center, border: .thin,
        fill: RGBColor(hex: "DDEBF7"))
    let text = CellStyle(wrap: true, vertical: .top, border: .thin)
    let textBold = CellStyle(bold: true, wrap: true, vertical: .top, border: .thin)
    let count = CellStyle(vertical: .top, border: .thin, numberFormat: "#,##0")
    let decimal = CellStyle(vertical: .top, border: .thin, numberFormat: "#,##0.00")
    let percent = CellStyle(vertical: .top, border: .thin, numberFormat: "0.00%")
    let countBold = CellStyle(bold: true, vertical: .top, border: .thin, numberFormat: "#,##0")
    let link = CellStyle(fontColor: RGBColor(hex: "0563C1"), underline: true, wrap: true, vertical: .top, border: .thin)
    /// A difference in percentage points (the value is the points: −62.72).
    let points = CellStyle(
        vertical: .top, border: .thin, numberFormat: "+0.00\" п. п.\";-0.00\" п. п.\";0.00\" п. п.\"")
    let note = CellStyle(italic: true, wrap: true, vertical: .top)
    let dynamics: [DynamicsCategory: CellStyle]
    let names: [DynamicsCategory: String]

    init(catalogue: Catalogue) {
        var d: [DynamicsCategory: CellStyle] = [:], n: [DynamicsCategory: String] = [:]
        for p in catalogue.palette {
            d[p.category] = CellStyle(
                fontColor: RGBColor(hex: p.font), wrap: true, horizontal: .center, vertical: .center,
                border: .thin, fill: RGBColor(hex: p.fill))
            n[p.category] = p.name
        }
        dynamics = d
        names = n
    }

    /// Every style, in a fixed order (see `Workbook.register`).
    var all: [CellStyle] {
        [title, header, text, textBold, count, decimal, percent, countBold, link, points, note]
            + [true, false].map(reached)
            + dynamics.sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value)
    }

    /// A target reached (the palette's «положительная») or not («отрицательная»).
    func reached(_ yes: Bool) -> CellStyle {
        let base = text.with { $0.horizontal = .center }
        return dynamics[yes ? .positive : .negative].map { s in
            base.with {
                $0.fill = s.fill; $0.fontColor = s.fontColor
            }
        } ?? base
    }

    /// The style for a number of a criterion's unit.
    func number(_ unit: ValueUnit, _ value: Double) -> CellStyle {
        switch unit {
        case .share, .level: return percent
        default: return value == value.rounded() ? count : decimal
        }
    }
}
