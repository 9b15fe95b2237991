// A libFuzzer target for the XLSX reader (`make fuzz`), and, in a normal build, a runner that feeds the
// files given as arguments (the fuzz corpus and every crash found so far) through the same code.
//
// An input is either a whole XLSX file (it starts with "PK", as a zip does) or, after a first byte that
// chooses the part, the XML of one part of an otherwise valid workbook: the sheet, the shared strings, the
// styles or the workbook. The second kind reaches the SAX sinks directly instead of dying on the zip's CRC.
import CZip
import Foundation

#if !FUZZING
    import XLSXReader  // the fuzz build compiles the reader's sources into this module (fuzz/run.sh)
#endif

/// The parts of a small valid workbook; the fuzzed XML replaces one of them.
let templateParts: [(String, String)] = [
    (
        "[Content_Types].xml",
        #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#
    ),
    (
        "_rels/.rels",
        #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    ),
    (
        "xl/_rels/workbook.xml.rels",
        #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
    ),
    (
        "xl/workbook.xml",
        #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    ),
    (
        "xl/worksheets/sheet1.xml",
        #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0.5</v></c></row></sheetData></worksheet>"#
    ),
    (
        "xl/sharedStrings.xml",
        #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>Да</t></si></sst>"#
    ),
    (
        "xl/styles.xml",
        #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs></styleSheet>"#
    )
]

/// Which part the fuzzed XML replaces, by the input's first byte.
let fuzzedPart = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"]

/// Writes a workbook of the template parts with `xml` in place of `part` (stored, not compressed).
func writeWorkbook(to path: String, replacing part: String, with xml: Data) -> Bool {
    var code: Int32 = 0
    guard let za = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else { return false }
    var buffers: [UnsafeMutableRawPointer] = []
    for (name, text) in templateParts {
        let bytes = name == part ? xml : Data(text.utf8)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        bytes.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        buffers.append(buffer)
        guard let source = zip_source_buffer(za, buffer, zip_uint64_t(bytes.count), 0) else { continue }
        let index = zip_file_add(za, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        if index < 0 {
            zip_source_free(source)
        } else {
            zip_set_file_compression(za, zip_uint64_t(index), ZIP_CM_STORE, 0)
        }
    }
    let ok = zip_close(za) == 0
    if !ok { zip_discard(za) }
    for b in buffers { b.deallocate() }
    return ok
}

/// Reads the bytes as an XLSX file (or as one part of a workbook) and every sheet; errors are expected,
/// crashes are bugs.
func exercise(_ data: Data) {
    let path = NSTemporaryDirectory() + "fuzz-\(getpid()).xlsx"
    defer { unlink(path) }
    if let first = data.first, first != UInt8(ascii: "P") {
        guard writeWorkbook(to: path, replacing: fuzzedPart[Int(first) % fuzzedPart.count], with: data.dropFirst())
        else { return }
    } else {
        _ = FileManager.default.createFile(atPath: path, contents: data)
    }
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
                let files =
                    isDir.boolValue
                    ? ((try? FileManager.default.contentsOfDirectory(atPath: arg)) ?? []).sorted().map {
                        arg + "/" + $0
                    } : [arg]
                for f in files { if let d = FileManager.default.contents(atPath: f) { exercise(d); n += 1 } }
            }
            print("\(n) inputs read without a crash")
        }
    }
#endif
