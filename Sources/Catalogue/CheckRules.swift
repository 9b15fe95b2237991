import Foundation

/// The parameters of the data checks (Templates/checks.tsv): for each check, its severity, the criteria it
/// compares, its threshold and the advice shown with a finding. The checks' logic stays in `FindingsEngine`;
/// what they compare, how strictly and what they advise is data a methodologist can edit. Every id is checked
/// against criteria.tsv when the catalogue loads, so a renamed criterion is an error naming the line, not a
/// check that silently stops firing. A check without a row does not run.
package struct CheckRules: Sendable {
    /// One row of checks.tsv.
    package struct Rule: Equatable, Sendable {
        /// The check (a finding kind: `part_exceeds_whole`, `too_many_mentees`, …).
        package let check: String
        /// `error`, `warning` or `info`.
        package let severity: String
        /// The criterion the check is about (the total, the part, the one that must not be 0…), when it has one.
        package let criterion: String?
        /// The criteria it is compared with (the parts of a total, the whole, …).
        package let others: [String]
        package let threshold: Double?
        package let advice: String
        /// The line of checks.tsv.
        package let line: Int
    }

    /// What a check's row must give.
    package struct Shape: Sendable {
        package enum Need: Sendable { case none, optional, required }
        package var criterion: Need = .none
        /// How many `others`: nil for any number (including none).
        package var others: ClosedRange<Int>? = 0...0
        package var threshold: Need = .none
        /// Whether the file may hold several rows of the check.
        package var repeated = false
        /// The criteria must have this aggregation (share_mismatch: ratios).
        package var aggregation: Aggregation? = nil
    }

    /// The checks the program knows, with the shape of their rows.
    package static let shapes: [String: Shape] = {
        var s: [String: Shape] = [:]
        for k in [
            "link_missing", "yes_without_document", "not_a_link", "local_file", "browser_extension", "main_page",
            "site_section", "private_cloud", "broken_link", "last_year_document", "level_out_of_range", "bad_count"
        ] {
            s[k] = Shape()
        }
        s["reused_link"] = Shape(others: 1...Int.max)
        s["total_mismatch"] = Shape(criterion: .required, others: 1...Int.max, repeated: true)
        s["part_exceeds_whole"] = Shape(criterion: .required, others: 1...1, repeated: true)
        s["share_mismatch"] = Shape(others: nil, threshold: .required, aggregation: .ratio)
        s["mentees_without_mentors"] = Shape(criterion: .required, others: 1...1)
        s["mentors_without_mentees"] = Shape(criterion: .required, others: 1...1)
        s["too_many_mentees"] = Shape(criterion: .required, others: 1...1, threshold: .required)
        for k in [
            "no_mentees_10_19", "no_mentors_15_19", "no_monitoring_order", "no_analytic_note", "no_mentors",
            "no_personalised_programmes", "young_specialists_not_mentees"
        ] {
            s[k] = Shape(criterion: .required, others: 0...1)
        }
        return s
    }()

    package static let severities = ["error", "warning", "info"]

    /// The rows in file order.
    package let rules: [Rule]

    /// The rows of a check, in file order.
    package func rules(_ check: String) -> [Rule] { rules.filter { $0.check == check } }

    /// The one row of a check; nil when the file has none (the check is off).
    package func rule(_ check: String) -> Rule? { rules.first { $0.check == check } }

    /// Reads checks.tsv of a Templates folder, checking each row against the check's shape and the criteria.
    static func load(path: String, criterion: (String) -> Criterion?) throws -> CheckRules {
        let file = try TSVFile(path: path)
        try file.require(["check", "severity", "criterion", "others", "threshold", "advice"])
        var rules: [Rule] = []
        for (line, f) in file.records {
            func fail(_ m: String) -> CatalogueError { CatalogueError(file: path, line: line, m) }
            let check = f["check"]!
            guard let shape = shapes[check] else {
                throw fail(
                    "неизвестная проверка «\(check)» (известны: \(shapes.keys.sorted().joined(separator: ", ")))")
            }
            if !shape.repeated, rules.contains(where: { $0.check == check }) {
                throw fail("проверка «\(check)» уже задана выше; у неё может быть только одна строка")
            }
            let severity = f["severity"]!
            guard severities.contains(severity) else {
                throw fail("неизвестная важность «\(severity)» (допустимы: \(severities.joined(separator: ", ")))")
            }
            func known(_ id: String) throws -> String {
                guard let c = criterion(id) else { throw fail("неизвестный критерий «\(id)» (нет в criteria.tsv)") }
                if let a = shape.aggregation, c.aggregation != a {
                    throw fail("критерий «\(id)» не подходит для проверки «\(check)»: нужен способ свода \(a.rawValue)")
                }
                return id
            }
            let rawCriterion = f["criterion"]!
            switch (shape.criterion, rawCriterion.isEmpty) {
            case (.required, true): throw fail("для проверки «\(check)» нужен критерий (столбец criterion)")
            case (.none, false): throw fail("у проверки «\(check)» нет критерия: оставьте столбец criterion пустым")
            default: break
            }
            let criterionID = rawCriterion.isEmpty ? nil : try known(rawCriterion)
            let others = try f["others"]!.split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.map(known)
            if let range = shape.others, !range.contains(others.count) {
                throw fail(
                    range.upperBound == 0
                        ? "у проверки «\(check)» нет сравниваемых критериев: оставьте столбец others пустым"
                        : range.lowerBound == range.upperBound
                            ? "для проверки «\(check)» нужен ровно \(range.lowerBound) критерий в столбце others"
                            : range.upperBound == 1
                                ? "для проверки «\(check)» в столбце others — не больше одного критерия"
                                : "для проверки «\(check)» нужны критерии в столбце others (через «+»)")
            }
            let rawThreshold = f["threshold"]!.replacingOccurrences(of: ",", with: ".")
            var threshold: Double? = nil
            switch (shape.threshold, rawThreshold.isEmpty) {
            case (.required, true): throw fail("для проверки «\(check)» нужен порог (столбец threshold)")
            case (.none, false): throw fail("у проверки «\(check)» нет порога: оставьте столбец threshold пустым")
            case (_, false):
                guard let t = Double(rawThreshold), t.isFinite, t >= 0 else {
                    throw fail("порог «\(f["threshold"]!)» должен быть неотрицательным числом")
                }
                threshold = t
            default: break
            }
            let advice = f["advice"]!
            guard !advice.isEmpty else { throw fail("у проверки «\(check)» нет совета (столбец advice)") }
            rules.append(
                Rule(
                    check: check, severity: severity, criterion: criterionID, others: others, threshold: threshold,
                    advice: advice, line: line))
        }
        return CheckRules(rules: rules)
    }
}
