/// The highest-scoring dependency tree over given arc scores (Chu–Liu/Edmonds), with exactly
/// one word attached to the root. Combining the trees of several parsers by voting per word
/// can create cycles or several roots; this finds the best tree that is still a UD tree.
enum MaximumSpanningTree {
    /// `score[d][h]` is the score of word `d` attached to `h` (0-based words, -1 = root),
    /// `score[d][n]` that of attaching it to the root; `-infinity` marks an arc that may not
    /// be chosen. Some single-rooted tree must be possible. Returns heads, -1 for the root.
    static func heads(_ score: [[Double]]) -> [Int] {
        let n = score.count
        // Node 0 is the root, word d is node d + 1. Every root arc pays a penalty larger than
        // any tree's other arcs can gain, so the best tree has as few root arcs as possible: one.
        let penalty = 1 + 2 * Double(n) * (score.joined().filter(\.isFinite).map(abs).max() ?? 0)
        var nodes = Array(repeating: Array(repeating: -Double.infinity, count: n + 1), count: n + 1)
        for d in 0..<n {
            for h in 0..<n where h != d { nodes[d + 1][h + 1] = score[d][h] }
            nodes[d + 1][0] = score[d][n] - penalty
        }
        return chuLiuEdmonds(nodes).dropFirst().map { $0 - 1 }
    }

    /// Heads of nodes `1..<m` over node scores `s[dependent][head]` (node 0 is the root,
    /// its own entry is -1): each node takes its best head; a cycle is contracted into one
    /// node, the smaller problem solved, and the cycle broken where the chosen arc enters it.
    private static func chuLiuEdmonds(_ s: [[Double]]) -> [Int] {
        let m = s.count
        var best = [-1] + (1..<m).map { d in (0..<m).filter { $0 != d }.max { s[d][$0] < s[d][$1] }! }
        guard let cycle = firstCycle(best) else { return best }
        let inCycle = Set(cycle)
        let outside = (0..<m).filter { !inCycle.contains($0) }  // node 0 stays first
        let c = outside.count  // the contracted cycle's index in the smaller problem
        var small = Array(repeating: Array(repeating: -Double.infinity, count: c + 1), count: c + 1)
        var headInCycle = Array(repeating: -1, count: c)   // for an outside dependent of the cycle node
        var entering = Array(repeating: -1, count: c)      // cycle node entered from an outside head
        for (i, d) in outside.enumerated() where d != 0 {
            for (j, h) in outside.enumerated() where h != d { small[i][j] = s[d][h] }
            let h = cycle.max { s[d][$0] < s[d][$1] }!
            small[i][c] = s[d][h]; headInCycle[i] = h
        }
        for (j, h) in outside.enumerated() {
            // Entering the cycle at d replaces d's cycle arc.
            let gain = { (d: Int) in s[d][h] - s[d][best[d]] }
            let d = cycle.max { gain($0) < gain($1) }!
            small[c][j] = gain(d); entering[j] = d
        }
        let smallHeads = chuLiuEdmonds(small)
        for (i, d) in outside.enumerated() where d != 0 {
            best[d] = smallHeads[i] == c ? headInCycle[i] : outside[smallHeads[i]]
        }
        let entry = smallHeads[c]
        best[entering[entry]] = outside[entry]
        return best
    }

    /// The nodes of some cycle of the head graph, or nil when it is a tree.
    private static func firstCycle(_ heads: [Int]) -> [Int]? {
        var state = Array(repeating: 0, count: heads.count)  // 0 unseen, 1 on the current path, 2 done
        for start in 1..<max(heads.count, 1) where state[start] == 0 {
            var path: [Int] = []
            var v = start
            while v > 0 && state[v] == 0 { state[v] = 1; path.append(v); v = heads[v] }
            if v > 0 && state[v] == 1 { return Array(path[path.firstIndex(of: v)!...]) }
            for p in path { state[p] = 2 }
        }
        return nil
    }
}
