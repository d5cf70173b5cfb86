import KroniekCore

/// Feature templates for the relation of an arc in a finished tree (`TreeLabeler`). Unlike
/// the parser's label features, which see only the dependents attached so far, these see
/// the whole clause: every other dependent of the head (a passive auxiliary, a subject
/// already there, how many bare nominals it has and which of them this one is), whether the
/// dependent agrees in number with the clause's finite verb, whether a subordinator opens
/// the clause, and the head's own head. The relations of the other arcs are read from the
/// tree as given (the parsers' in use, the gold ones in training).
enum TreeLabelFeatures {
    private static let aux = tag(.AUX), sconj = tag(.SCONJ), adp = tag(.ADP)
    private static let nominals: Set<UInt64> = [tag(.NOUN), tag(.PROPN), tag(.PRON)]
    private static func tag(_ u: UPOS) -> UInt64 { UInt64(u.index) }

    /// The children of every word of a tree, in word order.
    struct Children {
        let of: [[Int]]
        let root: [Int]

        init(heads: [Int]) {
            var of = Array(repeating: [Int](), count: heads.count), root: [Int] = []
            for (d, h) in heads.enumerated() { if h < 0 { root.append(d) } else { of[h].append(d) } }
            self.of = of; self.root = root
        }
    }

    /// Fills `f` with the features of the arc from `heads[d]` to `d`.
    static func fill(dependent d: Int, heads: [Int], relations: [UInt64], children: Children, sentence: ParserSentence,
                     into f: inout FeatureList) {
        f.reset()
        let h = heads[d]
        @inline(__always) func word(_ i: Int) -> ParserWord { i < 0 ? .root : sentence.words[i] }
        let dw = word(d), hw = word(h)
        let siblings = h < 0 ? children.root : children.of[h]
        let own = children.of[d]
        let direction: UInt64 = h < 0 ? 2 : d < h ? 0 : 1
        let distance = UInt64(h < 0 ? 7 : min(abs(h - d), 6))
        let first = own.first.map(word) ?? .none, last = own.last.map(word) ?? .none
        let grandparent = h < 0 ? ParserWord.none : word(heads[h])
        typealias H = FeatureHash
        f.add(H.feature(300, 1))
        f.add(H.feature(301, dw.lower, dw.tag)); f.add(H.feature(302, dw.lemma)); f.add(H.feature(303, dw.tag, dw.feats))
        f.add(H.feature(304, dw.suffix, dw.tag)); f.add(H.feature(305, hw.lower, dw.tag)); f.add(H.feature(306, hw.lemma, dw.tag))
        f.add(H.feature(307, hw.tag, dw.tag, H.mix(direction, distance))); f.add(H.feature(308, hw.feats, dw.feats, H.mix(hw.tag, dw.tag)))
        f.add(H.feature(309, dw.lemma, hw.lemma)); f.add(H.feature(310, dw.lower, hw.tag, direction))
        f.add(H.feature(311, first.lower, hw.tag, dw.tag)); f.add(H.feature(312, first.lower, hw.lemma))
        f.add(H.feature(313, first.tag, last.tag, dw.tag)); f.add(H.feature(314, last.lower, dw.tag))
        f.add(H.feature(315, grandparent.tag, hw.tag, dw.tag)); f.add(H.feature(316, UInt64(own.count > 3 ? 3 : own.count), dw.tag, direction))
        let previous = d > 0 ? sentence.words[d - 1] : .none, next = d + 1 < sentence.count ? sentence.words[d + 1] : .none
        f.add(H.feature(328, previous.tag, dw.tag, next.tag)); f.add(H.feature(329, previous.lower, dw.tag))
        f.add(H.feature(330, grandparent.lemma, hw.tag, dw.tag))
        for c in own { f.add(H.feature(331, relations[c], dw.tag)) }
        if h >= 0 {
            f.add(H.feature(317, sentence.between(min(h, d), max(h, d)), hw.tag, H.mix(dw.tag, direction)))
        }
        // The rest of the clause: each sibling's tag (and an auxiliary's lemma) with the
        // dependent's tag and side, and the set of sibling tags.
        var siblingTags: UInt64 = 0
        for s in siblings where s != d {
            let sw = sentence.words[s]
            siblingTags |= 1 << (sw.tag % 64)
            let side: UInt64 = s < d ? 0 : 1
            f.add(H.feature(318, sw.tag, dw.tag, H.mix(side, direction)))
            f.add(H.feature(332, relations[s], dw.tag, H.mix(side, direction)))
            if sw.tag == aux { f.add(H.feature(319, sw.lemma, dw.tag, direction)) }
            if sw.tag == sconj || sw.tag == adp && s < d {
                f.add(H.feature(320, sw.lower, dw.tag, direction))
            }
        }
        f.add(H.feature(321, siblingTags, dw.tag, hw.tag))
        // Bare nominal dependents of a verb (no preposition): which of them this is, and
        // whether it agrees in number with the clause's finite verb.
        if isBareNominal(d, dw, children: children, sentence: sentence) {
            let nominals = siblings.filter { isBareNominal($0, sentence.words[$0], children: children, sentence: sentence) }
            let rank = UInt64(min(nominals.firstIndex(of: d) ?? 0, 3)), count = UInt64(min(nominals.count, 4))
            f.add(H.feature(322, rank, count, H.mix(hw.tag, direction)))
            let finite = hw.clauseRole == .finiteVerb ? h
                : siblings.first { sentence.words[$0].clauseRole == .finiteVerb && sentence.words[$0].tag == aux } ?? -1
            let agreement: UInt64 = finite < 0 || dw.number == 0 || sentence.words[finite].number == 0 ? 0
                : dw.number == sentence.words[finite].number ? 1 : 2
            let finiteSide: UInt64 = finite < 0 ? 2 : d < finite ? 0 : 1
            f.add(H.feature(323, agreement, dw.tag, H.mix(rank, finiteSide)))
            f.add(H.feature(324, agreement, finiteSide, H.mix(siblingTags, dw.tag)))
            f.add(H.feature(325, dw.feats, finiteSide, H.mix(agreement, hw.tag)))
        }
        if dw.alternative != TagAlternative.none { f.add(H.feature(326, dw.tag, dw.alternative, hw.tag)) }
        if hw.alternative != TagAlternative.none { f.add(H.feature(327, hw.tag, hw.alternative, dw.tag)) }
    }

    /// A noun, name or pronoun without a preposition or subordinator of its own.
    private static func isBareNominal(_ i: Int, _ w: ParserWord, children: Children, sentence: ParserSentence) -> Bool {
        guard nominals.contains(w.tag) else { return false }
        return !children.of[i].contains { c in
            let t = sentence.words[c].tag
            return c < i && (t == adp || t == sconj)
        }
    }
}
