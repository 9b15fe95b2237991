import Catalogue
import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// Layouts of the forms a helper typed for the held-out check of issue 25 (session 35), without seeing the matcher:
/// the organisation and the period on a title sheet of their own, and «из них» rows typed as items of a list
/// («- из них …»). The forms are the example form of МБОУ «СОШ № 5» rewritten by openpyxl.
final class TitleSheetTests: XCTestCase {
    let valueColumn = ValueColumnTests.self

    func read(_ url: URL) -> (Dataset, FileReport) {
        var d = Dataset()
        let report = InputReader(context: Support.context).read(url.path, into: &d)
        return (d, report)
    }

    /// The original's rows under the header of a sheet «Показатели»; `title` is written first as a sheet «Титул».
    static func twoSheets(title: String, formTitle: String? = nil) -> String {
        """
        rows = [(r[2].value, r[3].value, (r[4].hyperlink.target if r[4].hyperlink else r[4].value))
                for r in ws.iter_rows(min_row=8) if r[2].value]
        wb = openpyxl.Workbook(); t = wb.active; t.title = "Титул"
        \(title)
        ws = wb.create_sheet("Показатели")
        \(formTitle.map { "ws.append([\"\($0)\"])" } ?? "")
        ws.append(["Показатель", "Значение", "Подтверждение (ссылка)"])
        for w, v, l in rows: ws.append([w, v, l])
        """
    }

    /// «Образовательная организация» and «Отчётный период» on a sheet «Титул», the table on «Показатели»: the form is
    /// that organisation's, for that year, with a «проверьте» naming the title sheet's cell (before: every value of
    /// the form asked about by file, «не найдено наименование организации»).
    func testATitleSheetNamesTheFormsOrganisation() throws {
        let url = try valueColumn.rewritten(
            "титул.xlsx",
            Self.twoSheets(
                title: """
                    t.append(["Отчёт ОО о реализации целевой модели наставничества"]); t.append([])
                    t.append(["Муниципальный район", "Ижевск"])
                    t.append(["Образовательная организация", 'МБОУ "СОШ № 5"'])
                    t.append(["Отчётный период", "01.01.2024 – 31.12.2024"])
                    t.append(["Ответственный", "Иванова А.С., куратор ЦМН"])
                    """))
        let (d, report) = read(url)
        XCTAssertEqual(report.organisations, ["МБОУ \"СОШ № 5\""])
        XCTAssertEqual(report.year, 2024)
        XCTAssertTrue(d.unnamedForms.isEmpty)
        let note = report.issues.first { $0.kind == .organisationGuessed }
        XCTAssertEqual(note?.source?.sheet, "Титул")
        XCTAssertEqual(note?.source?.cell, "B4")
        valueColumn.assertSameValuesAndLinks(d, "a title sheet")
    }

    /// A first sheet that names nothing (an instruction) lends nothing: the form is asked about by file, not named
    /// by a title that merely looks like a name.
    func testASheetWithoutLabelsLendsNoOrganisation() throws {
        let url = try valueColumn.rewritten(
            "инструкция.xlsx",
            Self.twoSheets(
                title: """
                    t.append(["Инструкция по заполнению формы мониторинга"])
                    t.append(["Заполните лист «Показатели» и дайте ссылки на документы"])
                    """, formTitle: "Мониторинг ЦМН за 2024 год"))
        let (d, report) = read(url)
        XCTAssertTrue(report.organisations.isEmpty)
        XCTAssertEqual(d.unnamedForms.count, 1)
        XCTAssertTrue(d.observations.isEmpty)
    }

    /// «- из них …», «— в т.ч. …», «• из них …»: parts of the row above, as «из них …» is (before: «- из них
    /// молодые педагоги (до 35 лет, стаж до 3 лет)» under «Наставники, всего» was used as the count of all young
    /// specialists).
    func testAPartTypedAsAListItemIsAPart() {
        let labels = Support.context.labels
        for title in ["из них педагоги", "- из них педагоги ОО", "— в т.ч. молодые специалисты", "• из них студенты"] {
            XCTAssertTrue(labels.isPart(title), title)
        }
        XCTAssertFalse(labels.isPart("- Наставники, всего"))
    }
}
