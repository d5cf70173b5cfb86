import Foundation
import Testing
import KroniekCore
import KroniekSyntax
import KroniekText
@testable import KroniekEvents

/// The English regression suite coded end to end (Kroniek's segmenter and English parser,
/// then the bundled dictionaries), scored strictly. Runs when an English syntax model is
/// bundled or named by `KRONIEK_EN_MODEL`; without one there is nothing to parse with.
@Suite struct EnglishRegressionScoreTests {
    static let pipeline: SyntaxPipeline? = {
        if let path = ProcessInfo.processInfo.environment["KRONIEK_EN_MODEL"] {
            return try? SyntaxPipeline(contentsOf: URL(fileURLWithPath: path))
        }
        return try? SyntaxPipeline.bundled(for: .english)
    }()

    @Test(.enabled(if: pipeline != nil, "no English syntax model (bundled, or a file named by KRONIEK_EN_MODEL)"))
    func suiteIsCodedWell() throws {
        let pipeline = try #require(Self.pipeline)
        let dictionary = try EnglishDictionaryTests.dictionary()
        let coder = EventCoder(dictionary: dictionary)
        let text = String(decoding: try #require(FileManager.default.contents(atPath: EnglishRegressionSuiteTests.path)), as: UTF8.self)
        var score = DutchGoldScore()
        for record in try DutchGoldRecord.read(text, origin: EnglishRegressionSuiteTests.path) {
            var document = record.document
            Segmenter().segment(&document)
            for i in document.sentences.indices { pipeline.annotate(&document.sentences[i]) }
            let parsed = document
            score.add(record, produced: coder.code(parsed) { $0.installEntityHooks(for: parsed, actors: dictionary.actors) })
        }
        let figures = score.fields.sorted { $0.key < $1.key }.map { "\($0.key)=\(String(format: "%.3f", $0.value))" }
        print("English regression suite: " + figures.joined(separator: " "))
        print(score.report.joined(separator: "\n"))
        // Floors well under the figures measured when the suite was written (see
        // EnglishRegression.md), so that a broken pattern file or coder change shows.
        #expect(score.events.recall >= 0.4, "recall \(score.events.recall)")
        #expect(score.events.precision >= 0.5, "precision \(score.events.precision)")
    }
}
