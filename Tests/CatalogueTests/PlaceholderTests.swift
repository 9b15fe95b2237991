import XCTest
@testable import Catalogue
final class PlaceholderTests: XCTestCase { func testModuleLoads() { XCTAssertNotNil(CatalogueModule.self) } }
