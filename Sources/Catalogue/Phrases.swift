import Foundation

/// Russian plural forms after a number, the one rule every module uses: «1 критерий», «3 критерия»,
/// «5 критериев»; and after «из N»: «из 21 организации», «из 11 организаций».
package enum Plural {
    /// `one` for 1, 21, 31…; `few` for 2–4, 22–24…; `many` otherwise (11–14 included).
    package static func word(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        let m100 = abs(n) % 100, m10 = abs(n) % 10
        if m100 >= 11 && m100 <= 14 { return many }
        if m10 == 1 { return one }
        if m10 >= 2 && m10 <= 4 { return few }
        return many
    }

    /// The genitive after a number («из N …», «у N …»): the singular after 1, 21, 31… (not 11), the plural otherwise.
    package static func genitive(_ n: Int, singular: String, plural: String) -> String {
        word(n, singular, plural, plural)
    }

    /// The text on one line, cut to `limit` characters with «…».
    package static func cut(_ s: String, _ limit: Int) -> String {
        let one = s.split(whereSeparator: \.isNewline).joined(separator: " ")
        return one.count <= limit ? one : String(one.prefix(limit - 1)) + "…"
    }
}

/// A value put into a phrase: a text, or a count (which a plural placeholder agrees with).
package enum PhraseValue: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case text(String)
    case count(Int)

    package init(stringLiteral s: String) { self = .text(s) }
    package init(integerLiteral n: Int) { self = .count(n) }

    var shown: String {
        switch self {
        case .text(let s): return s
        case .count(let n): return String(n)
        }
    }
}

