import Catalogue
import Dataset
import XCTest
import XLSXReader

@testable import Normaliser

final class ValueParserTests: XCTestCase {
    func p(_ raw: String, _ unit: ValueUnit, number: Double? = nil, percent: Bool = false) -> ParsedValue {
        ValueParser.parse(raw: raw, number: number, isPercent: percent, unit: unit)
    }

    /// A count written with its unit is a number to the matcher too, as it is to the parser: «47 чел.» was taken for
    /// text, and the text's misfit with a count cut the row's similarity by a fifth (0.877 → 0.702).
    func testACountWithItsUnitLooksLikeANumber() {
        XCTAssertEqual(p("47 чел.", .count), .number(47))
        XCTAssertEqual(RowOutcome.hint(text: "47 чел."), .number)
        XCTAssertEqual(RowOutcome.hint(text: "3 ед."), .number)
        XCTAssertEqual(RowOutcome.hint(text: "47 человек в 2024 году"), .text)
    }

    /// Answers and counts as the forms of session 37's held-out sets wrote them (heldout5, heldout7): an answer with
    /// what it rests on, a count with the noun it counts, a bracket left open where a link was taken out.
    func testAnswersAndCountsWithTheirComment() {
        XCTAssertEqual(p("да, приказ № 112-од от 30.08.2024", .yesno), .number(1))
        XCTAssertEqual(p("да, приказ № 112-од от 30.08.2024", .count), .number(1))
        XCTAssertEqual(p("имеется (приказ № 87-од от 29.08.2024, https://example.ru/p.pdf)", .count), .number(1))
        XCTAssertEqual(p("Нет, в работе", .yesno), .number(0))
        XCTAssertEqual(p("да, но нет приказа", .yesno), .text("да, но нет приказа"), "an answer both ways is no answer")
        XCTAssertEqual(p("нет (есть проект)", .yesno), .text("нет (есть проект)"))
        XCTAssertEqual(p("6 педагогов", .count), .number(6))
        XCTAssertEqual(p("12 из 40", .count), .text("12 из 40"), "another number follows: not a count of one thing")
        XCTAssertEqual(p("2 (удостоверения", .count), .number(2))
        XCTAssertEqual(
            p("27 — приказ от 02.09.2024 № 152-о «О закреплении наставнических пар (групп)»", .count), .number(27))
        XCTAssertEqual(p("19 чел. (10–11 классы)", .count), .number(19))
        XCTAssertEqual(p("10 – 19 лет", .count), .text("10 – 19 лет"), "a range is no count")
    }

    /// A drop-down's item with its code (held-out set 104, session 52): «2 – нет» was read as a count of 2 for the
    /// monitoring order.
    func testADropDownsItemWithItsCodeIsItsAnswer() {
        XCTAssertEqual(p("2 – нет", .count), .number(0))
        XCTAssertEqual(p("2 – нет", .yesno), .number(0))
        XCTAssertEqual(p("1 – да", .count), .number(1))
        XCTAssertEqual(p("3) имеется", .yesno), .number(1))
        XCTAssertEqual(p("0 - не применимо", .yesno), .text("0 - не применимо"), "no answer after the code")
        XCTAssertEqual(p("12 - нет данных", .count), .number(12), "a count with its comment stays a count")
    }

    /// Numbers as official letters write them (held-out set 90, session 50): each was «не является числом» before.
    func testNumbersInWordsAndWithLastYearsBesideThem() {
        XCTAssertEqual(p("5 (пять)", .count), .number(5))
        XCTAssertEqual(p("12 (двенадцать) чел.", .count), .number(12))
        XCTAssertEqual(p("1 124 (Одна тысяча сто двадцать четыре)", .count), .number(1124))
        XCTAssertEqual(p("5 (шесть)", .count), .text("5 (шесть)"), "words that say another number: the cell says two")
        XCTAssertEqual(p("94 (девяносто четыре) %", .share), .number(0.94))
        XCTAssertEqual(p("двадцать два", .count), .number(22))
        XCTAssertEqual(p("двое", .count), .number(2))
        XCTAssertEqual(p("Один (зам. директора по УВР)", .count), .number(1))
        XCTAssertEqual(p("один педагог", .count), .number(1))
        XCTAssertEqual(p("ноль", .count), .number(0))
        XCTAssertEqual(p("девяносто пять процентов", .share), .number(0.95))
        XCTAssertEqual(p("двадцать тридцать", .count), .text("двадцать тридцать"), "no number")
        XCTAssertEqual(p("три формы наставничества", .count), .text("три формы наставничества"))
        XCTAssertEqual(p("увеличилось с 19 до 24", .count), .number(24))
        XCTAssertEqual(p("увеличился с 84 % до 88 %", .share), .number(0.88))
        XCTAssertEqual(p("131 / 118 (2023)", .count), .number(131))
        XCTAssertEqual(p("15 (в 2023 г. — 12)", .count), .number(15))
        XCTAssertEqual(p("не заполняется", .count), .empty)
        // A number its own comment doubts is no value (held-out set 97).
        XCTAssertEqual(p("12 (уточнить)", .count), .text("12 (уточнить)"))
        XCTAssertEqual(p("30 (предварительно) чел.", .count), .text("30 (предварительно) чел."))
        XCTAssertEqual(p("5 (?)", .count), .text("5 (?)"))
        XCTAssertEqual(p("около 30", .count), .text("около 30"))
        XCTAssertEqual(p("12?", .count), .text("12?"))
        XCTAssertEqual(p("10–12", .count), .text("10–12"))
        XCTAssertEqual(RowOutcome.hint(text: "девятнадцать"), .number)
        XCTAssertEqual(RowOutcome.hint(text: "Трое наставников и двое наставляемых"), .text)
    }

