import KroniekCore

/// Joins the tokens of a tokenised corpus sentence back into running text, the way a
/// newspaper prints it: no space before closing punctuation or after opening brackets,
/// quotes hugging what they quote, English clitics ("n't", "'s") on their word.
///
/// Quote marks that open and close alike (`"`, and `'` used as a quote) alternate within
/// the sentence; a `'` directly before a digit is an elided century ("'81").
public struct Detokenizer: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    static let closing: Set<String> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "...", "…", "»", "”", "’"]
    static let opening: Set<String> = ["(", "[", "{", "$", "«", "“", "‘"]
    static let englishClitics: Set<String> = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "'"]

    public func text(_ tokens: [String]) -> String {
        var out = ""
        var spaceBefore = false
        var openQuotes: Set<String> = []
        for (i, token) in tokens.enumerated() {
            var glueLeft = Self.closing.contains(token)
            var glueRight = Self.opening.contains(token)
            if token == "\"" || (token == "'" && !isEnglishPossessive(tokens, i)) {
                let isYear = token == "'" && tokens.indices.contains(i + 1) && tokens[i + 1].first?.isNumber == true
                if isYear {
                    glueRight = true
                } else if openQuotes.contains(token) {
                    openQuotes.remove(token); glueLeft = true
                } else {
                    openQuotes.insert(token); glueRight = true
                }
            } else if language == .english, Self.englishClitics.contains(token.lowercased()) {
                glueLeft = true
            }
            if !out.isEmpty, spaceBefore, !glueLeft { out += " " }
            out += token
            spaceBefore = !glueRight
        }
        return out
    }

    /// An English `'` after a plural in s ("the ministers ' talks") is a possessive.
    private func isEnglishPossessive(_ tokens: [String], _ i: Int) -> Bool {
        language == .english && i > 0 && tokens[i - 1].lowercased().hasSuffix("s")
            && tokens.indices.contains(i + 1) && tokens[i + 1].first?.isLetter == true
    }
}
