/// A sentence: surface tokens as they appear in the text, and the syntactic words
/// Universal Dependencies analyses (a multiword token such as "don't" is one token and
/// two words, "do" and "n't").
public struct Sentence: Sendable, Hashable {
    public var span: Span
    public var tokens: [Token]
    public var words: [Word]
    /// Sentence id from the source (`# sent_id`), if any.
    public var id: String?
    /// Language detected for this sentence when it differs from the document's.
    public var language: Language?
    /// Whether this sentence starts a paragraph.
    public var startsParagraph: Bool

    public init(span: Span, tokens: [Token], words: [Word], id: String? = nil,
                language: Language? = nil, startsParagraph: Bool = false) {
        self.span = span; self.tokens = tokens; self.words = words
        self.id = id; self.language = language; self.startsParagraph = startsParagraph
    }

    /// A sentence whose tokens are all single words, e.g. from a tokenizer without MWT rules.
    public init(span: Span, simpleTokens: [Token], id: String? = nil) {
        var toks = simpleTokens
        var words: [Word] = []
        words.reserveCapacity(toks.count)
        for i in toks.indices {
            toks[i].wordRange = i..<(i + 1)
            words.append(Word(form: toks[i].form, span: toks[i].span, tokenIndex: i))
        }
        self.init(span: span, tokens: toks, words: words, id: id)
    }

    /// True when every word has a head (the sentence has been parsed or came parsed).
    public var isParsed: Bool { !words.isEmpty && words.allSatisfy { $0.head != nil } }
}

/// A surface token: a stretch of text with no space inside (except in rare UD cases
/// such as "100 000"), as the tokenizer cut it.
public struct Token: Sendable, Hashable {
    /// The surface string; always equal to the document text under `span`.
    public var form: String
    public var span: Span
    /// Indices into `Sentence.words` of the syntactic words this token stands for.
    public var wordRange: Range<Int>
    /// Whether whitespace follows the token in the text (`SpaceAfter=No` otherwise).
    public var spaceAfter: Bool

    public init(form: String, span: Span, wordRange: Range<Int> = 0..<0, spaceAfter: Bool = true) {
        self.form = form; self.span = span; self.wordRange = wordRange; self.spaceAfter = spaceAfter
    }

    public var isMultiword: Bool { wordRange.count > 1 }
}

/// A syntactic word with its Universal Dependencies analysis.
///
/// Indices are 0-based positions in `Sentence.words`; `head == -1` marks the root
/// (CoNLL-U's 1-based ids and 0-root are converted at the edges, in the readers/writers).
public struct Word: Sendable, Hashable {
    /// The word form; for a word of a multiword token this may differ from the text ("n't").
    public var form: String
    /// The span of the surface token it belongs to.
    public var span: Span
    public var tokenIndex: Int
    public var lemma: String?
    public var upos: UPOS?
    public var xpos: String?
    /// Morphological features in canonical CoNLL-U order (`Number=Sing|Tense=Past`), or empty.
    public var feats: String
    public var head: Int?
    public var deprel: String?
    public var misc: String

    public init(form: String, span: Span, tokenIndex: Int, lemma: String? = nil, upos: UPOS? = nil,
                xpos: String? = nil, feats: String = "", head: Int? = nil, deprel: String? = nil, misc: String = "") {
        self.form = form; self.span = span; self.tokenIndex = tokenIndex; self.lemma = lemma
        self.upos = upos; self.xpos = xpos; self.feats = feats; self.head = head
        self.deprel = deprel; self.misc = misc
    }

    public static let root = -1

    /// The universal part of the relation: `nsubj` for `nsubj:pass`.
    public var universalDeprel: String? {
        guard let d = deprel else { return nil }
        if let colon = d.firstIndex(of: ":") { return String(d[..<colon]) }
        return d
    }

    /// The value of one morphological feature, e.g. `feature("Tense") == "Past"`.
    public func feature(_ name: String) -> String? {
        for pair in feats.split(separator: "|") {
            guard let eq = pair.firstIndex(of: "=") else { continue }
            if pair[..<eq] == name { return String(pair[pair.index(after: eq)...]) }
        }
        return nil
    }
}

/// The 17 universal part-of-speech tags.
public enum UPOS: String, Sendable, Hashable, CaseIterable, Codable {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X
}
