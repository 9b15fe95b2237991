import Catalogue
import Foundation

/// Kind of organisation: a school (общеобразовательная) or an institution of additional education (ДОП).
package enum OrganisationType: String, Codable, Sendable {
    case school, dop, unknown

    /// The Russian name used in the workbook.
    package var russian: String {
        switch self {
        case .school: return "школа"
        case .dop: return "ДОП"
        case .unknown: return "не указан"
        }
    }

    /// Parses «Тип ОО» values: общеобразовательная организация / школа / СОШ; организация
    /// дополнительного образования / ДОП / УДО.
    package init(typeText: String) {
        var t = typeText.lowercased()
        if t.includes("ё") { t = t.replacingOccurrences(of: "ё", with: "е") }
        if t.includes("дополнит") || t.includes("доп") || t.includes("удо") || t == "до" {
            self = .dop
        } else if t.includes("общеобраз") || t.includes("школ") || t.includes("сош") || t.includes("лице")
            || t.includes("гимназ")
        {
            self = .school
        } else {
            self = .unknown
        }
    }
}

/// Canonical keys for organisation names, tolerant of quotes, case, spaces around «№», Latin look-alike
/// letters inside Cyrillic words and glued abbreviations («МБОУДО» = «МБОУ ДО»).
package enum OrganisationKey {
    /// Joins a municipality's key and an organisation's key where organisations of several municipalities
    /// meet (a region-wide export, the regional roll-up): «г ижевск / мбоу сош №1».
    package static let municipalitySeparator = " / "

    package static func make(_ name: String) -> String {
        memo.value(TextKey(name)) { compute(name) }
    }

    private static let memo = Memo<TextKey, String>(limit: 200_000)
    /// Abbreviations written glued to «ДО» («МБОУДО» = «МБОУ ДО»).
    static let gluedWithDO: Set<Substring> = ["мбоудо", "маудо", "маоудо", "мбудо", "мкудо"]

    /// Word by word on the normalised title: «им.»/«им» → «имени», «№ 5» → «№5», «МБОУДО» → «МБОУ ДО»,
    /// «a - b» → «a-b» (checked by hand: every organisation of every form comes through here).
    static func compute(_ name: String) -> String {
        var words: [Substring] = []
        for w in TitleNormaliser.normalise(name).split(separator: " ") {
            if w == "им" {
                words.append("имени")
            } else if w.hasPrefix("им.") {
                words.append("имени")
                if w.count > 3 { words.append(w.dropFirst(3)) }
            } else if gluedWithDO.contains(w) {
                words.append(w.dropLast(2)); words.append("до")
            } else {
                words.append(w)
            }
        }
        var out: [String] = []
        var i = 0
        while i < words.count {
            var w = String(words[i])
            // "№ 5" → "№5" (the number joins the sign).
            while w.hasSuffix("№"), i + 1 < words.count { i += 1; w += words[i] }
            // "a - b" → "a-b".
            if w == "-", let last = out.last, i + 1 < words.count {
                out.removeLast()
                i += 1
                var next = String(words[i])
                while next.hasSuffix("№"), i + 1 < words.count { i += 1; next += words[i] }
                out.append(last + "-" + next)
            } else {
                out.append(w)
            }
            i += 1
        }
        return out.joined(separator: " ")
    }

    /// Guesses school vs ДОП from the name (see the names of Tables 6 and 6.1 of the reference report).
    package static func guessType(_ name: String) -> OrganisationType {
        let k = make(name)
        let words = Set(k.split(whereSeparator: { !$0.isLetter }).map(String.init))
        let dopMarkers = [
            "дополнительного образования", "дом детского творчества", "детского творчества",
            "станция юных", "школа юных", "юных техников", "спортивная школа", "дюсш", "сдюшор"
        ]
        if words.contains("до") || words.contains("мбоудо") || words.contains("сют") || words.contains("цдт")
            || words.contains("ддт") || words.contains("цтр") || words.contains("дд") || words.contains("дооп")
            || dopMarkers.contains(where: { k.includes($0) })
        {
            return .dop
        }
        if words.contains("сош") || words.contains("оош") || words.contains("гимназия") || words.contains("лицей")
            || k.includes("школа") || words.contains("всош") || k.includes("лицей")
        {
            return .school
        }
        // Without a ДОП marker, a municipal educational institution (МБОУ, МАОУ, АМОУ, МБВСОУ…) is a school.
        if let first = words.first(where: { $0.hasSuffix("оу") }), first.count >= 4 { return .school }
        return .unknown
    }
}

