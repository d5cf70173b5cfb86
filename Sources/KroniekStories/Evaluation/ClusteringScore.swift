/// Precision and recall of a clustering against a gold clustering of the same items, in
/// the two usual ways: over pairs of items (does the system put together what gold puts
/// together?) and B-cubed (per item, how much of its system cluster is its gold cluster,
/// and the reverse), which does not let one large cluster dominate. With groups (the
/// document of each report), the pairs are also counted across groups only: whether
/// reports of one happening in different documents were brought together, leaving out the
/// easy pairs inside one article.
public struct ClusteringScore: Sendable, Hashable {
    public struct Measure: Sendable, Hashable {
        public let precision: Double
        public let recall: Double
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public let items: Int
    public let pairwise: Measure
    public let bCubed: Measure
    /// Pairwise, over the pairs of items in different groups only (all pairs without groups).
    public let pairwiseAcrossGroups: Measure

    /// `system` and `gold` give each item's cluster, and `groups` its group, index for index.
    public init<S: Hashable, G: Hashable>(system: [S], gold: [G], groups: [String]? = nil) {
        precondition(system.count == gold.count, "a cluster for every item on both sides")
        items = system.count
        let groups = groups ?? system.indices.map(String.init)
        func sizes<K: Hashable>(_ key: (Int) -> K) -> [Int] {
            var counts: [K: Int] = [:]
            for i in system.indices { counts[key(i), default: 0] += 1 }
            return Array(counts.values)
        }
        let cells = sizes { Key(system[$0], gold[$0]) }, systemSizes = sizes { Key(system[$0]) }, goldSizes = sizes { Key(gold[$0]) }
        let all = PairCounts(together: cells, system: systemSizes, gold: goldSizes)
        let inside = PairCounts(together: sizes { Key(system[$0], gold[$0], groups[$0]) },
                                system: sizes { Key(system[$0], groups[$0]) }, gold: sizes { Key(gold[$0], groups[$0]) })
        pairwise = all.measure
        pairwiseAcrossGroups = PairCounts(together: all.together - inside.together, system: all.system - inside.system,
                                          gold: all.gold - inside.gold).measure
        // B-cubed from the contingency table: Σ n²/|system cluster| and Σ n²/|gold cluster|.
        var systemOf: [Key: Int] = [:], goldOf: [Key: Int] = [:], cellOf: [Key: Int] = [:]
        for i in system.indices {
            systemOf[Key(system[i]), default: 0] += 1
            goldOf[Key(gold[i]), default: 0] += 1
            cellOf[Key(system[i], gold[i]), default: 0] += 1
        }
        var p = 0.0, r = 0.0
        for i in system.indices {
            let n = Double(cellOf[Key(system[i], gold[i])]!)
            p += n / Double(systemOf[Key(system[i])]!)
            r += n / Double(goldOf[Key(gold[i])]!)
        }
        let count = Double(max(1, items))
        bCubed = Measure(precision: items == 0 ? 1 : p / count, recall: items == 0 ? 1 : r / count)
    }

    /// Pairs put together by both sides, by the system, and by gold.
    private struct PairCounts {
        let together: Double, system: Double, gold: Double

        init(together: Double, system: Double, gold: Double) { self.together = together; self.system = system; self.gold = gold }

        init(together: [Int], system: [Int], gold: [Int]) {
            func pairs(_ sizes: [Int]) -> Double { sizes.reduce(0) { $0 + Double($1 * ($1 - 1) / 2) } }
            self.init(together: pairs(together), system: pairs(system), gold: pairs(gold))
        }

        /// No pair proposed is no pair wrong; no pair to find is none missed.
        var measure: Measure {
            Measure(precision: system == 0 ? 1 : together / system, recall: gold == 0 ? 1 : together / gold)
        }
    }

    /// A tuple of hashable values as one dictionary key.
    private struct Key: Hashable {
        let parts: [AnyHashable]
        init(_ parts: AnyHashable...) { self.parts = parts }
    }
}
