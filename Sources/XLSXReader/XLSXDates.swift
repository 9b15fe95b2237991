import Foundation

/// Excel's serial dates in the 1900 and 1904 systems.
public enum XLSXDates {
    static let epoch1900 = Date(timeIntervalSince1970: -2_209_161_600)  // 1899-12-30
    static let epoch1904 = Date(timeIntervalSince1970: -2_082_844_800)  // 1904-01-01

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

    /// Parses the ISO 8601 text of a `t="d"` cell: a date («2024-10-07»), a date and time
    /// («2021-01-01T10:10:10», fractional seconds allowed), or a time alone («10:10:10», `timeOnly`, counted from
    /// 1899-12-30 as Excel counts a time). A spreadsheet's date-time has no zone: a trailing «Z» or offset is
    /// accepted and ignored, so the cell reads as the wall-clock time written in it.
    static func parseISO(_ text: String) -> (date: Date, timeOnly: Bool)? {
        var b = Array(text.utf8)[...]
        func int(_ n: Int) -> Int? {
            guard b.count >= n else { return nil }
            var v = 0
            for c in b.prefix(n) {
                guard c >= 48 && c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            b = b.dropFirst(n)
            return v
        }
        func eat(_ c: Character) -> Bool {
            guard b.first == c.asciiValue else { return false }
            b = b.dropFirst()
            return true
        }
        var days = 0.0, seconds = 0.0, timeOnly = true
        if b.count >= 10, b[b.startIndex + 4] == UInt8(ascii: "-") {
            guard let y = int(4), eat("-"), let m = int(2), eat("-"), let d = int(2),
                (1...12).contains(m), (1...31).contains(d)
            else { return nil }
            var comps = DateComponents()
            comps.year = y; comps.month = m; comps.day = d
            guard let date = utcCalendar.date(from: comps), utcCalendar.component(.day, from: date) == d else {
                return nil
            }
            days = date.timeIntervalSince(epoch1900) / 86_400
            timeOnly = false
            if b.isEmpty { return (epoch1900.addingTimeInterval(days * 86_400), false) }
            guard eat("T") || eat(" ") else { return nil }
        }
        guard let h = int(2), eat(":"), let mi = int(2), h < 24, mi < 60 else { return nil }
        seconds = Double(h * 3600 + mi * 60)
        if eat(":") {
            guard let sec = int(2), sec < 61 else { return nil }
            seconds += Double(sec)
            if eat(".") || eat(",") {
                var scale = 0.1
                while let c = b.first, c >= 48 && c <= 57 {
                    seconds += Double(c - 48) * scale; scale /= 10; b = b.dropFirst()
                }
            }
        }
        // A zone, if any: «Z», «+03:00», «-0500».
        if eat("Z") || eat("z") {
        } else if eat("+") || eat("-") {
            guard int(2) != nil else { return nil }
            _ = eat(":")
            if !b.isEmpty { guard int(2) != nil else { return nil } }
        }
        guard b.isEmpty else { return nil }
        return (epoch1900.addingTimeInterval(days * 86_400 + seconds), timeOnly)
    }

    private static let utcCalendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()
}
