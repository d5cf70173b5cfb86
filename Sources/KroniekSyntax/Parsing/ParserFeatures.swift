/// What the parser knows about each word: hashed lowercase form, UPOS and features.
struct ParserWord {
    var lower: UInt64
    var tag: UInt64
    var feats: UInt64

    static let none = ParserWord(lower: 0x4e4f_4e45, tag: 0x4e4f_4e45, feats: 0x4e4f_4e45)
    static let root = ParserWord(lower: 0x524f_4f54, tag: 0x524f_4f54, feats: 0x524f_4f54)
}

/// Feature templates of the parser: words, tags and labels of the top three stack and
/// buffer items, the outermost children of the stack top, second item and buffer front,
/// distance and valency (after Zhang & Nivre 2011, reduced for speed).
enum ParserFeatures {
    static func fill(_ state: ArcHybridState, words: [ParserWord], into f: inout FeatureList) {
        f.reset()
        @inline(__always) func word(_ i: Int) -> ParserWord { i < 0 ? .none : i == state.n ? .root : words[i] }
        @inline(__always) func label(_ i: Int) -> UInt64 { i < 0 ? 0x4e4f : UInt64(state.labels[i] + 1) }
        @inline(__always) func child(_ table: [Int], _ i: Int) -> Int { i < 0 ? -1 : table[i] }
        let s0i = state.stackItem(0), s1i = state.stackItem(1), s2i = state.stackItem(2)
        let b0i = state.bufferItem(0), b1i = state.bufferItem(1), b2i = state.bufferItem(2)
        let s0 = word(s0i), s1 = word(s1i), s2 = word(s2i), b0 = word(b0i), b1 = word(b1i), b2 = word(b2i)
        let s0Li = child(state.leftmost, s0i), s0Ri = child(state.rightmost, s0i)
        let s1Li = child(state.leftmost, s1i), s1Ri = child(state.rightmost, s1i)
        let b0Li = child(state.leftmost, b0i)
        let s0L = word(s0Li), s0R = word(s0Ri), s1R = word(s1Ri), s1L = word(s1Li), b0L = word(b0Li)
        typealias H = FeatureHash
        f.add(H.feature(100, 1))
        // single items
        f.add(H.feature(101, s0.lower)); f.add(H.feature(102, s0.tag)); f.add(H.feature(103, s0.lower, s0.tag))
        f.add(H.feature(104, s1.lower)); f.add(H.feature(105, s1.tag)); f.add(H.feature(106, s1.lower, s1.tag))
        f.add(H.feature(107, b0.lower)); f.add(H.feature(108, b0.tag)); f.add(H.feature(109, b0.lower, b0.tag))
        f.add(H.feature(110, b1.lower)); f.add(H.feature(111, b1.tag)); f.add(H.feature(112, b1.lower, b1.tag))
        f.add(H.feature(113, b2.tag)); f.add(H.feature(114, s2.tag))
        f.add(H.feature(115, s0.tag, s0.feats)); f.add(H.feature(116, b0.tag, b0.feats)); f.add(H.feature(117, s1.tag, s1.feats))
        // pairs
        f.add(H.feature(120, s0.lower, b0.lower)); f.add(H.feature(121, s0.tag, b0.tag))
        f.add(H.feature(122, s0.lower, b0.tag)); f.add(H.feature(123, s0.tag, b0.lower))
        f.add(H.feature(124, s1.tag, s0.tag)); f.add(H.feature(125, s1.lower, s0.lower))
        f.add(H.feature(126, s1.lower, s0.tag)); f.add(H.feature(127, s1.tag, s0.lower))
        f.add(H.feature(128, b0.tag, b1.tag)); f.add(H.feature(129, s1.tag, b0.tag))
        // triples
        f.add(H.feature(130, b0.tag, b1.tag, b2.tag)); f.add(H.feature(131, s0.tag, b0.tag, b1.tag))
        f.add(H.feature(132, s1.tag, s0.tag, b0.tag)); f.add(H.feature(133, s2.tag, s1.tag, s0.tag))
        f.add(H.feature(134, s0.tag, s0L.tag, b0.tag)); f.add(H.feature(135, s0.tag, s0R.tag, b0.tag))
        f.add(H.feature(136, s1.tag, s1R.tag, s0.tag)); f.add(H.feature(137, s1.tag, s1L.tag, s0.tag))
        f.add(H.feature(138, s0.tag, b0.tag, b0L.tag)); f.add(H.feature(139, s1.tag, s0.tag, s0R.tag))
        // distance and valency
        let d01 = UInt64(s0i >= 0 && s1i >= 0 ? min(s0i - s1i, 6) : 0)
        let d0b = UInt64(s0i >= 0 && b0i >= 0 ? min(b0i - s0i, 6) : 0)
        f.add(H.feature(140, d01, s1.tag, s0.tag)); f.add(H.feature(141, d0b, s0.tag, b0.tag))
        f.add(H.feature(142, d01, s1.lower)); f.add(H.feature(143, d0b, b0.lower))
        let v0l = UInt64(s0i >= 0 ? min(state.leftCount[s0i], 4) : 9), v0r = UInt64(s0i >= 0 ? min(state.rightCount[s0i], 4) : 9)
        let v1r = UInt64(s1i >= 0 ? min(state.rightCount[s1i], 4) : 9), vbl = UInt64(b0i >= 0 ? min(state.leftCount[b0i], 4) : 9)
        f.add(H.feature(144, s0.tag, v0l, v0r)); f.add(H.feature(145, s1.tag, v1r)); f.add(H.feature(146, b0.tag, vbl))
        // labels of attached children
        f.add(H.feature(150, s0.tag, label(s0Li))); f.add(H.feature(151, s0.tag, label(s0Ri)))
        f.add(H.feature(152, s1.tag, label(s1Ri))); f.add(H.feature(153, b0.tag, label(b0Li)))
        f.add(H.feature(154, s0.tag, label(s0Li), label(s0Ri))); f.add(H.feature(155, s1.tag, label(s1Li)))
        // words of children and further context
        f.add(H.feature(160, s0L.lower, s0.tag)); f.add(H.feature(161, s0R.lower, s0.tag))
        f.add(H.feature(162, b0L.lower, b0.tag)); f.add(H.feature(163, s1R.lower, s1.tag))
        f.add(H.feature(164, b0.lower, b1.lower)); f.add(H.feature(165, s0.feats, b0.tag))
        f.add(H.feature(166, b0.feats, s0.tag)); f.add(H.feature(167, b2.lower))
    }
}
