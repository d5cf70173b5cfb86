/// Feature templates of the parser (after Zhang & Nivre 2011): words, tags and labels of
/// the top three stack and buffer items and of their outer dependents, distance, valency
/// and label sets; plus sentence context a greedy parser needs for Dutch word order — the
/// words next to the stack top and buffer front, the next verb, and the finite verbs and
/// punctuation between the items an arc would connect; and the tagger's runner-up tags.
enum ParserFeatures {
    /// The items of a configuration the templates read.
    struct Window {
        let s0i: Int, s1i: Int, s2i: Int, b0i: Int, b1i: Int, b2i: Int
        let s0: ParserWord, s1: ParserWord, s2: ParserWord, b0: ParserWord, b1: ParserWord, b2: ParserWord

        init(_ state: ArcHybridState, _ sentence: ParserSentence) {
            s0i = state.stackItem(0); s1i = state.stackItem(1); s2i = state.stackItem(2)
            b0i = state.bufferItem(0); b1i = state.bufferItem(1); b2i = state.bufferItem(2)
            s0 = sentence.word(s0i, n: state.n); s1 = sentence.word(s1i, n: state.n); s2 = sentence.word(s2i, n: state.n)
            b0 = sentence.word(b0i, n: state.n); b1 = sentence.word(b1i, n: state.n); b2 = sentence.word(b2i, n: state.n)
        }
    }

