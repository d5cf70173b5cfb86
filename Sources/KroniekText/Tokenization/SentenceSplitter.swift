/// Groups tokens into sentences: after sentence-final punctuation (. ! ? … and runs of
/// them) together with closing quotes and brackets glued to it, when the next token can
/// start a sentence; after an abbreviation that may end a sentence (etc., Inc.) before a
/// capital; at paragraph breaks; and at a line break before a capital (headlines).
struct SentenceSplitter {
    let s: [Unicode.Scalar]
    let rules: TokenizerRules

    /// Returns the token ranges of the sentences; may split a sentence-final
    /// abbreviation's stop into its own token where the language does (etc + .).
    func split(_ tokens: inout [RawToken]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0, i = 0
        while i < tokens.count {
            var last = i
            var ends = false
            if isTerminal(tokens[i]) {
                while last + 1 < tokens.count && tokens[last + 1].start == tokens[last].end && isClosing(tokens[last + 1]) {
                    last += 1
                }
                ends = last + 1 == tokens.count || canStartSentence(tokens[last + 1])
            } else if tokens[i].isAbbreviation && i + 1 < tokens.count && mayEndSentence(tokens[i])
                        && startsWithCapital(tokens[i + 1]) {
                ends = true
                if rules.detachesFinalAbbreviationStop {
                    var stop = tokens[i]
                    stop.start = stop.end - 1
                    stop.isAbbreviation = false; stop.lineBreaksBefore = 0
                    tokens[i].end -= 1
                    tokens[i].isAbbreviation = false
                    tokens.insert(stop, at: i + 1)
                    last = i + 1
                }
            }
            if !ends, last + 1 < tokens.count, tokens[last + 1].lineBreaksBefore > 0 {
                ends = tokens[last + 1].lineBreaksBefore >= 2 || lineBreakEndsSentence(tokens[last], tokens[last + 1])
            }
            if ends || last + 1 == tokens.count {
                sentences.append(start..<(last + 1))
                start = last + 1
            }
            i = last + 1
        }
        return sentences
    }

    private func isTerminal(_ t: RawToken) -> Bool {
        guard !t.isAbbreviation else { return false }
        for k in t.start..<t.end where !s[k].isSentenceFinal { return false }
        return true
    }

    private func isClosing(_ t: RawToken) -> Bool {
        for k in t.start..<t.end where !(s[k].isClosing || s[k].isStraightQuote || s[k] == "`") { return false }
        return true
    }

    /// A capital, digit, opening quote or bracket, or a symbol; not a lower-case word
    /// (an unlisted abbreviation or an ellipsis inside a sentence is followed by one).
    private func canStartSentence(_ t: RawToken) -> Bool {
        let c = s[t.start]
        if c.isLetterLike { return !c.isLowercaseLetter }
        return true
    }

    private func startsWithCapital(_ t: RawToken) -> Bool { s[t.start].isUppercaseLetter }

    /// Titles and initials (Dr., J.) and dotted capitals (U.S.) are followed by a name
    /// more often than they end a sentence.
    private func mayEndSentence(_ t: RawToken) -> Bool {
        let word = t.start..<(t.end - 1)
        if word.count == 1 { return false }
        let folded = s.foldedString(word)
        if rules.abbreviations.titles.contains(folded) { return false }
        if rules.abbreviations.general.contains(folded) { return true }
        return s[t.start].isLowercaseLetter
    }

    /// Text broken over lines: a new line starting with a capital after a line that
    /// does not end in a comma or similar is a new sentence (headlines, list items).
    private func lineBreakEndsSentence(_ previous: RawToken, _ next: RawToken) -> Bool {
        let last = s[previous.end - 1]
        if last == "," || last == ";" || last == ":" || last == "-" { return false }
        return !s[next.start].isLowercaseLetter
    }
}
