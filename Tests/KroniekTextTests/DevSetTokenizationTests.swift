import Testing
import KroniekCore
import KroniekText

/// The targets, measured as `kroniek eval tokenize` measures them, on the UD DEV
/// files (the held-out test sets are scored the same way).
@Suite(.enabled(if: UDData.available, "UD dev files not found under ../shared/data (set KRONIEK_DATA)"))
struct DevSetTokenizationTests {
    @Test(arguments: UDData.dutchDev)
    func dutchMeetsTargets(path: String) throws {
        let gold = try UDData.goldSentences(path)
        let scores = try TokenizationEvaluation().evaluate(conllu: gold.conllu, gold: gold.sentences, language: .dutch)
        #expect(udPercent(scores.tokens.f1) >= 99.5, "tokens F1 \(udPercent(scores.tokens.f1)) on \(path)")
        #expect(udPercent(scores.sentences.f1) >= 85, "sentences F1 \(udPercent(scores.sentences.f1)) on \(path)")
    }

    @Test func englishMeetsTargets() throws {
        let gold = try UDData.goldSentences(UDData.englishDev[0])
        let scores = try TokenizationEvaluation().evaluate(conllu: gold.conllu, gold: gold.sentences, language: .english)
        #expect(udPercent(scores.tokens.f1) >= 98.5, "tokens F1 \(udPercent(scores.tokens.f1))")
        #expect(udPercent(scores.words.f1) >= 98.0, "words F1 \(udPercent(scores.words.f1))")
        #expect(udPercent(scores.sentences.f1) >= 75, "sentences F1 \(udPercent(scores.sentences.f1))")
    }

    /// Every token of every sentence, tokenized from the rebuilt raw text, has text[span] == form,
    /// and every word of a multiword token carries its token's span.
    @Test(arguments: UDData.dutchDev.map { ($0, Language.dutch) } + UDData.englishDev.map { ($0, Language.english) })
    func spansSliceTheText(path: String, language: Language) throws {
        let raw = GoldRawText.rebuild(conllu: try UDData.text(path))
        var doc = Document(metadata: DocumentMetadata(id: path, language: language), text: raw)
        Segmenter().segment(&doc)
        let text = ScalarText(doc.text)
        var tokens = 0, wrong = 0
        for sentence in doc.sentences {
            for token in sentence.tokens {
                tokens += 1
                if text[token.span] != token.form { wrong += 1 }
                for w in token.wordRange where sentence.words[w].span != token.span { wrong += 1 }
            }
        }
        #expect(tokens > 10_000)
        #expect(wrong == 0)
    }
}
