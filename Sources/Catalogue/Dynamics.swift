/// The dynamics categories of the heat map.
public enum DynamicsCategory: String, CaseIterable, Sendable {
    case positive, negative, stagnation
    case notMeasured = "not_measured"
    case conditionallyPositive = "conditionally_positive"

    /// Parses the Russian names used in reports and history workbooks («положительная», «Условно
    /// положительная», «замер не производился», …), case- and spacing-insensitively.
    public init?(russian text: String) {
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
public struct PaletteEntry: Equatable, Sendable {
    public let category: DynamicsCategory
    /// The Russian name shown in the workbook.
    public let name: String
    /// Fill and font colours as RRGGBB.
    public let fill: String
    public let font: String
    public let legend: String
}
