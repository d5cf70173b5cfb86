import Testing
import KroniekCore
import KroniekIO

/// The scorer on a whole treebank (EWT dev, with multiword tokens and empty nodes).
@Suite(.enabled(if: UDData.exists(UDData.englishDev[0]), "EWT dev not found"))
struct UDScorerTreebankTests {
    @Test func goldAgainstItselfIsPerfect() throws {
        let gold = try UDData.goldSentences(UDData.englishDev[0]).sentences
        let scores = try UDScorer().score(gold: gold, system: gold)
        for (name, score) in scores.named { #expect(score.f1 == 1, "\(name)") }
    }

    /// A system that never splits multiword tokens keeps every token but loses exactly
    /// the words inside them (no such word equals its whole token, so LCS aligns none).
    @Test func unsplitMultiwordTokensCostTheirWords() throws {
        let gold = try UDData.goldSentences(UDData.englishDev[0]).sentences
        var wordsInMultiwordTokens = 0, multiwordTokens = 0
        let system = gold.map { sentence -> Sentence in
            var tokens = sentence.tokens
            for i in tokens.indices where tokens[i].isMultiword {
                wordsInMultiwordTokens += tokens[i].wordRange.count
                multiwordTokens += 1
            }
            for i in tokens.indices { tokens[i].wordRange = 0..<0 }
            return Sentence(span: sentence.span, simpleTokens: tokens)
        }
        #expect(multiwordTokens > 100)
        let wordCount = gold.reduce(0) { $0 + $1.words.count }
        let scores = try UDScorer().score(gold: gold, system: system)
        #expect(scores.tokens.f1 == 1 && scores.sentences.f1 == 1)
        #expect(scores.words.goldTotal == wordCount)
        #expect(scores.words.systemTotal == wordCount - wordsInMultiwordTokens + multiwordTokens)
        #expect(scores.words.correct == wordCount - wordsInMultiwordTokens)
    }
}
