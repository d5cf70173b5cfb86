import ArgumentParser
import Foundation
import KroniekStories

/// `kroniek eval stories GOLD`: story fusion scored against a gold clustering.
struct EvalStoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Score story fusion against a gold clustering of coded events (pairwise and B-cubed precision and recall).",
        discussion: """
        The gold (gold/stories/*.jsonl) names coded events by document, sentence, source, target \
        and code, and gives each the happening it reports. The events are read from the store \
        the gold's articles were coded into (gold/stories/README.md says how to build it).
        """)

    @Argument(help: "Story gold: one JSON object per event with doc, sentence, source, target, code and cluster.")
    var gold: String
    @OptionGroup var store: StoreOptions
    @OptionGroup var fusion: FusionOptions
    @Flag(help: "Print the figures as JSON.") var json = false

    func run() throws {
        let gold = try StoryGold(contentsOf: gold)
        let documents = Set(gold.clusters.keys.map(\.documentID))
        let events = try store.open().events(matching: .init()).filter { documents.contains($0.documentID) }
        let result = StoryEvaluation(events: events, gold: gold, policy: fusion.policy)
        for key in result.missing {
            Diagnostics.warning("gold event not coded: \(key.documentID) #\(key.sentenceIndex) \(key.source) \(key.target) \(key.cameo)")
        }
        let s = result.score
        if json {
            func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
            let out: [String: Any] = [
                "events": s.items, "gold_clusters": result.goldClusters, "gold_stories": result.goldStories,
                "missing": result.missing.count, "unannotated": result.unannotated,
                "pairwise": ["precision": round4(s.pairwise.precision), "recall": round4(s.pairwise.recall), "f1": round4(s.pairwise.f1)],
                "b_cubed": ["precision": round4(s.bCubed.precision), "recall": round4(s.bCubed.recall), "f1": round4(s.bCubed.f1)],
                "pairwise_across_documents": ["precision": round4(s.pairwiseAcrossGroups.precision),
                                              "recall": round4(s.pairwiseAcrossGroups.recall), "f1": round4(s.pairwiseAcrossGroups.f1)],
            ]
            print(String(decoding: try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys]), as: UTF8.self))
            return
        }
        print("events \(s.items)  gold clusters \(result.goldClusters) (\(result.goldStories) with 2+ reports)  "
            + "gold events not coded \(result.missing.count)  coded events not in gold \(result.unannotated)")
        for (name, m) in [("pairwise", s.pairwise), ("B-cubed", s.bCubed), ("pairwise, across documents", s.pairwiseAcrossGroups)] {
            print(name.padding(toLength: 26, withPad: " ", startingAt: 0)
                + String(format: "  precision %5.1f%%  recall %5.1f%%  F1 %5.1f%%", m.precision * 100, m.recall * 100, m.f1 * 100))
        }
    }
}
