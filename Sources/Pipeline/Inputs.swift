import Foundation
import Normaliser
import XLSXReader

/// A run's inputs as given (files and folders expanded) and classified: the templates with the decisions and the
/// registers found among them, and the files to read as data.
package struct RunInputs: Sendable {
    /// The templates the run reads with: the given ones, with the mapping files' decisions and the registers found.
    package let templates: Templates
    package let classification: InputClassification
    /// The files to read as data, in the order given.
    package var data: [String] { classification.data }

    /// Classifies `files` (each opened once). Decisions of mapping files found among them come before `templates`'
    /// own (`--mapping`, which has the last word); registers found are added to `templates`' register.
    package init(_ files: [String], templates: Templates, limits: ReaderLimits = .default) {
        let classification = InputClassifier(context: templates.context, limits: limits).classify(files)
        self.classification = classification
        var t = templates
        if !classification.mappings.isEmpty {
            var decisions = classification.decisions(in: files)
            decisions.merge(templates.decisions)
            t = t.with(decisions: decisions)
        }
        let entries = classification.registerEntries
        if !entries.isEmpty { t = t.with(register: (templates.context.registry.register ?? []) + entries) }
        self.templates = t
    }

    /// What the command line says of the mapping files and registers among the inputs, one line each, in the order
    /// given; `failed` those that could not be used.
    package func lines(_ files: [String]) -> (used: [String], failed: [String]) {
        var used: [String] = [], failed: [String] = []
        for f in files {
            if let m = classification.mappings[f] {
                if let e = m.error { failed.append("пропущен \(f): \(e)") } else { used.append("Файл сопоставления: \(f).") }
            } else if let r = classification.registers[f] {
                if let e = r.error { failed.append("пропущен \(f): \(e)") } else { used.append("Реестр организаций: \(f) (организаций \(r.entries.count)).") }
            }
        }
        return (used, failed)
    }
}
