import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// A methodologist's ledger with the criteria in rows and an organisation a column (held-out set 78, session 46),
/// written here by openpyxl (an independent writer).
final class TurnedLedgerTests: XCTestCase, TypedForms {
    /// A closed school's column hidden with last year's figures left in it is nobody's form: at first sight its
    /// figures were read as the school's 2024 values.
    func testAHiddenOrganisationColumnIsNotRead() throws {
        let url = try write(
            "свод_чурашур.xlsx",
            """
            ws.append(['Чурашурский район: педагоги и наставничество, 2024 год'])
            ws.append([])
            ws.append(['Показатель', 'МБОУ "Чурашурская СОШ"', 'МБОУ "Сепычевская ООШ" (закр.)', 'МБОУ "Кулюшевская СОШ"'])
            ws.append(['Молодые педагоги (до 35 лет, стаж работы до 3 лет), всего', 6, 2, 4])
            ws.append(['Педагоги ОО без учёта молодых специалистов', 41, 9, 30])
            ws.append(['Педагоги в роли наставника, чел.', 12, 3, 8])
            ws.column_dimensions['C'].hidden = True
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(
            reports.first?.organisations.sorted(), ["МБОУ \"Кулюшевская СОШ\"", "МБОУ \"Чурашурская СОШ\""],
            "\(reports.map { $0.issues.map(\.message) })")
        XCTAssertFalse(d.observations.contains { ($0.organisation ?? "").contains("сепычев") }, "\(d.observations)")
        XCTAssertEqual(
            d.observations.filter { $0.criterion == "young_specialists" }.compactMap { o -> Double? in
                if case .number(let n)? = o.value { return n } else { return nil }
            }.sorted(), [4, 6])
    }
}
