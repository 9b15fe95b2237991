import Catalogue
import Dataset
import Foundation

/// The two bases an organisation keeps (seed 002): of its mentors and of its mentees.
package enum BaseKind: String, Codable, Sendable, CaseIterable {
    case mentors, mentees

    /// «база наставников», «база наставляемых».
    package var russian: String { self == .mentors ? "база наставников" : "база наставляемых" }
    /// «базе наставников» (after «по»).
    package var russianDative: String { self == .mentors ? "базе наставников" : "базе наставляемых" }
}

/// What a column of a base holds (Templates/base_columns.tsv, column `role`).
package enum BaseColumn: String, CaseIterable, Sendable {
    case number
    /// The ФИО of the person the base is about (the mentor in the base of mentors, the mentee in the other).
    case name
    case mentorName = "mentor_name", menteeName = "mentee_name"
    /// The year of birth of the person the base is about.
    case birthYear = "birth_year"
    case mentorBirthYear = "mentor_birth_year", menteeBirthYear = "mentee_birth_year"
    case request, start, end, form, results
    /// The place of work of the person the base is about.
    case workplace
    case mentorWorkplace = "mentor_workplace", menteeWorkplace = "mentee_workplace"
    case competences, achievements, interests
    case desiredAge = "desired_age", time
    case mentorCase = "mentor_case", menteeCase = "mentee_case", mark

    /// The column a generic role stands for in a base of `kind`: ФИО, year of birth and place of work are the
    /// mentor's in the base of mentors and the mentee's in the base of mentees.
    package func resolved(in kind: BaseKind) -> BaseColumn {
        switch self {
        case .name: return kind == .mentors ? .mentorName : .menteeName
        case .birthYear: return kind == .mentors ? .mentorBirthYear : .menteeBirthYear
        case .workplace: return kind == .mentors ? .mentorWorkplace : .menteeWorkplace
        default: return self
        }
    }

    package var isName: Bool { self == .name || self == .mentorName || self == .menteeName }
}

/// How a mentor's place of work counts (Templates/workplaces.tsv).
package enum WorkplaceKind: String, Sendable, CaseIterable {
    case enterprise, education, other
}

