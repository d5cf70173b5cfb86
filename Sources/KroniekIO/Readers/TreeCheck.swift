/// Makes sure the heads of a sentence form a tree, so that no later stage that walks
/// from a word to the root can loop forever on a damaged file. Real treebanks have
/// the odd damaged sentence (a word that is its own head), so a damaged tree is
/// repaired — the offending word is attached to the sentence's root — and reported,
/// rather than losing the file.
enum TreeCheck {
    /// Repairs `heads` (0-based, -1 for the root) in place and describes each repair.
    /// An unparsed sentence, where every head is missing, is left alone.
    static func repair(heads: inout [Int?]) -> [String] {
        let n = heads.count
        if heads.allSatisfy({ $0 == nil }) { return [] }
        var problems: [String] = []
        var root = heads.firstIndex { $0 == -1 }
        func reattach(_ i: Int, _ why: String) {
            problems.append("word \(i + 1) \(why); attached to the root")
            if let r = root, r != i { heads[i] = r } else { heads[i] = -1; root = i }
        }
        for i in 0..<n {
            guard let h = heads[i] else { reattach(i, "has no head"); continue }
            if h < -1 || h >= n { reattach(i, "has head \(h + 1), outside the sentence") } else if h == i { reattach(i, "is its own head") }
        }
        // Every walk up from a word must reach the root; a walk that meets its own path is a cycle.
        var state = [UInt8](repeating: 0, count: n)  // 0 unseen, 1 on the current path, 2 reaches the root
        for start in 0..<n where state[start] == 0 {
            var path: [Int] = []
            var w = start
            while w >= 0, state[w] == 0 {
                state[w] = 1
                path.append(w)
                w = heads[w]!
            }
            if w >= 0, state[w] == 1 { reattach(w, "is on a cycle of heads") }
            for p in path { state[p] = 2 }
        }
        return problems
    }
}
