/// Pseudo-projective parsing (Nivre & Nilsson 2005, "head" encoding): before training,
/// non-projective arcs are lifted to their grandparent until the tree is projective, and
/// a lifted arc's label records the label of its original head (`obj↑xcomp`). After
/// parsing, such an arc is lowered to the first descendant of its head, in breadth-first
/// order, whose label is the recorded one.
///
/// Heads are 0-based with -1 for the root; labels are plain strings.
enum Projectivizer {
    static let liftMark: Character = "↑"

    static func projectivize(heads: [Int], labels: [String]) -> (heads: [Int], labels: [String]) {
        var h = heads, l = labels
        var originalHeadLabel: [String?] = Array(repeating: nil, count: heads.count)
        // Every lift moves a word closer to the root, so this ends; the bound guards bad input.
        var lifts = 0
        while lifts < heads.count * heads.count, let d = shortestNonProjectiveArc(h) {
            lifts += 1
            if originalHeadLabel[d] == nil { originalHeadLabel[d] = baseLabel(l[h[d]]) }
            h[d] = h[h[d]]
        }
        for d in l.indices { if let mark = originalHeadLabel[d] { l[d] = "\(baseLabel(l[d]))\(liftMark)\(mark)" } }
        return (h, l)
    }

    static func deprojectivize(heads: [Int], labels: [String]) -> (heads: [Int], labels: [String]) {
        var h = heads, l = labels
        for d in l.indices {
            guard let mark = l[d].firstIndex(of: liftMark) else { continue }
            let wanted = String(l[d][l[d].index(after: mark)...])
            l[d] = String(l[d][..<mark])
            guard h[d] >= 0 else { continue }
            // breadth-first below the current head, outside the lifted word's own subtree
            var queue = children(of: h[d], heads: h).filter { $0 != d }
            var i = 0
            while i < queue.count {
                let c = queue[i]; i += 1
                if baseLabel(l[c]) == wanted { h[d] = c; break }
                queue += children(of: c, heads: h).filter { $0 != d }
            }
        }
        return (h, l)
    }

    static func baseLabel(_ label: String) -> String {
        guard let mark = label.firstIndex(of: liftMark) else { return label }
        return String(label[..<mark])
    }

    private static func children(of h: Int, heads: [Int]) -> [Int] { heads.indices.filter { heads[$0] == h } }

    /// An arc is projective when no word strictly between its ends has its head outside
    /// them: then every such word's head chain stays inside and ends at the arc's head.
    static func isProjective(_ d: Int, heads: [Int]) -> Bool {
        let h = heads[d]
        guard h >= 0 else { return true }
        let (lo, hi) = (min(h, d), max(h, d))
        guard hi - lo > 1 else { return true }
        for k in (lo + 1)..<hi where heads[k] < lo || heads[k] > hi { return false }
        return true
    }

    static func shortestNonProjectiveArc(_ heads: [Int]) -> Int? {
        var best: Int?
        var bestLength = Int.max
        for d in heads.indices where heads[d] >= 0 && !isProjective(d, heads: heads) {
            let length = abs(heads[d] - d)
            if length < bestLength { bestLength = length; best = d }
        }
        return best
    }
}
