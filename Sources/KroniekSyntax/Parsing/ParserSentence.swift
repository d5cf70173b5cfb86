import KroniekCore

/// What the parser knows about each word: hashed lowercase form and ending, UPOS and the
/// tagger's close runner-up, features, and a coarse clause role (finite verb, other verb,
/// punctuation, conjunction).
struct ParserWord {
    var lower: UInt64
    /// The last three letters, which still tell the word class when the tag is wrong.
    var suffix: UInt64
    /// The lowercased lemma, which pools the inflections of a head verb or noun.
    var lemma: UInt64
    var tag: UInt64
    /// The tagger's runner-up UPOS index when it nearly chose it, else `TagAlternative.none`.
    var alternative: UInt64
    var feats: UInt64
    var clauseRole: ClauseRole
    /// Grammatical number (0 none, 1 singular, 2 plural), for subject–verb agreement.
    var number: UInt8

    enum ClauseRole: UInt8 { case other, finiteVerb, verb, punctuation, conjunction }

    init(atoms: WordAtoms, lemma: String?, upos: UPOS, alternative: UInt64, feats: String) {
        lower = atoms.lower
        suffix = atoms.suffix3
        self.lemma = lemma.map { FeatureHash.string($0.lowercased()) } ?? atoms.lower
        tag = UInt64(upos.index)
        self.alternative = alternative
        self.feats = FeatureHash.string(feats)
        switch upos {
        case .VERB, .AUX: clauseRole = feats.contains("VerbForm=Fin") ? .finiteVerb : .verb
        case .PUNCT: clauseRole = .punctuation
        case .CCONJ, .SCONJ: clauseRole = .conjunction
        default: clauseRole = .other
        }
        number = feats.contains("Number=Sing") ? 1 : feats.contains("Number=Plur") ? 2 : 0
    }

    private init(constant: UInt64) {
        lower = constant; suffix = constant; lemma = constant; tag = constant
        alternative = TagAlternative.none; feats = constant; clauseRole = .other; number = 0
    }

    static let none = ParserWord(constant: 0x4e4f_4e45)
    static let root = ParserWord(constant: 0x524f_4f54)
}

/// The words of a sentence with the sentence-wide context the feature templates use
/// beyond the stack and buffer window: where the next verb is, and how many finite verbs
/// and punctuation marks lie between two positions (a greedy parser otherwise cannot see
/// the clause boundaries of Dutch verb-final subclauses).
struct ParserSentence {
    let words: [ParserWord]
    /// The first verb after word `i`, or -1.
    let nextVerb: [Int]
    /// Finite verbs and punctuation marks among words `0..<i`.
    private let finiteBefore: [Int32], punctuationBefore: [Int32]

    init(_ words: [ParserWord]) {
        self.words = words
        var next = Array(repeating: -1, count: words.count)
        var following = -1
        for i in words.indices.reversed() {
            next[i] = following
            if words[i].clauseRole == .finiteVerb || words[i].clauseRole == .verb { following = i }
        }
        nextVerb = next
        var finite: [Int32] = [0], punctuation: [Int32] = [0]
        finite.reserveCapacity(words.count + 1); punctuation.reserveCapacity(words.count + 1)
        for w in words {
            finite.append(finite.last! + (w.clauseRole == .finiteVerb ? 1 : 0))
            punctuation.append(punctuation.last! + (w.clauseRole == .punctuation ? 1 : 0))
        }
        finiteBefore = finite; punctuationBefore = punctuation
    }

    var count: Int { words.count }

    /// A small code for what lies strictly between words `a < b`: finite verbs (0, 1, 2+)
    /// and punctuation (0, 1, 2+).
    func between(_ a: Int, _ b: Int) -> UInt64 {
        guard a >= 0, b > a, b <= words.count else { return 9 }
        let f = min(Int(finiteBefore[b] - finiteBefore[a + 1]), 2)
        let p = min(Int(punctuationBefore[b] - punctuationBefore[a + 1]), 2)
        return UInt64(f * 3 + p)
    }
}
