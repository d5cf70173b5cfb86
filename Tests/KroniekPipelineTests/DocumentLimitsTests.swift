import Testing
import KroniekCore
@testable import KroniekPipeline
import KroniekEvents

/// The bounds of docs/limits.md, each tested just past its limit.
@Suite struct DocumentLimitsTests {
    @Test func aLongDocumentComesInPartsCutAtParagraphs() {
        let paragraph = String(repeating: "De regering overlegt. ", count: 10) // 220 characters
        let text = (0..<10).map { _ in paragraph }.joined(separator: "\n\n")
        let document = Document(metadata: DocumentMetadata(id: "long"), text: text)
        let parts = Array(document.parts(maxCharacters: 500))
        #expect(parts.count == 5)
        #expect(parts.map(\.id) == ["long#1", "long#2", "long#3", "long#4", "long#5"])
        #expect(parts.map(\.text).joined() == text, "nothing is lost or repeated")
        #expect(parts.dropLast().allSatisfy { $0.text.hasSuffix("\n\n") }, "cut after paragraph breaks")
        #expect(parts.allSatisfy { $0.text.unicodeScalars.count <= 500 })
        #expect(Array(document.parts(maxCharacters: text.unicodeScalars.count)).map(\.id) == ["long"], "a document at the limit is whole")
        // Without any break a part is cut at the limit itself.
        let solid = Document(metadata: DocumentMetadata(id: "x"), text: String(repeating: "a", count: 1001))
        #expect(Array(solid.parts(maxCharacters: 500)).map { $0.text.count } == [500, 500, 1])
    }

    @Test func aSentencePastTheWordLimitIsLeftUnparsed() {
        var configuration = PipelineConfiguration(dictionary: EventDictionary())
        configuration.limits.maxSentenceWords = 10
        let pipeline = Pipeline(configuration)
        let long = "De minister sprak met " + (1...12).map { "minister\($0)" }.joined(separator: " en ") + "."
        var document = Document(metadata: DocumentMetadata(id: "d", language: .dutch), text: "De minister sprak. " + long)
        document.metadata.language = .dutch
        let analysed = pipeline.analyse(document, through: .syntax)
        #expect(analysed.document.sentences.count == 2)
        #expect(analysed.document.sentences[0].isParsed)
        #expect(!analysed.document.sentences[1].isParsed)
        #expect(analysed.problem?.contains("over 10 words") == true)
    }

    @Test func aDocumentPastItsTimeIsStoppedNotLost() {
        var configuration = PipelineConfiguration(dictionary: EventDictionary())
        configuration.limits.timePerDocument = .zero
        let analysed = Pipeline(configuration).analyse(
            Document(metadata: DocumentMetadata(id: "d", language: .dutch), text: "De minister sprak. De premier ook."), through: .syntax)
        #expect(analysed.problem?.contains("time limit") == true)
        #expect(analysed.document.sentences.count == 2, "the sentences are kept")
    }
}