/// How the report writes an organisation's name when its forms spell it in several ways (Table 6 showed
/// «МБОУ "COШ № 70"» with Latin C and O because that spelling came first). The cleanest spelling wins:
/// 1. Cyrillic: Latin look-alike letters inside Cyrillic words become Cyrillic, case kept (as `OrganisationKey`
///    and `TitleNormaliser` treat them), and whitespace runs become one space (`clean`);
/// 2. full over truncated: a spelling that another one of the same organisation continues is dropped
///    («… Рихарда Зорге» for «… Рихарда Зорге"»);
/// 3. the most common (when the spellings are counted, `preferred`);
/// 4. the longer («имени» over «им.», «№ 5» over «№5»), then the first in code-point order.
/// Cleaning never changes the key: `OrganisationKey.make(clean(s)) == OrganisationKey.make(s)`.
package enum OrganisationName {
    /// Latin look-alikes and the Cyrillic letters they stand for, lower case (the map of `TitleNormaliser`).
    static let lookAlikes: [Character: Character] = [
        "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "k": "к", "m": "м",
        "t": "т", "h": "н", "b": "в"
    ]
    /// The dashes `TitleNormaliser` splits words at (a Latin part after a dash stays Latin: «ЦДТ-Kids»).
    static let dashes: Set<Character> = ["‐", "‑", "‒", "–", "—", "―", "−", "-"]

    /// The spelling with Latin look-alikes inside Cyrillic words replaced by Cyrillic letters of the same case,
    /// whitespace runs (no-break spaces too) made one space and the ends trimmed; nothing else changes.
    /// The underscores of a paper form's blank line («МБОУ СОШ № 5________») are not a part of the name either.
    package static func clean(_ name: String) -> String {
        guard needsCleaning(name) else { return name }
        let unlined = name.contains("_") ? name.replacingOccurrences(of: "_", with: " ") : name
        return unlined.split(whereSeparator: \.isWhitespace).map(cyrillicWord).joined(separator: " ")
    }

    /// Quick check: only a name with a Latin letter, an underscore or whitespace other than single inner spaces
    /// changes.
    static func needsCleaning(_ name: String) -> Bool {
        var previousSpace = true
        for u in name.unicodeScalars {
            if (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A) || u == "_" { return true }
            let space = u.properties.isWhitespace
            if space && (previousSpace || u != " ") { return true }
            previousSpace = space
        }
        return previousSpace && !name.isEmpty
    }

    /// One word (no whitespace): each part between dashes that holds a Cyrillic letter gets its look-alikes
    /// replaced.
    static func cyrillicWord(_ word: Substring) -> String {
        var out = "", part = ""
        func flush() {
            if part.contains(where: isCyrillic) {
                for ch in part {
                    if ch.isASCII, let c = lookAlikes[Character(ch.lowercased())] {
                        out.append(ch.isUppercase ? Character(c.uppercased()) : c)
                    } else {
                        out.append(ch)
                    }
                }
            } else {
                out += part
            }
            part = ""
        }
        for ch in word {
            if dashes.contains(ch) { flush(); out.append(ch) } else { part.append(ch) }
        }
        flush()
        return out
    }

    static func isCyrillic(_ ch: Character) -> Bool {
        ("а"..."я").contains(ch) || ("А"..."Я").contains(ch) || ch == "ё" || ch == "Ё"
    }

    /// Whether `a` is `b` cut short (both cleaned): `b`'s key continues `a`'s, or with the same key `b`'s text
    /// continues `a`'s («…Зорге» and «…Зорге"»). Meant for spellings of one organisation: «СОШ № 5» is also
    /// the beginning of «СОШ № 55».
    package static func isTruncation(_ a: String, of b: String) -> Bool {
        let ka = OrganisationKey.make(a), kb = OrganisationKey.make(b)
        if ka == kb { return b.count > a.count && b.hasPrefix(a) }
        return kb.count > ka.count && kb.hasPrefix(ka)
    }

    /// The spelling to show among the spellings of one organisation, each with how often it was met:
    /// spellings cleaned (counts of those that clean alike added up), truncated ones dropped, then the most
    /// common, then the longer (key, then text), then the first in code-point order. nil when all are empty.
    package static func preferred(_ spellings: [String: Int]) -> String? {
        var counts: [String: Int] = [:]
        for (s, n) in spellings { let c = clean(s); if !c.isEmpty { counts[c, default: 0] += n } }
        let full = counts.filter { a in !counts.keys.contains { isTruncation(a.key, of: $0) } }
        return full.max { x, y in
            let kx = OrganisationKey.make(x.key).count, ky = OrganisationKey.make(y.key).count
            if x.value != y.value { return x.value < y.value }
            if kx != ky { return kx < ky }
            if x.key.count != y.key.count { return x.key.count < y.key.count }
            return x.key > y.key
        }?.key
    }

    /// The cleaner of two spellings of one organisation, each counted once (`preferred`). Without counts the
    /// order is total (a truncation is always shorter than what continues it), so folding the spellings of an
    /// organisation with `cleanest` gives the same name whatever the order of the files.
    package static func cleanest(_ a: String, _ b: String) -> String {
        if a == b { return clean(a) }
        return preferred([a: 1, b: 1]) ?? ""
    }
}

