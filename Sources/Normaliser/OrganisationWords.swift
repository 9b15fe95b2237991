import Catalogue
import Dataset
import Foundation

/// The words that make a text look like an organisation's name (Templates/organisation_words.tsv, columns `word`,
/// `kind`, `note`): type abbreviations written in capitals (МБОУ, СОШ, ДО, ЦДТ…), type words in any case (школа,
/// лицей, детский сад…), and words that make a text a label or a title rather than a name (наименование,
/// мониторинг…). They let the header block be read when its label is one the tool does not know, or missing.
package struct OrganisationWords: Sendable {
    package enum Kind: String, CaseIterable, Sendable {
        case abbreviation, word, label, stop, tail
        /// A word of the form of property or the kind of institution («муниципальное», «бюджетное», «учреждение»): part
        /// of a name's type, no proper name — «Муниципальное бюджетное учреждение дополнительного образования» alone
        /// names no organisation.
        case property
        /// A type word or abbreviation of another language's names («мәктәбе», «МБГББУ»): a name still, but of the
        /// half of a bilingual cell that is not read (`SheetLanguages`).
        case foreign
    }

    /// Abbreviations, upper case with «Ё» as «Е».
    private var abbreviations: Set<String> = []
    /// Type words and phrases, each as its lower-case words.
    private var phrases: [[String]] = []
    /// Words (lower case) of a label or a title.
    private var labelWords: Set<String> = []
    /// Words (lower case) that go on with a title sentence after a name in it.
    private var stopWords: Set<String> = []
    /// Words (lower case) that name the form, not the organisation, in a file's name («ЦМН», «наставничество»).
    private var tailWords: Set<String> = []
    private var foreignWords: Set<String> = []
    /// Words (lower case) of the form of property (`Kind.property`).
    private var propertyWords: Set<String> = []
    /// The answers of `looksLikeName` and `nameInSentence` by text: the labels and titles of forms of one shape
    /// repeat form after form (the words above never change once loaded).
    private let nameMemo = Memo<TextKey, Bool>(limit: 50_000)
    private let sentenceMemo = Memo<TextKey, String?>(limit: 50_000)

    package init() {}

    package init(_ entries: [(word: String, kind: Kind)]) {
        for (w, kind) in entries {
            switch kind {
            case .abbreviation: abbreviations.insert(OrganisationWords.fold(w).uppercased())
            case .word: phrases.append(OrganisationWords.words(of: w).map { $0.lowercased() })
            case .label: labelWords.formUnion(OrganisationWords.words(of: w).map { $0.lowercased() })
            case .stop: stopWords.insert(w.lowercased())
            case .tail: tailWords.formUnion(OrganisationWords.words(of: w).map { $0.lowercased() })
            case .property: propertyWords.formUnion(OrganisationWords.words(of: w).map { $0.lowercased() })
            case .foreign:
                if w == w.uppercased() {
                    abbreviations.insert(OrganisationWords.fold(w).uppercased())
                } else {
                    phrases.append(OrganisationWords.words(of: w).map { $0.lowercased() })
                }
                foreignWords.formUnion(OrganisationWords.words(of: w).map { $0.lowercased() })
            }
        }
        phrases.removeAll(where: \.isEmpty)
    }

    /// Reads organisation_words.tsv from a Templates folder; a folder without it gives no words (names are then
    /// found by their labels only).
    package static func load(from directory: URL) throws -> OrganisationWords {
        let path = directory.appendingPathComponent("organisation_words.tsv").path
        guard FileManager.default.fileExists(atPath: path) else { return OrganisationWords() }
        let file = try TSVFile(path: path)
        try file.require(["word", "kind"])
        var entries: [(String, Kind)] = []
        for (line, f) in file.records {
            guard let kind = Kind(rawValue: f["kind"]!) else {
                throw CatalogueError(
                    file: path, line: line,
                    "неизвестный вид «\(f["kind"]!)» (допустимы: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            guard !f["word"]!.isEmpty else { throw CatalogueError(file: path, line: line, "пустое слово") }
            entries.append((f["word"]!, kind))
        }
        return OrganisationWords(entries)
    }

    package var isEmpty: Bool { abbreviations.isEmpty && phrases.isEmpty }

    /// «Ё» as «Е», «ё» as «е».
    static func fold(_ s: String) -> String {
        guard s.contains(where: { $0 == "ё" || $0 == "Ё" }) else { return s }
        return s.replacingOccurrences(of: "ё", with: "е").replacingOccurrences(of: "Ё", with: "Е")
    }

    /// The words of a text: runs of letters and digits (quotes, «№», dashes and brackets split them).
    static func words(of text: String) -> [String] {
        fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// A word of capitals followed by digits cut in two («СОШ2» → «СОШ», «2»); any other word as it is.
    static func lettersAndDigits(_ word: String) -> [String] {
        guard let cut = word.firstIndex(where: \.isNumber), cut > word.startIndex,
            word[..<cut].allSatisfy({ $0.isLetter && $0.isUppercase }), word[cut...].allSatisfy(\.isNumber)
        else { return [word] }
        return [String(word[..<cut]), String(word[cut...])]
    }

    /// Whether the text looks like an organisation's name: it holds a type abbreviation (in capitals) or a type
    /// word, and something besides it (a number, a proper name, or another type: «МБОУ ДО "ЦДТ"»; «Школа» or
    /// «организация дополнительного образования» alone is a label or a type), no word of a label or title, and is
    /// not a sentence (at most `maxWords` words).
    package func looksLikeName(_ text: String) -> Bool {
        nameMemo.value(TextKey(text)) { weighName(text) }
    }

    /// Whether the text holds a word of a label or a title («Форма 1-ЦМН (общеобразовательные организации)»,
    /// «Отчёт …»): no organisation's name, whatever else it holds.
    /// Whether a name holds a type word of another language (`Kind.foreign`).
    package func holdsForeignWord(_ text: String) -> Bool {
        OrganisationWords.words(of: text).contains { foreignWords.contains($0.lowercased()) }
    }

    package func holdsLabelWord(_ text: String) -> Bool {
        OrganisationWords.words(of: text).contains { labelWords.contains($0.lowercased()) }
    }

    /// Whether the text is a type of organisation alone («Гимназия», «Лицей», «СОШ»): a column's short name in a
    /// table of organisations, though no name on its own.
    package func namesType(_ text: String) -> Bool {
        let words = OrganisationWords.words(of: text)
        guard !words.isEmpty else { return false }
        let lower = words.map { $0.lowercased() }
        if words.count == 1, abbreviations.contains(words[0].uppercased()), words[0] == words[0].uppercased() {
            return true
        }
        return phrases.contains { $0 == lower }
    }

    private func weighName(_ text: String) -> Bool {
        // A type and its number typed together («СОШ2», a sheet's tab) are two words.
        let words = OrganisationWords.words(of: text).flatMap(OrganisationWords.lettersAndDigits)
        guard !words.isEmpty, words.count <= OrganisationWords.maxWords else { return false }
        let lower = words.map { $0.lowercased() }
        if lower.contains(where: labelWords.contains) { return false }
        var typed = [Bool](repeating: false, count: words.count)
        var types = 0
        for (i, w) in words.enumerated() where w == w.uppercased() && w != w.lowercased() && abbreviations.contains(w) {
            typed[i] = true
            types += 1
        }
        for (i, w) in lower.enumerated() where propertyWords.contains(w) { typed[i] = true }
        for p in phrases where p.count <= lower.count {
            for i in 0...(lower.count - p.count) where Array(lower[i..<(i + p.count)]) == p {
                for j in i..<(i + p.count) { typed[j] = true }
                types += 1
            }
        }
        return types > 0 && (typed.contains(false) || types > 1)
    }

    /// The text before a dash between spaces, or before the full stop after a closing quote, outside quotes, after which
    /// no type of organisation is named: a sheet's title «Кедровская ООШ — 2. Люди» gives «Кедровская ООШ», «МБОУ
    /// «Гимназия №3». Участники программ наставничества» gives «МБОУ «Гимназия №3»»; «Филиал МБОУ «Сосновская СОШ» —
    /// «Ивановская ООШ»» and «Средняя школа – детский сад № 9» stay whole. The text itself when there is none.
    package func beforeDash(_ text: String) -> String {
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false)
        var quoted = 0
        for (i, t) in tokens.enumerated() {
            if quoted == 0, i > 0, ["—", "–", "-"].contains(t) {
                let rest = tokens[(i + 1)...].joined(separator: " ")
                let head = tokens[..<i].joined(separator: " ").trimmingCharacters(in: .whitespaces)
                if !namesType(in: rest), !head.isEmpty { return head }
            }
            for ch in t {
                if ch == "«" || ch == "“" { quoted += 1 } else if ch == "»" || ch == "”" { quoted = max(0, quoted - 1) }
            }
            // A sentence's end after the closing quote, more words after it («МБОУ «Гимназия №3». Участники программ»).
            if quoted == 0, i + 1 < tokens.count, t.count > 2, t.hasSuffix("».") || t.hasSuffix("”.") {
                let rest = tokens[(i + 1)...].joined(separator: " ")
                if !namesType(in: rest) {
                    return (tokens[..<i].joined(separator: " ") + " " + t.dropLast()).trimmingCharacters(
                        in: .whitespaces)
                }
            }
        }
        return text
    }

    /// Whether two spellings name one organisation the way one workbook spells its own name twice: the same numbers, and
    /// each word of the shorter is a word of the longer or the initials of words that follow each other there
    /// («Кедровская ООШ» and «Муниципальное бюджетное общеобразовательное учреждение «Кедровская основная
    /// общеобразовательная школа»», «МБУ ДО ДДТ» and «МБУ ДО «Дом детского творчества»»). A bare type («СОШ») is no
    /// spelling of a name.
    package static func sameName(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> [String] {
            fold(s).lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        }
        var (short, long) = (words(a), words(b))
        if short.count > long.count { swap(&short, &long) }
        guard short.count >= 2 else { return false }
        let numbers = { (w: [String]) in Set(w.filter { $0.allSatisfy(\.isNumber) }) }
        guard numbers(short) == numbers(long) else { return false }
        let initials = long.map { String($0.prefix(1)) }
        return short.allSatisfy { w in
            long.contains(w)
                || (w.count >= 2 && w.allSatisfy(\.isLetter) && long.count >= w.count
                    && (0...(long.count - w.count)).contains { initials[$0..<($0 + w.count)].joined() == w })
        }
    }

    /// Whether a text holds a type of organisation: an abbreviation in capitals or a type word.
    private func namesType(in text: String) -> Bool {
        let words = OrganisationWords.words(of: text).flatMap(OrganisationWords.lettersAndDigits)
        if words.contains(where: { $0 == $0.uppercased() && $0 != $0.lowercased() && abbreviations.contains($0) }) {
            return true
        }
        let lower = words.map { $0.lowercased() }
        return phrases.contains { p in
            p.count <= lower.count && (0...(lower.count - p.count)).contains { Array(lower[$0..<($0 + p.count)]) == p }
        }
    }

    /// The name inside a title sentence: from its first type abbreviation (in capitals) up to the first word that
    /// goes on with the sentence (Templates/organisation_words.tsv, kind `stop`: «о», «за», «по»…) outside quotes,
    /// or a comma or colon; nil when what is cut out does not look like a name. «Отчёт МБОУ «СОШ № 5» о реализации
    /// целевой модели за 2024 год» gives «МБОУ «СОШ № 5»».
    package func nameInSentence(_ text: String) -> String? {
        sentenceMemo.value(TextKey(text)) { cutName(text) }
    }

    private func cutName(_ text: String) -> String? {
        // A name before a dash that goes on with no type of organisation («Кедровская ООШ — 2. Люди»).
        let head = beforeDash(text)
        if head.count < text.trimmed.count, looksLikeName(head) { return head }
        // Words split at any white space: a title typed over three lines («… наставничества\nв МОУ «СШ № 14» г. Котласа\nза
        // 2024 год») ends its name at «за» too.
        let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard tokens.count > 2,
            let first = tokens.firstIndex(where: { t in
                let letters = OrganisationWords.fold(t.filter { $0.isLetter })
                return !letters.isEmpty && letters == letters.uppercased() && abbreviations.contains(letters)
            })
        else { return nil }
        // An abbreviation the list does not know right before a known one belongs to the name («МБВСОУ ВСОШ №6»,
        // «МБВ(С)ОУ "ВСОШ № 3"»): capitals, maybe with brackets, no digits; not a word about the form («ЦМН СОШ 16»).
        var start = first
        while start > tokens.startIndex, case let letters = tokens[start - 1].filter({ $0.isLetter }),
            letters.count >= 2, !tokens[start - 1].contains(where: \.isNumber), letters == letters.uppercased(),
            !tailWords.contains(letters.lowercased())
        {
            start -= 1
        }
        // Words inside quotes are the name's own («Школа о природе»), unless a quote is never closed (МБОУ "СОШ № 63 …
        // о реализации …): then the quotes say nothing and the first stop word ends the name.
        func cut(quotes: Bool) -> (words: [String], open: Bool) {
            var out: [String] = []
            var quoted = 0
            for t in tokens[start...] {
                if quoted == 0, stopWords.contains(t.lowercased()), t == t.lowercased() { break }
                // A line for a signature or a slash before the signer's name ends the name («Директор МБОУ «Лицей № 4»
                // ________ / О.Н. Саватеева /»).
                if quoted == 0, t.hasPrefix("__") || t == "/" { break }
                // Brackets after a name in quotes go on with the title («Свод по МБОУ «Пычасская СОШ» (основное здание +
                // филиал …)»).
                if quoted == 0, t.hasPrefix("("), out.last.map({ $0.hasSuffix("»") || $0.hasSuffix("”") }) ?? false {
                    break
                }
                // A dash after a name in quotes goes on with the sentence («МКОУ «Тихоновская ООШ» — мониторинг …»).
                if quoted == 0, ["—", "–", "-"].contains(t),
                    out.contains(where: { $0.contains("»") || $0.contains("”") })
                {
                    break
                }
                if quotes {
                    for ch in t {
                        if ch == "«" || ch == "“" {
                            quoted += 1
                        } else if ch == "»" || ch == "”" {
                            quoted = max(0, quoted - 1)
                        } else if ch == "\"" {
                            quoted = quoted > 0 ? quoted - 1 : 1
                        }
                    }
                }
                // A sentence's end after the closing quote («МАОУ «Лицей № 9». Динамика показателей …»): the name
                // ends there, without the «.» (a «.» elsewhere is an abbreviation's: «им. А. С. Пушкина», «с. Ключи»).
                if quoted == 0, ["».", "”.", "\"."].contains(where: { t.hasSuffix($0) }), t.count > 2 {
                    out.append(String(t.dropLast()))
                    break
                }
                out.append(t)
                if quoted == 0, t.hasSuffix(",") || t.hasSuffix(":") || t.hasSuffix(";") { break }
            }
            return (out, quoted > 0)
        }
        var words = cut(quotes: true)
        if words.open { words = cut(quotes: false) }
        let name = words.words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",:; "))
        guard name.count < text.trimmed.count, looksLikeName(name) else { return nil }
        return name
    }

    /// The longest sheet name Excel keeps: a name this long may have been cut.
    static let sheetNameLimit = 31

    /// The longest text taken for a name (a full name with its type, form of property and a person's name in it).
    static let maxWords = 25

    /// The organisation's name in a file's (or sheet's) name: `nameInFileName`, cut before the first word that names
    /// the form rather than the organisation — a label word («мониторинг», «отчёт»), a `tail` word («ЦМН»,
    /// «наставничество»), a year («2024», «(2023-2024)») or a dash between spaces: «МБОУ_Кокшанская_СОШ_ЦМН_2024» →
    /// «МБОУ Кокшанская СОШ», «Лицей 2 - наставничество (2023-2024)» → «Лицей 2». The whole when nothing is cut.
    package func name(inFileName path: String) -> String? {
        guard let whole = Self.nameInFileName(path) else { return nil }
        var kept: [Substring] = []
        for token in whole.split(separator: " ") {
            // Words about the form before the name («Форма_МАОУ_Лицей_14», «ЦМН-2024 Гимназия №3»): left out.
            if kept.isEmpty {
                let words = Self.words(of: String(token)).map { $0.lowercased() }
                if !words.isEmpty,
                    words.allSatisfy({
                        labelWords.contains($0) || tailWords.contains($0) || (1990...2100).contains(Int($0) ?? 0)
                    })
                {
                    continue
                }
            }
            if !kept.isEmpty {
                let isDash = ["-", "–", "—"].contains(token)
                let digits = token.drop { !$0.isNumber }.prefix { $0.isNumber }
                let isYear =
                    digits.count == 4 && (1990...2100).contains(Int(digits) ?? 0)
                    && token.allSatisfy { $0.isNumber || "()-–—.,".contains($0) || $0 == "г" }
                let words = Self.words(of: String(token)).map { $0.lowercased() }
                if isDash || isYear || words.contains(where: { labelWords.contains($0) || tailWords.contains($0) }) {
                    break
                }
            }
            kept.append(token)
        }
        return kept.joined(separator: " ")
    }

    /// The name a file (or sheet) name may hold: the extension, a leading number («01_», «1.») and underscores
    /// taken away; nil when nothing is left.
    package static func nameInFileName(_ path: String) -> String? {
        var s = (path as NSString).lastPathComponent
        let ext = (s as NSString).pathExtension.lowercased()
        if ["xlsx", "xlsm", "xls"].contains(ext) { s = (s as NSString).deletingPathExtension }
        s = s.replacingOccurrences(of: "_", with: " ")
        // A leading number and its separator: «01 », «1. », «03-».
        let digits = s.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 4 {
            let rest = s.dropFirst(digits.count)
            if let f = rest.first, f == " " || f == "." || f == "-" || f == ")" {
                s = String(rest.drop { $0 == " " || $0 == "." || $0 == "-" || $0 == ")" })
            }
        }
        let name = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return name.isEmpty ? nil : name
    }
}
