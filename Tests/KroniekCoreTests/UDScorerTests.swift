import Testing
@testable import KroniekCore

/// Hand-built cases whose figures are worked out by hand in the comments.
@Suite struct UDScorerTests {
    // MARK: building sentences

    enum Piece { case single(Word), multi(String, [Word]) }

    static func w(_ form: String, _ head: Int? = nil, _ deprel: String? = nil, upos: UPOS? = nil,
                  feats: String = "", lemma: String? = nil) -> Word {
        Word(form: form, span: Span(0, 0), tokenIndex: 0, lemma: lemma, upos: upos, feats: feats, head: head, deprel: deprel)
    }

    /// Builds a sentence from pieces; heads are 0-based word indices within the sentence (-1 root).
    static func sentence(_ pieces: [Piece]) -> Sentence {
        var tokens: [Token] = [], words: [Word] = []
        var offset = 0
        for piece in pieces {
            let (form, ws): (String, [Word]) = switch piece {
            case .single(let w): (w.form, [w])
            case .multi(let f, let ws): (f, ws)
            }
            let span = Span(offset, offset + form.unicodeScalars.count)
            offset = span.end + 1
            tokens.append(Token(form: form, span: span, wordRange: words.count..<(words.count + ws.count)))
            for var x in ws { x.span = span; x.tokenIndex = tokens.count - 1; words.append(x) }
        }
        return Sentence(span: Span(0, offset), tokens: tokens, words: words)
    }

    static func s(_ words: Word...) -> Sentence { sentence(words.map { .single($0) }) }

    let gold = [s(w("I", 1, "nsubj"), w("saw", -1, "root"), w("it", 1, "obj"), w(".", 1, "punct"))]

    // MARK: cases

