import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// The report shows the cleanest spelling of each organisation (Cyrillic, single spaces, full over truncated,
/// then the most common), whatever the order of the files: names of Tables 6 and 6.1
/// (Examples/source/organisations.tsv) with Latin look-alikes injected and cut short.
final class OrganisationNameTests: XCTestCase {
    static let names = Support.tsv("organisations.tsv").map { $0["name"]! }

    /// Cyrillic letters and the Latin letters that look like them.
    static let toLatin: [Character: Character] = [
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
        "У": "Y", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y"
    ]

    /// The name as a careless form writes it: in each word the first look-alike letter made Latin (when another
    /// Cyrillic letter stays in the word), and the spaces doubled.
    static func dirty(_ name: String) -> String {
        name.split(separator: " ").map { word -> String in
            var chars = Array(word)
            let cyrillic = chars.filter { ("а"..."я").contains($0) || ("А"..."Я").contains($0) }.count
            if cyrillic > 1, let i = chars.firstIndex(where: { toLatin[$0] != nil }) { chars[i] = toLatin[chars[i]]! }
            return String(chars)
        }.joined(separator: "  ")
    }

    func testLatinLookAlikesAndDoubledSpacesAreCleanedInEveryName() {
        XCTAssertEqual(Self.names.count, 93)
        var changed = 0
        for name in Self.names {
            let d = Self.dirty(name)
            if d != name { changed += 1 }
            XCTAssertEqual(OrganisationName.clean(d), name, d)
            XCTAssertEqual(OrganisationName.clean(name), name, "a clean name stays as it is")
            XCTAssertEqual(
                OrganisationKey.make(OrganisationName.clean(d)), OrganisationKey.make(d), "the key does not change")
        }
        XCTAssertEqual(changed, 93)
        XCTAssertEqual(OrganisationName.clean("МБОУ \"COШ № 70\""), "МБОУ \"СОШ № 70\"", "Latin C and O of Table 6")
        XCTAssertEqual(OrganisationName.clean("\u{00A0}МБОУ\tСОШ  №42 "), "МБОУ СОШ №42")
    }

    func testLatinWordsStayLatin() {
        XCTAssertEqual(OrganisationName.clean("МБОУ ДО ЦДТ \"IT-куб\""), "МБОУ ДО ЦДТ \"IT-куб\"")
        XCTAssertEqual(OrganisationName.clean("МАОУ \"Школа Kids-Club\""), "МАОУ \"Школа Kids-Club\"")
        XCTAssertEqual(OrganisationName.clean("MБОУ \"Шкoла-30\" Smart"), "МБОУ \"Школа-30\" Smart")
    }

    func testFullSpellingWinsOverTruncated() {
        // The report cuts names short: the closing quote, or the end of a long name.
        let zorge = Self.names.first { $0.hasPrefix("МБОУ \"СОШ № 63") }!
        XCTAssertFalse(zorge.hasSuffix("\""), "the report's spelling lacks its closing quote")
        XCTAssertEqual(OrganisationName.cleanest(zorge, zorge + "\""), zorge + "\"")
        XCTAssertEqual(OrganisationName.cleanest(zorge + "\"", zorge), zorge + "\"")
        let school69 = Self.names.first { $0.hasPrefix("МБОУ \"СОШ № 69") }!
        let full = "МБОУ \"СОШ № 69 с углубленным изучением отдельных предметов\""
        XCTAssertTrue(OrganisationName.isTruncation(school69, of: full))
        XCTAssertFalse(OrganisationName.isTruncation(full, of: school69))
        XCTAssertEqual(OrganisationName.cleanest(school69, full), full)
        // Cut short and with a Latin letter: the full spelling wins and is cleaned.
        XCTAssertEqual(OrganisationName.cleanest(Self.dirty(zorge + "\""), zorge), zorge + "\"")
        // Full over truncated comes before the most common.
        XCTAssertEqual(OrganisationName.preferred([zorge: 5, zorge + "\"": 1]), zorge + "\"")
    }

