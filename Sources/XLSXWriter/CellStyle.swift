/// A colour given as RGB hex, e.g. `RGBColor(hex: "C6EFCE")`.
public struct RGBColor: Hashable, Sendable, CustomStringConvertible {
    public let rgb: UInt32

    public init(rgb: UInt32) { self.rgb = rgb & 0xFFFFFF }

    /// Parses `"C6EFCE"` or `"#C6EFCE"`; nil if malformed.
    public init?(hex: String) {
        let s = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard s.count == 6, let v = UInt32(s, radix: 16) else { return nil }
        self.init(rgb: v)
    }

    public static let black = RGBColor(rgb: 0x000000)
    public static let white = RGBColor(rgb: 0xFFFFFF)

    /// `RRGGBB` in upper case.
    public var description: String {
        let h = String(rgb, radix: 16, uppercase: true)
        return String(repeating: "0", count: 6 - h.count) + h
    }
}

/// Horizontal alignment of a cell.
public enum HorizontalAlignment: Sendable, Hashable { case general, left, center, right, fill, justify }
/// Vertical alignment of a cell.
public enum VerticalAlignment: Sendable, Hashable { case top, center, bottom, justify }
/// Border line styles.
public enum BorderStyle: Sendable, Hashable { case none, thin, medium, thick, dashed, dotted, double }

/// The look of a cell as a value type. A workbook keeps one libxlsxwriter format per distinct style,
/// so callers pass styles freely and never manage formats themselves.
public struct CellStyle: Hashable, Sendable {
    public var fontName: String?
    public var fontSize: Double?
    public var fontColor: RGBColor?
    public var bold = false
    public var italic = false
    public var underline = false
    public var wrap = false
    public var horizontal: HorizontalAlignment?
    public var vertical: VerticalAlignment?
    public var border: BorderStyle = .none
    public var borderColor: RGBColor?
    public var fill: RGBColor?
    /// An Excel number format such as `0.00%`, `# ##0` or `dd.mm.yyyy`.
    public var numberFormat: String?
    /// Unlocked cells stay editable on a protected sheet.
    public var locked = true

    public init(
        fontName: String? = nil, fontSize: Double? = nil, fontColor: RGBColor? = nil,
        bold: Bool = false, italic: Bool = false, underline: Bool = false, wrap: Bool = false,
        horizontal: HorizontalAlignment? = nil, vertical: VerticalAlignment? = nil,
        border: BorderStyle = .none, borderColor: RGBColor? = nil, fill: RGBColor? = nil,
        numberFormat: String? = nil, locked: Bool = true
    ) {
        self.fontName = fontName; self.fontSize = fontSize; self.fontColor = fontColor
        self.bold = bold; self.italic = italic; self.underline = underline; self.wrap = wrap
        self.horizontal = horizontal; self.vertical = vertical
        self.border = border; self.borderColor = borderColor; self.fill = fill
        self.numberFormat = numberFormat; self.locked = locked
    }

    /// The default look (no format at all).
    public static let plain = CellStyle()

    /// Returns a copy changed by `change`, for fluent derivation of styles.
    public func with(_ change: (inout CellStyle) -> Void) -> CellStyle {
        var copy = self
        change(&copy)
        return copy
    }
}
