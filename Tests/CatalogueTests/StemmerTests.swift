import Foundation
import XCTest

@testable import Catalogue

/// Snowball's Russian stemmer (libstemmer) as the matcher uses it.
final class StemmerTests: XCTestCase {
    func testCaseFormsShareAStemAndNearTwinsDoNot() {
        let stem = TitleTokens.stem
        XCTAssertEqual(Set(["наставников", "наставника", "наставниками", "наставник"].map(stem)).count, 1)
        XCTAssertNotEqual(stem("наставников"), stem("наставляемых"))
        XCTAssertEqual(Set(["обучающихся", "обучающиеся", "обучающимся"].map(stem)).count, 1)
        XCTAssertEqual(stem("организации"), stem("организаций"))
        // Short words and numbers stay as written: Snowball alone would cut «оо» to «о», a stop word.
        XCTAssertEqual(stem("оо"), "оо")
        XCTAssertEqual(stem("кпк"), "кпк")
        XCTAssertEqual(stem("2024"), "2024")
    }

    /// A libstemmer instance is not thread-safe: stems computed on many threads at once, with the memo
    /// bypassed, equal the stems of one thread.
    func testStemsOnManyThreadsEqualOneThread() throws {
        let text = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Fixtures/matching/wordings.tsv"), encoding: .utf8)
        let words = Array(Set(TitleTokens.words(TitleNormaliser.normalise(text)).filter { $0.count > 3 })).sorted()
        XCTAssertGreaterThan(words.count, 500)
        let serial = words.map(RussianStemmer.compute)
        let lock = NSLock()
        var mismatches = 0
        DispatchQueue.concurrentPerform(iterations: 8) { k in
            let rotated = Array(words[(k * 37 % words.count)...] + words[..<(k * 37 % words.count)])
            let expected = Dictionary(uniqueKeysWithValues: zip(words, serial))
            var bad = 0
            for _ in 0..<5 { for w in rotated where RussianStemmer.compute(w) != expected[w] { bad += 1 } }
            lock.lock(); mismatches += bad; lock.unlock()
        }
        XCTAssertEqual(mismatches, 0)
    }
}
