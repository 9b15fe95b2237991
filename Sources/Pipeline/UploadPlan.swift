import Catalogue
import Dataset
import Foundation
import Normaliser

/// What a set of inputs read together asks for, judged by what the files are (the page has one upload field): the
/// municipality's workbook from forms, the region's from municipalities' consolidated workbooks, or neither when the
/// two are mixed. Our own workbook of an earlier year beside forms is last year's consolidated workbook (history).
package enum UploadPlan: Sendable, Equatable {
    /// Forms (and what goes with them): `consolidate`.
    case consolidate
    /// Municipalities' consolidated workbooks: `rollup WORKBOOKS --history HISTORY` (history tables and regional
    /// workbooks among the inputs go to `history`; files no reader recognised stay in `workbooks`, where the roll-up
    /// names them as skipped).
    case rollup(workbooks: [String], history: [String])
    /// Forms and municipalities' workbooks of the same year: what to do, in Russian.
    case mixed(String)

    /// Judges the inputs by their reading `reports` (a file's `file` is its path as read; `personal` files are left
    /// out of a roll-up) and the run's year. Our workbooks among them are opened again to tell a municipality's from
    /// a region's and to find their years.
    package static func judge(
        _ reports: [FileReport], year: Int?, context: NormaliserContext, folder: String? = nil
    ) -> UploadPlan {
        func path(_ file: String) -> String { folder.map { ($0 as NSString).appendingPathComponent(file) } ?? file }
        let ours = reports.filter { $0.layout == .dataSheet && (!$0.failed || $0.ownResult) && !$0.repeated }.map(
            \.file)
        guard !ours.isEmpty else { return .consolidate }
        let read = ConsolidatedWorkbook.read(ours.map(path), context: context)
        var municipal: [(file: String, latest: Int)] = []
        var regional: Set<String> = []
        for (file, w) in zip(ours, read) {
            if w.level == .regional { regional.insert(file) }
            guard w.level == .municipal else { continue }
            let store = w.dataset.observations
            if let latest = store.indices.lazy.filter({ store.organisationID(at: $0) >= 0 }).map({ store.year(at: $0) })
                .max()
            {
                municipal.append((file, latest))
            }
        }
        guard !municipal.isEmpty else { return .consolidate }
        let formLayouts: [InputLayout] = [.form, .municipalForm, .wide]
        let forms = reports.filter { r in r.layout.map(formLayouts.contains) == true && !r.failed }
        if forms.isEmpty {
            let history = reports.filter { $0.layout == .history || regional.contains($0.file) }.map(\.file)
            let workbooks = reports.filter { !$0.personalData && !$0.repeated && !history.contains($0.file) }.map(
                \.file)
            return .rollup(workbooks: workbooks, history: history)
        }
        // Last year's workbook beside this year's forms is history; a workbook of the forms' year is a municipality's
        // result given as if it were a form.
        let formsYear = year ?? MainYear.choose(reports)
        let same = municipal.filter { formsYear == nil || $0.latest >= formsYear! }.map(\.file)
        guard !same.isEmpty else { return .consolidate }
        let names = same.prefix(5).map { "«\(($0 as NSString).lastPathComponent)»" }.joined(separator: ", ")
        return .mixed(
            "Загружены вместе формы (\(forms.count)) и сводные книги муниципалитетов"
                + (formsYear.map { " за \($0) год" } ?? "")
                + " (\(same.count): \(names)\(same.count > 5 ? ", …" : "")). "
                + "Свод не собран: для свода муниципалитета загрузите только формы (прошлогодний свод можно добавить), "
                + "для свода региона — только сводные книги муниципалитетов.")
    }
}
