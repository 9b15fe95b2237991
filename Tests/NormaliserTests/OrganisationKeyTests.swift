import Dataset
import XCTest

@testable import Normaliser

final class OrganisationKeyTests: XCTestCase {
    func testSpellingsOfOneOrganisationShareAKey() {
        let k = OrganisationKey.make("МБОУ \"СОШ №5\"")
        XCTAssertEqual(OrganisationKey.make("МБОУ «СОШ № 5»"), k)
        XCTAssertEqual(OrganisationKey.make("мбоу сош № 5"), k)
        XCTAssertEqual(OrganisationKey.make("MБОУ \"CОШ №  5\""), k, "Latin M and C look-alikes")
        XCTAssertEqual(OrganisationKey.make("МБОУДО НТЦ \"Механик\""), OrganisationKey.make("МБОУ ДО НТЦ «Механик»"))
        XCTAssertEqual(
            OrganisationKey.make("МБОУ \"Гимназия №6 им.Габдуллы Тукая\""),
            OrganisationKey.make("МБОУ \"Гимназия № 6 имени Габдуллы Тукая\""))
        XCTAssertNotEqual(OrganisationKey.make("МБОУ СОШ № 5"), OrganisationKey.make("МБОУ СОШ № 50"))
    }

    /// Every name of Tables 6 (schools) and 6.1 (ДОП) gets the right type from the name alone.
    func testTypeFromTheNamesOfTables6And61() {
        let orgs = Support.tsv("organisations.tsv")
        XCTAssertEqual(orgs.count, 93)
        for o in orgs {
            let expected: OrganisationType = o["type"] == "dop" ? .dop : .school
            XCTAssertEqual(OrganisationKey.guessType(o["name"]!), expected, o["name"]!)
        }
        XCTAssertEqual(Set(orgs.map { OrganisationKey.make($0["name"]!) }).count, 93, "93 distinct keys")
    }

    func testTypeText() {
        XCTAssertEqual(OrganisationType(typeText: "организация дополнительного образования"), .dop)
        XCTAssertEqual(OrganisationType(typeText: "ДОП"), .dop)
        XCTAssertEqual(OrganisationType(typeText: "общеобразовательная организация"), .school)
        XCTAssertEqual(OrganisationType(typeText: "школа"), .school)
    }

    func testRegistryResolvesNamesCutShort() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        canonical_name\ttype\taliases
        МБОУ "СОШ № 69 с углубленным изучением отдельных предметов"\tschool\tШкола 69
        МБОУ ДО ДД(Ю)Т\tdop\tДворец детского (юношеского) творчества
        """.write(to: dir.appendingPathComponent("organisations.tsv"), atomically: true, encoding: .utf8)
        let reg = try OrganisationRegistry.load(from: dir)
        XCTAssertEqual(
            reg.lookup("МБОУ \"СОШ № 69 с углубленным изучением отдельных предмет")?.name,
            "МБОУ \"СОШ № 69 с углубленным изучением отдельных предметов\"")
        XCTAssertEqual(reg.lookup("школа 69")?.type, .school)
        XCTAssertEqual(reg.lookup("Дворец детского (юношеского) творчества")?.type, .dop)
        XCTAssertNil(reg.lookup("МБОУ СОШ № 70"))

        // Saved by Notepad or Excel: a byte-order mark and CRLF line ends read the same (they were once taken
        // into the first column's name and the aliases).
        let text = try String(contentsOf: dir.appendingPathComponent("organisations.tsv"), encoding: .utf8)
        try ("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n")
            .write(to: dir.appendingPathComponent("organisations.tsv"), atomically: true, encoding: .utf8)
        let saved = try OrganisationRegistry.load(from: dir)
        XCTAssertEqual(saved.lookup("школа 69")?.name, "МБОУ \"СОШ № 69 с углубленным изучением отдельных предметов\"")
        XCTAssertEqual(saved.lookup("Дворец детского (юношеского) творчества")?.name, "МБОУ ДО ДД(Ю)Т")
    }
}
