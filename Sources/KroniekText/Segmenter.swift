import KroniekCore

/// Splits a document's text into paragraphs, sentences and UD tokens.
///
/// When the document's language is unknown it is identified first (and stored in the
/// metadata). Tokens follow the UD conventions of that language (`TokenizerRules`).
/// Each sentence whose own language is confidently different (an English quote in a
/// Dutch article) gets `Sentence.language` and is re-tokenized by that language's rules.
/// Paragraphs are stretches separated by blank lines.
public struct Segmenter: Sendable {
    private let identifier: LanguageIdentifier?

    /// Uses the bundled language model; without it, undetected documents are treated as Dutch.
    public init() { identifier = LanguageIdentifier.bundled }

    public init(identifier: LanguageIdentifier?) { self.identifier = identifier }

    /// Fills `document.sentences`, `document.paragraphs` and, if nil, `metadata.language`.
    public func segment(_ document: inout Document) {
        let text = ScalarText(document.text)
        let s = text.scalars
        let language: Language
        if let known = document.metadata.language {
            language = known
        } else {
            language = identifier?.identify(s, range: 0..<min(s.count, 20_000)).language ?? .dutch
            document.metadata.language = language
        }
        let (tokens, ranges) = SentenceSplitter(s: s, rules: .forLanguage(language))
            .split(Tokenizer(language: language).tokens(in: s, range: 0..<s.count))

        var sentences: [Sentence] = []
        var paragraphs: [Span] = []
        sentences.reserveCapacity(ranges.count)
        for r in ranges {
            var sentenceTokens = tokens[r]
            let startsParagraph = sentences.isEmpty || sentenceTokens.first!.lineBreaksBefore >= 2
            let span = Span(sentenceTokens.first!.start, sentenceTokens.last!.end)
            var own: Language?
            if let id = identifier, let other = id.sentenceLanguage(s, span: span, documentLanguage: language) {
                own = other
                if TokenizerRules.forLanguage(other).splitsContractions != TokenizerRules.forLanguage(language).splitsContractions {
                    sentenceTokens = ArraySlice(Tokenizer(language: other).tokens(in: s, range: span.start..<span.end))
                }
            }
            var sentence = SentenceBuilder.sentence(from: sentenceTokens, in: text)
            sentence.language = own
            sentence.startsParagraph = startsParagraph
            if startsParagraph || paragraphs.isEmpty {
                paragraphs.append(span)
            } else {
                paragraphs[paragraphs.count - 1] = paragraphs[paragraphs.count - 1].union(span)
            }
            sentences.append(sentence)
        }
        document.sentences = sentences
        document.paragraphs = paragraphs
    }

    /// Tokenizes and splits a bare text in the given language (used by evaluation and tests).
    public func sentences(in text: String, language: Language) -> [Sentence] {
        var doc = Document(metadata: DocumentMetadata(id: "text", language: language), text: text)
        segment(&doc)
        return doc.sentences
    }
}

/// Turns raw tokens into core `Sentence`s: forms cut from the text, multiword tokens
/// with their words, `spaceAfter` from the following character.
enum SentenceBuilder {
    static func sentence(from raw: ArraySlice<RawToken>, in text: ScalarText) -> Sentence {
        let s = text.scalars
        var tokens: [Token] = [], words: [Word] = []
        tokens.reserveCapacity(raw.count); words.reserveCapacity(raw.count)
        for t in raw {
            let span = Span(t.start, t.end)
            let form = s.string(t.start..<t.end)
            let firstWord = words.count
            if t.wordCuts.isEmpty {
                words.append(Word(form: form, span: span, tokenIndex: tokens.count))
            } else {
                var from = t.start
                for cut in t.wordCuts + [t.end] {
                    words.append(Word(form: s.string(from..<cut), span: span, tokenIndex: tokens.count))
                    from = cut
                }
            }
            let spaceAfter = t.end >= s.count || s[t.end].isSpace
            tokens.append(Token(form: form, span: span, wordRange: firstWord..<words.count, spaceAfter: spaceAfter))
        }
        return Sentence(span: Span(raw.first!.start, raw.last!.end), tokens: tokens, words: words)
    }
}
