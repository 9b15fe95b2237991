import Dataset
import Foundation
import Normaliser

/// ArgumentParser spends time growing with the square of the number of positional arguments: a list of 2,000 file
/// names cost more than reading them. A run of spreadsheet names (`InputReader.spreadsheetExtensions`) is therefore
/// handed to it as its first name and
/// one placeholder for the rest, and the commands put the names back where they expand their inputs (`restore`).
/// The first name of a run stays as it is: it may be an option's value (`-o свод.xlsx a.xlsx b.xlsx`).
enum ArgumentRuns {
    /// The names each placeholder stands for.
    nonisolated(unsafe) private static var runs: [String: [String]] = [:]
    /// Shorter runs are left to ArgumentParser.
    static let shortest = 8

    static func collapse(_ arguments: [String]) -> [String] {
        var out: [String] = [], run: [String] = []
        func flush() {
            if run.count >= shortest {
                let placeholder = "\u{1}файлов: \(run.count - 1) (\(runs.count))"
                runs[placeholder] = Array(run.dropFirst())
                out += [run[0], placeholder]
            } else {
                out += run
            }
            run = []
        }
        for a in arguments {
            if !a.hasPrefix("-"), InputReader.spreadsheetExtensions.contains((a as NSString).pathExtension.lowercased())
            {
                run.append(a)
            } else {
                flush()
                out.append(a)
            }
        }
        flush()
        return out
    }

    /// `paths` with each placeholder replaced by the names it stands for.
    static func restore(_ paths: [String]) -> [String] {
        runs.isEmpty ? paths : paths.flatMap { runs[$0] ?? [$0] }
    }

    /// The files the command's inputs name (`InputReader.expand` of the restored names).
    static func expand(_ paths: [String]) -> [String] { InputReader.expand(restore(paths)) }
}