/// The phrases of the sheet «Выводы» (Templates/conclusions.tsv), which a methodologist can reword: `key`, `text`.
/// A text holds placeholders the program fills: `{name}` is a value, `{name|one|few|many}` is the number with the word
/// in its Russian plural form («{n|критерий|критерия|критериев}» → «24 критерия»). Every key the program uses must be
/// there, and a text may use only its key's placeholders; both are checked when the catalogue loads, naming the line.
package struct Phrases: Sendable {
    /// The keys with the placeholders each may use.
    package static let placeholders: [String: Set<String>] = {
        let count: Set<String> = ["n", "total"]
        let direction: Set<String> = ["criterion", "before", "after", "change"]
        var p: [String: Set<String>] = [
            "title": ["year"],
            "intro": [],
            "section_dynamics": ["year", "previous"],
            "dynamics_positive": count, "dynamics_negative": count, "dynamics_stagnation": count,
            "dynamics_not_measured": count, "dynamics_conditionally_positive": count,
            "balance_even": ["positive", "negative", "difference"],
            "balance_positive": ["positive", "negative", "difference"],
            "balance_negative": ["positive", "negative", "difference"],
            "section_directions": ["year", "previous"],
            "direction": ["number", "name", "positive", "negative", "stagnation", "total"],
            "direction_rise": direction, "direction_fall": direction,
            "direction_unchanged": [],
            "section_targets": ["year"],
            "target_met": ["criterion", "value", "target", "gap", "source"],
            "target_missed": ["criterion", "value", "target", "gap", "source"],
            "target_no_value": ["criterion", "target", "source"],
            "target_organisations": ["reaching", "measured"],
            "targets_summary": ["met", "total"],
            "targets_none": ["year"],
            "section_lagging": ["year"],
            "lagging": ["title", "table", "n", "total", "percent"],
            "lagging_none": ["title", "table"],
            "lagging_since": ["n", "previous"],
            "lagging_previous": ["n", "given", "previous"],
            "section_findings": [],
            "findings_total": ["n", "errors", "warnings", "info"],
            "findings_contradictions": ["n", "organisations", "list"],
            "findings_links": ["n", "organisations", "list"],
            "findings_none": [],
            "findings_shares_as_points": ["n", "organisations"],
            "section_unused": [],
            "unused_values": ["n", "wordings"],
            "unused_columns": ["n", "forms"],
            "unused_total": ["n"],
            "unused_unnamed": ["n", "forms"],
            "unused_unread": ["n"],
            "unused_none": [],
            "skipped_files": ["n", "list"],
            "skipped_sheets": ["n", "list"],
            "skipped_none": [],
            "reading_attention": ["n"],
            "not_reported": ["n", "listed"]
        ]
        p["even_difference"] = []
        return p
    }()

    /// Keys whose text is a number, not a phrase: `even_difference`, the largest difference between the criteria of
    /// positive and negative dynamics, as a share of all criteria, that the conclusions call «примерно одинаково».
    package static let numbers: Set<String> = ["even_difference"]

    let texts: [String: String]
    /// The file the phrases came from.
    package let path: String

    /// A number key's value (see `numbers`).
    package func number(_ key: String) -> Double {
        Double(texts[key]?.replacingOccurrences(of: ",", with: ".") ?? "") ?? 0
    }

    /// The phrase `key` with its placeholders filled. A placeholder without a value is left as written.
    package func text(_ key: String, _ values: [String: PhraseValue] = [:]) -> String {
        guard let template = texts[key] else { return key }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inside = rest[rest.index(after: open)..<close]
            let parts = inside.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if let v = values[parts[0]] {
                if parts.count == 4 {
                    let n: Int
                    if case .count(let c) = v { n = c } else { n = Int(v.shown) ?? 0 }
                    out += v.shown + " " + Plural.word(n, parts[1], parts[2], parts[3])
                } else {
                    out += v.shown
                }
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
            // A value ending in a full stop («п. п.») takes the sentence's own.
            if out.hasSuffix("."), rest.first == "." { rest = rest.dropFirst() }
        }
        return out + rest
    }

    /// Reads conclusions.tsv of a Templates folder.
    static func load(path: String) throws -> Phrases {
        let file = try TSVFile(path: path)
        try file.require(["key", "text"])
        var texts: [String: String] = [:]
        for (line, f) in file.records {
            func fail(_ m: String) -> CatalogueError { CatalogueError(file: path, line: line, m) }
            let key = f["key"]!, text = f["text"]!
            guard let allowed = placeholders[key] else {
                throw fail(
                    "неизвестный ключ «\(key)» (известны: \(placeholders.keys.sorted().joined(separator: ", ")))")
            }
            guard texts[key] == nil else { throw fail("ключ «\(key)» уже задан выше") }
            guard !text.isEmpty else { throw fail("у ключа «\(key)» пустой текст") }
            if numbers.contains(key) {
                guard let v = Double(text.replacingOccurrences(of: ",", with: ".")), v >= 0, v <= 1 else {
                    throw fail("«\(key)» — число от 0 до 1 (доля критериев), а не «\(text)»")
                }
            } else {
                try check(text, allowed: allowed, key: key, fail: fail)
            }
            texts[key] = text
        }
        let missing = placeholders.keys.filter { texts[$0] == nil }.sorted()
        guard missing.isEmpty else {
            throw CatalogueError(file: path, line: nil, "нет ключей: \(missing.joined(separator: ", "))")
        }
        return Phrases(texts: texts, path: path)
    }

    /// Braces balanced, each placeholder known to the key, a plural placeholder with exactly three forms.
    static func check(_ text: String, allowed: Set<String>, key: String, fail: (String) -> CatalogueError) throws {
        var rest = Substring(text)
        while let i = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            guard rest[i] == "{", let close = rest[i...].firstIndex(of: "}") else {
                throw fail("непарная фигурная скобка в тексте ключа «\(key)»")
            }
            let inside = rest[rest.index(after: i)..<close]
            guard !inside.contains("{") else { throw fail("непарная фигурная скобка в тексте ключа «\(key)»") }
            let parts = inside.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard allowed.contains(parts[0]) else {
                let known = allowed.sorted().map { "{\($0)}" }.joined(separator: ", ")
                throw fail(
                    "в тексте ключа «\(key)» неизвестная подстановка «{\(parts[0])}» (можно: \(known.isEmpty ? "никаких" : known))"
                )
            }
            guard parts.count == 1 || (parts.count == 4 && !parts.dropFirst().contains(where: \.isEmpty)) else {
                throw fail(
                    "«{\(inside)}»: после «\(parts[0])|» нужны три формы слова — для 1, для 2–4 и для 5 («критерий|критерия|критериев»)"
                )
            }
            rest = rest[rest.index(after: close)...]
        }
    }
}
