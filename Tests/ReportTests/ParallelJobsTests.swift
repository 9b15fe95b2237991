import Foundation
import XCTest
@testable import Report

/// Sheets written as parallel jobs: every job runs once, and the first failure (by position) is reported.
final class ParallelJobsTests: XCTestCase {
    struct Failure: Error, Equatable { let job: Int }

    func testEveryJobRunsOnceAndTheFirstFailureIsThrown() {
        let lock = NSLock()
        var runs = [Int](repeating: 0, count: 50)
        let jobs: [() throws -> Void] = (0..<50).map { i in
            {
                lock.lock(); runs[i] += 1; lock.unlock()
                if i == 7 || i == 31 { throw Failure(job: i) }
            }
        }
        XCTAssertThrowsError(try ParallelJobs.run(jobs)) { XCTAssertEqual($0 as? Failure, Failure(job: 7)) }
        XCTAssertEqual(runs, [Int](repeating: 1, count: 50), "a failure stops no other job")
        XCTAssertNoThrow(try ParallelJobs.run([]))
    }
}
