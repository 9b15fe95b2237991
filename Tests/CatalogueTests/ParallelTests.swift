import Catalogue
import Foundation
import XCTest

/// Work shared out over the cores: every index runs once, results come in order, and the first failure (by index)
/// is reported after all have ended.
final class ParallelTests: XCTestCase {
    struct Failure: Error, Equatable { let job: Int }

    func testEveryJobRunsOnceAndTheFirstFailureIsThrown() {
        let lock = NSLock()
        var runs = [Int](repeating: 0, count: 50)
        XCTAssertThrowsError(
            try Parallel.run(50) { i in
                lock.lock(); runs[i] += 1; lock.unlock()
                if i == 7 || i == 31 { throw Failure(job: i) }
            }
        ) { XCTAssertEqual($0 as? Failure, Failure(job: 7)) }
        XCTAssertEqual(runs, [Int](repeating: 1, count: 50), "a failure stops no other job")
        XCTAssertNoThrow(try Parallel.run(0) { _ in XCTFail("no index") })
    }

    func testMapKeepsTheOrder() {
        XCTAssertEqual(Parallel.map(1000) { $0 * $0 }, (0..<1000).map { $0 * $0 })
        XCTAssertEqual(Parallel.map(0) { $0 }, [])
    }
}
