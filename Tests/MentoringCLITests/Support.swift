import Foundation
@_exported import TestTools

/// What the command line's tests share: the repository's root, its files, and the built `mentoring` run from it.
enum Support {
    static let root = Tools.root

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Runs a program from the repository root; its exit status and its output and errors together.
    static func run(_ executable: String, _ args: [String]) throws -> (Int32, String) {
        try Tools.run(executable, args)
    }
}
