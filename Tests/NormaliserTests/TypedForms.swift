import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Forms a test writes with openpyxl (an independent writer), read together as a user's folder, and their numbers by
/// criterion.
protocol TypedForms {}

extension TypedForms {
    /// A new workbook `name` whose active sheet `ws` the Python `body` fills.
    func write(_ name: String, _ body: String) throws -> URL {
        try ValueColumnTests.rewritten(name, "wb = openpyxl.Workbook(); ws = wb.active\n" + body)
    }

    func read(_ urls: [URL]) -> (Dataset, [FileReport]) {
        var d = Dataset()
        let reports = InputReader(context: Support.context).read(urls.map(\.path), into: &d)
        return (d, reports)
    }

    /// The numbers used, by criterion.
    func values(_ d: Dataset) -> [String: Double] {
        var out: [String: Double] = [:]
        for o in d.observations { if case .number(let n)? = o.value { out[o.criterion] = n } }
        return out
    }

    /// The links carried, by criterion (the first of a criterion's values).
    func links(_ d: Dataset) -> [String: String] {
        Dictionary(d.observations.map { ($0.criterion, $0.link ?? "") }, uniquingKeysWith: { a, _ in a })
    }
}
