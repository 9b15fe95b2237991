/// The dynamics categories of the heat map.
package enum DynamicsCategory: String, CaseIterable, Sendable {
    case positive, negative, stagnation
    case notMeasured = "not_measured"
    case conditionallyPositive = "conditionally_positive"

    /// Parses the Russian names used in reports and history workbooks («положительная», «Условно
    /// положительная», «замер не производился», …), case- and spacing-insensitively.
    package init?(russian text: String) {
        let t = text.lowercased().replacingOccurrences(of: "ё", with: "е")
            .replacingOccurrences(of: "-", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        switch t {
        case "положительная": self = .positive
        case "отрицательная": self = .negative
        case "стагнация": self = .stagnation
        case "условно положительная": self = .conditionallyPositive
        case _ where t.hasPrefix("замер") && t.contains("не производ"): self = .notMeasured
        default: return nil
        }
    }
}

/// The look of one dynamics category (Templates/palette.tsv).
package struct PaletteEntry: Equatable, Sendable {
    package let category: DynamicsCategory
    /// The Russian name shown in the workbook.
    package let name: String
    /// Fill and font colours as RRGGBB.
    package let fill: String
    package let font: String
    package let legend: String
}