    static func fill(_ state: ArcHybridState, sentence: ParserSentence, into f: inout FeatureList) {
        f.reset()
        let w = Window(state, sentence)
        @inline(__always) func word(_ i: Int) -> ParserWord { sentence.word(i, n: state.n) }
        @inline(__always) func label(_ i: Int) -> UInt64 { i < 0 ? 0x4e4f : UInt64(state.labels[i] + 1) }
        @inline(__always) func child(_ table: [Int], _ i: Int) -> Int { i < 0 ? -1 : table[i] }
        @inline(__always) func labelSet(_ table: [UInt64], _ i: Int) -> UInt64 { i < 0 ? 0x4e4f : table[i] }
        let (s0i, s1i, b0i) = (w.s0i, w.s1i, w.b0i)
        let (s0, s1, s2, b0, b1, b2) = (w.s0, w.s1, w.s2, w.b0, w.b1, w.b2)
        let s0Li = child(state.leftmost, s0i), s0Ri = child(state.rightmost, s0i)
        let s1Li = child(state.leftmost, s1i), s1Ri = child(state.rightmost, s1i)
        let b0Li = child(state.leftmost, b0i)
        let s0L = word(s0Li), s0R = word(s0Ri), s1R = word(s1Ri), s1L = word(s1Li), b0L = word(b0Li)
        let s0L2 = word(child(state.leftmost2, s0i)), s0R2 = word(child(state.rightmost2, s0i))
        let b0L2 = word(child(state.leftmost2, b0i))
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
        // labels of attached dependents
        f.add(H.feature(150, s0.tag, label(s0Li))); f.add(H.feature(151, s0.tag, label(s0Ri)))
        f.add(H.feature(152, s1.tag, label(s1Ri))); f.add(H.feature(153, b0.tag, label(b0Li)))
        f.add(H.feature(154, s0.tag, label(s0Li), label(s0Ri))); f.add(H.feature(155, s1.tag, label(s1Li)))
        f.add(H.feature(156, s0.tag, labelSet(state.leftLabels, s0i))); f.add(H.feature(157, s0.tag, labelSet(state.rightLabels, s0i)))
        f.add(H.feature(158, b0.tag, labelSet(state.leftLabels, b0i))); f.add(H.feature(159, s1.tag, labelSet(state.rightLabels, s1i)))
        // words of dependents and further context
        f.add(H.feature(160, s0L.lower, s0.tag)); f.add(H.feature(161, s0R.lower, s0.tag))
        f.add(H.feature(162, b0L.lower, b0.tag)); f.add(H.feature(163, s1R.lower, s1.tag))
        f.add(H.feature(164, b0.lower, b1.lower)); f.add(H.feature(165, s0.feats, b0.tag))
        f.add(H.feature(166, b0.feats, s0.tag)); f.add(H.feature(167, b2.lower))
        // second outer dependents
        f.add(H.feature(170, s0.tag, s0L.tag, s0L2.tag)); f.add(H.feature(171, s0.tag, s0R.tag, s0R2.tag))
        f.add(H.feature(172, b0.tag, b0L.tag, b0L2.tag))
        // the words next to the stack top and before the buffer front
        let sP = word(s0i >= 0 ? s0i - 1 : -1), sN = word(s0i >= 0 && s0i + 1 < state.n ? s0i + 1 : -1)
        let bP = word(b0i > 0 ? b0i - 1 : -1)
        f.add(H.feature(173, sP.tag, s0.tag, b0.tag)); f.add(H.feature(174, s0.tag, sN.tag, b0.tag))
        f.add(H.feature(175, s0.tag, bP.tag, b0.tag)); f.add(H.feature(176, sN.lower, s0.tag))
        // clause structure: the next verb, and what lies between the items an arc would join
        let nv = b0i >= 0 && b0i < state.n ? sentence.nextVerb[b0i] : -1
        let nextVerb = word(nv)
        let dv = UInt64(nv >= 0 ? min(nv - b0i, 5) : 0)
        f.add(H.feature(177, b0.tag, nextVerb.tag, dv)); f.add(H.feature(178, s0.tag, b0.tag, nextVerb.tag))
        f.add(H.feature(179, nextVerb.lower, b0.tag))
        let between0b = sentence.between(s0i, b0i), between10 = sentence.between(s1i, s0i)
        f.add(H.feature(180, s0.tag, b0.tag, between0b)); f.add(H.feature(181, s1.tag, s0.tag, between10))
        f.add(H.feature(182, s0.tag, b0.tag, H.mix(between0b, UInt64(b0.clauseRole.rawValue))))
        f.add(H.feature(183, s1.tag, s0.tag, H.mix(between10, UInt64(s1.clauseRole.rawValue))))
        // word endings, which still tell the word class when the tagger is wrong
        f.add(H.feature(184, s0.suffix, s0.tag)); f.add(H.feature(185, b0.suffix, b0.tag))
        f.add(H.feature(186, s0.suffix, b0.tag)); f.add(H.feature(187, s0.tag, b0.suffix))
        f.add(H.feature(188, s1.suffix, s1.tag))
        // lemmas, which pool inflected forms
        f.add(H.feature(189, s0.lemma, b0.lemma)); f.add(H.feature(190, s1.lemma, s0.lemma))
        f.add(H.feature(191, s0.lemma, b0.tag)); f.add(H.feature(192, s0.tag, b0.lemma))
        // the tagger's close runner-up where it hesitated (`TagAlternative`; most words have
        // none, and then nothing is added)
        addAlternative(s0, 230, into: &f); addAlternative(b0, 232, into: &f)
        addAlternative(b1, 234, into: &f); addAlternative(s1, 236, into: &f)
        // ... and in the tag's place in the main tag templates, so that a hesitant tag also
        // brings the weights learnt for its runner-up (measured: without these, Dutch LAS
        // did not move over five seeds)
        if s0.alternative != TagAlternative.none {
            f.add(H.feature(102, s0.alternative)); f.add(H.feature(121, s0.alternative, b0.tag))
            f.add(H.feature(124, s1.tag, s0.alternative))
        }
        if b0.alternative != TagAlternative.none { f.add(H.feature(108, b0.alternative)); f.add(H.feature(121, s0.tag, b0.alternative)) }
        if s1.alternative != TagAlternative.none { f.add(H.feature(105, s1.alternative)); f.add(H.feature(124, s1.alternative, s0.tag)) }
    }

    /// The word's alternative alone and with its tag (templates `template` and `template + 1`).
    @inline(__always)
    static func addAlternative(_ w: ParserWord, _ template: UInt64, into f: inout FeatureList) {
        guard w.alternative != TagAlternative.none else { return }
        f.add(FeatureHash.feature(template, w.alternative)); f.add(FeatureHash.feature(template + 1, w.tag, w.alternative))
    }
}

extension ParserSentence {
    /// Word `i`, the root at `n`, or a placeholder for an absent item.
    @inline(__always) func word(_ i: Int, n: Int) -> ParserWord { i < 0 ? .none : i == n ? .root : words[i] }
}
