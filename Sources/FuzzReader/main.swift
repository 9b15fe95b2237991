// A libFuzzer target for the XLSX reader (`make fuzz`), and, in a normal build, a runner that feeds the
// files given as arguments (the fuzz corpus and every crash found so far) through the same code.
import Foundation
#if !FUZZING
import XLSXReader   // the fuzz build compiles the reader's sources into this module (fuzz/run.sh)
#endif

/// Opens the bytes as an XLSX file and reads every sheet; errors are expected, crashes are bugs.
func exercise(_ data: Data) {
    let path = NSTemporaryDirectory() + "fuzz-\(getpid()).xlsx"
    _ = FileManager.default.createFile(atPath: path, contents: data)
    defer { unlink(path) }
    var limits = ReaderLimits()
    limits.maxPartBytes = 8 << 20
    limits.maxTotalBytes = 32 << 20
    guard let file = try? XLSXFile.open(path, limits: limits) else { return }
    for sheet in file.sheets {
        guard let reader = try? file.rows(sheet) else { continue }
        while let row = try? reader.next() { _ = row.cells.count }
        _ = reader.hyperlinks.count
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    exercise(Data(bytes: bytes, count: count))
    return 0
}
#else
@main
struct Runner {
    static func main() {
        var n = 0
        for arg in CommandLine.arguments.dropFirst() {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: arg, isDirectory: &isDir) else { continue }
            let files = isDir.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: arg)) ?? []).sorted().map { arg + "/" + $0 } : [arg]
            for f in files { if let d = FileManager.default.contents(atPath: f) { exercise(d); n += 1 } }
        }
        print("\(n) inputs read without a crash")
    }
}
#endif
