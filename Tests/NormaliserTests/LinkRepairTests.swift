import Dataset
import XCTest

@testable import Normaliser

/// Addresses as an OCR service recognised them from scanned forms (heldout116's files) and as people type them.
final class LinkRepairTests: XCTestCase {
    func testRecognisedAddressesArePutBackTogether() {
        let cases: [(String, String)] = [
            (
                "https: //sh-oshvorcy-r18.gosweb.gosuslugi.ru/netcat_files/nastav/doc_01.pdf",
                "https://sh-oshvorcy-r18.gosweb.gosuslugi.ru/netcat_files/nastav/doc_01.pdf"
            ),
            (
                "http : //kykva-shkola.ucoz.ru/nastavnichestvo/10.pdf",
                "http://kykva-shkola.ucoz.ru/nastavnichestvo/10.pdf"
            ),
            // Cyrillic «о», «с» inside Latin words of the host; «е», «а» in the path.
            (
                "https://sh-oshvоrсy-r18.gosweb.gosuslugi.ru/netcat_files/nastav/doc_05.pdf",
                "https://sh-oshvorcy-r18.gosweb.gosuslugi.ru/netcat_files/nastav/doc_05.pdf"
            ),
            (
                "https://sh-oshvorcy-r18.gоsweb.gosuslugi .ru/netcat_filеs/nastav/doc_47.pdf",
                "https://sh-oshvorcy-r18.gosweb.gosuslugi.ru/netcat_files/nastav/doc_47.pdf"
            ),
            // A line broken where the paper wrapped, spaces next to «/» and «.».
            (
                "http://kykva-shkola.ucoz.ru/nastavnichestvo/\n2.pdf",
                "http://kykva-shkola.ucoz.ru/nastavnichestvo/2.pdf"
            ),
            ("http://kykva-shkola. ucoz.ru/nаstavniсhestvo/3.pdf", "http://kykva-shkola.ucoz.ru/nastavnichestvo/3.pdf"),
            ("http://kykva-shkola.ucoz.ru/nastavnichestvo/5. pdf", "http://kykva-shkola.ucoz.ru/nastavnichestvo/5.pdf"),
            (
                "https://sh-oshvorcy-r18.gosweb.gosuslugi.ru /netcat_files/nastav/doc_44.pdf",
                "https://sh-oshvorcy-r18.gosweb.gosuslugi.ru/netcat_files/nastav/doc_44.pdf"
            ),
            // «.рdf»: a Cyrillic «р».
            ("https://school5.ru/docs/prikaz.рdf", "https://school5.ru/docs/prikaz.pdf"),
            // The scheme itself with a Cyrillic «р».
            ("httрs://school5.ru/docs/prikaz.pdf", "https://school5.ru/docs/prikaz.pdf")
        ]
        for (typed, want) in cases {
            XCTAssertEqual(LinkRepair.repair(typed), want, typed)
        }
    }

    func testAddressesThatMayBeRightAreLeftAsTyped() {
        for link in [
            "https://school5.ru/docs/prikaz.pdf",  // nothing to repair
            "https://школа5.рф/документы/приказ.pdf",  // a Cyrillic domain and path
            "https://school5.ru/files/Положение о наставничестве.pdf",  // a file's own name with spaces
            "https://school5.ru/files/Polozhenie o nastavnichestve.pdf",  // spaces between words: may be the name's
            "https://school5.ru/files/сос.pdf",  // a Cyrillic word in the path
            "школа5.рф/приказ",  // no scheme
            "см. сайт школы",  // no address
            "https://sсhооlж.ru/doc.pdf",  // a Cyrillic letter that looks like no Latin one inside a Latin word
            // Words after an address, and a space inside a host: no recognised address to put together.
            "https://a.ru (приказ)", "https://a ru", "https://a.ru\tb", "https://sch ool5.ru/doc.pdf",
            // Two addresses in one cell (heldout17, heldout45): two, not one broken.
            "https://sh5-vkm.gosuslugi.ru/docs/prikaz_45.pdf https://sh5-vkm.gosuslugi.ru/docs/prikaz_46.pdf",
            "https://licey3.edu.ru/upload/prikaz_102.pdf\nhttps://licey3.edu.ru/upload/prikaz_103.pdf",
            "https://licey3.edu.ru/upload/prikaz_102.pdf ; www.licey3.edu.ru/upload/prikaz_103.pdf"
        ] {
            XCTAssertNil(LinkRepair.repair(link), link)
        }
    }

    /// A scanned form read as a user reads it: its values carry the repaired addresses, and each repair is said with
    /// both spellings and the row's cell.
    func testARecognisedFormsLinksAreRepairedAndSaid() throws {
        let (dataset, reports) = Support.read(
            ["Tests/Fixtures/matching/heldout116/typed/oshvortsy_sosh_scan.xlsx"], year: 2024)
        let repaired = reports[0].issues.filter { $0.kind == .repairedLink }
        XCTAssertFalse(repaired.isEmpty)
        for issue in repaired {
            XCTAssertFalse(try XCTUnwrap(issue.source).cell.isEmpty)
            XCTAssertTrue(issue.message.contains("» → «https://"), issue.message)
        }
        let links = dataset.observations.compactMap(\.link)
        XCTAssertTrue(links.contains("https://sh-oshvorcy-r18.gosweb.gosuslugi.ru/netcat_files/nastav/doc_13.pdf"))
        XCTAssertFalse(links.contains { $0.contains("https: //") || $0.contains(" ") || $0.contains("\n") }, "\(links)")
    }
}
