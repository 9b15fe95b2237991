import Catalogue
import Dataset
import Foundation

/// The labels that name columns and fields of the forms (Templates/labels.tsv, columns `role`, `label`),
/// compared after `TitleNormaliser`. Labels are one piece of evidence: a form whose header says something
/// else is still read when its columns hold criteria, values and links (`FormLayoutReader`).
package struct HeaderLabels: Sendable {
    package enum Role: String, CaseIterable, Sendable {
        case criterion, value, link, direction, number, note, organisation
        case orgType = "org_type", year, municipality, dynamics
        /// The organisation's ИНН (above a form, a column of an export or of the register).
        case inn
        /// The columns of the organisation register: full and short name.
        case fullName = "full_name", shortName = "short_name"
        /// The start of a row that is a part of the row above («из них:», «в том числе»): compared as a prefix.
        case part
        /// A question's first words, before a part's start («Сколько из них …?», «А сколько из этих педагогов …?»):
        /// compared as a prefix, dropped when `part` follows.
        case question
        /// The start of a row of the signature block under a form («Дата заполнения», «Исполнитель», «Телефон»):
        /// compared as a prefix, and only for rows like no criterion.
        case footer
        /// The start of a wide table's row of totals («Итого по району», «Всего»): no organisation, compared as a prefix.
        case total
        /// The start of a sheet's name that makes it a reference list for drop-downs («Справочник», «Списки»): no form.
        case reference
        /// A survey export's time of the response («Отметка времени»): of two responses of one organisation, the later.
        case timestamp
        /// A survey export's own column («ID», «Адрес электронной почты»): no criterion, not read.
        case service
        /// The start of a wide table's sample row («Образец: МБОУ «СОШ № 0»»): no organisation, compared as a prefix.
        case sample
        /// The start of a sheet's name that makes it a sheet of raw figures («Расчёт», «Исходные данные»): read by a
        /// form's formulas, it is that form's source, not a second form (`SourceSheets`).
        case source
        /// A word of a file's name that makes the form a draft («черновик»), or the final one («итог»): of two different
        /// forms of one organisation, the final one, or the one not a draft, is used.
        case draft, final
        /// The start of a wide table's row of a branch («филиал МБОУ …», «в т.ч. филиал»): part of its organisation.
        case branch
        /// A row's title that is a share and nothing else («Доля», «Охват», «%»): the share of what the row above names.
        case bareShare = "bare_share"
        /// The start of a word that announces a legend of the titles' abbreviations in a cell («Условные обозначения»,
        /// «Расшифровка сокращений», «Примечание»), compared inside the cell's text (`Legend`).
        case legend
        /// The start of a word in a sheet's name that makes it a legend («Сокращения», «Расшифровка»).
        case legendSheet = "legend_sheet"
        /// A column label of a plan of events, a mentor's plan or minutes («Срок», «Ответственный», «Докладчик»): a
        /// sheet whose header holds two of them is no monitoring form (`PlanSheets`).
        case plan
        /// A word that announces a list of documents the link cells refer to by number («Перечень», «Приложения»),
        /// looked for inside a cell's text and a sheet's name (`DocumentList`).
        case documentList = "document_list"
        /// The start of a pivot table's caption («Сумма по полю», «Названия строк», «Row Labels»): `PivotTable`.
        case pivot
        /// A reviewer's column of corrected values («Исправленное значение»): where filled, the row's value.
        case correction
        /// A reviewer's other columns («Статус», «Замечание методиста», «Проверено»): no values; a value «на доработке»
        /// without a correction is asked about.
        case review
    }

    private var byRole: [Role: TextSet] = [:]
    /// The normalised starts of part rows (role `part`).
    private var partPrefixes: [String] = []
    /// The normalised first words of questions (role `question`), longest first.
    private var questionPrefixes: [String] = []
    /// The normalised starts of signature-block rows (role `footer`).
    private var footerPrefixes: [String] = []
    /// The normalised starts of totals rows (role `total`).
    private var totalPrefixes: [String] = []
    /// The normalised starts of a pivot table's captions (role `pivot`).
    private var pivotPrefixes: [String] = []
    /// The normalised starts of sample rows (role `sample`).
    private var samplePrefixes: [String] = []
    /// The normalised starts of branch rows (role `branch`).
    private var branchPrefixes: [String] = []
    /// The normalised starts of reference sheets' names (role `reference`).
    private var referencePrefixes: [String] = []
    private var sourcePrefixes: [String] = []
    /// The starts of words that announce a legend in a cell, and in a sheet's name, lower case (`Role.legend`).
    package private(set) var legendWords: [String] = []
    package private(set) var legendSheetWords: [String] = []
    /// The words that announce a list of documents, lower case (`Role.documentList`).
    package private(set) var documentListWords: [String] = []
    /// The words (stems) of value-column headers that mark the fact and what is not the fact
    /// (Templates/value_columns.tsv).
    private var factStems: [String] = []
    private var otherStems: [String] = []
    /// The words of a column that holds the part of the value column's total taking part in the programme
    /// (kind `part` of Templates/value_columns.tsv: «В программах наставничества», «в т.ч. участвуют»).
    private var partStems: [String] = []
    /// What a units column's entry says of its row's value (Templates/units.tsv), by the entry normalised, dots
    /// dropped.
    private var units: [String: ValueHint] = [:]
    /// `isPart` by title (the prefixes are set once, when the labels are read).
    private let parts = Memo<TextKey, Bool>(limit: 50_000)
    private let stackCells = Memo<TextKey, StackCell>(limit: 50_000)

    /// What a value column's header says it holds.
    package enum ValueColumnKind: Sendable { case fact, other, unknown }

    package init(_ labels: [Role: [String]]) {
        for (role, words) in labels { byRole[role] = TextSet(words.map(TitleNormaliser.normalise)) }
        partPrefixes = (labels[.part] ?? []).map(TitleNormaliser.normalise)
        questionPrefixes = (labels[.question] ?? []).map(TitleNormaliser.normalise).sorted { $0.count > $1.count }
        footerPrefixes = (labels[.footer] ?? []).map(TitleNormaliser.normalise)
        totalPrefixes = (labels[.total] ?? []).map(TitleNormaliser.normalise)
        pivotPrefixes = (labels[.pivot] ?? []).map(TitleNormaliser.normalise)
        samplePrefixes = (labels[.sample] ?? []).map(TitleNormaliser.normalise)
        branchPrefixes = (labels[.branch] ?? []).map(TitleNormaliser.normalise)
        referencePrefixes = (labels[.reference] ?? []).map(TitleNormaliser.normalise)
        sourcePrefixes = (labels[.source] ?? []).map(TitleNormaliser.normalise)
        legendWords = (labels[.legend] ?? []).map { $0.lowercased() }
        legendSheetWords = (labels[.legendSheet] ?? []).map { $0.lowercased() }
        documentListWords = (labels[.documentList] ?? []).map { $0.lowercased() }
    }

    /// Reads labels.tsv from a Templates folder.
    package static func load(from directory: URL) throws -> HeaderLabels {
        let file = try TSVFile(path: directory.appendingPathComponent("labels.tsv").path)
        try file.require(["role", "label"])
        var labels: [Role: [String]] = [:]
        for (line, f) in file.records {
            guard let role = Role(rawValue: f["role"]!) else {
                throw CatalogueError(
                    file: file.path, line: line,
                    "неизвестная роль «\(f["role"]!)» (допустимы: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            labels[role, default: []].append(f["label"]!)
        }
        var out = HeaderLabels(labels)
        let columnsPath = directory.appendingPathComponent("value_columns.tsv").path
        if FileManager.default.fileExists(atPath: columnsPath) {
            let words = try TSVFile(path: columnsPath)
            try words.require(["kind", "word"])
            for (line, f) in words.records {
                // «вып.» (with its dot): an abbreviation, the whole word only — «выполнено» is no «% вып.».
                let raw = f["word"]!.trimmed
                let word = TitleNormaliser.normalise(raw.hasSuffix(".") ? String(raw.dropLast()) : raw)
                let stem = raw.hasSuffix(".") ? word + "." : word
                switch f["kind"]! {
                case "fact": out.factStems.append(stem)
                case "other": out.otherStems.append(stem)
                case "part": out.partStems.append(stem)
                default:
                    throw CatalogueError(
                        file: words.path, line: line, "kind — fact, other или part, а не «\(f["kind"]!)»")
                }
            }
        }
        let unitsPath = directory.appendingPathComponent("units.tsv").path
        if FileManager.default.fileExists(atPath: unitsPath) {
            let file = try TSVFile(path: unitsPath)
            try file.require(["unit", "value"])
            for (line, f) in file.records {
                guard let hint = ValueHint(rawValue: f["value"]!), hint != .text else {
                    throw CatalogueError(
                        file: file.path, line: line, "value — number, percent или yesno, а не «\(f["value"]!)»")
                }
                out.units[HeaderLabels.unitKey(f["unit"]!)] = hint
            }
        }
        return out
    }

    /// A units entry as it is looked up: normalised, without dots and spaces («чел.» → «чел», «да / нет» → «да/нет»).
    static func unitKey(_ text: String) -> String {
        TitleNormaliser.normalise(text).filter { $0 != "." && $0 != " " }
    }

    /// What a units column's entry says of its row's value («чел.» a number, «%» a share, «да/нет» an answer).
    package func unitHint(_ text: String) -> ValueHint? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty, t.count <= 24 else { return nil }
        return units[HeaderLabels.unitKey(t)]
    }

    /// What a value column's header says: another year than the reporting one, or a word of plan, target or last
    /// year, is not the fact; the reporting year, a date in it, or a word of fact is. Words match as stems: a
    /// header word starting with one («фактическое» for «факт»).
    package func valueColumnKind(_ title: String, reportingYear: Int?) -> ValueColumnKind {
        let t = TitleNormaliser.normalise(title)
        let words = t.split { !$0.isLetter }.map(String.init)
        func has(_ stems: [String]) -> Bool {
            stems.contains { stem in
                stem.hasSuffix(".") ? words.contains(String(stem.dropLast())) : words.contains { $0.hasPrefix(stem) }
            }
        }
        if has(otherStems) { return .other }
        if let reportingYear, let y = HeaderLabels.columnYear(in: t) { return y == reportingYear ? .fact : .other }
        if has(factStems) || contains(.value, t) { return .fact }
        return .unknown
    }

    /// Whether a column's header names the part of a total taking part in the programme: it starts as a part does
    /// («в т.ч. участвуют в наставничестве», «из них») or has a word of kind `part` («В программах наставничества»).
    package func namesProgrammePart(_ title: String) -> Bool {
        let words = TitleNormaliser.normalise(title).split { !$0.isLetter }.map(String.init)
        if partStems.contains(where: { stem in words.contains { $0.hasPrefix(stem) } }) { return true }
        // «из них», «в т.ч.» alone, or before a role («из них наставники»): the part in the programme. Before anything
        // else («из них: городские», «в т.ч. женщин») it is another breakdown of the total.
        guard isPart(title) else { return false }
        let openers: Set<String> = ["из", "них", "в", "т", "ч", "тч", "том", "числе", "числа", "чел"]
        let rest = words.filter { !openers.contains($0) }
        return rest.isEmpty || rest.contains { $0.hasPrefix("наставни") || $0.hasPrefix("наставля") }
    }

    /// Whether a normalised text is a label of `role`.
    package func contains(_ role: Role, _ normalised: String) -> Bool { byRole[role]?.contains(normalised) ?? false }

    /// Whether a row's title starts as a part of the row above does («из них: наставляемые»); remembered by the title's
    /// bytes (forms of one template repeat their titles).
    func isPart(_ title: String) -> Bool {
        parts.value(TextKey(title)) { startsAsPart(title) }
    }

    /// What looking for stacked forms (`FormLayoutReader.organisationLabelRows`) and for tables side by side
    /// (`criterionColumns`) asks of a text cell.
    struct StackCell: Sendable {
        /// Nothing but whitespace.
        var blank: Bool
        /// Labels the criterion column («Критерий», «Наименование показателя») in at most 80 characters.
        var criterionLabel: Bool
        /// Labels the value column («Значение», «Значение показателя») in at most 80 characters.
        var valueLabel: Bool
        /// Trimmed, at most 120 characters.
        var short: Bool
        /// Short, and trimmed an organisation's label, alone or before its value («Образовательная организация: МБОУ
        /// …»).
        var organisationLabel: Bool
    }

    /// What looking for stacked forms asks of a text cell, remembered by the text's bytes: every cell of every sheet
    /// is asked, and forms of one template repeat their texts.
    func stackCell(_ text: String) -> StackCell {
        stackCells.value(TextKey(text)) {
            let t = text.trimmed
            let short = t.hasAtMostCharacters(120)
            return StackCell(
                blank: t.isEmpty,
                criterionLabel: text.hasAtMostCharacters(80)
                    && role(of: TitleNormaliser.normalise(text), among: [.criterion]) != nil,
                valueLabel: text.hasAtMostCharacters(80)
                    && role(of: TitleNormaliser.normalise(text), among: [.value]) != nil,
                short: short,
                organisationLabel: short
                    && role(of: TitleNormaliser.normalise(HeaderBlock.split(t)?.label ?? t), among: [.organisation])
                        != nil
            )
        }
    }

    private func startsAsPart(_ title: String) -> Bool {
        // A part typed as an item of a list: «- из них …», «— в т.ч. …», «• из них …».
        // (And after its number: «3.3. Из них – наставляемые».)
        var t = String(
            TitleTokens.stripNumbering(TitleNormaliser.normalise(title).trimmingCharacters(in: .whitespaces)).drop {
                "-–—•·*>".contains($0) || $0 == " "
            })
        func starts(_ prefixes: [String]) -> String? {
            prefixes.first {
                t.hasPrefix($0) && (t.count == $0.count || !t[t.index(t.startIndex, offsetBy: $0.count)].isLetter)
            }
        }
        // (A question asked of the row above: «Сколько из них назначены наставниками?» under «Сколько обучающихся
        // 15–19 лет?».)
        if let question = starts(questionPrefixes) { t = String(t.dropFirst(question.count).drop { $0 == " " }) }
        return starts(partPrefixes) != nil
    }

    /// Whether a row's title starts as a row of a form's signature block does («Исполнитель: Иванова А.С.»).
    func isFooter(_ title: String) -> Bool { starts(title, footerPrefixes) }

    /// Whether an organisation's cell of a wide table starts as a row of totals does («Итого по району»).
    func isTotal(_ title: String) -> Bool { starts(title, totalPrefixes) }

    /// Whether a cell is a pivot table's caption (role `pivot`, compared as a prefix).
    func isPivotCaption(_ text: String) -> Bool { starts(text, pivotPrefixes) }

    /// Whether a text is one of the labels (of any role), a total's or a footer's.
    func knows(_ text: String) -> Bool {
        let key = TitleNormaliser.normalise(text)
        return isTotal(text) || isFooter(text) || byRole.values.contains { $0.contains(key) }
    }

    /// Whether the file `a` is the final form and `b` its draft, by the words of their names (roles `draft`, `final`).
    package func prefersOver(_ a: String, _ b: String) -> Bool {
        func words(_ path: String) -> Set<String> {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            return Set(TitleTokens.words(TitleNormaliser.normalise(name.replacingOccurrences(of: "_", with: " "))))
        }
        func has(_ role: Role, _ w: Set<String>) -> Bool {
            w.contains { byRole[role]?.contains(TextKey($0)) ?? false }
        }
        let (wa, wb) = (words(a), words(b))
        return (has(.draft, wb) && !has(.draft, wa)) || (has(.final, wa) && !has(.final, wb))
    }

    /// Whether an organisation's cell of a wide table starts as a sample row does («Образец: МБОУ «СОШ № 0»»).
    func isSample(_ title: String) -> Bool { starts(title, samplePrefixes) }

    /// Whether a wide table's organisation cell names a branch («филиал МБОУ «…» в с. Ключи»).
    func isBranch(_ title: String) -> Bool { starts(title, branchPrefixes) }

    /// Whether a sheet's name says it holds reference lists for drop-downs («Справочник»), not a form.
    package func isReferenceSheet(_ name: String) -> Bool { starts(name, referencePrefixes) }

    /// Whether a sheet's name makes it a sheet of raw figures («Расчёт», «Исходные данные», «calc»).
    package func isSourceSheet(_ name: String) -> Bool { starts(name, sourcePrefixes) }

    /// Whether a text starts with one of `prefixes` (normalised), as a word.
    private func starts(_ title: String, _ prefixes: [String]) -> Bool {
        let t = TitleNormaliser.normalise(title)
        return prefixes.contains {
            t.hasPrefix($0) && (t.count == $0.count || !t[t.index(t.startIndex, offsetBy: $0.count)].isLetter)
        }
    }

    /// The role of a normalised label among `roles`, in their order.
    func role(of normalised: String, among roles: [Role]) -> Role? {
        let key = TextKey(normalised)
        if let role = roles.first(where: { byRole[$0]?.contains(key) ?? false }) { return role }
        // A value label with its date or period («Значение на 31.12.2024», «Значение за 2024 год», «Значение (с
        // пояснением)»): the value column, its year weighed where the column is chosen.
        guard normalised.includes(" ") else { return nil }
        if roles.contains(.value), let bare = HeaderLabels.withoutPeriod(normalised),
            byRole[.value]?.contains(TextKey(bare)) ?? false
        {
            return .value
        }
        // Any other label with a remark in parentheses («Источник информации (ссылка на документ)»): its role.
        guard normalised.includes("(") else { return nil }
        let all = NSRange(normalised.startIndex..., in: normalised)
        let bare = HeaderLabels.remark.stringByReplacingMatches(in: normalised, range: all, withTemplate: "")
            .trimmingCharacters(in: .whitespaces)
        guard bare != normalised, !bare.isEmpty else { return nil }
        return roles.first { byRole[$0]?.contains(TextKey(bare)) ?? false }
    }

    private static let remark = try! NSRegularExpression(pattern: #"\s*\([^)]*\)"#)

    /// A header without its trailing date or period and its remarks in parentheses, or nil when it has none.
    static func withoutPeriod(_ normalised: String) -> String? {
        let all = NSRange(normalised.startIndex..., in: normalised)
        let cut = period.stringByReplacingMatches(in: normalised, range: all, withTemplate: "")
            .trimmingCharacters(in: .whitespaces)
        return cut == normalised || cut.isEmpty ? nil : cut
    }

    private static let period = try! NSRegularExpression(
        pattern: #"\s*\([^)]*\)|\s+(?:по состоянию )?(?:на|за)\s+(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}).*$"#)

    /// Whether the text is a label of a field above a form (organisation, type, year, municipality, ИНН).
    func isFieldLabel(_ text: String) -> Bool {
        role(of: TitleNormaliser.normalise(text), among: [.organisation, .orgType, .year, .municipality, .inn]) != nil
    }

    /// A year column title: "2022", "2022 г.", "2022г", "2022 год".
    static func yearColumn(_ text: String) -> Int? {
        let t = TitleNormaliser.normalise(text)
        // The year's four digits first, then nothing but one of the tails (compared by bytes: no regular expression).
        guard holdsYearDigits(t, atStartOnly: true) else { return nil }
        let tail = t.utf8.dropFirst(yearDigits)
        guard yearColumnTails.contains(where: { $0.utf8.elementsEqual(tail) }) else { return nil }
        return Int(t.prefix(yearDigits))
    }

    /// The digits of a year.
    static let yearDigits = 4

    /// What may follow the year in a year column's title once normalised (no trailing dot, single spaces).
    static let yearColumnTails = ["", "г", " г", "год", " год"]

    /// Whether `text` holds four ASCII digits beginning «19» or «20» (at its start only, or anywhere): the year
    /// patterns below cannot match a text without them, and running them costs far more than this look.
    static func holdsYearDigits(_ text: String, atStartOnly: Bool) -> Bool {
        let b = Array(text.utf8)
        func digit(_ i: Int) -> Bool { b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9") }
        let last = atStartOnly ? min(0, b.count - yearDigits) : b.count - yearDigits
        guard last >= 0 else { return false }
        for i in 0...last
        where (b[i] == UInt8(ascii: "1") && b[i + 1] == UInt8(ascii: "9"))
            || (b[i] == UInt8(ascii: "2") && b[i + 1] == UInt8(ascii: "0"))
        {
            if digit(i + 2) && digit(i + 3) { return true }
        }
        return false
    }

    /// The reporting year written in a label's value: "2024", "2024 год", "01.01.2024–31.12.2024" (the last year).
    /// A year in parentheses is a remark when one stands outside them: «2024 год (2023 год – для сравнения)» is 2024.
    static func year(in text: String) -> Int? {
        var last: Int?, lastOutside: Int?
        var digits = ""
        var depth = 0
        for ch in text + " " {
            if ch.isASCII && ch.isNumber { digits.append(ch); continue }
            if digits.count == 4, let y = Int(digits), (1990...2100).contains(y) {
                last = y
                if depth == 0 { lastOutside = y }
            }
            digits = ""
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
        }
        return lastOutside ?? last
    }

    /// The year a title names as the reporting one: «… за 2024 год», «… 2024 г.», «2023/2024 учебный год»
    /// (the last); nil when no year stands by «год»/«г.». A period of more than two years («программа на 2021–2025
    /// годы») names no reporting year.
    static func year(inTitle text: String) -> Int? { year(inTitle: text, afterZa: false) }

    /// The year a title names as the period its figures are for, after «за» («по форме 2025 года (проект) за 2024 год»
    /// → 2024): it goes before any other year of the title, a template's or a document's.
    static func reportedYear(inTitle text: String) -> Int? { year(inTitle: text, afterZa: true) }

    private static func year(inTitle text: String, afterZa: Bool) -> Int? {
        let t = TitleNormaliser.normalise(text)
        // The regular expression runs only on a text that holds a year's digits (most texts above a form hold none).
        guard holdsYearDigits(t, atStartOnly: false) else { return nil }
        var rest = t.startIndex..<t.endIndex
        while let r = t.range(
            of: "(19|20)[0-9]{2}( ?- ?(19|20)[0-9]{2}| ?/ ?(19|20)[0-9]{2})?( ?г\\b| ?год| учебн| календ)",
            options: .regularExpression, range: rest)
        {
            let found = String(t[r])
            let za = t[..<r.lowerBound].hasSuffix("за ")
            if !afterZa || za, let first = Int(found.prefix(yearDigits)), let last = year(in: found), last - first <= 1
            {
                return last
            }
            rest = r.upperBound..<t.endIndex
        }
        return nil
    }

    /// The year a row's or a column's title names as its period («Прошли КПК в 2023 году (для сравнения)»), a
    /// document's date left aside («приказ … от 29.12.2017 года» names no period); nil when it names none.
    static func periodYear(inTitle text: String) -> Int? {
        // Most titles hold no year's four digits: the regular expressions run only on those that do.
        guard holdsYearDigits(text, atStartOnly: false) else { return nil }
        let undated = text.replacingOccurrences(
            of: #"\d{1,2}[./]\d{1,2}[./]\d{2,4}"#, with: " ", options: .regularExpression)
        return year(inTitle: undated)
    }

    /// A year that ends a title of words as its only number («Мониторинг ЦМН 2024»); nil for a period
    /// («2021–2025»), a date, a number («№ 2007») or any other digit in the text.
    static func bareYear(inTitle text: String) -> Int? {
        let t = TitleNormaliser.normalise(text)
        guard holdsYearDigits(t, atStartOnly: false),
            t.range(of: "^[^0-9№]*[а-я][^0-9№]* (19|20)[0-9]{2}\\.?$", options: .regularExpression) != nil
        else { return nil }
        return year(in: t)
    }

    /// The one year a file's name holds as a word of its own («ЦМН_2024_школа_5.xlsx», «отчёт 2024.xlsx»); nil when it
    /// holds none, two, or a number after «№» («СОШ_№_2019»).
    static func year(inFileName name: String) -> Int? {
        let stem = name.hasSuffix(".xlsx") || name.hasSuffix(".XLSX") ? String(name.dropLast(5)) : name
        var years: Set<Int> = [], rest = stem.startIndex..<stem.endIndex
        while let r = stem.range(of: "(^|[^0-9])(19|20)[0-9]{2}($|[^0-9])", options: .regularExpression, range: rest) {
            let digits = stem[r].drop { !$0.isNumber }.prefix(yearDigits)
            let before = stem[..<digits.startIndex].reversed().drop { $0 == "_" || $0 == " " || $0 == "-" }.first
            if before != "№", let y = Int(digits) { years.insert(y) }
            rest = digits.endIndex..<stem.endIndex
        }
        return years.count == 1 ? years.first : nil
    }

    /// The year whose figures a value column's header names: a date of 1 January («на 01.01.2025», a date cell
    /// 2025-01-01) is the state at the end of the year before it; otherwise the year the header holds.
    /// Whether a header holds a date in December («на 31.12.2024»): the year's end.
    static func isYearEndDate(_ text: String) -> Bool {
        guard text.contains("."), let m = text.firstMatch(of: dayMonthYear) else { return false }
        return Int(m.output.1) == 12
    }

    nonisolated(unsafe) private static let dayMonthYear =
        #/(?:^|[^0-9])[0-9]{1,2}[.]([0-9]{1,2})[.](?:19|20)[0-9]{2}(?![0-9])/#

    static func columnYear(in text: String) -> Int? {
        guard let y = year(in: text) else { return nil }
        let firstOfJanuary = "(^|[^0-9])0?1[./-]0?1[./-]\(y)($|[^0-9])|\(y)-01-01"
        return text.range(of: firstOfJanuary, options: .regularExpression) != nil ? y - 1 : y
    }
}
