import CXLSXWriter
import Foundation

/// A data-validation rule for a range of cells.
public struct DataValidation: Sendable, Equatable {
    public enum Rule: Sendable, Equatable {
        /// A drop-down list of allowed values (at most 255 characters in total, Excel's limit).
        case list([String])
        /// A drop-down list of the values in a range of cells, given as a formula («=Лист!$A$2:$A$70»):
        /// for lists longer than a literal list may be.
        case listFrom(String)
        /// Whole numbers between the bounds, inclusive.
        case wholeNumber(min: Int, max: Int)
        /// Decimal numbers between the bounds, inclusive.
        case decimal(min: Double, max: Double)
        /// Dates between the bounds, inclusive (year, month, day).
        case date(min: (Int, Int, Int), max: (Int, Int, Int))

        public static func == (a: Rule, b: Rule) -> Bool {
            switch (a, b) {
            case (.list(let x), .list(let y)): return x == y
            case (.listFrom(let x), .listFrom(let y)): return x == y
            case (.wholeNumber(let a1, let a2), .wholeNumber(let b1, let b2)): return a1 == b1 && a2 == b2
            case (.decimal(let a1, let a2), .decimal(let b1, let b2)): return a1 == b1 && a2 == b2
            case (.date(let a1, let a2), .date(let b1, let b2)): return a1 == b1 && a2 == b2
            default: return false
            }
        }
    }

    public var rule: Rule
    public var inputTitle: String?
    public var inputMessage: String?
    public var errorTitle: String?
    public var errorMessage: String?
    public var ignoreBlank: Bool

    public init(
        _ rule: Rule, inputTitle: String? = nil, inputMessage: String? = nil,
        errorTitle: String? = nil, errorMessage: String? = nil, ignoreBlank: Bool = true
    ) {
        self.rule = rule
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.ignoreBlank = ignoreBlank
    }
}

extension Worksheet {
    /// Adds a data-validation rule over a range.
    public func addValidation(_ validation: DataValidation, range: CellRange) throws {
        let strings = CStrings()
        defer { withExtendedLifetime(strings) {} }  // the C strings must outlive the library call
        let c = strings.make
        var v = lxw_data_validation()
        v.ignore_blank = validation.ignoreBlank ? 1 : 0
        v.input_title = c(validation.inputTitle)
        v.input_message = c(validation.inputMessage)
        v.error_title = c(validation.errorTitle)
        v.error_message = c(validation.errorMessage)
        if validation.inputMessage != nil { v.show_input = 1 }
        v.show_error = 1
        var list: [UnsafeMutablePointer<CChar>?] = []
        switch validation.rule {
        case .list(let values):
            let total = values.reduce(0) { $0 + $1.count + 1 }
            guard total <= 256 else {
                throw XLSXWriteError(
                    context: "\(context()), проверка данных \(range)",
                    message: "список значений длиннее 255 символов — предела Excel")
            }
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            list = values.map { c($0) } + [nil]
        case .listFrom(let formula):
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            v.value_formula = c(formula)
        case .wholeNumber(let lo, let hi):
            v.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            v.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            v.minimum_number = Double(lo)
            v.maximum_number = Double(hi)
        case .decimal(let lo, let hi):
            v.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            v.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            v.minimum_number = lo
            v.maximum_number = hi
        case .date(let lo, let hi):
            v.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
            v.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            v.minimum_datetime = lxw_datetime(
                year: Int32(lo.0), month: Int32(lo.1), day: Int32(lo.2), hour: 0, min: 0, sec: 0)
            v.maximum_datetime = lxw_datetime(
                year: Int32(hi.0), month: Int32(hi.1), day: Int32(hi.2), hour: 0, min: 0, sec: 0)
        }
        let status: lxw_error = list.withUnsafeMutableBufferPointer { buf in
            if !buf.isEmpty { v.value_list = buf.baseAddress }
            return worksheet_data_validation_range(
                handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                lxw_row_t(range.last.row), lxw_col_t(range.last.column), &v)
        }
        try XLSXWriteError.check(status, "\(context()), проверка данных \(range)")
    }
}
