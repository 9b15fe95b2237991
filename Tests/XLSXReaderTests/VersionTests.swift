import XCTest
@testable import XLSXReader
final class VersionTests: XCTestCase {
    func testVersion() { XCTAssertTrue(ReaderLibraries.libxml2.hasPrefix("2")) }
}
