/// The role a row's title names: mentors («наставников», «в роли наставника») or mentees («наставляемых»). An «из
/// них» row names the role of the whole it belongs to: «из них молодые специалисты в роли наставника» under
/// «Наставников всего» and «Наставляемых всего» belongs to the mentors, though the mentees' row stands nearer.
enum PartRole: Equatable {
    case mentor, mentee

    /// The single role the title names, or nil when it names none or both.
    static func of(_ title: String) -> PartRole? {
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter })
        let mentor = words.contains { $0.hasPrefix("наставник") }
        let mentee = words.contains { $0.hasPrefix("наставляем") }
        if mentor == mentee { return nil }
        return mentor ? .mentor : .mentee
    }

    /// The whole a part belongs to among the wholes that stand right above the run of parts (nearest last): the
    /// nearest, unless it names the other role than the part and an earlier one names the part's.
    static func whole(for part: String, among wholes: [String]) -> String? {
        guard let nearest = wholes.last else { return nil }
        guard let role = of(part), let nearestRole = of(nearest), nearestRole != role else { return nearest }
        return wholes.last(where: { of($0) == role }) ?? nearest
    }
}
