import Catalogue
import Dataset
import Foundation
import Normaliser
import XLSXReader

/// A run's inputs classified (`InputClassifier`) and the templates they are read with: the given ones, with the
/// decisions of the mapping files found among the inputs and the registers found among them. The command line and the
/// page both read their data through `read(_:reports:)`.
package struct RunInputs: Sendable {
    package private(set) var classification: InputClassification
    /// The templates as given (`--mapping`, `--organisations`; the page's choices): their decisions have the last word
    /// over the mapping files'.
    let given: Templates
    /// The inputs in the order given (the mapping files' decisions merge in it).
    let order: [String]
    let classifier: InputClassifier

    /// Classifies `files` (each opened once, its package structure only).
    package init(_ files: [String], templates: Templates, limits: ReaderLimits = .default) {
        let classifier = InputClassifier(context: templates.context, limits: limits)
        self.init(classifier.classify(files), order: files, templates: templates, classifier: classifier)
    }

    /// Inputs classified before (the page keeps its job's classification between runs).
    package init(
        _ classification: InputClassification, order: [String], templates: Templates, classifier: InputClassifier
    ) {
        self.classification = classification
        self.order = order
        given = templates
        self.classifier = classifier
    }

    /// The templates the data is read with.
    package var templates: Templates {
        let mappings = classification.mappings.values.contains { $0.decisions != nil }
        let entries = classification.registerEntries
        guard mappings || !entries.isEmpty else { return given }
        var all = classification.decisions(in: order)
        all.merge(given.decisions)
        let t = given.with(decisions: all)
        return entries.isEmpty ? t : t.with(register: entries)
    }

    /// The files to read as data, in the order given (registers found left out).
    package var data: [String] { classification.data.filter { classification.registers[$0] == nil } }

    /// Reads the data with `body` (given the templates and the files). The first time, the files no reader recognised
    /// are tried as registers: when one is, the data is read again under its names (only then is anything read twice).
    package mutating func read<R>(_ body: (Templates, [String]) -> R, reports: (R) -> [FileReport]) -> R {
        let first = body(templates, data)
        guard !classification.registersLookedFor else { return first }
        classification.registersLookedFor = true
        let found = classifier.registers(among: reports(first))
        guard !found.isEmpty else { return first }
        classification.registers.merge(found) { a, _ in a }
        return body(templates, data)
    }

    /// What the command line says of the mapping files and registers among the inputs, one line each, in the order
    /// given; `failed` those that could not be used.
    package var lines: (used: [String], failed: [String]) {
        var used: [String] = [], failed: [String] = []
        for f in order {
            if let m = classification.mappings[f] {
                if let e = m.error {
                    failed.append("пропущен \(f): \(e)")
                } else {
                    used.append("Файл сопоставления: \(f).")
                }
            } else if let r = classification.registers[f] {
                if let e = r.error {
                    failed.append("пропущен \(f): \(e)")
                } else {
                    used.append("Реестр организаций: \(f) (организаций \(r.entries.count)).")
                }
            }
        }
        return (used, failed)
    }
}
