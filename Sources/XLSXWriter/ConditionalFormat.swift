import CXLSXWriter
import Foundation

/// A conditional format for a range of cells.
public enum ConditionalFormat: Sendable, Equatable {
    /// Cells equal to a number.
    case equalTo(Double, style: CellStyle)
    /// Cells whose text equals a string.
    case textEquals(String, style: CellStyle)
    /// Cells whose text contains a string.
    case textContains(String, style: CellStyle)
    /// Cells greater than a number.
    case greaterThan(Double, style: CellStyle)
    /// Cells less than a number.
    case lessThan(Double, style: CellStyle)
    /// Cells between two numbers, inclusive.
    case between(Double, Double, style: CellStyle)
    /// A two-colour scale from the lowest to the highest value.
    case colorScale2(min: RGBColor, max: RGBColor)
    /// A three-colour scale (lowest, 50th percentile, highest).
    case colorScale3(min: RGBColor, mid: RGBColor, max: RGBColor)
}

extension Worksheet {
    /// Adds a conditional format over a range.
    public func addConditionalFormat(_ rule: ConditionalFormat, range: CellRange) throws {
        let strings = CStrings()
        defer { withExtendedLifetime(strings) {} }  // the C strings must outlive the library call
        var cf = lxw_conditional_format()
        func styled(_ style: CellStyle) throws { cf.format = try workbook.format(for: style) }
        func cell(_ criteria: lxw_conditional_criteria) {
            cf.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            cf.criteria = UInt8(criteria.rawValue)
        }
        switch rule {
        case .equalTo(let v, let style):
            cell(LXW_CONDITIONAL_CRITERIA_EQUAL_TO); cf.value = v; try styled(style)
        case .textEquals(let s, let style):
            cell(LXW_CONDITIONAL_CRITERIA_EQUAL_TO)
            let quoted = "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            cf.value_string = strings.make(quoted)
            try styled(style)
        case .textContains(let s, let style):
            cf.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
            cf.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING.rawValue)
            cf.value_string = strings.make(s)
            try styled(style)
        case .greaterThan(let v, let style):
            cell(LXW_CONDITIONAL_CRITERIA_GREATER_THAN); cf.value = v; try styled(style)
        case .lessThan(let v, let style):
            cell(LXW_CONDITIONAL_CRITERIA_LESS_THAN); cf.value = v; try styled(style)
        case .between(let lo, let hi, let style):
            cell(LXW_CONDITIONAL_CRITERIA_BETWEEN); cf.min_value = lo; cf.max_value = hi; try styled(style)
        case .colorScale2(let lo, let hi):
            cf.type = UInt8(LXW_CONDITIONAL_2_COLOR_SCALE.rawValue)
            cf.min_color = lxw_color_t(lo.rgb); cf.max_color = lxw_color_t(hi.rgb)
        case .colorScale3(let lo, let mid, let hi):
            cf.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
            cf.min_color = lxw_color_t(lo.rgb); cf.mid_color = lxw_color_t(mid.rgb); cf.max_color = lxw_color_t(hi.rgb)
        }
        try XLSXWriteError.check(
            worksheet_conditional_format_range(
                handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                lxw_row_t(range.last.row), lxw_col_t(range.last.column), &cf),
            "\(context()), условное форматирование \(range)")
    }
}
