import Catalogue
import Dataset
import Foundation
@_exported import TestTools

@testable import Normaliser

enum Support {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let context = try! NormaliserContext.load(templates: root.appendingPathComponent("Templates"))

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func read(_ relative: [String], year: Int? = nil) -> (Dataset, [FileReport]) {
        var ctx = context
        ctx.defaultYear = year
        var dataset = Dataset()
        let reports = InputReader(context: ctx).read(InputReader.expand(relative.map(path)), into: &dataset)
        return (dataset, reports)
    }

    /// Runs a program from the repository root; its exit status and its output and errors together.
    static func run(_ executable: String, _ args: [String]) throws -> (Int32, String) {
        try Tools.run(executable, args)
    }

    /// Rows of a TSV file under Examples/source.
    static func tsv(_ name: String) -> [[String: String]] {
        let text = try! String(contentsOfFile: path("Examples/source/\(name)"), encoding: .utf8)
        var lines = text.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let header = lines.removeFirst()
        return lines.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
