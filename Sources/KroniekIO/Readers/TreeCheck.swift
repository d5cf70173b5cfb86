/// Checks that the heads of a sentence form a tree, so that no later stage that walks
/// from a word to the root can loop forever on a damaged input file.
enum TreeCheck {
    /// A description of what is wrong, or nil for a tree (or an unparsed sentence,
    /// where every head is missing). Heads are 0-based, -1 for the root.
    static func problem(heads: [Int?]) -> String? {
        let n = heads.count
        if heads.allSatisfy({ $0 == nil }) { return nil }
        for (i, h) in heads.enumerated() {
            guard let h else { return "has a head on some words but not on word \(i + 1)" }
            if h < -1 || h >= n { return "word \(i + 1) has head \(h + 1), outside the sentence" }
            if h == i { return "word \(i + 1) is its own head" }
        }
        // Every walk up from a word must reach the root within n steps.
        var state = [UInt8](repeating: 0, count: n)  // 0 unseen, 1 on the current path, 2 reaches the root
        for start in 0..<n where state[start] == 0 {
            var path: [Int] = []
            var w = start
            while w >= 0, state[w] == 0 {
                state[w] = 1
                path.append(w)
                w = heads[w]!
            }
            if w >= 0, state[w] == 1 { return "has heads that form a cycle through word \(w + 1)" }
            for p in path { state[p] = 2 }
        }
        return nil
    }
}
