import Dataset
import Foundation
import XCTest

@testable import Catalogue
@testable import Normaliser

/// Headers of held-out sets 81 and 82 (session 48), written here by openpyxl (an independent writer): a portal's row
/// of field codes over the form's own fields, and «план | факт» under a criterion merged over both. The whole sets are
/// measured in `MatcherEvaluationTests`.
final class ExportHeaderTests: XCTestCase, TypedForms {
    /// «SYS | IND_NAME | VALUE | DOC_URL» on the first row, «Код ОО: 184101 | МБОУ «…»» under it. Before, the row of
    /// codes was the table's header and the form named no organisation.
    func testTheFieldsUnderARowOfFieldCodesNameTheOrganisation() throws {
        let url = try write(
            "CMN-OO_184101_2024.xlsx",
            """
            ws.append(['SYS', 'IND_CODE', 'IND_NAME', 'UNIT', 'VALUE', 'DOC_URL'])
            ws.append([None, 'АИС «Мониторинг образования» · Выгрузка формы ЦМН-ОО'])
            ws.append([None, 'Отчётный период: 2024 год'])
            ws.append([None, 'Код ОО: 184101', 'МБОУ «Чупашурская СОШ № 1»'])
            ws.append([None, 'Дата выгрузки: 16.01.2025 11:24:53'])
            ws.append([])
            ws.append(['', 'Код', 'Наименование показателя', 'Ед. изм.', 'Значение', 'Файл (ссылка)'])
            ws.append(['D', 'П.2.1', 'Наставники, включённые в базу наставников ОО (по приказу)', 'чел.', '34',
                       'https://sosh1.ru/baza.pdf'])
            ws.append(['D', 'П.2.2', 'Наставляемые, включённые в базу наставляемых ОО (по приказу)', 'чел.', '61', None])
            ws.append(['D', 'П.2.3', 'Кураторы внедрения целевой модели наставничества', 'чел.', '2', None])
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.organisations, ["МБОУ «Чупашурская СОШ № 1»"], "\(reports.map(\.issues))")
        let v = values(d)
        XCTAssertEqual(v["mentors_total"], 34, "\(v)")
        XCTAssertEqual(v["mentees_total"], 61)
        XCTAssertEqual(v["curators_total"], 2)
    }

    /// A sheet of schools, «Наставники по приказу ОО, чел.» merged over «план | факт»: the fact is each school's count,
    /// the plan is named as not read. Before, the plan column was read as the count.
    func testTheFactUnderACriterionMergedOverPlanAndFact() throws {
        let url = try write(
            "по_ОО_2024.xlsx",
            """
            ws.append(['Сведения по образовательным организациям за 2024 год'])
            ws.append([])
            ws.append(['№', 'ОО', 'Кол-во кураторов, чел.', 'Положение о наставничестве педагогов',
                       'Положение о наставничестве обучающихся', 'Наставники по приказу ОО, чел.', None, 'Примечание'])
            ws.append([None, None, None, None, None, 'план', 'факт', None])
            for c in ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:G3', 'H3:H4']: ws.merge_cells(c)
            ws.append([1, 'МБОУ «СОШ № 1»', 2, 'Имеется', 'Имеется', 40, 42, None])
            ws.append([2, 'МБОУ «СОШ № 2»', 1, 'Имеется', 'Не имеется', 30, 28, 'Два наставника выбыли'])
            ws.append([3, 'МБОУ «Каменнобродская СОШ»', 1, 'Имеется', 'Имеется', 18, 19, None])
            """)
        let (d, reports) = read([url])
        let mentors = d.observations.filter { $0.criterion == "mentors_total" }.compactMap { o -> Double? in
            if case .number(let n)? = o.value { return n }
            return nil
        }
        XCTAssertEqual(mentors.sorted(), [19, 28, 42], "\(reports.map(\.issues))")
        XCTAssertTrue(
            reports.flatMap(\.issues).contains { $0.kind == .ignoredColumn && $0.message.contains("«план», не факт") },
            "\(reports.map(\.issues))")
    }
    /// Held-out set 83 (session 49): «Наименование ОО (сокращённое, по Уставу):» left empty over «Дата заполнения:».
    /// The label under it is no value: the name is the title's («МБОУ «ООШ № 9» (с. Ключи) — отчёт за 2024 год»).
    /// Before, two schools' forms were both «Дата заполнения:» and the second was refused as the first's second form.
    func testALabelLeftEmptyDoesNotTakeTheNextLabel() throws {
        let url = try write(
            "ООШ9_ЦМН_2024.xlsx",
            """
            ws.append(['Мониторинг реализации целевой модели наставничества (ЦМН) — 2024. Единая форма для МО и ОО'])
            ws.append(['МБОУ «ООШ № 9» (с. Ключи) — отчёт за 2024 год'])
            ws.append([None, 'Муниципальное образование (городской округ / муниципальный округ):', 'г. Белоключинск'])
            ws.append([None, 'Наименование ОО (сокращённое, по Уставу):', None])
            ws.append([None, 'Дата заполнения:', '15.01.2025'])
            ws.append([])
            ws.append(['№ п/п', 'Наименование показателя (критерия)', 'Ед. изм.', 'Значение за 2024 г.'])
            ws.append(['2.1', 'Количество кураторов внедрения целевой модели наставничества', 'чел.', 1])
            ws.append(['2.2', 'Количество наставников по приказу ОО', 'чел.', 12])
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.organisations.count, 1, "\(reports.map(\.issues))")
        XCTAssertTrue(
            reports.first?.organisations.first?.hasPrefix("МБОУ «ООШ № 9»") == true, "\(reports[0].organisations)")
        XCTAssertEqual(values(d)["mentors_total"], 12)
    }
}
