import XCTest
@testable import XLSXWriter
final class VersionTests: XCTestCase {
    func testVersion() { XCTAssertFalse(libxlsxwriterVersion.isEmpty) }
}
