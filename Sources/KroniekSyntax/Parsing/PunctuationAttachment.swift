/// Attaches punctuation as the UD v2 guidelines do, given the tree of the other words:
/// a paired mark (brackets, quotes) to the one word inside the pair whose head is outside,
/// any other mark to the highest word of the adjacent phrase that keeps the tree
/// projective, the lower of the left and right candidates (after udapi's `ud.FixPunct`).
///
/// UD Dutch follows this rule almost exactly (99.9 % of the punctuation arcs of Alpino dev
/// from the gold tree of the other words), so the parser's own guesses, which depend on
/// clause boundaries it cannot see, are replaced. Heads are 0-based, -1 for the root.
enum PunctuationAttachment {
    static let pairs: [String: String] = [
        "(": ")", "[": "]", "{": "}", "\"": "\"", "'": "'", ",,": "''", "``": "''",
        "«": "»", "»": "«", "‘": "’", "“": "”", "„": "“",
    ]

    /// `tree` with its punctuation attached by rule and labelled `punct`.
    static func finish(_ tree: (heads: [Int], labels: [String]), sentence: ParserSentence,
                       forms: [String]) -> (heads: [Int], labels: [String]) {
        var tree = tree
        let isPunctuation = sentence.words.map { $0.clauseRole == .punctuation }
        tree.heads = attach(heads: tree.heads, forms: forms, isPunctuation: isPunctuation)
        for i in isPunctuation.indices where isPunctuation[i] { tree.labels[i] = "punct" }
        return tree
    }

    static func attach(heads: [Int], forms: [String], isPunctuation: [Bool]) -> [Int] {
        let n = heads.count
        guard isPunctuation.contains(false) else { return heads }
        var h = heads
        // Words that hang from a mark hang from the mark's nearest non-punctuation ancestor.
        for i in 0..<n where !isPunctuation[i] {
            var head = h[i], steps = 0
            while head >= 0, isPunctuation[head], steps < n { head = heads[head]; steps += 1 }
            h[i] = steps >= n ? -1 : head
        }
        let root = (0..<n).first { !isPunctuation[$0] && h[$0] < 0 }!
        for i in 0..<n where !isPunctuation[i] && h[i] < 0 && i != root { h[i] = root }
        let tree = WordTree(heads: h, isPunctuation: isPunctuation)

        var attached = Array(repeating: false, count: n)
        for open in 0..<n where isPunctuation[open] && !attached[open] {
            guard let closing = pairs[forms[open]], let close = matchingMark(open, closing, forms, attached) else { continue }
            let inner = (open + 1..<close).filter { !isPunctuation[$0] && (h[$0] < open || h[$0] > close) }
            if inner.count == 1 {
                h[open] = inner[0]; h[close] = inner[0]
                attached[open] = true; attached[close] = true
            }
        }
        for p in 0..<n where isPunctuation[p] && !attached[p] {
            h[p] = tree.phraseHead(around: p) ?? root
        }
        return h
    }

    /// The closing mark of the pair opened at `open`, skipping nested pairs of the same kind.
    private static func matchingMark(_ open: Int, _ closing: String, _ forms: [String], _ attached: [Bool]) -> Int? {
        var depth = 0
        for c in (open + 1)..<forms.count where !attached[c] {
            if forms[c] == closing {
                if depth == 0 { return c }
                depth -= 1
            } else if forms[c] == forms[open] {
                depth += 1
            }
        }
        return nil
    }
}

/// The tree of the non-punctuation words, with the span each word's subtree covers.
private struct WordTree {
    let heads: [Int]
    let isPunctuation: [Bool]
    private(set) var low: [Int], high: [Int]

    init(heads: [Int], isPunctuation: [Bool]) {
        self.heads = heads; self.isPunctuation = isPunctuation
        low = Array(heads.indices); high = low
        for i in heads.indices where !isPunctuation[i] {
            var a = heads[i], steps = 0
            while a >= 0, steps < heads.count {
                low[a] = min(low[a], i); high[a] = max(high[a], i)
                a = heads[a]; steps += 1
            }
        }
    }

    func isDescendant(_ x: Int, of y: Int) -> Bool {
        var a = x, steps = 0
        while a >= 0, steps <= heads.count {
            if a == y { return true }
            a = heads[a]; steps += 1
        }
        return false
    }

    /// Attaching mark `p` to `c` keeps the tree projective when every word between them is in `c`'s subtree.
    func isProjective(_ p: Int, _ c: Int) -> Bool {
        for i in (min(p, c) + 1)..<max(p, c) where !isPunctuation[i] && !isDescendant(i, of: c) { return false }
        return true
    }

    /// The head for mark `p`: the highest word of the phrase ending just before it or starting
    /// just after it whose subtree does not reach across `p`, the lower of the two.
    func phraseHead(around p: Int) -> Int? {
        let left = climb(from: (0..<p).last { !isPunctuation[$0] }, toward: p, leftSide: true)
        let right = climb(from: ((p + 1)..<heads.count).first { !isPunctuation[$0] }, toward: p, leftSide: false)
        switch (left, right) {
        case let (l?, r?): return isDescendant(r, of: l) && !isDescendant(l, of: r) ? r : l
        case let (l?, nil): return l
        case let (nil, r?): return r
        case (nil, nil): return nil
        }
    }

    private func climb(from start: Int?, toward p: Int, leftSide: Bool) -> Int? {
        guard var c = start else { return nil }
        var best: Int? = isProjective(p, c) ? c : nil
        while heads[c] >= 0 {
            let head = heads[c]
            let staysOnSide = leftSide ? head < p && high[c] <= p : head > p && low[c] >= p
            guard staysOnSide else { break }
            c = head
            if isProjective(p, c) { best = c }
        }
        return best
    }
}
