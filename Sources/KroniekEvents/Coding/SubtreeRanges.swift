/// The words of every subtree of a sentence, as ranges: each word's place in a depth-first
/// walk of the tree, and the place where its subtree ends. The words under `i` are those
/// whose place lies in `i`'s range, so the coder's many subtree questions need no walk,
/// stack or sort of their own.
struct SubtreeRanges {
    /// Place of each word in the walk; -1 for a word no root reaches (a cycle in a
    /// damaged parse).
    private let place: [Int32]
    /// The place after the last word of each word's subtree.
    private let end: [Int32]

    /// From each word's head (nil for a root) and the children lists made from them.
    init(heads: [Int?], children: ChildLists) {
        var place = [Int32](repeating: -1, count: heads.count)
        var walk: [Int] = []
        walk.reserveCapacity(heads.count)
        var stack: [Int] = []
        stack.reserveCapacity(heads.count)
        for root in heads.indices where heads[root] == nil {
            stack.append(root)
            while let n = stack.popLast() {
                place[n] = Int32(walk.count)
                walk.append(n)
                // Pushed last to first, so the first child is walked first.
                for c in children[n].reversed() { stack.append(c) }
            }
        }
        // Words come after their head in the walk: sizes add up from its end.
        var end = place.map { $0 + 1 }
        for n in walk.reversed() { if let h = heads[n] { end[h] += end[n] - place[n] } }
        self.place = place
        self.end = end
    }

    /// Whether `word` lies in the subtree of `root` (itself included).
    func contains(_ word: Int, in root: Int) -> Bool {
        place[word] >= place[root] && place[word] < end[root] && place[root] >= 0
    }

    /// All words under `root` (itself included), in text order, leaving out the subtrees
    /// of `excluded` words below it.
    func words(under root: Int, excluding excluded: [Int]) -> [Int] {
        guard place[root] >= 0 else { return [root] }
        var out: [Int] = []
        out.reserveCapacity(Int(end[root] - place[root]))
        for w in place.indices where contains(w, in: root) {
            if !excluded.isEmpty && excluded.contains(where: { $0 != root && contains($0, in: root) && contains(w, in: $0) }) { continue }
            out.append(w)
        }
        return out
    }
}
