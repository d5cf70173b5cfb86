/// Feature templates for the relation of an arc, added to the move features once the
/// parser has chosen to attach the stack top `d` to `h`. The dependent's subtree is
/// complete at that point, so its first dependent (often the preposition of an oblique or
/// nominal modifier) and its own relations are known, as are the relations the head
/// already has (a second nominal dependent of a verb with a subject is rarely a subject),
/// and the tagger's runner-up tags of both words.
enum LabelFeatures {
    static func append(dependent d: Int, head h: Int, _ state: ArcHybridState, sentence: ParserSentence,
                       into f: inout FeatureList) {
        @inline(__always) func word(_ i: Int) -> ParserWord { sentence.word(i, n: state.n) }
        let dw = word(d), hw = word(h)
        let first = word(state.leftmost[d]), last = word(state.rightmost[d])
        let distance = UInt64(min(abs(h - d), 6))
        let headRelations = state.leftLabels[h] | state.rightLabels[h]
        typealias H = FeatureHash
        f.add(H.feature(200, hw.lower, dw.lower)); f.add(H.feature(201, hw.tag, dw.tag, distance))
        f.add(H.feature(202, dw.tag, dw.feats)); f.add(H.feature(203, hw.feats, dw.feats, H.mix(hw.tag, dw.tag)))
        f.add(H.feature(204, first.lower, hw.tag, dw.tag)); f.add(H.feature(205, first.lower, hw.lower))
        f.add(H.feature(206, headRelations, dw.tag)); f.add(H.feature(207, state.leftLabels[d], state.rightLabels[d], dw.tag))
        f.add(H.feature(208, hw.lower, dw.tag)); f.add(H.feature(209, dw.lower, hw.tag))
        f.add(H.feature(210, last.lower, dw.tag))
        f.add(H.feature(211, sentence.between(min(h, d), max(h, d)), hw.tag, dw.tag))
        f.add(H.feature(212, hw.lemma, dw.lemma)); f.add(H.feature(213, hw.lemma, dw.tag)); f.add(H.feature(214, dw.lemma, hw.tag))
        // A hesitant tag's runner-up with the other word's tag: an `amod` with a participle
        // the tagger nearly called VERB, a `nsubj` NOUN that may be a PROPN.
        if dw.alternative != TagAlternative.none { f.add(H.feature(215, dw.tag, dw.alternative, hw.tag)) }
        if hw.alternative != TagAlternative.none { f.add(H.feature(216, hw.tag, hw.alternative, dw.tag)) }
    }
}