    func testNumbersAsPeopleTypeThem() {
        XCTAssertEqual(p("1 111", .count), .number(1111))
        XCTAssertEqual(p("1\u{00A0}111", .count), .number(1111))
        XCTAssertEqual(p("1\u{2009}111", .count), .number(1111))
        XCTAssertEqual(p("1\u{202F}354", .count), .number(1354))
        XCTAssertEqual(p("7,28", .count), .number(7.28))
        XCTAssertEqual(p("463(73%)", .count), .number(463), "a tail in brackets is a comment")
        XCTAssertEqual(p("", .count, number: 0), .number(0), "a stored 0 is a value")
    }

    func testSharesAndLevels() {
        XCTAssertEqual(p("5,39%", .share), .number(0.0539))
        XCTAssertEqual(p("15 %", .share), .number(0.15))
        XCTAssertEqual(p("73,26", .share), .number(0.7326), "a share above 1 without % is in percent points")
        XCTAssertEqual(p("0.0735", .share, number: 0.0735, percent: true), .number(0.0735))
        XCTAssertEqual(p("", .share, number: 0.0735), .number(0.0735))
        XCTAssertEqual(p("", .level, number: 94.61), .number(0.9461))
        XCTAssertEqual(p("89,94%", .level), .number(0.8994))
    }

    func testYesNo() {
        for yes in ["Да", "да (1)", "1 - да", "ДА.", "1", "есть"] { XCTAssertEqual(p(yes, .yesno), .number(1), yes) }
        for no in ["Нет", "нет (0)", "0 - нет", "0", "отсутствует"] { XCTAssertEqual(p(no, .yesno), .number(0), no) }
        XCTAssertEqual(p("Да", .count), .number(1), "a yes/no answer to a criterion counted by organisations")
        XCTAssertEqual(p("может быть", .yesno), .text("может быть"))
    }

    func testEmptyIsNotZeroAndNotesStayNotes() {
        XCTAssertEqual(p("", .count), .empty)
        XCTAssertEqual(p("  ", .count), .empty)
        XCTAssertEqual(p("-", .count), .empty)
        XCTAssertEqual(p("нет данных", .share), .empty)
        XCTAssertEqual(p("замер показателя не производился", .count), .note("замер показателя не производился"))
    }

    func testLists() {
        XCTAssertEqual(p("1) ФГБОУ ВО «УдГУ» 2) АНО «ИЖАСТРО»", .list), .list(["ФГБОУ ВО «УдГУ»", "АНО «ИЖАСТРО»"]))
        XCTAssertEqual(p("УдГУ; ИЖАСТРО;", .list), .list(["УдГУ", "ИЖАСТРО"]))
        XCTAssertEqual(p("УдГУ\nИЖАСТРО", .list), .list(["УдГУ", "ИЖАСТРО"]))
        XCTAssertEqual(p("МБДОУ № 195", .list), .list(["МБДОУ № 195"]), "a number inside a name does not split it")
    }
}

/// The cheap looks that decide whether the year patterns run at all.
final class YearDigitsTests: XCTestCase {
    func testYearDigits() {
        XCTAssertTrue(HeaderLabels.holdsYearDigits("2024 г", atStartOnly: true))
        XCTAssertFalse(HeaderLabels.holdsYearDigits("за 2024 год", atStartOnly: true))
        XCTAssertTrue(HeaderLabels.holdsYearDigits("за 2024 год", atStartOnly: false))
        XCTAssertTrue(HeaderLabels.holdsYearDigits("1999", atStartOnly: false))
        XCTAssertFalse(HeaderLabels.holdsYearDigits("2１24", atStartOnly: false))
        XCTAssertFalse(HeaderLabels.holdsYearDigits("202", atStartOnly: false))
        XCTAssertEqual(HeaderLabels.yearColumn("2022 г."), 2022)
        XCTAssertNil(HeaderLabels.yearColumn("Количество 2022"))
        XCTAssertEqual(HeaderLabels.year(inTitle: "Мониторинг за 2024 год"), 2024)
        XCTAssertNil(HeaderLabels.year(inTitle: "Мониторинг наставничества"))
    }
}

