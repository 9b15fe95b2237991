import XCTest

@testable import Dataset

/// The column store gives back exactly the observations put in, whichever way they were added.
final class ObservationStoreTests: XCTestCase {
    let samples: [Observation] = [
        Observation(
            criterion: "mentors_total", year: 2024, organisation: "мбоу сош 5", value: .number(122), raw: "122",
            link: "https://school5.ru/docs/prikaz.pdf", linkText: "ссылка", note: nil,
            source: SourceRef(file: "forms/Форма СОШ 5.xlsx", sheet: "Форма", cell: "C8"), match: .exact),
        Observation(
            criterion: "partners", year: 2024, organisation: "мбоу сош 5", value: .list(["ООО «Ромашка»", "ИжГТУ"]),
            raw: "1) ООО «Ромашка» 2) ИжГТУ", link: nil, linkText: nil, note: "по договорам",
            source: SourceRef(file: "forms/Форма СОШ 5.xlsx", sheet: "Форма", cell: "C9"), match: .synonym),
        Observation(
            criterion: "municipal_order", year: 2023, organisation: nil, value: .note("Замер не производился"),
            raw: "Замер не производился", link: nil, linkText: nil, note: nil,
            source: SourceRef(file: "history.xlsx", sheet: "История", cell: "—"), match: .history),
        Observation(
            criterion: "share_mentees", year: 2024, organisation: "мбу до дюц", value: .text("нет данных"),
            raw: "нет данных", link: "школа.рф", linkText: nil, note: nil,
            source: SourceRef(file: "wide.xlsx", sheet: "Лист1", cell: "XFD1048576"), match: .fuzzy),
        Observation(
            criterion: "mentees_total", year: 2024, organisation: "мбу до дюц", value: nil, raw: "",
            link: "https://dyuc.ru/", linkText: nil, note: nil,
            source: SourceRef(file: "wide.xlsx", sheet: "Лист1", cell: "$B$2"), match: .exact)
    ]

    func testAppendedObservationsComeBackEqual() {
        var store = ObservationStore()
        for o in samples { store.append(o) }
        XCTAssertEqual(Array(store), samples)
        XCTAssertEqual(store.count, samples.count)
        XCTAssertEqual(store.number(at: 0), 122)
        XCTAssertNil(store.number(at: 1))
        XCTAssertEqual(store.organisationID(at: 0), store.organisationID(at: 1))
        XCTAssertNotEqual(store.organisationID(at: 0), store.organisationID(at: 3))
        XCTAssertEqual(store.organisationID(at: 2), -1)
        XCTAssertEqual(store.text(ofID: store.criterionID(at: 4)), "mentees_total")
        XCTAssertEqual(store.id(of: "мбу до дюц"), store.organisationID(at: 3))
        XCTAssertNil(store.id(of: "нет такой"))
    }

    /// A municipality's part copied column by column (`append(_:at:)`) equals the part appended observation by
    /// observation, texts and their numbering included (odd cells, lists, notes, link texts, the municipality's).
    func testValuesCopiedByIndexEqualThoseAppendedOneByOne() {
        var whole = ObservationStore()
        for o in samples + samples.reversed() + samples { whole.append(o) }
        var part = ObservationStore()
        part.append(samples[2])  // the part already holds texts of its own, numbered first
        var expected = part
        let indices: [Int32] = [9, 0, 3, 1, 2, 14, 7, 3]
        part.append(whole, at: indices)
        for i in indices { expected.append(whole[Int(i)]) }
        XCTAssertEqual(Array(part), Array(expected))
        XCTAssertEqual(Array(part)[1...], ArraySlice(indices.map { whole[Int($0)] }))
        for i in part.indices {
            XCTAssertEqual(part.organisationID(at: i), expected.organisationID(at: i))
            XCTAssertEqual(part.criterionID(at: i), expected.criterionID(at: i))
            XCTAssertEqual(part.linkID(at: i), expected.linkID(at: i))
        }
    }

    func testStoresMergeWithTheirTextsRenumbered() {
        var a = ObservationStore(), b = ObservationStore()
        b.append(samples[3])  // b numbers its texts in another order than a
        b.append(samples[1])
        a.append(samples[0])
        a.append(contentsOf: b)
        a += [samples[2]]
        XCTAssertEqual(Array(a), [samples[0], samples[3], samples[1], samples[2]])
        XCTAssertEqual(a.organisationID(at: 0), a.organisationID(at: 2))
    }

    func testValuesAppendedByNumberMatchTheStruct() {
        var store = ObservationStore()
        let file = store.intern("forms/Форма СОШ 5.xlsx"), sheet = store.intern("Форма"),
            org = store.intern("мбоу сош 5")
        store.append(
            criterion: store.intern("mentors_total"), year: 2024, organisation: org, value: .number(122), raw: "122",
            link: "https://school5.ru/docs/prikaz.pdf", linkText: "ссылка", note: nil, file: file, sheet: sheet,
            row: 7, column: 2, match: .exact)
        XCTAssertEqual(store[0], samples[0])
    }

    func testElementsChangeAndGoInPlace() {
        var store = ObservationStore()
        for o in samples { store.append(o) }
        store[1].link = "https://new.ru/x.pdf"
        store[1].linkText = nil
        store[4].source.cell = "D5"
        var expected = samples
        expected[1].link = "https://new.ru/x.pdf"
        expected[4].source.cell = "D5"
        XCTAssertEqual(Array(store), expected)
        store.removeAll { $0.organisation == nil }
        expected.removeAll { $0.organisation == nil }
        XCTAssertEqual(Array(store), expected)
    }
}