/// The domain data of the bases, from Templates/: the labels of their columns (base_columns.tsv), the forms of
/// mentoring and the criteria counting their programmes (mentoring_forms.tsv), what the bases count against which
/// criterion (base_counts.tsv) and the kinds of a mentor's place of work (workplaces.tsv).
package struct BaseRules: Sendable {
    package struct Label: Sendable {
        package var role: BaseColumn
        package var label: String
        /// The base a label points to; nil for a label of either.
        package var evidence: BaseKind?
        /// The column's number in the blank base of each kind (1-based).
        package var position: [BaseKind: Int]
    }
    package struct MentoringForm: Sendable {
        package var criterion: String
        package var label: String
    }
    /// What a base counts against a criterion of the form.
    package struct Count: Sendable {
        package enum Measure: String, Sendable { case mentors, mentees, programmes, finished }
        package var criterion: String
        package var measure: Measure
        package var ages: ClosedRange<Int>?
        package var workplace: WorkplaceKind?
    }

    package var labels: [Label] = []
    /// In file order; the first label of a criterion is the drop-down value of the blank base.
    package var forms: [MentoringForm] = []
    package var counts: [Count] = []
    package var workplaceMarkers: [(kind: WorkplaceKind, marker: String)] = []
    /// Labels by key, compared by bytes (`TextKey`): every text of every form's first rows is looked up here.
    private var roleOfKey: [TextKey: Label] = [:]
    private var formOfKey: [String: String] = [:]

    package init() {}

    /// The criterion of the forms that stands for «иная форма» (a form of mentoring the list does not name).
    package var otherForm: String? { forms.last { BaseRules.key($0.label) == BaseRules.key("иная форма") }?.criterion }

    /// The criteria of the forms of mentoring, each once, in file order.
    package var formCriteria: [String] {
        var seen: Set<String> = []
        return forms.map(\.criterion).filter { seen.insert($0).inserted }
    }

    /// The drop-down values of the blank base: the first label of each form's criterion.
    package var formChoices: [String] {
        var seen: Set<String> = []
        return forms.filter { seen.insert($0.criterion).inserted }.map(\.label)
    }

    /// The header of the blank base of `kind`, in column order.
    package func templateColumns(_ kind: BaseKind) -> [Label] {
        labels.filter { $0.position[kind] != nil }.sorted { $0.position[kind]! < $1.position[kind]! }
    }

    /// A label's key: letters and digits only, lower case, ё as е («Ф.И.О наставника» and «ФИО наставника» are one);
    /// a label without letters or digits («№») is its own key.
    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            // Cyrillic and Latin upper case folded by hand (the labels are Russian); anything else through Character.
            switch u.value {
            case 0x0401, 0x0451: out.append("е")  // Ё, ё
            case 0x0410...0x042F: out.append(Unicode.Scalar(u.value + 0x20)!)  // А…Я
            case 0x0430...0x044F, 0x0061...0x007A, 0x0030...0x0039: out.append(u)  // а…я, a…z, 0…9
            case 0x0041...0x005A: out.append(Unicode.Scalar(u.value + 0x20)!)  // A…Z
            default:
                if u.properties.isAlphabetic || u.properties.numericType != nil {
                    out.append(contentsOf: String(u).lowercased().unicodeScalars)
                }
            }
        }
        return out.isEmpty ? text.trimmingCharacters(in: .whitespacesAndNewlines) : String(out)
    }

    /// The longest label's key in bytes, doubled: a longer text (a criterion's wording, a link) is no label.
    static let longestLabel = 240

    /// The role of a header cell's text, with the base the label points to.
    package func label(of text: String) -> Label? { reading(of: text).label }

    /// A header cell's text as a base reads it, from one look-up: its label, and whether it names a person
    /// (`looksLikeName`).
    package func reading(of text: String) -> (label: Label?, namesPerson: Bool) {
        guard text.utf8.count <= Self.longestLabel else { return (nil, false) }
        let h = Self.headerText(text)
        return (roleOfKey[h.key], h.namesPerson)
    }

    /// What a text says as a cell of a base's header: its key (for `roleOfKey`) and whether it names a person.
    private struct HeaderText {
        let key: TextKey
        let namesPerson: Bool
    }

    /// The texts met (every form's first rows are tried as a base's header), worked out once each.
    private static let headerTexts = Memo<TextKey, HeaderText>(limit: 50_000)

    private static func headerText(_ text: String) -> HeaderText {
        headerTexts.value(TextKey(text)) {
            let k = key(text)
            return HeaderText(key: TextKey(k), namesPerson: namesPerson(key: k))
        }
    }

    /// Whether a header text names a person's full name though no label says so («ФИО куратора»): such a table
    /// holds personal data and is never read as anything else.
    package static func looksLikeName(_ text: String) -> Bool {
        guard text.utf8.count <= longestLabel else { return false }
        return headerText(text).namesPerson
    }

    /// `looksLikeName` of a text by its key.
    private static func namesPerson(key k: String) -> Bool {
        // Foundation's `contains` is slow: it runs only where the bytes already hold the word (see `includes`).
        func has(_ word: String) -> Bool { k.includes(word) && k.contains(word) }
        return k.hasPrefix("фио") || k.hasPrefix("фамилия") || has("фионаставн") || has("фамилияимяотчество")
    }

    /// The criterion of a form of mentoring as written in a base; «иная форма» for a form the list does not name;
    /// nil for an empty cell.
    package func formCriterion(_ text: String) -> String? {
        let k = Self.key(text)
        guard !k.isEmpty else { return nil }
        return formOfKey[k] ?? otherForm
    }

    /// The kind of a place of work; nil when empty.
    package func workplaceKind(_ text: String) -> WorkplaceKind? {
        var words: [String] = []
        var word = ""
        for ch in text.lowercased() + " " {
            if ch.isLetter { word.append(ch == "ё" ? "е" : ch) } else if !word.isEmpty { words.append(word); word = "" }
        }
        guard !words.isEmpty else { return nil }
        for kind in [WorkplaceKind.enterprise, .education] {
            for (k, marker) in workplaceMarkers where k == kind {
                let hit = marker.count <= 3 ? words.contains(marker) : words.contains { $0.hasPrefix(marker) }
                if hit { return kind }
            }
        }
        return .other
    }

    /// Reads the four files from a Templates folder; `catalogue` (of the same folder) knows the criteria they name.
    package static func load(from directory: URL, catalogue: Catalogue) throws -> BaseRules {
        func file(_ name: String) throws -> TSVFile { try TSVFile(path: directory.appendingPathComponent(name).path) }
        var rules = BaseRules()

        let columns = try file("base_columns.tsv")
        try columns.require(["role", "label", "evidence", "mentors", "mentees"])
        for (line, f) in columns.records {
            func fail(_ m: String) -> CatalogueError { CatalogueError(file: columns.path, line: line, m) }
            guard let role = BaseColumn(rawValue: f["role"]!) else {
                throw fail(
                    "неизвестная роль «\(f["role"]!)» (допустимы: \(BaseColumn.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            guard !key(f["label"]!).isEmpty else { throw fail("пустая подпись столбца") }
            var evidence: BaseKind?
            if !f["evidence"]!.isEmpty {
                guard let e = BaseKind(rawValue: f["evidence"]!) else {
                    throw fail("evidence — mentors, mentees или пусто, а не «\(f["evidence"]!)»")
                }
                evidence = e
            }
            var position: [BaseKind: Int] = [:]
            for kind in BaseKind.allCases where !f[kind.rawValue]!.isEmpty {
                guard let n = Int(f[kind.rawValue]!), n >= 1 else {
                    throw fail("номер столбца «\(f[kind.rawValue]!)» — не число от 1")
                }
                position[kind] = n
            }
            let label = Label(role: role, label: f["label"]!, evidence: evidence, position: position)
            // Spellings that differ only in punctuation («Ф.И.О.», «ФИО») are one label: they must say the same.
            if let known = rules.roleOfKey[TextKey(key(label.label))] {
                guard known.role == role && known.evidence == evidence else {
                    throw fail(
                        "подпись «\(label.label)» уже есть с другой ролью («\(known.label)»: \(known.role.rawValue))")
                }
            } else {
                rules.roleOfKey[TextKey(key(label.label))] = label
            }
            rules.labels.append(label)
        }
        for kind in BaseKind.allCases {
            let positions = rules.templateColumns(kind).map { $0.position[kind]! }
            guard positions == Array(1...max(1, positions.count)) else {
                throw CatalogueError(
                    file: columns.path, line: nil,
                    "номера столбцов пустой базы (\(kind.rawValue)) должны идти подряд с 1 без повторов: \(positions)")
            }
        }

        let forms = try file("mentoring_forms.tsv")
        try forms.require(["criterion", "label"])
        for (line, f) in forms.records {
            guard catalogue.criterion(f["criterion"]!) != nil else {
                throw CatalogueError(
                    file: forms.path, line: line, "критерий «\(f["criterion"]!)» не найден в criteria.tsv")
            }
            rules.forms.append(MentoringForm(criterion: f["criterion"]!, label: f["label"]!))
            rules.formOfKey[key(f["label"]!)] = f["criterion"]!
        }
        guard rules.otherForm != nil else {
            throw CatalogueError(
                file: forms.path, line: nil, "нет строки «иная форма»: ей считаются формы, которых нет в списке")
        }

        let counts = try file("base_counts.tsv")
        try counts.require(["criterion", "count", "age_from", "age_to", "workplace"])
        for (line, f) in counts.records {
            func fail(_ m: String) -> CatalogueError { CatalogueError(file: counts.path, line: line, m) }
            guard catalogue.criterion(f["criterion"]!) != nil else {
                throw fail("критерий «\(f["criterion"]!)» не найден в criteria.tsv")
            }
            guard let measure = Count.Measure(rawValue: f["count"]!) else {
                throw fail("count — mentors, mentees, programmes или finished, а не «\(f["count"]!)»")
            }
            var ages: ClosedRange<Int>?
            if !f["age_from"]!.isEmpty || !f["age_to"]!.isEmpty {
                guard let a = Int(f["age_from"]!), let b = Int(f["age_to"]!), a <= b,
                    measure == .mentors || measure == .mentees
                else {
                    throw fail("возраст — два числа «от» и «до» (от ≤ до), только для mentors и mentees")
                }
                ages = a...b
            }
            var workplace: WorkplaceKind?
            if !f["workplace"]!.isEmpty {
                guard let w = WorkplaceKind(rawValue: f["workplace"]!), measure == .mentors else {
                    throw fail("workplace — enterprise, education или other, только для mentors")
                }
                workplace = w
            }
            rules.counts.append(Count(criterion: f["criterion"]!, measure: measure, ages: ages, workplace: workplace))
        }

        let places = try file("workplaces.tsv")
        try places.require(["kind", "marker"])
        for (line, f) in places.records {
            guard let kind = WorkplaceKind(rawValue: f["kind"]!), kind != .other else {
                throw CatalogueError(
                    file: places.path, line: line, "kind — enterprise или education, а не «\(f["kind"]!)»")
            }
            let marker = f["marker"]!.lowercased().replacingOccurrences(of: "ё", with: "е")
            guard !marker.isEmpty, marker.allSatisfy(\.isLetter) else {
                throw CatalogueError(
                    file: places.path, line: line, "маркер — одно слово из букв, а не «\(f["marker"]!)»")
            }
            rules.workplaceMarkers.append((kind, marker))
        }
        return rules
    }
}