/// The byte paths of number and yes/no parsing answer what the character paths answer.
final class ValueParserFastPathTests: XCTestCase {
    func testASCIINumbers() {
        for text in [
            "1 111", "7,28", "5,39%", " 15 % ", "463 (73%)", "(5)", "1.2.3", "1,5,6", "-3", "+4", "abc", "", " ",
            "12\r\n", "1\t000", "3 (", "(1)%", "50)%", ".5", "-", "1e5"
        ] {
            guard case .read(let fast) = ASCIINumber.parse(text) else { return XCTFail(text) }
            let slow = ValueParser.parseNumber(text + "\u{00A0}")  // NBSP: trimmed away, but takes the character path
            XCTAssertEqual(fast?.value, slow?.value, text)
            XCTAssertEqual(fast?.percent, slow?.percent, text)
        }
        guard case .notASCII = ASCIINumber.parse("1\u{00A0}111") else { return XCTFail() }
        XCTAssertEqual(ValueParser.parseNumber("1\u{00A0}111")?.value, 1111)
    }

    func testYesNoFiltering() {
        XCTAssertEqual(ValueParser.yesNo("да (1)"), 1)
        XCTAssertEqual(ValueParser.yesNo("1 - да"), 1)
        XCTAssertEqual(ValueParser.yesNo("нет."), 0)
        XCTAssertEqual(ValueParser.yesNo("0 – нет"), 0)
        XCTAssertNil(ValueParser.yesNo("да\r\nнет"))
        // An answer said twice (held-out forms typed by hand): every part must be the same answer.
        XCTAssertEqual(ValueParser.yesNo("да, имеется"), 1)
        XCTAssertEqual(ValueParser.yesNo("нет (отсутствует)"), 0)
        XCTAssertEqual(ValueParser.yesNo("не имеется"), 0)
        XCTAssertNil(ValueParser.yesNo("да, нет"), "two different answers are no answer")
        XCTAssertNil(ValueParser.yesNo("да (в стадии разработки)"), "a part that is not an answer")
        XCTAssertNil(ValueParser.yesNo("да\u{0301}"))
        XCTAssertEqual(ValueParser.YesNoText.filtered("да\r\n(1)"), "да\r\n1")
    }

    /// A numbered list of partners is names, not the number of its first item (heldout5: «1) ФГБОУ ВО «СамГТУ»; 2) …»
    /// was taken for a number once a number could no longer be a list of names).
    func testANumberedListIsText() {
        XCTAssertEqual(RowOutcome.hint(text: "1) ФГБОУ ВО «СамГТУ»; 2) ГАПОУ «ННТ»"), .text)
        XCTAssertEqual(RowOutcome.hint(text: "1. Приказ о наставничестве\n2. Положение"), .text)
        XCTAssertEqual(RowOutcome.hint(text: "12"), .number)
    }
}

/// A count typed into a cell of date format (heldout113, at first sight: 23 counts named «не является числом»).
final class DateFormattedCountTests: XCTestCase {
    func value(_ v: CellValue, _ unit: ValueUnit) -> ObservedValue? {
        observe(Cell(column: 0, value: v), unit: unit, source: SourceRef(file: "f.xlsx", sheet: "Лист1", cell: "C5"))
            .value
    }

    /// 12 under «ДД.ММ.ГГГГ» shows «12.01.1900»: the count is 12; 1 under it is a yes. A real date is no count.
    func testTheStoredNumberOfADayOf1900IsTheCount() {
        let twelve = XLSXDates.date(fromSerial: 12, date1904: false)
        XCTAssertEqual(value(.date(twelve, serial: 12), .count), .number(12))
        XCTAssertEqual(value(.date(XLSXDates.date(fromSerial: 1, date1904: false), serial: 1), .yesno), .number(1))
        XCTAssertEqual(
            value(.date(twelve, serial: 12), .yesno), .text(Cell(column: 0, value: .date(twelve, serial: 12)).text))
        let day2024 = XLSXDates.date(fromSerial: 45_657, date1904: false)
        XCTAssertEqual(value(.date(day2024, serial: 45_657), .count), .text("31.12.2024"))
    }
}
