import Foundation
import Testing
import KroniekCore
import KroniekSyntax
import KroniekText
@testable import KroniekEvents

/// The English regression suite through the whole pipeline (Kroniek's tokenizer, an English
/// parser model, the bundled dictionaries and the coder), scored strictly by the shared
/// gold-suite runner. Runs when an English model is bundled or named by `KRONIEK_EN_MODEL`.
@Suite struct EnglishRegressionScoreTests {
    static let pipeline: SyntaxPipeline? = {
        if let path = ProcessInfo.processInfo.environment["KRONIEK_EN_MODEL"] {
            return try? SyntaxPipeline(contentsOf: URL(fileURLWithPath: path))
        }
        return try? SyntaxPipeline.bundled(for: .english)
    }()

    @Test(.enabled(if: pipeline != nil, "no English parser model (bundled, or a file named by KRONIEK_EN_MODEL)"))
    func suiteScoresAboveFloors() throws {
        let pipeline = try #require(Self.pipeline)
        let text = String(decoding: try #require(FileManager.default.contents(atPath: EnglishRegressionSuiteTests.path)), as: UTF8.self)
        let records = try GoldSuiteRecord.read(text, origin: EnglishRegressionSuiteTests.path)
        let coder = EventCoder(dictionary: try EnglishDictionaryTests.dictionary())
        let score = GoldSuiteRun.score(records, coder: coder) { document in
            Segmenter().segment(&document)
            for i in document.sentences.indices { pipeline.annotate(&document.sentences[i]) }
        }
        let f = score.fields
        print(String(format: "English regression: records %d gold %d correct %d extra %d recall %.1f%% precision %.1f%% F1 %.1f%%, modality right on %d of %d",
                     score.events.records, score.events.gold, score.events.correct, score.events.extra,
                     100 * f["recall"]!, 100 * f["precision"]!, 100 * f["f1"]!, score.modalityAgreeing, score.modalityChecked))
        if ProcessInfo.processInfo.environment["KRONIEK_VERBOSE"] != nil { score.report.forEach { print($0) } }
        // Floors well under the figures in EnglishRegression.md, so that a broken pattern
        // file or a coder change that loses English events fails here.
        #expect(score.events.recall >= 0.6, "recall \(score.events.recall)")
        #expect(score.events.precision >= 0.7, "precision \(score.events.precision)")
    }
}
