import Dataset
import Foundation

/// One sheet of a base of mentors or mentees as kept in memory while a run lasts. It holds **no text of the base**:
/// every ФИО is reduced to an opaque token at reading (a hash seeded anew by each process, never written anywhere),
/// the form of mentoring to its criterion, the place of work to its kind, the dates to years. Years of birth are kept
/// as numbers until the run's year is known (`Dataset.settleBases`), then only the counts stay. The type is neither
/// `Codable` nor printable: it cannot reach a file, a JSON answer or a log by mistake.
package struct PersonalBase: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// One row of the base (0-based `row` of the sheet).
    package struct Row: Sendable {
        package var row: Int
        package var mentor: UInt64?
        package var mentees: [UInt64]
        package var mentorBirthYear: Int?
        package var menteeBirthYear: Int?
        /// The criterion counting the programmes of the row's form of mentoring.
        package var form: String?
        package var mentorWorkplace: WorkplaceKind?
        package var startYear: Int?
        /// The day of entry (Excel's serial), when the cell gives a whole date.
        package var startDay: Int?
        package var endYear: Int?

        /// Memberwise, for the readers that build it.
        package init(
            row: Int,
            mentor: UInt64? = nil,
            mentees: [UInt64],
            mentorBirthYear: Int? = nil,
            menteeBirthYear: Int? = nil,
            form: String? = nil,
            mentorWorkplace: WorkplaceKind? = nil,
            startYear: Int? = nil,
            startDay: Int? = nil,
            endYear: Int? = nil
        ) {
            self.row = row
            self.mentor = mentor
            self.mentees = mentees
            self.mentorBirthYear = mentorBirthYear
            self.menteeBirthYear = menteeBirthYear
            self.form = form
            self.mentorWorkplace = mentorWorkplace
            self.startYear = startYear
            self.startDay = startDay
            self.endYear = endYear
        }

        /// Whether the row belongs to the monitoring of `year`: it entered the programme in that year or before and
        /// did not finish before it; a row without dates belongs to the base's year (label above it), else to any.
        func active(in year: Int, labelYear: Int?) -> Bool {
            if startYear == nil && endYear == nil { return labelYear.map { $0 == year } ?? true }
            return (startYear ?? Int.min) <= year && year <= (endYear ?? Int.max)
        }
    }

    package let file: String
    package let sheet: String
    package let kind: BaseKind
    /// The organisation the base belongs to: from the label above its table, else settled by `DatasetChecks`
    /// (the form in the same file or folder); nil when it could not be told.
    package var organisation: Organisation?
    /// The reporting year written above the table, if any.
    package let labelYear: Int?
    /// The columns found (generic roles resolved for the base's kind).
    let columns: Set<BaseColumn>
    let rows: [Row]
    let rules: BaseRules

    /// How many rows name someone.
    package var rowCount: Int { rows.count }

    package var description: String { "\(kind.russian): \(file), лист «\(sheet)», строк \(rows.count)" }
    package var debugDescription: String { description }

    /// The opaque token of a ФИО: case, ё/е, punctuation and spacing aside («Иванова  А.А.» = «иванова а а»).
    package static func token(_ name: String) -> UInt64? {
        var words: [String] = [], word = ""
        for ch in name.lowercased() + " " {
            if ch.isLetter { word.append(ch == "ё" ? "е" : ch) } else if !word.isEmpty { words.append(word); word = "" }
        }
        guard !words.isEmpty else { return nil }
        var h = Hasher()
        h.combine(words.joined(separator: " "))
        return UInt64(bitPattern: Int64(h.finalize()))
    }

    package init(
        file: String, sheet: String, kind: BaseKind, organisation: Organisation?, labelYear: Int?,
        columns: Set<BaseColumn>,
        rows: [Row], rules: BaseRules
    ) {
        self.file = file
        self.sheet = sheet
        self.kind = kind
        self.organisation = organisation
        self.labelYear = labelYear
        self.columns = columns
        self.rows = rows
        self.rules = rules
    }
}

