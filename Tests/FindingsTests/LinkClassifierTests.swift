import Dataset
import XCTest

@testable import Findings

/// Link cases as they appear in the reference report's Tables 2, 4, 5 and 9–13.
final class LinkClassifierTests: XCTestCase {
    func kinds(_ link: String, year: Int = 2024) -> [FindingKind] {
        LinkClassifier.classify(link, year: year).map(\.kind)
    }

    func testProperDocumentLinksPass() {
        XCTAssertEqual(
            kinds(
                "https://shkola69izhevsk-r18.gosweb.gosuslugi.ru/netcat_files/30/69/Personalizirovannye_programmy_nastavnichestva_obuchayuschihnya.pdf"
            ), [])
        XCTAssertEqual(kinds("https://disk.yandex.ru/i/LKiR179tWxtiwA"), [], "a file-sharing link (Table 9)")
        XCTAssertEqual(kinds("https://cloud.mail.ru/public/ht22/G8fMc1h34"), [], "Table 5")
        XCTAssertEqual(
            kinds(
                "https://shkola60izhevsk-r18.gosweb.gosuslugi.ru/netcat_files/30/69/Programma_nastavnichestva.pdf?1666365220"
            ), [])
    }

    func testNotALink() {
        XCTAssertEqual(kinds("Приказ 197-1-ОД от 02.09.2024"), [.notALink])
        XCTAssertEqual(kinds("Ссылка отсутствует"), [.notALink], "Table 5, row 7")
        XCTAssertEqual(kinds("Информация отсутствует"), [.notALink])
    }

    func testLocalFiles() {
        XCTAssertEqual(kinds("file:///C:/Users/Методист/Downloads/prikaz.pdf"), [.localFile])
        XCTAssertEqual(kinds("C:\\Users\\user\\Desktop\\Положение.docx"), [.localFile])
        XCTAssertEqual(kinds("Downloads/Положение о наставничестве.pdf"), [.localFile])
    }

    func testBrowserExtensionIsAFindingAndTheInnerURLIsClassifiedToo() {
        // Table 4, МБОУ СОШ № 53.
        let link =
            "chrome-extension://efaidnbmnnnibpcajpcgclefndmkaj/https://ischool53.gosuslugi.ru/netcat_files/30/69/Spisok_predpriyatij_2024_2025.pdf"
        let problems = LinkClassifier.classify(link, year: 2024)
        XCTAssertEqual(problems.first?.kind, .browserExtension)
        XCTAssertEqual(
            problems.first?.inner, "https://ischool53.gosuslugi.ru/netcat_files/30/69/Spisok_predpriyatij_2024_2025.pdf"
        )
        XCTAssertEqual(problems.count, 1, "the inner URL is a proper document link")
        XCTAssertEqual(kinds("chrome-extension://abc/https://school.example.ru/"), [.browserExtension, .mainPage])
    }

    func testMainPageAndSiteSection() {
        XCTAssertEqual(
            kinds("https://shkola88izhevsk-r18.gosweb.gosuslugi.ru/"), [.mainPage],
            "Table 2: «Ссылки на главную страницу сайта школы»")
        XCTAssertEqual(kinds("https://shkola88izhevsk-r18.gosweb.gosuslugi.ru"), [.mainPage])
        XCTAssertEqual(
            kinds("https://shkola76izhevsk-18.gosweb.gosuslugi.ru/tselevaya-model-nastavnichestva/"), [.siteSection],
            "Table 4, МБОУ № 76 «ШБ»: a section, not a document")
    }

    func testPrivateCloudFolder() {
        XCTAssertEqual(kinds("https://drive.google.com/drive/my-drive"), [.privateCloud])
    }

    func testBrokenLinks() {
        XCTAssertEqual(kinds("https://shkola76izhevsk-"), [.brokenLink], "Table 11: a URL cut short")
        XCTAssertEqual(
            kinds("https://disk.yandex.ru/i/fGzpUrv7Ox0LMw https://disk.yandex.ru/i/P9Z7MOfmf72IMwg"), [.brokenLink],
            "Table 5: two links in one cell")
        XCTAssertEqual(kinds("https://school.example.ru/docs/\nprikaz.pdf"), [.brokenLink])
        XCTAssertEqual(kinds("https://localhost/prikaz.pdf"), [.brokenLink], "no domain")
    }

