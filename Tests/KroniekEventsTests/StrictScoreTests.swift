import Testing
import Foundation
import KroniekCore
@testable import KroniekEvents

@Suite struct StrictScoreTests {
    func t(_ s: String) -> EventTriple {
        let f = s.split(separator: " ").map(String.init)
        return EventTriple(code: f[0], source: f[1], target: f[2])
    }

    @Test func countsStrictly() {
        var score = StrictEventScore()
        // Identical produced events count once; a gold event is matched once.
        let (missed, extra) = score.add(gold: [t("040 A B"), t("040 A B"), t("111 A C")],
                                        produced: [t("040 A B"), t("040 A B"), t("111 A D")])
        #expect(score.gold == 3)
        #expect(score.correct == 1)
        #expect(score.extra == 1)
        #expect(missed.count == 2)
        #expect(extra == [t("111 A D")])
        // Incomplete events are left out on both sides; an empty record adds no gold.
        score.add(gold: [t("010 A ---")], produced: [t("010 A ---"), t("010 --- B")])
        score.add(gold: [], produced: [t("190 X Y")])
        #expect(score.records == 3)
        #expect(score.gold == 3)
        #expect(score.extra == 2)
        #expect(abs(score.recall - 1.0 / 3) < 1e-9)
        #expect(abs(score.precision - 1.0 / 3) < 1e-9)
    }
}
