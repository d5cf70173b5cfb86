import Foundation
import Testing
import KroniekCore
import KroniekTestSupport
@testable import KroniekPipeline

/// The stand-off gold: reading it, rebuilding its documents from corpus text, and the
/// detokeniser that joins tokens back into newspaper text.
@Suite struct GoldCorpusTests {
    @Test func detokenizerJoinsPunctuationQuotesAndClitics() {
        let nl = Detokenizer(language: .dutch)
        #expect(nl.text(["Hij", "zei", "\"", "niets", "\"", "(", "zie", "pagina", "1", ")", "."]) == "Hij zei \"niets\" (zie pagina 1).")
        #expect(nl.text(["In", "'", "81", "kwam", "'", "de", "wet", "'", "."]) == "In '81 kwam 'de wet'.")
        let en = Detokenizer(language: .english)
        #expect(en.text(["It", "does", "n't", "sell", "for", "$", "17,000", "."]) == "It doesn't sell for $17,000.")
        #expect(en.text(["Clinton", "'s", "visit", ",", "the", "ministers", "'", "talks"]) == "Clinton's visit, the ministers' talks")
    }

    static let corpusText = """
        -DOCSTART- -DOCSTART- O

        pagina Xpos O

        Verhofstadt N B-PER
        bekritiseert V O
        de Art O
        CVP N B-ORG
        . Punc O

        Premier N O
        boos Adj O

        vrijdag N O
        , Punc O
        2 Num O
        juni N O
        2000 Num O

        -DOCSTART- -DOCSTART- O

        Tweede N O
        document N O

        """

    @Test func nerFileSplitsDocumentsAndSentences() {
        let file = NERCorpusFile(text: Self.corpusText)
        #expect(file.documents.count == 2)
        #expect(file.documents[0].count == 4)
        #expect(file.documents[0][1] == ["Verhofstadt", "bekritiseert", "de", "CVP", "."])
        #expect(file.documents[1] == [["Tweede", "document"]])
    }

    @Test func documentsAreRebuiltInReadingOrderWithoutMetadata() throws {
        let gold = try GoldDocument.read("""
            {"id": "nl-x-000", "file": "ner/nl/x", "doc": 0, "language": "nl", "date": "2000-06-02", "items": [[2, 1]], \
            "events": [{"sentence": 1, "source": "BELGOV", "target": "BELOPP", "code": "111", "flags": []}]}
            """, origin: "test")
        let entry = try GoldCorpus.entry(gold[0], sentences: NERCorpusFile(text: Self.corpusText).documents[0], origin: "x")
        #expect(entry.document.text == "Premier boos\n\nVerhofstadt bekritiseert de CVP.\n")
        #expect(entry.sentenceSpans[1] == Span(14, 46))
        #expect(entry.document.metadata.date == PartialDate(iso: "2000-06-02"))
        #expect(entry.document.metadata.language == nil, "the pipeline identifies the language, as for any article")
        #expect(entry.sentenceCount == 2)
        #expect(entry.sentenceTexts[1] == "Verhofstadt bekritiseert de CVP.")
    }

    @Test func goldThatDoesNotFitTheDataIsAnError() throws {
        let gold = try GoldDocument.read("""
            {"id": "nl-x-000", "file": "ner/nl/x", "doc": 0, "language": "nl", "date": "2000-06-02", "items": [[9]], "events": []}
            """, origin: "test")
        #expect(throws: InputError.self) {
            try GoldCorpus.entry(gold[0], sentences: NERCorpusFile(text: Self.corpusText).documents[0], origin: "x")
        }
        #expect(throws: InputError.self) { try GoldDocument.read("{\"id\": 3}", origin: "test") }
    }

    @Test func goldFilesAreToldFromSentenceSuites() {
        #expect(GoldDocument.looksLikeGold("{\"id\":\"a\",\"file\":\"ner/nl/ned.train\",\"doc\":3}\n"))
        #expect(!GoldDocument.looksLikeGold("{\"id\":\"a\",\"text\":\"Biden belde Poetin.\",\"lang\":\"nl\"}\n"))
    }

    @Test func agreementScoresOneAnnotationAgainstAnother() throws {
        let first = try GoldDocument.read("""
            {"id": "a", "file": "f", "doc": 0, "language": "nl", "date": "2000-06-02", "items": [[0, 1]], \
            "events": [{"sentence": 1, "source": "BELGOV", "target": "BELOPP", "code": "111"}, \
            {"sentence": 0, "source": "BELCOP", "target": "BELCRM", "code": "173"}]}
            """, origin: "first")
        let second = try GoldDocument.read("""
            {"id": "a", "file": "f", "doc": 0, "language": "nl", "date": "2000-06-02", "items": [[0, 1]], \
            "events": [{"sentence": 1, "source": "BELGOV", "target": "BELOPP", "code": "112"}]}
            """, origin: "second")
        let score = CorpusEvaluation.agreement(first, second)
        #expect(score.levels[.root]?.matched == 1)
        #expect(score.levels[.strict]?.matched == 0)
        #expect(score.levels[.root]?.recall == 0.5)
    }
}
