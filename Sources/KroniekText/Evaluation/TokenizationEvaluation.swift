import KroniekCore

/// Scores Kroniek's tokenizer and sentence splitter against a UD treebank the way the
/// CoNLL 2018 shared task scored raw-text systems: rebuild the raw text from the gold
/// file, segment it, and compare tokens, words and sentences with `UDScorer`.
public struct TokenizationEvaluation: Sendable {
    public var segmenter: Segmenter
    public init(segmenter: Segmenter = Segmenter()) { self.segmenter = segmenter }

    /// `conllu` is the gold file's text and `gold` its sentences (as read by a CoNLL-U reader).
    public func evaluate(conllu: String, gold: [Sentence], language: Language) throws -> UDScores {
        let raw = GoldRawText.rebuild(conllu: conllu)
        let system = segmenter.sentences(in: raw, language: language)
        return try UDScorer().score(gold: gold, system: system)
    }
}
