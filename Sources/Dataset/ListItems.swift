import Foundation

/// The items of a list typed in one cell: one per line, after «;», or numbered «1) … 2) …».
package enum ListItems {
    /// Whether a decimal digit (what `\d` of a regular expression matches: Unicode category Nd) stands right
    /// before `mark` somewhere in `text`.
    static func digit(before mark: Unicode.Scalar, in text: String) -> Bool {
        var previous: Unicode.Scalar?
        for u in text.unicodeScalars {
            if u == mark, let p = previous, p.properties.generalCategory == .decimalNumber { return true }
            previous = u
        }
        return false
    }

    /// The legal forms an organisation's name in a list of partners starts with, before its name in quotes («АО
    /// «Завод»», «МБУ ДО «ДДТ»»). (Not a course's kind: «КПК "…"», «КПП "…"».)
    static let legalForms: Set<String> = [
        "АО", "ООО", "ПАО", "ЗАО", "ОАО", "НАО", "ИП", "АНО", "АНОО", "НКО", "НОУ", "ЧОУ", "ЧУ", "СПК", "КФХ", "ГУП",
        "МУП", "ФГУП", "БУ", "КУ", "АУ", "ГБУ", "ГАУ", "ГКУ", "МБУ", "МАУ", "МКУ", "ГБОУ", "ГАОУ", "ГКОУ", "ГБПОУ",
        "ГАПОУ", "ГБДОУ", "МБОУ", "МАОУ", "МКОУ", "МБДОУ", "МАДОУ", "МКДОУ", "ФГБОУ", "ФГАОУ", "ФГБУ", "ФГАУ", "ОГБУ",
        "ОГАУ", "ОГКУ", "БОУ", "АОУ", "ГБУЗ", "ГАУЗ", "МБУК", "МАУК", "МБУДО", "МАУДО"
    ]

    /// Whether an item starts with a legal form (`legalForms`) and then, after at most one more word of capitals
    /// («ДО», «ВО», «УР»), a name in quotes.
    static func startsWithLegalForm(_ item: String) -> Bool {
        let words = item.split(separator: " ", maxSplits: 3)
        guard let first = words.first, legalForms.contains(String(first)) else { return false }
        let rest = words.dropFirst()
        if let next = rest.first, next.hasPrefix("«") || next.hasPrefix("\"") { return true }
        if rest.count >= 2, rest.first!.allSatisfy(\.isUppercase) {
            let third = rest.dropFirst().first!
            return third.hasPrefix("«") || third.hasPrefix("\"")
        }
        return false
    }

    /// Splits a list written one per line, with ";" or as "1) … 2) …" into trimmed items.
    package static func split(_ text: String) -> [String] {
        var s = text
        if s.utf8.contains(13) { s = s.replacingOccurrences(of: "\r", with: "\n") }
        // "1) A 2) B" anywhere; "1. A" only at the start of a line, so that dates ("19.08.2023") stay whole.
        // (The regular expressions run only when the text has a digit right before the mark they need.)
        if digit(before: ")", in: s) {
            s = s.replacingOccurrences(of: "(^|\\s)\\d{1,2}\\)\\s*", with: "\n", options: .regularExpression)
        }
        if digit(before: ".", in: s) {
            s = s.replacingOccurrences(of: "(^|\n)\\s*\\d{1,2}\\.\\s+", with: "\n", options: .regularExpression)
        }
        // Organisations' names one after another with commas: «АО «Завод», ООО «Сервис»» (a comma right after a
        // closing quote, before a capital letter, and every item a legal form's letters before its name in quotes; a
        // course's title and its provider, «"Наставничество", АНО "…", Москва», stay one item).
        if s.unicodeScalars.contains("»") || s.contains("\""),
            s.range(of: #"[»"]\s*,\s*\p{Lu}"#, options: .regularExpression) != nil
        {
            let cut = s.replacingOccurrences(of: #"([»"])\s*,\s*(?=\p{Lu})"#, with: "$1\n", options: .regularExpression)
            let items = cut.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            if items.count >= 2, items.allSatisfy(startsWithLegalForm) { s = cut }
        }
        func trimmable(_ u: Unicode.Scalar) -> Bool { u.properties.isWhitespace || u == "," || u == "." }
        return s.unicodeScalars.split(whereSeparator: { $0 == "\n" || $0 == ";" }).compactMap { item in
            guard let first = item.firstIndex(where: { !trimmable($0) }) else { return nil }
            return String(item[first...item.lastIndex(where: { !trimmable($0) })!])
        }
    }
}
