import Foundation

/// Where the tests find their data: the shared training and evaluation data in
/// `../shared/data` beside the package (or `$KRONIEK_DATA`), and the gold suites kept in
/// this repository. Tests that need shared data skip with a message when it is absent.
public enum TestData {
    /// The package root: Tests/KroniekTestSupport/TestData.swift → ../..
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data` beside the package, unless `KRONIEK_DATA` names another directory.
    public static let directory: URL = {
        if let env = ProcessInfo.processInfo.environment["KRONIEK_DATA"] { return URL(fileURLWithPath: env) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    /// A file of the shared data, or nil when it is absent.
    public static func shared(_ relativePath: String) -> URL? {
        let url = directory.appendingPathComponent(relativePath)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Whether every one of these shared files is present.
    public static func hasShared(_ relativePaths: [String]) -> Bool { relativePaths.allSatisfy { shared($0) != nil } }

    /// A file of this repository, by its path from the package root.
    public static func repository(_ relativePath: String) -> URL { packageRoot.appendingPathComponent(relativePath) }

    /// The text of a repository file.
    public static func text(ofRepository relativePath: String) throws -> String {
        try String(contentsOf: repository(relativePath), encoding: .utf8)
    }

    /// The Dutch and English gold suites of hand-written sentences.
    public static let dutchRegressionSuite = "Tests/KroniekEventsTests/DutchRegression.jsonl"
    public static let englishRegressionSuite = "Tests/KroniekEventsTests/EnglishRegression.jsonl"
}
