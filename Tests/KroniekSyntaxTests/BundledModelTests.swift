import KroniekCore
import Testing
@testable import KroniekSyntax

/// The committed Dutch model loads and produces well-formed analyses.
@Suite struct BundledModelTests {
    static func sentence(_ text: String) -> Sentence {
        var tokens: [Token] = []
        var offset = 0
        for piece in text.split(separator: " ") {
            let n = piece.unicodeScalars.count
            tokens.append(Token(form: String(piece), span: Span(offset, offset + n)))
            offset += n + 1
        }
        return Sentence(span: Span(0, offset - 1), simpleTokens: tokens)
    }

    @Test func dutchModelAnnotatesASentenceIntoATree() throws {
        let pipeline = try SyntaxPipeline.bundled(for: .dutch)
        var s = Self.sentence("De regering van het land kondigde gisteren nieuwe sancties aan .")
        pipeline.annotate(&s)
        #expect(TestData.isTree(s))
        #expect(s.words.allSatisfy { $0.upos != nil && $0.lemma != nil && $0.deprel != nil })
        #expect(s.words[0].upos == .DET)
        #expect(s.words.last?.upos == .PUNCT)
        #expect(try SyntaxPipeline.bundled(for: .dutch) === pipeline)
    }

    @Test func unknownLanguageHasNoModel() {
        #expect(throws: (any Error).self) { try SyntaxPipeline.bundled(for: Language("xx")) }
    }

    @Test func fullLemmaJoinsASeparatedParticle() {
        var s = Self.sentence("Rusland viel Oekraïne binnen")
        let analyses: [(String, UPOS, Int, String)] = [
            ("Rusland", .PROPN, 1, "nsubj"), ("vallen", .VERB, -1, "root"),
            ("Oekraïne", .PROPN, 1, "obj"), ("binnen", .ADP, 1, "compound:prt"),
        ]
        for (i, a) in analyses.enumerated() {
            s.words[i].lemma = a.0; s.words[i].upos = a.1; s.words[i].head = a.2; s.words[i].deprel = a.3
        }
        #expect(s.fullLemma(ofWord: 1) == "binnen_vallen")
        #expect(s.fullLemma(ofWord: 0) == "Rusland")
        s.words[1].lemma = "binnen_vallen"
        #expect(s.fullLemma(ofWord: 1) == "binnen_vallen")
    }
}
