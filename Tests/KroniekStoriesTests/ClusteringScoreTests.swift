import KroniekStories
import Testing

@Suite struct ClusteringScoreTests {
    @Test func pairwiseAndBCubedOnAWorkedExample() {
        // Gold {a b c} {d e}; system {a b} {c d e}.
        let score = ClusteringScore(system: [1, 1, 2, 2, 2], gold: ["x", "x", "x", "y", "y"])
        // System pairs ab cd ce de: ab and de right (2 of 4); gold pairs ab ac bc de: 2 of 4 found.
        #expect(score.pairwise.precision == 0.5 && score.pairwise.recall == 0.5)
        // B-cubed precision: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/15; recall: a 2/3, b 2/3, c 1/3, d 1, e 1 → 11/15.
        #expect(abs(score.bCubed.precision - 11.0 / 15) < 1e-12)
        #expect(abs(score.bCubed.recall - 11.0 / 15) < 1e-12)
    }

    @Test func pairsInsideOneDocumentAreLeftOutAcrossDocuments() {
        // The same clusterings, a and b in one document, c d e in another: the system's
        // pairs all lie inside a document, gold's ac and bc cross.
        let score = ClusteringScore(system: [1, 1, 2, 2, 2], gold: ["x", "x", "x", "y", "y"], groups: ["d1", "d1", "d2", "d2", "d2"])
        #expect(score.pairwiseAcrossGroups.precision == 1 && score.pairwiseAcrossGroups.recall == 0)
        #expect(score.pairwise.recall == 0.5, "all pairs are still counted without the restriction")
    }

    @Test func singletonsAgainstSingletonsArePerfect() {
        let score = ClusteringScore(system: [1, 2, 3], gold: [1, 2, 3])
        #expect(score.pairwise.precision == 1 && score.pairwise.recall == 1 && score.bCubed.f1 == 1)
    }

    @Test func storyGoldReadsStandOffLinesAndRefusesDoubles() throws {
        let line = #"{"doc": "d", "sentence": 2, "source": "RUS", "target": "UKR", "code": "190", "cluster": "c1"}"#
        let gold = try StoryGold(text: line + "\n")
        #expect(gold.clusters[ReportKey(documentID: "d", sentenceIndex: 2, source: "RUS", target: "UKR", cameo: "190")] == "c1")
        #expect(throws: StoryGold.ReadError.self) { try StoryGold(text: line + "\n" + line) }
        #expect(throws: StoryGold.ReadError.self) { try StoryGold(text: #"{"doc": "d"}"#) }
    }
}
