import Testing
@testable import KroniekEvents

/// The real-news scoring rules (docs/annotation.md, section 6).
@Suite struct EventMatchingTests {
    func e(_ s: String, sentence: Int = 0) -> ComparableEvent {
        let f = s.split(separator: " ").map(String.init)
        return ComparableEvent(source: f[1], target: f.count > 2 ? f[2] : "", code: f[0], sentence: sentence)
    }

    @Test func levelsCompareSixCharactersThreeCharactersAndRoots() {
        let gold = e("111 BELGOVPRM BELOPP")
        #expect(!MatchLevel.strict.matches(gold: gold, system: e("111 BELGOV BELOPP")))
        #expect(MatchLevel.root.matches(gold: gold, system: e("112 BELGOV BELOPPXYZ")))
        #expect(!MatchLevel.root.matches(gold: gold, system: e("120 BELGOV BELOPP")))
        #expect(!MatchLevel.root.matches(gold: gold, system: e("111 BELGOV BELLAB")))
        #expect(MatchLevel.dyad.matches(gold: gold, system: e("111 BEL BELLAB")))
        #expect(!MatchLevel.dyad.matches(gold: gold, system: e("111 NLD BEL")))
    }

    @Test func reciprocalCodesMatchEitherWayRound() {
        #expect(MatchLevel.strict.matches(gold: e("040 USAGOV RUSGOV"), system: e("040 RUSGOV USAGOV")))
        #expect(!MatchLevel.strict.matches(gold: e("042 USAGOV RUSGOV"), system: e("042 RUSGOV USAGOV")))
    }

    @Test func anEventWithoutTargetMatchesNothing() {
        #expect(!MatchLevel.dyad.matches(gold: e("010 USAGOV RUS"), system: e("010 USAGOV")))
    }

    @Test func matchingIsOneToOneAndLargest() {
        // The first system event could take either gold event; the largest matching
        // gives each gold event its own.
        let gold = [e("111 BELGOV BELOPP"), e("111 BELGOV BELOPPXYZ")]
        let system = [e("111 BELGOV BELOPP"), e("112 BELGOV BELOPPXYZ")]
        let m = EventMatching(gold: gold, system: system, level: .root)
        #expect(m.matched == 2)
        #expect(m.pairs[0] == 0, "the strict pair is preferred")
        #expect(EventMatching(gold: gold, system: [system[0]], level: .root).matched == 1)
    }

    @Test func repeatedMentionsCountNeitherWay() {
        let gold = [e("042 USAGOV EGY")]
        let system = [e("042 USAGOV EGY", sentence: 0), e("042 USAGOV EGY", sentence: 5), e("190 EGY ISR")]
        let m = EventMatching(gold: gold, system: system, level: .strict)
        #expect(m.matched == 1)
        #expect(m.repeats == [1])
        #expect(m.counted == 2)
        #expect(m.unmatchedSystem() == [2])
    }

    @Test func corpusScoreAddsLevelsRootsAndAgreement() {
        var score = EventCorpusScore()
        var flagged = e("173 BELCOP BELCRM")
        flagged.modality.reported = true
        score.add(gold: [flagged, e("111 BELGOV BELOPP")], system: [e("173 BELCOP BELCRM"), e("010 BELGOV")], sentences: 10)
        #expect(score.levels[.root]?.matched == 1)
        #expect(score.levels[.root]?.system == 2)
        #expect(abs((score.levels[.root]?.f1 ?? 0) - 0.5) < 1e-9)
        #expect(score.roots["17"]! == (1, 1))
        #expect(score.roots["11"]! == (1, 0))
        #expect(score.flagAgreement["reported"] == nil, "the flag differs")
        #expect(score.flagAgreement["negated"] == 1)
        #expect(score.allFlagsAgree == 0)
        #expect(abs(score.goldPerSentence - 0.2) < 1e-9)
    }
}
