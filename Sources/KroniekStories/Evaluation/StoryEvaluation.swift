import KroniekCore

/// Fusion scored against a story gold: the coded events the gold names are fused as
/// `kroniek stories` fuses them, and the clustering compared with the gold's.
public struct StoryEvaluation: Sendable {
    public let score: ClusteringScore
    /// Gold clusters with two or more of the scored events, and all clusters.
    public let goldStories: Int
    public let goldClusters: Int
    /// Gold entries no coded event matched (the coder changed since the gold was made).
    public let missing: [ReportKey]
    /// Coded events of the gold's documents that the gold does not name.
    public let unannotated: Int

    /// Fuses `events` (every event of the gold's documents, as the store has them).
    public init(events: [EventRecord], gold: StoryGold, policy: FusionPolicy) {
        var fuser = StoryFuser(policy: policy)
        let golden = events.filter { gold.clusters[ReportKey($0).standOff] != nil }
        fuser.add(golden)
        var system: [String] = [], truth: [String] = [], documents: [String] = []
        for story in fuser.stories {
            for report in story.reports {
                system.append(story.id)
                truth.append(gold.clusters[report.key.standOff]!)
                documents.append(report.event.documentID)
            }
        }
        score = ClusteringScore(system: system, gold: truth, groups: documents)
        var sizes: [String: Int] = [:]
        truth.forEach { sizes[$0, default: 0] += 1 }
        goldStories = sizes.values.filter { $0 >= 2 }.count
        goldClusters = sizes.count
        let found = Set(golden.map { ReportKey($0).standOff })
        missing = gold.clusters.keys.filter { !found.contains($0) }
            .sorted { ($0.documentID, $0.sentenceIndex, $0.cameo) < ($1.documentID, $1.sentenceIndex, $1.cameo) }
        unannotated = events.count - golden.count
    }
}
