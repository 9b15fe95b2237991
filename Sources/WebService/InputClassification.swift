import Catalogue
import Dataset
import Foundation
import Normaliser
import Pipeline

/// The page's uploads classified by the run's `InputClassifier` (the command line's), by stored name.
extension InputClassification {
    /// Classifies the job's files `names` (stored names in `folder`), each opened once.
    static func of(_ names: [String], folder: URL, classifier: InputClassifier) -> InputClassification {
        let found = classifier.classify(names.map { folder.appendingPathComponent($0).path })
        func name(_ path: String) -> String { (path as NSString).lastPathComponent }
        var out = InputClassification()
        out.mappings = Dictionary(found.mappings.map { (name($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        out.registers = Dictionary(found.registers.map { (name($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        out.data = found.data.map(name)
        return out
    }

    /// The decisions of all mapping files (in the order given), then the page's, a later one over an earlier one.
    func decisions(files order: [String], page: [PageDecision], forms: [PageFormDecision] = []) -> MappingDecisions {
        var out = decisions(in: order)
        for p in page {
            if p.ignore {
                out.set(.ignore, forWording: p.wording)
            } else if let c = p.criterion {
                out.set(.use(c), forWording: p.wording)
            }
        }
        for f in forms { out.set(organisation: f.organisation, file: f.file, sheet: f.sheet) }
        return out
    }
}
