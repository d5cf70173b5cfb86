import KroniekCore

/// Builds an unparsed sentence from plain text for tests: letters and digits form
/// tokens (with an apostrophe prefix such as "'s"), every other non-space character is
/// a token of its own. One word per token, as a tokenizer without MWT rules gives.
func testSentence(_ string: String) -> (Sentence, ScalarText) {
    let text = ScalarText(string)
    let s = text.scalars
    var tokens: [Token] = []
    var i = 0
    func isWordChar(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil }
    while i < s.count {
        if s[i].properties.isWhitespace { i += 1; continue }
        let start = i
        if s[i] == "'", i + 1 < s.count, isWordChar(s[i + 1]) { i += 1 }
        if isWordChar(s[i]) {
            while i < s.count, isWordChar(s[i]) { i += 1 }
        } else {
            i += 1
        }
        let span = Span(start, i)
        tokens.append(Token(form: text[span], span: span, spaceAfter: i < s.count && s[i].properties.isWhitespace))
    }
    let sentenceSpan = Span(tokens.first?.span.start ?? 0, tokens.last?.span.end ?? 0)
    return (Sentence(span: sentenceSpan, simpleTokens: tokens), text)
}