extension Organisation {
    /// This record merged with another record of the same organisation: the cleanest name
    /// (`OrganisationName.cleanest`), and this record's type unless it is `.unknown`.
    package func merged(with other: Organisation) -> Organisation {
        Organisation(
            key: key, name: OrganisationName.cleanest(name, other.name), type: type == .unknown ? other.type : type,
            municipality: municipality ?? other.municipality)
    }
}

extension Dataset {
    /// Records an organisation met in an input: a new one with its name cleaned (`OrganisationName.clean`), a
    /// known one merged with its record (`Organisation.merged(with:)`), so the name does not depend on the order
    /// in which the spellings come.
    package mutating func record(_ organisation: Organisation) {
        if let known = organisations[organisation.key] {
            organisations[organisation.key] = known.merged(with: organisation)
        } else {
            var o = organisation
            o.name = OrganisationName.clean(o.name)
            organisations[o.key] = o
        }
    }
}

/// The organisations known by name: the aliases of Templates/organisations.tsv (canonical_name, type, aliases
/// separated by " | "), and the user's register (`--organisations РЕЕСТР.xlsx`, `OrganisationRegisterFile`) with
/// full and short names, type, municipality and ИНН. Both win over the heuristics of `OrganisationKey`; a name
/// resolves to the entry's canonical (full) name, so every spelling of one organisation gets one key. The
/// register also lists the organisations expected to send a form: a form it does not list is flagged, and an
/// entry without a form is «не представили форму».
package struct OrganisationRegistry: Sendable {
    package struct Entry: Codable, Equatable, Sendable {
        /// The canonical (register: full) name; its `OrganisationKey` is the organisation's key.
        package var name: String
        package var type: OrganisationType
        package var shortName: String?
        package var municipality: String?
        package var inn: String?
        /// The register row that gave the entry (nil for Templates/organisations.tsv).
        package var source: SourceRef?

        package init(
            name: String, type: OrganisationType, shortName: String? = nil, municipality: String? = nil,
            inn: String? = nil, source: SourceRef? = nil
        ) {
            self.name = name
            self.type = type
            self.shortName = shortName
            self.municipality = municipality
            self.inn = inn
            self.source = source
        }

        /// The organisation key of the entry.
        package var key: String { OrganisationKey.make(name) }
    }
    private var byKey: [String: Entry] = [:]
    private var keys: [String] = []
    private var byINN: [String: Entry] = [:]
    /// The user's register, in its order; nil when none was given.
    package private(set) var register: [Entry]?
    private var registerKeys: Set<String> = []

    package init() {}

    package var isEmpty: Bool { byKey.isEmpty }

    /// Loads the registry when the file exists; an absent file gives an empty registry.
    package static func load(from directory: URL) throws -> OrganisationRegistry {
        let path = directory.appendingPathComponent("organisations.tsv").path
        var reg = OrganisationRegistry()
        guard FileManager.default.fileExists(atPath: path) else { return reg }
        let file = try TSVFile(path: path)
        try file.require(["canonical_name", "type"])
        for (line, record) in file.records {
            let f = ["canonical_name", "type", "aliases"].map { record[$0] ?? "" }
            guard !f[0].isEmpty, !f[1].isEmpty else {
                throw CatalogueError(file: path, line: line, "нужны столбцы canonical_name, type, aliases")
            }
            let type: OrganisationType =
                f[1] == "dop" ? .dop : f[1] == "school" ? .school : OrganisationType(typeText: f[1])
            let entry = Entry(name: f[0], type: type)
            reg.add(f[0], entry)
            for a in f[2].components(separatedBy: "|") where !a.trimmingCharacters(in: .whitespaces).isEmpty {
                reg.add(a.trimmingCharacters(in: .whitespaces), entry)
            }
        }
        return reg
    }

    mutating func add(_ alias: String, _ e: Entry) {
        let k = OrganisationKey.make(alias)
        if byKey[k] == nil { keys.append(k) }
        byKey[k] = e
    }

    /// This registry with the user's register added: each entry under its full and short name and its ИНН. An
    /// alias of Templates/organisations.tsv whose canonical name the register knows now points to the register's
    /// entry, so that a form resolved by the alias counts as listed.
    package func adding(register entries: [Entry]) -> OrganisationRegistry {
        var reg = self
        for e in entries {
            reg.add(e.name, e)
            if let s = e.shortName, !s.isEmpty { reg.add(s, e) }
            if let inn = e.inn { reg.byINN[inn] = e }
        }
        reg.registerKeys = Set(entries.map(\.key))
        for (k, e) in reg.byKey where !reg.registerKeys.contains(e.key) {
            if let listed = reg.byKey[e.key], reg.registerKeys.contains(listed.key) { reg.byKey[k] = listed }
        }
        reg.register = (register ?? []) + entries
        return reg
    }

    /// The registry entry for a name: by key, or by a unique registry name that the (cut short) key begins.
    package func lookup(_ name: String) -> Entry? { lookup(key: OrganisationKey.make(name)) }

    /// The entry for an organisation key (`OrganisationKey.make`).
    package func lookup(key k: String) -> Entry? {
        if let e = byKey[k] { return e }
        guard k.count >= 20 else { return nil }
        let hits = Set(keys.filter { $0.hasPrefix(k) }.compactMap { byKey[$0]?.name })
        return hits.count == 1 ? byKey[keys.first { $0.hasPrefix(k) }!] : nil
    }

    /// The register's entry for an ИНН (digits only).
    package func lookup(inn: String) -> Entry? { byINN[inn] }

    /// Whether the user's register lists the organisation with this key; nil when no register was given.
    package func lists(key: String) -> Bool? { register == nil ? nil : registerKeys.contains(key) }
}
