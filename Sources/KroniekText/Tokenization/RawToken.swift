/// A token as the tokenizer cuts it, before sentences are formed: scalar offsets into
/// the text plus what the sentence splitter needs to know.
struct RawToken: Sendable, Hashable {
    var start: Int
    var end: Int
    /// Absolute offsets where the token divides into syntactic words (English
    /// contractions: "don't" -> cut before "n't"); empty for a one-word token.
    var wordCuts: [Int] = []
    /// The token keeps a final full stop that is part of an abbreviation (o.a., Dr.).
    var isAbbreviation = false
    /// Line breaks in the whitespace before the token (2 or more: a paragraph break).
    var lineBreaksBefore = 0

    init(start: Int, end: Int) { self.start = start; self.end = end }
}