/// What the bases of one organisation count for one year of monitoring: numbers only, safe to keep, show and send.
package struct BaseTally: Codable, Sendable, Equatable {
    /// A base sheet the counts come from: file, sheet, kind and how many of its rows belong to the year.
    package struct Source: Codable, Sendable, Equatable {
        package var file: String
        package var sheet: String
        package var kind: BaseKind
        package var rows: Int
    }
    /// One count against one criterion of the form.
    package struct Count: Codable, Sendable, Equatable {
        package var criterion: String
        package var value: Int
        /// `mentors`, `mentees`, `programmes`, `finished` (`BaseRules.Count.Measure`).
        package var measure: String
        package var ageFrom: Int?
        package var ageTo: Int?
        /// `enterprise`, `other`: mentors by place of work.
        package var workplace: String?
        /// The programmes of one form of mentoring (Templates/mentoring_forms.tsv).
        package var form: Bool
        /// The base counted.
        package var from: BaseKind
    }

    /// Organisation key, and the organisation's name for messages.
    package var organisation: String
    package var organisationName: String
    package var year: Int
    package var sources: [Source]
    package var counts: [Count]

    /// The tallies of `bases` for `year`: one per organisation (bases not attributed to one are left out), in the
    /// order the organisations' first bases come.
    package static func make(_ bases: [PersonalBase], year: Int) -> [BaseTally] {
        var order: [String] = []
        var byOrg: [String: [PersonalBase]] = [:]
        for b in bases {
            guard let o = b.organisation else { continue }
            if byOrg[o.key] == nil { order.append(o.key) }
            byOrg[o.key, default: []].append(b)
        }
        return order.map { tally(byOrg[$0]!, year: year) }
    }

    static func tally(_ bases: [PersonalBase], year: Int) -> BaseTally {
        let rules = bases[0].rules
        let org = bases[0].organisation!
        typealias Row = PersonalBase.Row
        func rows(_ kind: BaseKind?, having column: BaseColumn? = nil) -> [Row] {
            bases.filter { (kind == nil || $0.kind == kind) && (column.map($0.columns.contains) ?? true) }
                .flatMap { b in b.rows.filter { $0.active(in: year, labelYear: b.labelYear) } }
        }
        let hasMentorBase = bases.contains { $0.kind == .mentors },
            hasMenteeBase = bases.contains { $0.kind == .mentees }

        // The people: each side from its own base, else from the other base's column naming them.
        var mentors: (tokens: Set<UInt64>, from: BaseKind)?
        if hasMentorBase {
            mentors = (Set(rows(.mentors).compactMap(\.mentor)), .mentors)
        } else if bases.contains(where: { $0.columns.contains(.mentorName) }) {
            mentors = (Set(rows(.mentees, having: .mentorName).compactMap(\.mentor)), .mentees)
        }
        var mentees: (tokens: Set<UInt64>, from: BaseKind)?
        if hasMenteeBase {
            mentees = (Set(rows(.mentees).flatMap(\.mentees)), .mentees)
        } else if bases.contains(where: { $0.columns.contains(.menteeName) }) {
            mentees = (Set(rows(.mentors, having: .menteeName).flatMap(\.mentees)), .mentors)
        }

        // Years of birth and places of work by person, from every row of the year that gives them.
        var mentorBorn: [UInt64: Int] = [:], menteeBorn: [UInt64: Int] = [:], place: [UInt64: WorkplaceKind] = [:]
        for r in rows(nil) {
            if let m = r.mentor {
                if let y = r.mentorBirthYear, mentorBorn[m] == nil { mentorBorn[m] = y }
                if let w = r.mentorWorkplace, place[m] == nil { place[m] = w }
            }
            if r.mentees.count == 1, let y = r.menteeBirthYear, menteeBorn[r.mentees[0]] == nil {
                menteeBorn[r.mentees[0]] = y
            }
        }
        let birthColumnOfMentors = bases.contains { $0.columns.contains(.mentorBirthYear) }
        let birthColumnOfMentees = bases.contains { $0.kind == .mentees && $0.columns.contains(.menteeBirthYear) }
        let placeColumn = bases.contains { $0.columns.contains(.mentorWorkplace) }

        // Programmes: different mentor, form of mentoring and date of entry, from the base of mentors when it gives
        // the form (a row per programme there), else from the base of mentees.
        let programmeKind: BaseKind? =
            bases.contains { $0.kind == .mentors && $0.columns.contains(.form) }
            ? .mentors
            : bases.contains { $0.kind == .mentees && $0.columns.contains(.form) } ? .mentees : nil
        struct Programme: Hashable { var mentor: UInt64; var form: String; var start: Int }
        var ends: [Programme: [Int?]] = [:]  // the years its rows finished (nil: not finished)
        if let k = programmeKind {
            for r in rows(k, having: .form) {
                guard let form = r.form else { continue }
                // A row without a mentor is a programme of its own.
                let p = Programme(
                    mentor: r.mentor ?? UInt64(r.row) &* 0x9E37_79B9_7F4A_7C15, form: form,
                    start: r.startDay ?? r.startYear ?? -1)
                ends[p, default: []].append(r.endYear)
            }
        }
        /// A programme finished in the year when every row of it gives an end and the last is in the year.
        let finished = ends.values.filter { e in e.allSatisfy { $0 != nil } && e.compactMap { $0 }.max() == year }.count
        let programmesFinishedKnown =
            programmeKind.map { k in bases.contains { $0.kind == k && $0.columns.contains(.end) } } ?? false

        var counts: [Count] = []
        func add(_ c: BaseRules.Count?, criterion: String? = nil, _ value: Int, _ from: BaseKind, form: Bool = false) {
            counts.append(
                Count(
                    criterion: criterion ?? c!.criterion, value: value, measure: c?.measure.rawValue ?? "programmes",
                    ageFrom: c?.ages?.lowerBound, ageTo: c?.ages?.upperBound, workplace: c?.workplace?.rawValue,
                    form: form, from: from))
        }
        for c in rules.counts {
            switch c.measure {
            case .mentors, .mentees:
                guard let people = c.measure == .mentors ? mentors : mentees else { continue }
                if let ages = c.ages {
                    let born = c.measure == .mentors ? mentorBorn : menteeBorn
                    guard c.measure == .mentors ? birthColumnOfMentors : birthColumnOfMentees,
                        people.tokens.allSatisfy({ born[$0] != nil })
                    else { continue }
                    add(c, people.tokens.filter { ages.contains(year - born[$0]!) }.count, people.from)
                } else if let kind = c.workplace {
                    guard placeColumn else { continue }
                    add(c, people.tokens.filter { place[$0] == kind }.count, people.from)
                } else {
                    add(c, people.tokens.count, people.from)
                }
            case .programmes:
                guard let k = programmeKind else { continue }
                add(c, ends.count, k)
            case .finished:
                guard let k = programmeKind, programmesFinishedKnown else { continue }
                add(c, finished, k)
            }
        }
        if let k = programmeKind {
            for criterion in rules.formCriteria {
                add(nil, criterion: criterion, ends.keys.filter { $0.form == criterion }.count, k, form: true)
            }
        }
        let sources = bases.map { b in
            Source(
                file: b.file, sheet: b.sheet, kind: b.kind,
                rows: b.rows.filter { $0.active(in: year, labelYear: b.labelYear) }.count)
        }
        return BaseTally(
            organisation: org.key, organisationName: org.name, year: year, sources: sources, counts: counts)
    }
}

extension Dataset {
    /// The bases' counts for `year`: those settled already and those of the bases still held.
    package func baseTallies(for year: Int) -> [BaseTally] {
        settledBases.filter { $0.year == year } + BaseTally.make(bases, year: year)
    }

    /// Once the run's year is known: counts the bases for it and forgets their rows (tokens and years of birth).
    package mutating func settleBases(year: Int) {
        settledBases += BaseTally.make(bases, year: year)
        bases = []
    }
}
