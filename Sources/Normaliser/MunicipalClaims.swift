import Foundation

/// The files of a run read as the municipality's form, per year. A municipality fills one municipal form a year:
/// several files claiming it are either organisations' forms that name no organisation (they answer
/// organisations' criteria: `organisationForms`, read again as such) or an error naming them all.
struct MunicipalClaims {
    /// Year → the files read as its municipal form, in the run's order.
    var byYear: [Int: [String]] = [:]
    /// Files among several claimants of one year that answer organisations' criteria.
    var organisationForms: Set<String> = []

    init(_ reports: [FileReport]) {
        var answers: [String: Int] = [:]
        for r in reports where r.layout == .municipalForm {
            guard let year = r.year else { continue }
            byYear[year, default: []].append(r.file)
            answers[r.file] = r.organisationAnswers ?? 0
        }
        for files in byYear.values where files.count > 1 {
            for f in files where (answers[f] ?? 0) > 0 { organisationForms.insert(f) }
        }
    }

    /// How many files claim a municipal form (of any year).
    var count: Int { byYear.values.reduce(0) { $0 + $1.count } }

    /// Several files still claiming one year's municipal form: an error in each, naming them all, and none of their
    /// municipal values kept.
    func refuse(_ dataset: inout Dataset, _ reports: inout [FileReport]) {
        var refused: Set<String> = []
        for (year, files) in byYear where files.count > 1 {
            let names = files.map { "«\($0)»" }.joined(separator: ", ")
            for i in reports.indices where files.contains(reports[i].file) {
                reports[i].issues.append(FileIssue(.error, nil,
                    "форм муниципалитета за \(year) год несколько (\(files.count)): \(names); муниципалитет заполняет одну форму в год — " +
                    "значения ни одной из них не учтены; оставьте одну, а в формах организаций укажите наименование организации"))
            }
            refused.formUnion(files)
        }
        guard !refused.isEmpty else { return }
        dataset.observations.removeAll { $0.organisation == nil && refused.contains($0.source.file) }
    }
}
