import Foundation

/// Excel's serial dates in the 1900 and 1904 systems.
public enum XLSXDates {
    static let epoch1900 = Date(timeIntervalSince1970: -2_209_161_600) // 1899-12-30
    static let epoch1904 = Date(timeIntervalSince1970: -2_082_844_800) // 1904-01-01

    /// The moment a serial number stands for. In the 1900 system serials below 61 are shifted by one day,
    /// since Excel counts the non-existent 29 February 1900.
    public static func date(fromSerial serial: Double, date1904: Bool) -> Date {
        if date1904 { return epoch1904.addingTimeInterval(serial * 86_400) }
        let s = serial < 61 ? serial + 1 : serial
        return epoch1900.addingTimeInterval(s * 86_400)
    }

    public static func serial(of date: Date, date1904: Bool) -> Double {
        if date1904 { return date.timeIntervalSince(epoch1904) / 86_400 }
        let s = date.timeIntervalSince(epoch1900) / 86_400
        return s < 61 ? s - 1 : s
    }

    /// Parses the ISO 8601 text of a `t="d"` cell (date, or date and time, optionally with a zone).
    static func parseISO(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime, .withFractionalSeconds],
                                                      [.withInternetDateTime], [.withFullDate],
                                                      [.withFullDate, .withTime, .withColonSeparatorInTime]] {
            f.formatOptions = options
            if let d = f.date(from: text) { return d }
        }
        return nil
    }
}
