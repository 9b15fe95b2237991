import Catalogue
import Foundation
import XLSXReader

/// The physical floor under the reader on this machine, for the benchmark (`mentoring inspect --floor`): the
/// same parts of the same files, with the same parallelism over files, taken through
///  1. libzip alone (open the archive, inflate each part, discard the bytes),
///  2. libzip and libxml2's push parser with empty SAX callbacks (a bare tokeniser: no cell is made),
///  3. the whole reader (every cell of every sheet made into a `Cell`).
/// The parts are those the reader reads: the package and workbook relationships, the workbook, the shared
/// strings, the styles, the sheets and their relationships.
enum ReaderFloor {
    struct Timings: Sendable {
        var inflate: TimeInterval
        var tokenise: TimeInterval
        var read: TimeInterval
        /// Inflated bytes of the parts, and the cells the reader made.
        var bytes: Int64
        var cells: Int
    }

    /// Each stage over all files (files shared out over all cores), after one untimed pass that lists the parts.
    static func measure(_ paths: [String]) throws -> Timings {
        var parts = [[String]](repeating: [], count: paths.count)
        for (i, path) in paths.enumerated() { parts[i] = try partsRead(path) }
        var bytes: Int64 = 0
        let inflate = try timed(paths.count) { i in
            let archive = try ZipArchive(path: paths[i], limits: .default)
            for part in parts[i] { _ = try drain(archive.open(part)) }
        }
        let tokenise = try timed(paths.count) { i in
            let archive = try ZipArchive(path: paths[i], limits: .default)
            for part in parts[i] { try SAXParser.tokenise(archive.open(part)) }
        }
        for (i, path) in paths.enumerated() {
            let archive = try ZipArchive(path: path, limits: .default)
            for part in parts[i] { bytes += try drain(archive.open(part)) }
        }
        let cellCounts = UnsafeMutableBufferPointer<Int>.allocate(capacity: paths.count)
        defer { cellCounts.deallocate() }
        cellCounts.initialize(repeating: 0)
        let read = try timed(paths.count) { i in
            let file = try XLSXFile.open(paths[i])
            var n = 0
            for sheet in file.sheets {
                let reader = try file.rows(sheet)
                while let row = try reader.next() { n += row.cells.count }
            }
            cellCounts[i] = n
        }
        return Timings(inflate: inflate, tokenise: tokenise, read: read, bytes: bytes, cells: cellCounts.reduce(0, +))
    }

    /// The parts the reader reads from a file, in the order it reads them.
    static func partsRead(_ path: String) throws -> [String] {
        let file = try XLSXFile.open(path)
        let archive = file.archive
        var parts: [String] = []
        func add(_ part: String?) { if let part, archive.contains(part), !parts.contains(part) { parts.append(part) } }
        add("_rels/.rels")
        let root = try PartPaths.relationships(of: "", in: archive)
        let workbook = root.first { $0.type == "officeDocument" && !$0.isExternal }?.target ?? "xl/workbook.xml"
        add(PartPaths.relsPath(of: workbook))
        add(workbook)
        add(file.sharedStringsPartName)
        add(file.stylesPartName)
        for sheet in file.sheets {
            add(sheet.part)
            add(PartPaths.relsPath(of: sheet.part))
        }
        return parts
    }

    private static func drain(_ entry: EntryStream) throws -> Int64 {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: SAXParser.chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var total: Int64 = 0
        while true {
            let n = try entry.read(into: buffer, count: SAXParser.chunkSize)
            if n == 0 { return total }
            total += Int64(n)
        }
    }

    /// Runs `body` for each index on all cores (`Parallel`); the wall time. Throws the first error (by index).
    private static func timed(_ count: Int, _ body: @escaping (Int) throws -> Void) throws -> TimeInterval {
        let start = DispatchTime.now()
        try Parallel.run(count, body)
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
