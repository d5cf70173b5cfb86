/// The children of every word of a sentence, each list in text order, all in one array:
/// building them costs two allocations per sentence instead of one per word.
struct ChildLists {
    private let children: [Int]
    /// The children of word `i` are `children[starts[i]..<starts[i + 1]]`.
    private let starts: [Int]

    /// Lists from each word's head (nil for a root).
    init(heads: [Int?]) {
        var starts = [Int](repeating: 0, count: heads.count + 1)
        for h in heads { if let h { starts[h + 1] += 1 } }
        for i in heads.indices { starts[i + 1] += starts[i] }
        var next = starts
        var children = [Int](repeating: 0, count: starts[heads.count])
        for (i, h) in heads.enumerated() {
            if let h { children[next[h]] = i; next[h] += 1 }
        }
        self.children = children
        self.starts = starts
    }

    var count: Int { starts.count - 1 }

    subscript(_ i: Int) -> ArraySlice<Int> { children[starts[i]..<starts[i + 1]] }
}

/// The children of a word that stand in some relations, in text order, found as they are
/// walked: no array is made for them.
struct ChildrenInRelations: Sequence, IteratorProtocol {
    var rest: ArraySlice<Int>
    let relationBits: [Relations]
    let relations: Relations

    mutating func next() -> Int? {
        while let c = rest.popFirst() {
            if !relationBits[c].isDisjoint(with: relations) { return c }
        }
        return nil
    }
}
