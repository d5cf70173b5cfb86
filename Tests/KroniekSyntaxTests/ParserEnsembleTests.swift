import Testing
@testable import KroniekSyntax

@Suite struct ParserEnsembleTests {
    /// Whether `heads` (-1 = root) has exactly one root word and every word reaches it.
    static func isSingleRootedTree(_ heads: [Int]) -> Bool {
        guard heads.filter({ $0 < 0 }).count == 1 else { return false }
        return heads.indices.allSatisfy { start in
            var v = start, steps = 0
            while v >= 0 && steps <= heads.count { v = heads[v]; steps += 1 }
            return v < 0
        }
    }

    @Test func majorityHeadsThatFormACycleBecomeTheBestTree() {
        // Per word, the most proposed heads are 0 → 1 and 1 → 0 (first tree's tie-break): a cycle.
        let trees: [(heads: [Int], labels: [String])] = [
            ([-1, 0, 1], ["root", "obj", "amod"]),
            ([1, -1, 1], ["nsubj", "root", "obj"]),
            ([1, 2, -1], ["nsubj", "obj", "root"]),
        ]
        let combined = ParserEnsemble.combine(trees)
        #expect(Self.isSingleRootedTree(combined.heads))
        // Rooted at word 1 the tree keeps 0 → 1 (two votes) and 2 → 1 (two votes and the first tree).
        #expect(combined.heads == [1, -1, 1])
        // Labels from the trees that chose each head: "nsubj" twice; "root" from tree 2 alone;
        // for 2 → 1 "amod" (first tree) and "obj" tie, and the first tree wins.
        #expect(combined.labels == ["nsubj", "root", "amod"])
    }

    @Test func twoMajorityRootsBecomeOne() {
        // Word 0 is the root by the first tree's tie-break, word 1 by two trees.
        let trees: [(heads: [Int], labels: [String])] = [
            ([-1, 0, 1], ["root", "obj", "obj"]),
            ([1, -1, 1], ["nsubj", "root", "obj"]),
            ([2, -1, 1], ["nsubj", "root", "obj"]),
        ]
        let combined = ParserEnsemble.combine(trees)
        #expect(Self.isSingleRootedTree(combined.heads))
        #expect(combined.heads[1] == -1 && combined.heads[2] == 1)
    }

    @Test func agreedTreeIsKept() {
        let heads = [2, 2, -1, 4, 2]
        let scores = heads.indices.map { d in
            (0...heads.count).map { h in h == (heads[d] < 0 ? heads.count : heads[d]) ? 3.0 : h == d ? -.infinity : 0.5 }
        }
        #expect(MaximumSpanningTree.heads(scores) == heads)
    }

    @Test func mirroredHeadsMapBack() {
        let heads = [-1, 0, 1, 1]
        #expect(Mirror.heads(heads) == [2, 2, 3, -1])
        #expect(Mirror.heads(Mirror.heads(heads)) == heads)
    }
}
