import XCTest
@testable import Catalogue

/// The hand-written text helpers of the hot paths answer what the standard library's slower ones answer.
final class FastTextTests: XCTestCase {
    func testWhiteSpaceIsTheUnicodeProperty() {
        for value in UInt32(0)...0x10FFFF {
            guard let u = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(u.isWhiteSpace, u.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    func testTrimmed() {
        XCTAssertEqual(" \u{00A0}Да\u{2009}\n".trimmed, "Да")
        XCTAssertEqual("\u{3000}\t".trimmed, "")
        XCTAssertEqual("Количество наставников".trimmed, "Количество наставников")
    }

    func testTextKeyComparesBytes() {
        XCTAssertEqual(TextKey("наставник"), TextKey("наставник"))
        XCTAssertEqual(TextKey("наставник").hashValue, TextKey("наставник").hashValue)
        // «й» composed and decomposed: equal as Swift strings, two keys by their bytes.
        XCTAssertNotEqual(TextKey("й"), TextKey("и\u{0306}"))
        let decoded = try! JSONDecoder().decode([TextKey].self, from: JSONEncoder().encode([TextKey("критерий")]))
        XCTAssertEqual(Set(decoded), [TextKey("критерий")])
    }
}
