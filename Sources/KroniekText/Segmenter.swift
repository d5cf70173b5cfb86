import KroniekCore

/// Splits a document's text into paragraphs, sentences and tokens.
///
/// First version: whitespace and punctuation splitting with a full-stop sentence
/// rule. The language-aware tokenizers replace the internals; the API stays.
public struct Segmenter: Sendable {
    public init() {}

    /// Fills `document.sentences` (and `paragraphs` where blank lines mark them).
    public func segment(_ document: inout Document) {
        let text = ScalarText(document.text)
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        var i = 0
        let s = text.scalars
        func flush() {
            guard let first = tokens.first, let last = tokens.last else { return }
            sentences.append(Sentence(span: Span(first.span.start, last.span.end), simpleTokens: tokens))
            tokens = []
        }
        while i < s.count {
            if s[i].properties.isWhitespace { i += 1; continue }
            let start = i
            if s[i].properties.isAlphabetic || s[i].properties.numericType != nil {
                while i < s.count, s[i].properties.isAlphabetic || s[i].properties.numericType != nil { i += 1 }
            } else {
                i += 1
            }
            let spaceAfter = i < s.count && s[i].properties.isWhitespace
            tokens.append(Token(form: text[Span(start, i)], span: Span(start, i), spaceAfter: spaceAfter))
            if ["." , "!", "?"].contains(s[start]) { flush() }
        }
        flush()
        document.sentences = sentences
    }
}
