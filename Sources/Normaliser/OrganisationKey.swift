import Catalogue
import Foundation

/// Kind of organisation: a school (общеобразовательная) or an institution of additional education (ДОП).
public enum OrganisationType: String, Codable, Sendable {
    case school, dop, unknown

    /// The Russian name used in the workbook.
    public var russian: String {
        switch self {
        case .school: return "школа"
        case .dop: return "ДОП"
        case .unknown: return "не указан"
        }
    }

    /// Parses «Тип ОО» values: общеобразовательная организация / школа / СОШ; организация
    /// дополнительного образования / ДОП / УДО.
    public init(typeText: String) {
        var t = typeText.lowercased()
        if t.includes("ё") { t = t.replacingOccurrences(of: "ё", with: "е") }
        if t.includes("дополнит") || t.includes("доп") || t.includes("удо") || t == "до" { self = .dop }
        else if t.includes("общеобраз") || t.includes("школ") || t.includes("сош") || t.includes("лице") || t.includes("гимназ") { self = .school }
        else { self = .unknown }
    }
}

/// Canonical keys for organisation names, tolerant of quotes, case, spaces around «№», Latin look-alike
/// letters inside Cyrillic words and glued abbreviations («МБОУДО» = «МБОУ ДО»).
public enum OrganisationKey {
    public static func make(_ name: String) -> String {
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
    public static func guessType(_ name: String) -> OrganisationType {
        let k = make(name)
        let words = Set(k.split(whereSeparator: { !$0.isLetter }).map(String.init))
        let dopMarkers = ["дополнительного образования", "дом детского творчества", "детского творчества",
                          "станция юных", "школа юных", "юных техников", "спортивная школа", "дюсш", "сдюшор"]
        if words.contains("до") || words.contains("мбоудо") || words.contains("сют") || words.contains("цдт")
            || words.contains("ддт") || words.contains("цтр") || words.contains("дд") || words.contains("дооп")
            || dopMarkers.contains(where: { k.includes($0) }) {
            return .dop
        }
        if words.contains("сош") || words.contains("оош") || words.contains("гимназия") || words.contains("лицей")
            || k.includes("школа") || words.contains("всош") || k.includes("лицей") {
            return .school
        }
        // Without a ДОП marker, a municipal educational institution (МБОУ, МАОУ, АМОУ, МБВСОУ…) is a school.
        if let first = words.first(where: { $0.hasSuffix("оу") }), first.count >= 4 { return .school }
        return .unknown
    }
}

/// An optional registry of the municipality's organisations (Templates/organisations.tsv: canonical_name,
/// type, aliases separated by " | "), which wins over the heuristics of `OrganisationKey`.
public struct OrganisationRegistry: Sendable {
    public struct Entry: Sendable { public let name: String; public let type: OrganisationType }
    private var byKey: [String: Entry] = [:]
    private var keys: [String] = []

    public init() {}

    public var isEmpty: Bool { byKey.isEmpty }

    /// Loads the registry when the file exists; an absent file gives an empty registry.
    public static func load(from directory: URL) throws -> OrganisationRegistry {
        let path = directory.appendingPathComponent("organisations.tsv").path
        var reg = OrganisationRegistry()
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return reg }
        for (i, line) in text.components(separatedBy: "\n").enumerated().dropFirst() where !line.isEmpty && !line.hasPrefix("#") {
            let f = line.components(separatedBy: "\t")
            guard f.count >= 2, !f[0].isEmpty else {
                throw CatalogueError(file: path, line: i + 1, "нужны столбцы canonical_name, type, aliases")
            }
            let type: OrganisationType = f[1] == "dop" ? .dop : f[1] == "school" ? .school : OrganisationType(typeText: f[1])
            let entry = Entry(name: f[0], type: type)
            reg.add(f[0], entry)
            if f.count > 2 { for a in f[2].components(separatedBy: " | ") where !a.isEmpty { reg.add(a, entry) } }
        }
        return reg
    }

    mutating func add(_ alias: String, _ e: Entry) {
        let k = OrganisationKey.make(alias)
        if byKey[k] == nil { keys.append(k) }
        byKey[k] = e
    }

    /// The registry entry for a name: by key, or by a unique registry name that the (cut short) key begins.
    public func lookup(_ name: String) -> Entry? { lookup(key: OrganisationKey.make(name)) }

    /// The entry for an organisation key (`OrganisationKey.make`).
    public func lookup(key k: String) -> Entry? {
        if let e = byKey[k] { return e }
        guard k.count >= 20 else { return nil }
        let hits = Set(keys.filter { $0.hasPrefix(k) }.compactMap { byKey[$0]?.name })
        return hits.count == 1 ? byKey[keys.first { $0.hasPrefix(k) }!] : nil
    }
}
