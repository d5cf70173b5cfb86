import Testing
import KroniekCore
import KroniekIO
import KroniekText

@Suite struct GoldRawTextTests {
    // Two paragraphs; the third sentence has no "# text" and is rebuilt from SpaceAfter.
    let conllu = """
    # newdoc id = d1
    # newpar
    # text = It's late.
    1-2\tIt's\t_\t_\t_\t_\t_\t_\t_\t_
    1\tIt\tit\tPRON\t_\t_\t3\tnsubj\t_\t_
    2\t's\tbe\tAUX\t_\t_\t3\tcop\t_\t_
    3\tlate\tlate\tADJ\t_\t_\t0\troot\t_\tSpaceAfter=No
    4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

    # text = Go home.
    1\tGo\tgo\tVERB\t_\t_\t0\troot\t_\t_
    2\thome\thome\tADV\t_\t_\t1\tadvmod\t_\tSpaceAfter=No
    3\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

    # newpar
    1\tNow\tnow\tADV\t_\t_\t0\troot\t_\tSpaceAfter=No
    2\t!\t!\tPUNCT\t_\t_\t1\tpunct\t_\t_

    """

    @Test func rebuildsTextWithSentencesAndParagraphs() {
        #expect(GoldRawText.rebuild(conllu: conllu) == "It's late. Go home.\n\nNow!")
    }

    @Test func scoresAPerfectSegmentation() throws {
        let gold = try CoNLLUReader().read(conllu, origin: "t", defaultID: "t").flatMap(\.sentences)
        let scores = try TokenizationEvaluation(segmenter: Segmenter(identifier: nil))
            .evaluate(conllu: conllu, gold: gold, language: .english)
        #expect(scores.tokens.f1 == 1 && scores.words.f1 == 1 && scores.sentences.f1 == 1)
    }

    @Test func dutchRulesMissTheEnglishContraction() throws {
        // Read as Dutch, "It's" stays one word: 2 of the 9 gold words (It, 's) are not found.
        let gold = try CoNLLUReader().read(conllu, origin: "t", defaultID: "t").flatMap(\.sentences)
        let scores = try TokenizationEvaluation(segmenter: Segmenter(identifier: nil))
            .evaluate(conllu: conllu, gold: gold, language: .dutch)
        #expect(scores.tokens.f1 == 1)
        #expect(scores.words.correct == 7 && scores.words.goldTotal == 9 && scores.words.systemTotal == 8)
    }
}