    func testMostCommonSpellingThenTheLonger() {
        XCTAssertEqual(
            OrganisationName.preferred(["МБОУ СОШ №42": 3, "МБОУ СОШ № 42": 1, "МБОУ  CОШ №42": 1]), "МБОУ СОШ №42",
            "spellings that clean alike are counted together")
        XCTAssertEqual(OrganisationName.preferred(["МБОУ СОШ №42": 1, "МБОУ СОШ № 42": 2]), "МБОУ СОШ № 42")
        XCTAssertEqual(
            OrganisationName.cleanest("МБОУ СОШ №42", "МБОУ СОШ № 42"), "МБОУ СОШ № 42", "equally common: the longer")
        XCTAssertEqual(
            OrganisationName.cleanest(
                "МБОУ \"Гимназия №6 им.Габдуллы Тукая\"", "МБОУ \"Гимназия №6 имени Габдуллы Тукая\""),
            "МБОУ \"Гимназия №6 имени Габдуллы Тукая\"")
        XCTAssertNil(OrganisationName.preferred(["  ": 2]))
    }

    /// Every order of the spellings gives the same name, in `cleanest` and in `Dataset.merge`.
    func testTheNameDoesNotDependOnTheOrderOfTheFiles() {
        let name = "МБОУ \"СОШ № 70\""
        let spellings = ["МБОУ \"COШ № 70\"", "МБОУ \"СОШ № 70", "МБОУ  \"СОШ № 70\"", "МБОУ «СОШ № 70»", name]
        func permutations(_ a: [String]) -> [[String]] {
            a.count <= 1
                ? [a] : a.indices.flatMap { i in permutations(Array(a[..<i] + a[(i + 1)...])).map { [a[i]] + $0 } }
        }
        let key = OrganisationKey.make(name)
        var results = Set<String>()
        for p in permutations(spellings) {
            results.insert(p.dropFirst().reduce(p[0], OrganisationName.cleanest))
            var d = Dataset()
            for (i, s) in p.enumerated() {
                var part = Dataset()
                part.organisations[key] = Organisation(key: key, name: s, type: i == 0 ? .unknown : .school)
                d.merge(part)
            }
            results.insert(d.organisations[key]!.name)
            XCTAssertEqual(d.organisations[key]!.type, .school, "an unknown first type gives way")
        }
        XCTAssertEqual(results.count, 1, "\(results)")
        XCTAssertEqual(OrganisationKey.make(results.first!), key)
        XCTAssertFalse(results.first!.contains { ("A"..."Z").contains($0) })
    }

    func testMergeKeepsTheFirstKnownTypeAndCleansNewNames() {
        let key = OrganisationKey.make("МБОУ \"СОШ № 70\"")
        var first = Dataset(), second = Dataset()
        first.organisations[key] = Organisation(key: key, name: "МБОУ \"COШ № 70\"", type: .school)
        second.organisations[key] = Organisation(key: key, name: "МБОУ \"СОШ № 70\"", type: .dop)
        var d = Dataset()
        d.merge(first)
        XCTAssertEqual(d.organisations[key]?.name, "МБОУ \"СОШ № 70\"", "the first record is cleaned too")
        d.merge(second)
        XCTAssertEqual(d.organisations[key]?.type, .school)
        var e = Dataset()
        e.record(Organisation(key: key, name: "МБОУ  \"СОШ № 70\"", type: .unknown))
        e.record(Organisation(key: key, name: "МБОУ \"COШ № 70\"", type: .dop))
        XCTAssertEqual(e.organisations[key], Organisation(key: key, name: "МБОУ \"СОШ № 70\"", type: .dop))
    }

    /// End to end: a form of Table 6's «СОШ № 70» written with Latin C and O, read before or after the clean
    /// one, or alone, gives the Cyrillic name.
    func testFormsSpelledWithLatinLettersGiveTheCyrillicName() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("orgname-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let original = Support.path("Examples/forms/2024/04_МБОУ_СОШ_№_70.xlsx")
        let latin = dir.appendingPathComponent("00_latin.xlsx").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "python3", "-c",
            """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
            assert ws['B3'].value == 'МБОУ "СОШ № 70"', ws['B3'].value
            ws['B3'] = 'МБОУ  "COШ № 70"'
            wb.save(sys.argv[2])
            """, original, latin
        ]
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        let key = OrganisationKey.make("МБОУ \"СОШ № 70\"")
        for files in [[latin], [latin, original], [original, latin]] {
            var d = Dataset()
            let reports = InputReader(context: Support.context).read(files, into: &d)
            XCTAssertFalse(reports.contains(where: \.failed), "\(reports.flatMap(\.issues))")
            XCTAssertEqual(d.organisations[key]?.name, "МБОУ \"СОШ № 70\"", "\(files)")
            XCTAssertEqual(d.organisations[key]?.type, .school)
        }
    }
}
