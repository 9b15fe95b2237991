import Dataset
import Foundation
import XCTest
import XLSXReader

@testable import Catalogue
@testable import Normaliser

/// Forms of a national republic's template in two languages (held-out set 75, session 46): each label and wording in
/// Tatar and in Russian, in one cell after « / » or on two lines. At first sight 57 of the set's 257 values were used:
/// the Tatar half's words made every title «не найден в каталоге». Written here by openpyxl (an independent writer).
final class BilingualFormTests: XCTestCase, TypedForms {
    func testTheRussianHalfOfEachCellIsRead() throws {
        let url = try write(
            "тат_гимназия.xlsx",
            """
            ws.append(['Остазлыкның максатчан моделен гамәлгә ашыруны мониторинглау / Мониторинг реализации ЦМН, 2024 ел / 2024 год'])
            ws.append(['Белем бирү оешмасы / Образовательная организация:', None, 'МБОУ «Татарская гимназия № 5» / «5 нче татар гимназиясе» МБГББУ'])
            ws.append([])
            ws.append(['№', 'Күрсәткеч / Показатель', 'Мәгънә / Значение', 'Сылтама / Ссылка'])
            ws.append([1, 'Педагогик хезмәткәрләргә остазлык турында нигезләмә / Утверждено положение о системе наставничества педагогических работников', 'Әйе', 'https://tg5.edu.tatar.ru/polozhenie.pdf'])
            ws.append([2, 'Остазлар саны (боерык буенча) / Число наставников по приказу', 24, 'https://tg5.edu.tatar.ru/prikaz.pdf'])
            ws.append([3, 'Остазлыкка алынучылар саны (боерык буенча) / Число наставляемых по приказу', 41, None])
            ws.append([4, 'Яшь белгечләр\\nМолодые специалисты', 3, None])
            ws.append([5, 'шул исәптән кызлар / в т.ч. девушки', 12, None])
            """)
        let (d, reports) = read([url])
        let v = values(d)
        XCTAssertEqual(v["orgs_regulation_teachers"], 1, "«Әйе» is «да»: \(reports.map { $0.issues.map(\.message) })")
        XCTAssertEqual(v["mentors_total"], 24)
        XCTAssertEqual(v["mentees_total"], 41)
        XCTAssertEqual(v["young_specialists"], 3)
        let links = Dictionary(d.observations.compactMap { o in o.link.map { (o.criterion, $0) } }) { a, _ in a }
        XCTAssertEqual(links["mentors_total"], "https://tg5.edu.tatar.ru/prikaz.pdf")
        // The girls are another population: asked about or left, never a criterion's value.
        XCTAssertEqual(d.observations.count, 4, "\(d.observations.map(\.criterion))")
        // The Russian half of the name, by its type word.
        XCTAssertEqual(reports.first?.organisations, ["МБОУ «Татарская гимназия № 5»"])
        XCTAssertTrue(reports.first?.issues.contains { $0.message.contains("на двух языках") } ?? false)
    }

    /// A sheet in Russian alone is left as it is, « / » and two lines included.
    func testARussianSheetIsLeftAlone() {
        let rows = [
            Row(
                index: 0, hidden: false, cells: [Cell(column: 0, value: .text("студент – ученик / студент – студент"))]),
            Row(index: 1, hidden: false, cells: [Cell(column: 0, value: .text("Наставники\nиз них девушки"))])
        ]
        XCTAssertEqual(SheetLanguages.keepRussian(rows, knows: { _ in 1 }, name: { _ in false }), rows)
        XCTAssertFalse(SheetLanguages.mayHold(rows))
    }

    /// The half in the other language's letters goes, whichever side it is on; a total's label is understood
    /// («Барлыгы / Итого»).
    func testHalves() {
        func row(_ texts: [String]) -> [Row] {
            texts.enumerated().map {
                Row(index: $0.offset, hidden: false, cells: [Cell(column: 0, value: .text($0.element))])
            }
        }
        let kept = SheetLanguages.keepRussian(
            row(["Күрсәткеч / Показатель", "Мәгънә / Значение", "Значение\nМәгънә", "Барлыгы / Итого", "Бар / Юк"]),
            knows: { $0.contains("Итого") ? 1 : 0 }, name: { _ in false }
        ).map { $0.cells[0].text }
        // Neither half understood, no letter of the other language: left as it is.
        XCTAssertEqual(kept, ["Показатель", "Значение", "Значение", "Итого", "Бар / Юк"])
    }
}
