import Catalogue
import Dataset
import Foundation

/// The files of a run read as the municipality's form, per year. A municipality fills one municipal form a year:
/// several files claiming it are either organisations' forms that name no organisation (they answer
/// organisations' criteria: `organisationForms`, read again as such) or an error naming them all.
struct MunicipalClaims {
    /// Year → the files read as its municipal form, in the run's order.
    var byYear: [Int: [String]] = [:]
    /// Files among several claimants of one year that answer organisations' criteria.
    var organisationForms: Set<String> = []

    init(_ reports: [FileReport], dataset: Dataset? = nil, catalogue: Catalogue? = nil) {
        var answers: [String: Int] = [:]
        for r in reports where r.layout == .municipalForm {
            guard let year = r.year else { continue }
            byYear[year, default: []].append(r.file)
            answers[r.file] = r.organisationAnswers ?? 0
        }
        for files in byYear.values where files.count > 1 {
            for f in files where (answers[f] ?? 0) > 0 { organisationForms.insert(f) }
        }
        // The one claimant of a year whose counts are one organisation's, not the municipality's.
        if let dataset, let catalogue {
            for (year, files) in byYear where files.count == 1 && (answers[files[0]] ?? 0) > 0 {
                if MunicipalClaims.countsAreAnOrganisations(files[0], year: year, dataset, catalogue) {
                    organisationForms.insert(files[0])
                }
            }
        }
    }

    /// Whether the organisations' counts a municipal claimant gives are an organisation's: with three organisations
    /// or more in the run, most of its counts are below half of what the organisations' forms add up to (a
    /// municipality's total is their sum, not one school's share of it).
    static func countsAreAnOrganisations(_ file: String, year: Int, _ dataset: Dataset, _ catalogue: Catalogue) -> Bool
    {
        var own: [String: Double] = [:], sums: [String: Double] = [:], organisations = Set<String>()
        let store = dataset.observations
        for i in store.indices where store.year(at: i) == year {
            let id = store.criterion(at: i)
            guard let c = catalogue.criterion(id), c.level == .org, c.unit == .count, let v = store.number(at: i) else {
                continue
            }
            if let org = store.organisation(at: i) {
                sums[id, default: 0] += v
                organisations.insert(org)
            } else if store.source(at: i).file == file {
                own[id] = v
            }
        }
        guard organisations.count >= 3 else { return false }
        let compared = own.filter { (sums[$0.key] ?? 0) > 0 }
        guard compared.count >= 3 else { return false }
        let small = compared.filter { $0.value < 0.5 * sums[$0.key]! }.count
        return small * 2 > compared.count
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
                reports[i].issues.append(
                    FileIssue(
                        .error, nil,
                        "форм муниципалитета за \(year) год несколько (\(files.count)): \(names); муниципалитет заполняет одну форму в год — "
                            + "значения ни одной из них не учтены; оставьте одну, а в формах организаций укажите наименование организации"
                    ))
            }
            refused.formUnion(files)
        }
        guard !refused.isEmpty else { return }
        dataset.observations.removeAll { $0.organisation == nil && refused.contains($0.source.file) }
    }
}
