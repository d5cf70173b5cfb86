/// Word alignment of the shared-task script (`align_words`): words outside multiword
/// tokens pair when their spans are equal; inside a "multiword span" (the smallest
/// stretch that starts and ends at word boundaries on both sides and contains the
/// multiword tokens) words pair along the longest common subsequence of lower-cased forms.
struct UDWordAlignment {
    /// (gold word index, system word index), in text order.
    private(set) var pairs: [(Int, Int)] = []
    /// System word index -> aligned gold word index.
    private var goldOfSystem: [Int: Int] = [:]

    init(gold: [UDEvalWord], system: [UDEvalWord]) {
        var gi = 0, si = 0
        while gi < gold.count && si < system.count {
            if gold[gi].isMultiword || system[si].isMultiword {
                let (gs, ss, ge, se) = UDWordAlignment.multiwordSpan(gold, system, gi, si)
                gi = ge; si = se
                if ge > gs && se > ss { alignByLCS(gold, system, gs..<ge, ss..<se) }
            } else if gold[gi].span == system[si].span {
                append(gi, si); gi += 1; si += 1
            } else if gold[gi].span.start <= system[si].span.start {
                gi += 1
            } else {
                si += 1
            }
        }
    }

    /// Maps a system word's head into gold numbering, as the script's `gold_aligned_system`.
    func goldParent(ofSystem parent: UDEvalWord.Parent) -> UDEvalWord.Parent {
        guard case .word(let s) = parent else { return parent }
        return goldOfSystem[s].map { .word($0) } ?? .notAligned
    }

    private mutating func append(_ g: Int, _ s: Int) {
        pairs.append((g, s))
        goldOfSystem[s] = g
    }

    private static func beyondEnd(_ words: [UDEvalWord], _ i: Int, _ end: Int) -> Bool {
        if i >= words.count { return true }
        if words[i].isMultiword { return words[i].span.start >= end }
        return words[i].span.end > end
    }

    private static func extendEnd(_ word: UDEvalWord, _ end: Int) -> Int {
        word.isMultiword && word.span.end > end ? word.span.end : end
    }

    /// `find_multiword_span`: returns the start (gs, ss) and the end (gi, si) of the span.
    private static func multiwordSpan(_ gold: [UDEvalWord], _ system: [UDEvalWord], _ g0: Int, _ s0: Int)
        -> (Int, Int, Int, Int) {
        var gi = g0, si = s0
        var end: Int
        if gold[gi].isMultiword {
            end = gold[gi].span.end
            if !system[si].isMultiword && system[si].span.start < gold[gi].span.start { si += 1 }
        } else {
            end = system[si].span.end
            if !gold[gi].isMultiword && gold[gi].span.start < system[si].span.start { gi += 1 }
        }
        let gs = gi, ss = si
        while !beyondEnd(gold, gi, end) || !beyondEnd(system, si, end) {
            if gi < gold.count && (si >= system.count || gold[gi].span.start <= system[si].span.start) {
                end = extendEnd(gold[gi], end); gi += 1
            } else {
                end = extendEnd(system[si], end); si += 1
            }
        }
        return (gs, ss, gi, si)
    }

    /// `compute_lcs` and the walk that stores aligned words.
    private mutating func alignByLCS(_ gold: [UDEvalWord], _ system: [UDEvalWord], _ g: Range<Int>, _ s: Range<Int>) {
        let n = g.count, m = s.count
        // lcs[i][j]: LCS length of gold[g.lower+i...] and system[s.lower+j...]; one extra row/column of zeros.
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                var v = 0
                if gold[g.lowerBound + i].lowercasedForm == system[s.lowerBound + j].lowercasedForm { v = 1 + lcs[i + 1][j + 1] }
                lcs[i][j] = max(v, lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var i = 0, j = 0
        while i < n && j < m {
            if gold[g.lowerBound + i].lowercasedForm == system[s.lowerBound + j].lowercasedForm {
                append(g.lowerBound + i, s.lowerBound + j); i += 1; j += 1
            } else if lcs[i][j] == lcs[i + 1][j] {
                i += 1
            } else {
                j += 1
            }
        }
    }
}