    func testLastYearsDocument() {
        XCTAssertEqual(
            kinds("https://shkola12.example.ru/netcat_files/30/69/Prikaz_o_monitoringe_2023.pdf"), [.lastYearDocument])
        XCTAssertEqual(
            kinds(
                "https://shkola12izhevsk-r18.gosweb.gosuslugi.ru/netcat_files/30/69/Analiticheskaya_spravka_vnutrennego_monitoringa_v_2023_2024_g.pdf"
            ), [],
            "a document of the 2023/2024 school year names the current year too")
    }

    /// The byte-level checks behind «ссылка обрезана» and «раздел сайта».
    func testHostAndFileNameChecks() {
        for host in ["school.ru", "shkola1izhevsk-r18.gosweb.gosuslugi.ru", "школа.рф", "a..ru", "a.ru."] {
            XCTAssertTrue(LinkClassifier.isPlausibleHost(host), host)
        }
        for host in ["ru", "school.r", "school.r1", "-school.ru", "school-.ru", "school.ru-", "1.2.3.4"] {
            XCTAssertFalse(LinkClassifier.isPlausibleHost(host), host)
        }
        XCTAssertEqual(LinkClassifier.fileAndExtension("/netcat_files/Положение.PDF").ext, "pdf")
        XCTAssertEqual(LinkClassifier.fileAndExtension("/docs/nastavnichestvo/").file, "nastavnichestvo")
        XCTAssertEqual(LinkClassifier.fileAndExtension("/docs/.htaccess").ext, "", "a hidden name has no extension")
        XCTAssertEqual(LinkClassifier.fileAndExtension("/").file, "")
        XCTAssertEqual(kinds("https://edge.example.ru/"), [.mainPage])
        XCTAssertEqual(kinds("edge://x"), [.browserExtension], "shorter than the scheme's 10 characters: no crash")
    }

    /// Links read byte by byte are classified exactly as when Foundation's URL parser reads them.
    func testPlainLinksClassifiedAsByFoundation() {
        let hosts = [
            "shkola69izhevsk-r18.gosweb.gosuslugi.ru", "School.Example.RU", "disk.yandex.ru", "drive.google.com",
            "a.b.c.d.ru", "localhost", "ru", "x-.ru", "-x.ru", "xn--80aaf.xn--p1ai", "shkola76izhevsk-", "1.2.3.4",
            "sub.vk.com", "t.me", "school.ru:8080", "school.ru:", "school.ru:80a", "user@school.ru", "[::1]",
            "школа.рф", "school.ru.", "..ru", "a..b.ru"
        ]
        let paths = [
            "", "/", "//", "/docs/", "/docs/prikaz.pdf", "/docs/Prikaz_2023.PDF", "/a/b/../c.docx", "/drive/my-drive",
            "/drive/u/0/folders/x", "/i/LKiR179tWxtiwA", "/x.pdf?1666365220", "/x?y=1#z", "?q=1", "#top",
            "/netcat_files/30/69/Analiticheskaya_spravka_v_2023_2024_g.pdf", "/%D0%BF.pdf", "/п.pdf", "/a b.pdf",
            "/x.pdf/", "/.hidden", "/v1.2/", "/!$&'()*+,;=.pdf", "/a|b.pdf", "/a\\b.pdf"
        ]
        var checked = 0
        for scheme in ["https://", "http://", "HTTPS://", "Http://", ""] {
            for h in hosts {
                for p in paths {
                    let link = scheme + h + p
                    for year in [2024] {
                        let fast = LinkClassifier.classify(link, year: year, fastParse: true)
                        let slow = LinkClassifier.classify(link, year: year, fastParse: false)
                        XCTAssertEqual(fast, slow, link)
                        checked += 1
                    }
                }
            }
        }
        XCTAssertEqual(checked, 5 * 23 * 24)
        // The byte-by-byte reading takes the common links and leaves the rest to Foundation.
        XCTAssertEqual(LinkClassifier.plainHostAndPath("HTTPS://School.RU:443/Docs/X.pdf?v=1#p")?.host, "school.ru")
        XCTAssertEqual(LinkClassifier.plainHostAndPath("HTTPS://School.RU:443/Docs/X.pdf?v=1#p")?.path, "/Docs/X.pdf")
        XCTAssertNil(LinkClassifier.plainHostAndPath("https://school.ru/%D0%BF.pdf"))
        XCTAssertNil(LinkClassifier.plainHostAndPath("https://школа.рф/"))
        XCTAssertNil(LinkClassifier.plainHostAndPath("https://user@school.ru/"))
    }
}
