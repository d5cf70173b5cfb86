import Foundation
import KroniekCore
import Testing
@testable import KroniekSyntax

/// The bundled models on the first sentences of the development sets, scored with the
/// CoNLL 2018 measures. Floors sit a few points below the figures measured on the whole
/// dev sets (see Sources/KroniekSyntax/README.md), so a broken model or pipeline fails.
@Suite struct DevSetAccuracyTests {
    struct Case: Sendable, CustomStringConvertible {
        let language: Language, file: String
        let upos: Double, lemma: Double, uas: Double, las: Double
        var description: String { language.rawValue }
    }

    static let cases = [
        Case(language: .dutch, file: "ud/nl/nl_alpino-dev.conllu", upos: 91, lemma: 91, uas: 75, las: 68),
        Case(language: .english, file: "ud/en/en_ewt-dev.conllu", upos: 93, lemma: 95, uas: 78, las: 75),
    ]
    static let sentenceCount = 300

    @Test(arguments: cases)
    func bundledModelKeepsItsAccuracy(_ c: Case) throws {
        guard let url = TestData.treebank(c.file) else {
            print("skipped: \(c.file) not found under \(TestData.dataDirectory.path)")
            return
        }
        let gold = Array(try TestData.sentences(conllu: String(contentsOf: url, encoding: .utf8)).prefix(Self.sentenceCount))
        let pipeline = try SyntaxPipeline.bundled(for: c.language)
        let system = gold.map { g -> Sentence in
            var s = TestData.stripped(g)
            pipeline.annotate(&s)
            return s
        }
        #expect(system.allSatisfy(TestData.isTree))
        let scores = try UDScorer().score(gold: gold, system: system)
        #expect(scores.upos.f1 * 100 >= c.upos)
        #expect(scores.lemmas.f1 * 100 >= c.lemma)
        #expect(scores.uas.f1 * 100 >= c.uas)
        #expect(scores.las.f1 * 100 >= c.las)
    }
}
