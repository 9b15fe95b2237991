// swift-tools-version:5.10
// The pipeline, one module per stage, dependencies pointing one way:
//   C shims -> XLSXReader / XLSXWriter -> Catalogue -> Dataset -> Normaliser (the readers)
//                                                   Dataset -> Consolidation -> Findings -> Report (the writers)
//   Normaliser + Report -> Pipeline -> WebService / MentoringCLI
// Dataset is the model the stages hand on (observations, organisations' identity, bases, the regional split,
// register coverage, the workbook contract); Normaliser only reads inputs into it.
// Pipeline owns a run (templates, the input classifier, check, consolidate, by municipality, roll-up, cards): the
// command line and the web page (`mentoring serve`, the module WebService on Hummingbird) only present its results.
import Foundation
import PackageDescription

/// This project's own builds (its Makefile and CI) turn the reader's exclusivity checks off; a package that depends on
/// the reader library gets it without unsafe flags, which SwiftPM refuses in a dependency.
let uncheckedExclusivity = ProcessInfo.processInfo.environment["MENTORING_UNCHECKED_EXCLUSIVITY"] == "1"

let package = Package(
    name: "mentoring",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mentoring", targets: ["MentoringCLI"]),
        .library(name: "XLSXWriter", targets: ["XLSXWriter"]),
        .library(name: "XLSXReader", targets: ["XLSXReader"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already in Hummingbird's graph; named for the types the web service uses directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0")
    ],
    targets: [
        // C shims: system libraries found through pkg-config, never vendored.
        .systemLibrary(
            name: "CXLSXWriter", pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(
            name: "CZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]),
        .systemLibrary(
            name: "CXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // Snowball's Russian stemmer for the criterion matcher (Debian ships no .pc file for it).
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),

        // File formats.
        // swift-log: libxlsxwriter's own messages go to the log, not to the user's terminal (LibraryMessages).
        // A1 references: one parser and one column-letter rule for the reader and the writer.
        .target(name: "CellReference"),
        .target(
            name: "XLSXWriter",
            dependencies: ["CXLSXWriter", "CellReference", .product(name: "Logging", package: "swift-log")]),
        // The reader's SAX callbacks touch the sink's state millions of times on a large sheet; the state is
        // only ever touched by the thread running the parse, so this project's own builds (the Makefile sets
        // MENTORING_UNCHECKED_EXCLUSIVITY=1) switch the run-time exclusivity checks off. SwiftPM refuses unsafe flags
        // in a dependency, so the published library is built without it (its reading is about a fifth slower).
        .target(
            name: "XLSXReader", dependencies: ["CZip", "CXML2", "CellReference"],
            swiftSettings: uncheckedExclusivity ? [.unsafeFlags(["-enforce-exclusivity=unchecked"])] : []),

        // Domain.
        .target(name: "Catalogue", dependencies: ["CStemmer"]),
        .target(name: "Dataset", dependencies: ["XLSXReader", "Catalogue"]),
        .target(name: "Normaliser", dependencies: ["XLSXReader", "Catalogue", "Dataset"]),
        .target(name: "Consolidation", dependencies: ["Dataset", "Catalogue"]),
        .target(name: "Findings", dependencies: ["Consolidation", "Dataset", "Catalogue"]),
        .target(name: "Report", dependencies: ["Findings", "Consolidation", "Dataset", "Catalogue", "XLSXWriter"]),
        // A run of the tool, for both front ends: what the inputs are, the year, the operations and their results.
        .target(
            name: "Pipeline",
            dependencies: [
                "Report", "Findings", "Consolidation", "Normaliser", "Dataset", "Catalogue", "XLSXReader", "XLSXWriter"
            ]
        ),

        // The web service (`mentoring serve`): the HTTP API and the page, whose files are served from Public/.
        .target(
            name: "WebService",
            dependencies: [
                "CZip", "XLSXReader", "Catalogue", "Normaliser", "Dataset", "Consolidation", "Findings", "Report",
                "Pipeline",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
            ], resources: [.copy("Public")]),

        // Command line.
        .executableTarget(
            name: "MentoringCLI",
            dependencies: [
                "XLSXWriter", "XLSXReader", "Catalogue", "Normaliser", "Dataset", "Consolidation", "Findings", "Report",
                "Pipeline", "WebService",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log")
            ]),

        // libFuzzer target for the reader (make fuzz); a plain build runs the corpus as a regression check.
        .executableTarget(name: "FuzzReader", dependencies: ["XLSXReader", "CZip"]),

        // What the tests share: the repository's root, the built binary run as a user runs it (MentoringRun), and tools
        // required (a missing one fails).
        .target(name: "TestTools", dependencies: ["XLSXReader"], path: "Tests/TestTools"),
        .testTarget(name: "XLSXWriterTests", dependencies: ["XLSXWriter", "TestTools"]),
        .testTarget(name: "XLSXReaderTests", dependencies: ["XLSXReader", "XLSXWriter", "TestTools"]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "TestTools"]),
        .testTarget(name: "DatasetTests", dependencies: ["Dataset", "Catalogue"]),
        .testTarget(
            name: "NormaliserTests", dependencies: ["Normaliser", "Dataset", "Catalogue", "XLSXReader", "TestTools"]),
        .testTarget(
            name: "FindingsTests",
            dependencies: ["Findings", "Consolidation", "Normaliser", "Dataset", "Catalogue", "TestTools"]),
        // The command line as a user runs it (the built `mentoring`), and the pipeline it presents.
        .testTarget(
            name: "MentoringCLITests",
            dependencies: ["Pipeline", "Report", "Normaliser", "Dataset", "Catalogue", "XLSXReader", "TestTools"]),
        .testTarget(
            name: "ReportTests",
            dependencies: [
                "Report", "Pipeline", "Consolidation", "Normaliser", "Dataset", "Catalogue", "XLSXReader", "TestTools"
            ]),
        .testTarget(
            name: "WebServiceTests",
            dependencies: [
                "WebService", "Pipeline", "Report", "Normaliser", "Dataset", "Catalogue", "XLSXReader", "TestTools",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio")
            ])
    ]
)
