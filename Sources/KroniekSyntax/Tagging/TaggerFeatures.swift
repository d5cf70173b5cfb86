import KroniekCore

/// Feature templates of the two tagging passes. Template numbers are arbitrary but fixed:
/// they are part of the model file's meaning.
enum TaggerFeatures {
    static let noTag: UInt64 = 99

    @inline(__always)
    static func atoms(_ words: [WordAtoms], _ i: Int) -> WordAtoms {
        i < 0 ? .start : i >= words.count ? .end : words[i]
    }

    /// Word-internal and window features shared by both passes.
    static func lexical(_ words: [WordAtoms], _ i: Int, into f: inout FeatureList) {
        let w = words[i], p1 = atoms(words, i - 1), n1 = atoms(words, i + 1)
        let p2 = atoms(words, i - 2), n2 = atoms(words, i + 2)
        typealias H = FeatureHash
        f.add(H.feature(1, 1))
        f.add(H.feature(2, w.lower)); f.add(H.feature(3, w.form))
        f.add(H.feature(4, w.suffix1)); f.add(H.feature(5, w.suffix2)); f.add(H.feature(6, w.suffix3))
        f.add(H.feature(7, w.suffix4)); f.add(H.feature(8, w.suffix5))
        f.add(H.feature(9, w.prefix1)); f.add(H.feature(10, w.prefix2)); f.add(H.feature(11, w.prefix3))
        f.add(H.feature(12, w.shape)); f.add(H.feature(13, w.shape, UInt64(min(i, 1))))
        f.add(H.feature(14, p1.lower)); f.add(H.feature(15, n1.lower))
        f.add(H.feature(16, p2.lower)); f.add(H.feature(17, n2.lower))
        f.add(H.feature(18, p1.suffix3)); f.add(H.feature(19, n1.suffix3))
        f.add(H.feature(20, p1.shape, w.shape)); f.add(H.feature(21, w.shape, n1.shape))
        f.add(H.feature(22, w.lower, n1.lower)); f.add(H.feature(23, p1.lower, w.lower))
        f.add(H.feature(24, w.wordClass)); f.add(H.feature(25, w.wordClass, w.shape))
        f.add(H.feature(26, p1.wordClass, w.wordClass)); f.add(H.feature(27, w.wordClass, n1.wordClass))
    }

    /// Pass 1 (UPOS, left to right): adds the two previous predicted tags.
    static func upos(_ words: [WordAtoms], _ i: Int, previous1: UInt64, previous2: UInt64, into f: inout FeatureList) {
        f.reset()
        lexical(words, i, into: &f)
        let w = words[i]
        typealias H = FeatureHash
        f.add(H.feature(30, previous1)); f.add(H.feature(31, previous1, previous2))
        f.add(H.feature(32, previous1, w.lower)); f.add(H.feature(33, previous1, w.suffix3))
        f.add(H.feature(34, previous1, atoms(words, i + 1).lower))
    }

    /// Pass 1b (UPOS again): the first pass's tags on both sides are known.
    static func refinedUPOS(_ words: [WordAtoms], _ i: Int, firstPass tags: [Int], into f: inout FeatureList) {
        f.reset()
        lexical(words, i, into: &f)
        let w = words[i]
        func tag(_ j: Int) -> UInt64 { j < 0 || j >= tags.count ? noTag : UInt64(tags[j]) }
        let tp = tag(i - 1), tn = tag(i + 1), tp2 = tag(i - 2), tn2 = tag(i + 2)
        typealias H = FeatureHash
        f.add(H.feature(80, tp)); f.add(H.feature(81, tn)); f.add(H.feature(82, tp, tn))
        f.add(H.feature(83, tn, tn2)); f.add(H.feature(84, tp2, tp)); f.add(H.feature(85, tn, w.lower))
        f.add(H.feature(86, tp, w.lower)); f.add(H.feature(87, tn, w.suffix3)); f.add(H.feature(88, tag(i), w.lower))
        f.add(H.feature(89, tag(i)))
        // The nearest verbs on either side, however far: whether "heeft" is an auxiliary
        // depends on a participle at the end of the clause ("heeft … gewonnen"), or before
        // it in a subordinate clause ("dat hij gewonnen heeft").
        let next = nearestVerb(after: i, tags), previous = nearestVerb(before: i, tags)
        f.add(H.feature(90, w.lower, next.map { H.mix(words[$0].prefix2, words[$0].suffix1) } ?? noTag))
        f.add(H.feature(91, w.lower, previous.map { H.mix(words[$0].prefix2, words[$0].suffix1) } ?? noTag))
    }

    static let verbTags: Set<Int> = [UPOS.VERB.index, UPOS.AUX.index]

    static func nearestVerb(after i: Int, _ tags: [Int]) -> Int? {
        tags.indices.dropFirst(i + 1).first { verbTags.contains(tags[$0]) }
    }

    static func nearestVerb(before i: Int, _ tags: [Int]) -> Int? {
        tags.indices.prefix(i).last { verbTags.contains(tags[$0]) }
    }

    /// Pass 2 (features): the UPOS of the word and its neighbours are known.
    static func morphology(_ words: [WordAtoms], _ i: Int, tags: [Int], into f: inout FeatureList) {
        f.reset()
        lexical(words, i, into: &f)
        let w = words[i]
        func tag(_ j: Int) -> UInt64 { j < 0 || j >= tags.count ? noTag : UInt64(tags[j]) }
        let t = tag(i), tp = tag(i - 1), tn = tag(i + 1)
        typealias H = FeatureHash
        f.add(H.feature(40, t)); f.add(H.feature(41, t, w.lower))
        f.add(H.feature(42, t, w.suffix1)); f.add(H.feature(43, t, w.suffix2))
        f.add(H.feature(44, t, w.suffix3)); f.add(H.feature(45, t, w.suffix4))
        f.add(H.feature(46, tp, t)); f.add(H.feature(47, t, tn)); f.add(H.feature(48, tp, t, tn))
        f.add(H.feature(49, t, atoms(words, i - 1).lower)); f.add(H.feature(50, t, atoms(words, i + 1).lower))
        f.add(H.feature(51, t, tag(i - 2), tp)); f.add(H.feature(52, t, w.prefix2))
    }
}