    @Test func identicalAnalysesScorePerfect() throws {
        let r = try UDScorer().score(gold: gold, system: gold)
        for (name, score) in r.named { #expect(score.f1 == 1, "\(name)") }
    }

    @Test func aWronglySplitTokenCostsItselfOnly() throws {
        // Gold: I | saw | it | .   System: I | sa | w | it | .
        // Tokens right: I, it, . = 3; P = 3/5, R = 3/4, F1 = 2·3/(4+5) = 2/3.
        let system = [Self.s(Self.w("I", 2), Self.w("sa", -1), Self.w("w", 1), Self.w("it", 1), Self.w(".", 1))]
        let r = try UDScorer().score(gold: gold, system: system)
        #expect(r.tokens.correct == 3 && r.tokens.goldTotal == 4 && r.tokens.systemTotal == 5)
        #expect(abs(r.tokens.f1 - 2.0 / 3) < 1e-12)
        #expect(r.words.correct == 3)
        // Sentence spans still agree (same start and end).
        #expect(r.sentences.f1 == 1)
        // UAS over the 3 aligned words: "I" points at "w" (not aligned) -> wrong;
        // "it" and "." point at "sa" (not aligned) -> wrong. So 0 correct.
        #expect(r.uas.correct == 0 && r.uas.alignedTotal == 3)
    }

    @Test func anUnsplitContractionLosesItsWordsButKeepsTheToken() throws {
        // Gold: I don't=do+n't know .   System: I don't know .
        let g = [Self.sentence([.single(Self.w("I", 3, "nsubj")),
                                .multi("don't", [Self.w("do", 3, "aux"), Self.w("n't", 3, "advmod")]),
                                .single(Self.w("know", -1, "root")), .single(Self.w(".", 3, "punct"))])]
        let sys = [Self.s(Self.w("I", 2, "nsubj"), Self.w("don't", 2, "aux"), Self.w("know", -1, "root"), Self.w(".", 2, "punct"))]
        let r = try UDScorer().score(gold: g, system: sys)
        #expect(r.tokens.f1 == 1)
        // "do"/"n't" share no form with "don't": aligned words are I, know, . = 3 of 5 gold, 4 system.
        #expect(r.words.correct == 3 && r.words.goldTotal == 5 && r.words.systemTotal == 4)
        #expect(abs(r.words.f1 - 6.0 / 9) < 1e-12)
        // Heads of the 3 aligned words all map onto gold "know": UAS/LAS 3 correct, accuracy 100%.
        #expect(r.uas.correct == 3 && r.las.correct == 3 && r.las.alignedAccuracy == 1)
    }

    @Test func multiwordWordsAlignByLowercasedForm() throws {
        // System splits "Don't" into "Do" + "not" (a normalised form): only "Do" ~ "do" aligns by LCS.
        let g = [Self.sentence([.multi("Don't", [Self.w("do", 2), Self.w("n't", 2)]), .single(Self.w("go", -1))])]
        let sys = [Self.sentence([.multi("Don't", [Self.w("Do", 2), Self.w("not", 2)]), .single(Self.w("go", -1))])]
        let r = try UDScorer().score(gold: g, system: sys)
        #expect(r.words.correct == 2)     // do~Do, go
        #expect(r.uas.correct == 2)
    }

    @Test func sentencesScoreByExactSpan() throws {
        // Gold: [I saw it .] [Go .]   System: one sentence over all six tokens -> 0 of 2 gold, 0 of 1 system.
        let g = gold + [Self.s(Self.w("Go", -1), Self.w(".", 0))]
        let sys = [Self.s(Self.w("I", 2), Self.w("saw", -1), Self.w("it", 1), Self.w(".", 1), Self.w("Go", 1), Self.w(".", 4))]
        let r = try UDScorer().score(gold: g, system: sys)
        #expect(r.sentences.correct == 0 && r.sentences.goldTotal == 2 && r.sentences.systemTotal == 1)
        #expect(r.tokens.f1 == 1)
        // Splitting into three where gold has two: the first sentence matches, P = 1/3, R = 1/2, F1 = 2/5.
        let three = [gold[0], Self.s(Self.w("Go", -1)), Self.s(Self.w(".", -1))]
        let r3 = try UDScorer().score(gold: g, system: three)
        #expect(abs(r3.sentences.f1 - 0.4) < 1e-12)
    }

    @Test func labelsCompareUniversalPartsAndFeaturesOnly() throws {
        let g = [Self.s(Self.w("Hij", 1, "nsubj:pass", upos: .PRON, feats: "Case=Nom|NumForm=Digit|Person=3"),
                        Self.w("komt", -1, "root", upos: .VERB, lemma: "komen"))]
        let sys = [Self.s(Self.w("Hij", 1, "nsubj", upos: .PRON, feats: "Person=3|Case=Nom"),
                          Self.w("komt", -1, "root", upos: .AUX, lemma: "kom"))]
        let r = try UDScorer().score(gold: g, system: sys)
        #expect(r.las.correct == 2)            // nsubj:pass ~ nsubj
        #expect(r.ufeats.correct == 2)         // NumForm is not universal; order does not matter
        #expect(r.upos.correct == 1 && r.allTags.correct == 1)
        #expect(r.lemmas.correct == 1)         // gold "Hij" has no lemma -> counts as right; "kom" is wrong
    }

    @Test func wrongHeadsAndLabelsAreCounted() throws {
        let sys = [Self.s(Self.w("I", 1, "nsubj"), Self.w("saw", -1, "root"), Self.w("it", 1, "iobj"), Self.w(".", 0, "punct"))]
        let r = try UDScorer().score(gold: gold, system: sys)
        #expect(r.uas.correct == 3)            // "." attached to "I"
        #expect(r.las.correct == 2)            // and "it" mislabelled
        #expect(udPercent(r.las.f1) == 50)
    }

    @Test func differentTextIsAnError() {
        let sys = [Self.s(Self.w("I", 2), Self.w("saw", -1), Self.w("them", 1), Self.w(".", 1))]
        #expect(throws: UDScorer.CharacterMismatch.self) { try UDScorer().score(gold: gold, system: sys) }
    }

    @Test func spacesInsideFormsAreIgnored() throws {
        // Gold keeps "100 000" as one token; a system with "100" "000" is compared on the same characters.
        let g = [Self.s(Self.w("100 000", -1))]
        let sys = [Self.s(Self.w("100", -1), Self.w("000", 0))]
        let r = try UDScorer().score(gold: g, system: sys)
        #expect(r.tokens.correct == 0 && r.sentences.correct == 1)
    }
}
