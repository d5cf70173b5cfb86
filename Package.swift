// swift-tools-version:6.0
import PackageDescription

// The targets follow the flow of the product:
// Source -> Document -> Sentences/Tokens -> Syntax -> Mentions -> Events -> Store -> API/UI
let package = Package(
    name: "Kroniek",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kroniek", targets: ["kroniek"]),
        .library(name: "KroniekCore", targets: ["KroniekCore"]),
        .library(name: "KroniekIO", targets: ["KroniekIO"]),
        .library(name: "KroniekText", targets: ["KroniekText"]),
        .library(name: "KroniekSyntax", targets: ["KroniekSyntax"]),
        .library(name: "KroniekEntities", targets: ["KroniekEntities"]),
        .library(name: "KroniekEvents", targets: ["KroniekEvents"]),
        .library(name: "KroniekStore", targets: ["KroniekStore"]),
        .library(name: "KroniekPipeline", targets: ["KroniekPipeline"]),
        .library(name: "KroniekStories", targets: ["KroniekStories"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Document, Sentence, Token, Word, Span, Language, PartialDate, errors.
        .target(name: "KroniekCore"),
        // Readers (text, JSON/JSONL, HTML, RSS/Atom, PETRARCH XML, CoNLL-U) and writers.
        .target(name: "KroniekIO", dependencies: ["KroniekCore"]),
        // Language identification, tokenizers and sentence splitters.
        .target(name: "KroniekText", dependencies: ["KroniekCore"], resources: [.copy("Resources")]),
        // Tagger, lemmatizer, dependency parser, training and UD evaluation.
        .target(name: "KroniekSyntax", dependencies: ["KroniekCore"], resources: [.copy("Resources")]),
        // Actor knowledge base, reference resolution, time expressions.
        .target(name: "KroniekEntities", dependencies: ["KroniekCore"], resources: [.copy("Resources")]),
        // CAMEO/PLOVER tables, verb-pattern dictionaries, the coder over UD trees.
        .target(name: "KroniekEvents", dependencies: ["KroniekCore", "KroniekEntities"], resources: [.copy("Resources")]),
        // The stages joined once (text -> sentences -> syntax -> mentions -> events), and
        // evaluation on gold corpora built from ../shared/data.
        .target(name: "KroniekPipeline", dependencies: ["KroniekCore", "KroniekIO", "KroniekText", "KroniekSyntax",
                                                        "KroniekEntities", "KroniekEvents", "KroniekStore"]),
        // Event storage: the EventStore protocol and its embedded SQLite implementation.
        .target(name: "KroniekStore", dependencies: ["KroniekCore", .product(name: "GRDB", package: "GRDB.swift")]),
        // Stories (the reports of one happening fused) and escalation alerts, over stored events.
        .target(name: "KroniekStories", dependencies: ["KroniekCore", "KroniekEvents"]),
        // The commands of the `kroniek` tool, as a library so tests can drive them.
        .target(name: "KroniekCLI", dependencies: [
            "KroniekCore", "KroniekIO", "KroniekText", "KroniekSyntax", "KroniekEntities", "KroniekEvents", "KroniekStore",
            "KroniekPipeline", "KroniekStories",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "kroniek", dependencies: ["KroniekCLI"]),

        // What several test targets share: where the data is, the gold suites.
        .target(name: "KroniekTestSupport", path: "Tests/KroniekTestSupport"),
        .testTarget(name: "KroniekCoreTests", dependencies: ["KroniekCore"]),
        .testTarget(name: "KroniekIOTests", dependencies: ["KroniekIO", "KroniekTestSupport"]),
        .testTarget(name: "KroniekTextTests", dependencies: ["KroniekText", "KroniekIO"]),
        .testTarget(name: "KroniekSyntaxTests", dependencies: ["KroniekSyntax", "KroniekIO"]),
        .testTarget(name: "KroniekEntitiesTests", dependencies: ["KroniekEntities"]),
        .testTarget(name: "KroniekStoreTests", dependencies: ["KroniekStore"]),
        .testTarget(name: "KroniekStoriesTests", dependencies: ["KroniekStories", "KroniekPipeline", "KroniekIO", "KroniekTestSupport"],
                    // The seed story's reports, read by path (#filePath), not bundled.
                    exclude: ["SeedStory"]),
        .testTarget(name: "KroniekPipelineTests", dependencies: ["KroniekPipeline", "KroniekTestSupport"],
                    // Test data read by path (#filePath), not bundled.
                    exclude: ["PetrarchParityRecords.xml"]),
        .testTarget(name: "KroniekEventsTests", dependencies: ["KroniekEvents", "KroniekIO", "KroniekTestSupport"],
                    // Test data read by path (#filePath), not bundled.
                    exclude: ["DutchRegression.jsonl", "DutchRegression.md"]),
    ]
)
