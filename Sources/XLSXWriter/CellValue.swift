/// A value to write into a cell.
public enum CellValue: Hashable, Sendable {
    case blank
    case text(String)
    case number(Double)
    case bool(Bool)
    /// A formula such as `=SUM(B2:B9)`, with the cached result other readers show before recalculation.
    case formula(String, cached: Double?)
}

extension CellValue: ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
