import Dataset
import Foundation
import XCTest

@testable import Normaliser

/// A form whose organisation is in no cell, only where a person sees it otherwise: the print header, a note, a defined
/// name, the document's title (forms written here by openpyxl, an independent writer). The whole held-out set 112 is
/// measured in `MatcherEvaluationTests`.
final class OwnerPlacesTests: XCTestCase, TypedForms {
    /// The rows of an ordinary school form (title | value), no organisation above them.
    static let rows = """
        ws.append(['Мониторинг реализации ЦМН за 2024 год']); ws.append([])
        ws.append(['Показатель', 'Значение'])
        ws.append(['Количество наставников ОО (по приказу)', 31])
        ws.append(['Количество наставляемых ОО (по приказу)', 58])
        ws.append(['Количество педагогов, обучившихся на КПК по вопросам наставничества', 4])
        """

    func testThePrintHeaderNamesTheFormAndAFileNameThatDisagreesIsNamed() throws {
        let url = try write(
            "Форма_ЦМН_СОШ_16.xlsx",
            Self.rows + "\nws.oddHeader.center.text = 'МБОУ «СОШ № 18»'\nws.oddFooter.right.text = 'Стр. &P'")
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.organisations, ["МБОУ «СОШ № 18»"], "\(reports.map(\.issues))")
        let message = reports.first?.issues.first { $0.kind == .organisationGuessed }?.message ?? ""
        XCTAssertTrue(message.contains("взято из колонтитула листа «Sheet»"), message)
        XCTAssertTrue(message.contains("другое наименование — «СОШ 16» (из имени файла)"), message)
        XCTAssertTrue(message.contains("проверьте"), message)
        XCTAssertEqual(values(d)["mentors_total"], 31)
    }

    func testANoteADefinedNameAndTheDocumentTitle() throws {
        let note = try write(
            "форма1.xlsx",
            Self.rows
                + "\nfrom openpyxl.comments import Comment\n"
                + "ws['A1'].comment = Comment('МБОУ «ООШ № 2», зам. директора по УВР Шалагинова Е.Н.', 'user')")
        let named = try write(
            "форма2.xlsx",
            Self.rows
                + "\nfrom openpyxl.workbook.defined_name import DefinedName\n"
                + "wb.defined_names['Наименование_ОО'] = DefinedName('Наименование_ОО', attr_text='\"МАОУ «Лицей № 9»\"')"
        )
        let titled = try write(
            "форма3.xlsx", Self.rows + "\nwb.properties.title = 'Мониторинг ЦМН за 2024 год — МБОУ «СОШ № 12»'")
        for (url, name, place) in [
            (note, "МБОУ «ООШ № 2»", "примечания к ячейке A1"), (named, "МАОУ «Лицей № 9»", "имени «Наименование_ОО»"),
            (titled, "МБОУ «СОШ № 12»", "свойств файла («Название»)")
        ] {
            let (d, reports) = read([url])
            XCTAssertEqual(reports.first?.organisations, [name], "\(reports.map(\.issues))")
            let message = reports.first?.issues.first { $0.kind == .organisationGuessed }?.message ?? ""
            XCTAssertTrue(message.contains("взято из \(place)"), message)
            XCTAssertEqual(values(d)["kpk_trained"], 4)
        }
    }

    /// A school's form whose value column is headed by the year, with its name in the document's title: a form, not
    /// the municipality's history of values (before, its values went into no figure of the year).
    func testAYearColumnUnderANamedDocumentIsAForm() throws {
        let url = try write(
            "Наставничество_2024_итог.xlsx",
            """
            ws.append(['Мониторинг реализации ЦМН в образовательной организации'])
            ws.append(['Критерий', 'Ед. изм.', '2024'])
            ws.append(['Количество наставников ОО (по приказу)', 'чел.', 32])
            ws.append(['Количество наставляемых ОО (по приказу)', 'чел.', 59])
            wb.properties.title = 'Мониторинг ЦМН за 2024 год — МБОУ «СОШ № 12»'
            """)
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.layout, .form)
        XCTAssertEqual(reports.first?.organisations, ["МБОУ «СОШ № 12»"])
        XCTAssertEqual(values(d)["mentees_total"], 59)
        XCTAssertTrue(d.history.isEmpty)
    }

    /// A form that names its organisation nowhere is still asked about, not guessed (the mapping file's «Формы»).
    func testAFormNamedNowhereIsAskedAbout() throws {
        let url = try write("Форма мониторинга (1).xlsx", Self.rows)
        let (d, reports) = read([url])
        XCTAssertEqual(reports.first?.organisations, [])
        XCTAssertEqual(d.unnamedForms.map(\.values), [3])
        XCTAssertTrue(d.observations.allSatisfy { $0.value == nil || $0.organisation == nil })
        XCTAssertEqual(values(d)["mentors_total"], nil)
    }
}
