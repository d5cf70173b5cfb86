import Foundation
import Testing
import KroniekCore
import KroniekEvents
import KroniekPipeline
import KroniekSyntax
import KroniekTestSupport

/// The English suite of hand-written sentences through the whole pipeline (Kroniek's
/// tokenizer, an English parser model, the bundled dictionaries and the coder). Runs
/// with the bundled English model, or the model file named by `KRONIEK_EN_MODEL`.
@Suite struct EnglishRegressionScoreTests {
    static let model: SyntaxPipeline? = {
        if let path = ProcessInfo.processInfo.environment["KRONIEK_EN_MODEL"] {
            return try? SyntaxPipeline(contentsOf: URL(fileURLWithPath: path))
        }
        return try? SyntaxPipeline.bundled(for: .english)
    }()

    @Test(.enabled(if: model != nil, "no English parser model (bundled, or a file named by KRONIEK_EN_MODEL)"))
    func suiteScoresAboveFloors() throws {
        let records = try GoldSuiteRecord.read(try TestData.text(ofRepository: TestData.englishRegressionSuite),
                                               origin: TestData.englishRegressionSuite)
        var configuration = PipelineConfiguration(dictionary: try DictionaryLoader.loadBundled())
        configuration.syntaxModel = Self.model
        let score = GoldSuiteRun.score(records, pipeline: Pipeline(configuration))
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
