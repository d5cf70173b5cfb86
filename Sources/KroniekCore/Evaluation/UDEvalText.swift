/// A start/end pair on the evaluation's character sequence.
struct UDEvalSpan: Hashable, Sendable {
    var start: Int
    var end: Int
}

/// A word as the shared-task script sees it: columns normalised for scoring.
struct UDEvalWord: Sendable {
    enum Parent: Hashable, Sendable {
        case root
        case word(Int)        // global word index (in the gold numbering after mapping)
        case notAligned       // the system head has no gold counterpart
        case unknown          // no head given
    }
    struct Labelled: Equatable { var parent: Parent; var deprel: String }

    var span: UDEvalSpan
    var isMultiword: Bool
    var lowercasedForm: String
    var lemma: String
    var upos: String
    var xpos: String
    /// Universal features only, sorted, `|`-joined ("" when none).
    var feats: String
    /// The universal part of the relation.
    var deprel: String
    var parent: Parent
}

/// The character sequence, tokens, sentences and words of one side of an evaluation.
struct UDEvalText {
    var characters: [Unicode.Scalar] = []
    var tokens: [UDEvalSpan] = []
    var sentences: [UDEvalSpan] = []
    var words: [UDEvalWord] = []

    init(_ sentences: [Sentence]) {
        for sentence in sentences where !sentence.tokens.isEmpty {
            let sentenceStart = characters.count, firstWord = words.count
            for token in sentence.tokens {
                let start = characters.count
                characters.append(contentsOf: token.form.unicodeScalars.filter { $0.properties.generalCategory != .spaceSeparator })
                let span = UDEvalSpan(start: start, end: characters.count)
                tokens.append(span)
                for w in token.wordRange {
                    words.append(UDEvalText.evalWord(sentence.words[w], span: span, isMultiword: token.wordRange.count > 1,
                                                     firstWord: firstWord, sentenceLength: sentence.words.count))
                }
            }
            self.sentences.append(UDEvalSpan(start: sentenceStart, end: characters.count))
        }
    }

    static func evalWord(_ w: Word, span: UDEvalSpan, isMultiword: Bool, firstWord: Int, sentenceLength: Int) -> UDEvalWord {
        let parent: UDEvalWord.Parent
        switch w.head {
        case nil: parent = .unknown
        case Word.root?: parent = .root
        case let h? where h >= 0 && h < sentenceLength: parent = .word(firstWord + h)
        default: parent = .unknown
        }
        return UDEvalWord(span: span, isMultiword: isMultiword, lowercasedForm: w.form.lowercased(),
                          lemma: w.lemma ?? "_", upos: w.upos?.rawValue ?? "_", xpos: w.xpos ?? "_",
                          feats: universalFeatures(w.feats), deprel: w.universalDeprel ?? "_", parent: parent)
    }

    /// The features the shared task scores; language-specific ones are dropped.
    static let universalFeatureNames: Set<Substring> = [
        "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number", "Case",
        "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person", "Polite",
    ]

    static func universalFeatures(_ feats: String) -> String {
        feats.split(separator: "|")
            .filter { universalFeatureNames.contains($0.split(separator: "=", maxSplits: 1).first ?? "") }
            .map(String.init).sorted().joined(separator: "|")
    }
}
