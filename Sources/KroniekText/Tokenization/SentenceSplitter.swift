/// Groups tokens into sentences: after sentence-final punctuation (. ! ? … and runs of
/// them) together with closing quotes and brackets glued to it, when the next token can
/// start a sentence; after an abbreviation that may end a sentence (etc., Inc.) before a
/// capital; at paragraph breaks; and at a line break before a capital (headlines).
struct SentenceSplitter {
    let s: [Unicode.Scalar]
    let rules: TokenizerRules

    /// Returns the tokens, in which a sentence-final abbreviation's stop may have become a
    /// token of its own where the language does that (etc + .), and the sentences as
    /// ranges of those tokens.
    func split(_ tokens: [RawToken]) -> (tokens: [RawToken], sentences: [Range<Int>]) {
        var out: [RawToken] = []
        out.reserveCapacity(tokens.count + 16)
        var sentences: [Range<Int>] = []
        var start = 0, outStart = 0, i = 0
        // Whether a double quotation is open; quotations may span sentences, not paragraphs.
        var quoteOpen = false
        while i < tokens.count {
            if tokens[i].lineBreaksBefore >= 2 { quoteOpen = false }
            track(tokens[i], &quoteOpen)
            var last = i
            var ends = false
            var detachesStop = false
            if isTerminal(tokens[i]) && !isListNumberStop(tokens, i, sentenceStart: start) {
                while last + 1 < tokens.count
                        && belongsToPreviousSentence(tokens[last + 1], after: tokens[last], quoteOpen: quoteOpen) {
                    last += 1
                    track(tokens[last], &quoteOpen)
                }
                ends = last + 1 == tokens.count
                    || (canStartSentence(tokens[last + 1]) || (tokens[i].end - tokens[i].start == 1 && !isContinuation(tokens[last + 1])))
            } else if tokens[i].isAbbreviation && i + 1 < tokens.count && abbreviationEndsSentence(tokens[i], before: tokens[i + 1]) {
                ends = true
                detachesStop = rules.detachesFinalAbbreviationStop
            }
            if !ends, last + 1 < tokens.count, tokens[last + 1].lineBreaksBefore > 0 {
                ends = tokens[last + 1].lineBreaksBefore >= 2 || lineBreakEndsSentence(tokens[last], tokens[last + 1])
            }
            if detachesStop {
                var word = tokens[i], stop = tokens[i]
                word.end -= 1; word.isAbbreviation = false
                stop.start = stop.end - 1; stop.isAbbreviation = false; stop.lineBreaksBefore = 0
                out.append(word); out.append(stop)
            } else {
                out.append(contentsOf: tokens[i...last])
            }
            if ends || last + 1 == tokens.count {
                sentences.append(outStart..<out.count)
                start = last + 1; outStart = out.count
            }
            i = last + 1
        }
        return (out, sentences)
    }

    private func isTerminal(_ t: RawToken) -> Bool {
        guard !t.isAbbreviation else { return false }
        for k in t.start..<t.end where !s[k].isSentenceFinal { return false }
        return true
    }

    /// Closing quotes and brackets glued to the stop ('' after ".") and emoticons after
    /// it (". :)") end the sentence they follow.
    private func belongsToPreviousSentence(_ t: RawToken, after previous: RawToken, quoteOpen: Bool) -> Bool {
        if t.lineBreaksBefore > 0 { return false }
        if quoteOpen && (quoteKind(t) == .closing || quoteKind(t) == .either) { return true }   // . '' with a space
        if t.start == previous.end {
            var closing = true
            for k in t.start..<t.end where !(s[k].isClosing || s[k].isStraightQuote || s[k] == "`") { closing = false; break }
            if closing { return true }
        }
        return t.end - t.start <= 4 && ChunkScanner.mayBeEmoticon(s[t.start]) && ChunkScanner.emoticons.contains(s.string(t.start..<t.end))
    }

    private enum QuoteKind { case opening, closing, either, none }

    /// Double quotation marks by role: ,, „ “ `` open; '' ” close; " does either.
    private func quoteKind(_ t: RawToken) -> QuoteKind {
        let c = s[t.start]
        switch t.end - t.start {
        case 1:
            if c == "\"" { return .either }
            if c == "„" || c == "“" || c == "«" { return .opening }
            if c == "”" || c == "»" { return .closing }
        case 2:
            if c == "," && s[t.start + 1] == "," || c == "`" { return .opening }
            if c == "'" && s[t.start + 1] == "'" || c == "’" && s[t.start + 1] == "’" { return .closing }
        default: break
        }
        return .none
    }

    private func track(_ t: RawToken, _ open: inout Bool) {
        switch quoteKind(t) {
        case .opening: open = true
        case .closing: open = false
        case .either: open.toggle()
        case .none: break
        }
    }

    /// Punctuation that cannot open a sentence: ) ] , ; : after "( ! )".
    private func isContinuation(_ t: RawToken) -> Bool {
        let c = s[t.start]
        if c == "," { return t.end - t.start == 1 }     // ,, opens a Dutch quotation
        return c.isClosing || c == ";" || c == ":"
    }

    /// "2." opening a numbered item ("2. Save up") is not a sentence end.
    private func isListNumberStop(_ tokens: [RawToken], _ i: Int, sentenceStart: Int) -> Bool {
        guard i == sentenceStart + 1, tokens[i].end - tokens[i].start == 1, s[tokens[i].start] == "." else { return false }
        let number = tokens[i - 1]
        return number.end == tokens[i].start && number.end - number.start <= 2 && (number.start..<number.end).allSatisfy { s[$0].isDigit }
    }

    /// After a run (... !!) a new sentence starts with a capital, digit, quote, bracket or
    /// symbol, not a lower-case word; a single . ! or ? ends the sentence regardless
    /// (web text often starts sentences in lower case).
    private func canStartSentence(_ t: RawToken) -> Bool {
        let c = s[t.start]
        if c.isLetterLike { return !c.isLowercaseLetter }
        return !isContinuation(t)
    }

    /// Titles and initials (Dr., J.) never end a sentence; abbreviations that may (etc.,
    /// Inc., a.m.) do before a capital; dotted capitals (U.S., V.S.), often followed by a
    /// name, only before a word that typically opens a sentence (The, Het).
    private func abbreviationEndsSentence(_ t: RawToken, before next: RawToken) -> Bool {
        guard s[next.start].isUppercaseLetter else { return false }
        let word = t.start..<(t.end - 1)
        if word.count == 1 { return false }
        let folded = s.foldedString(word), capitalised = s[t.start].isUppercaseLetter
        if rules.abbreviations.isNeverFinal(folded, capitalised: capitalised) { return false }
        if rules.abbreviations.mayBeFinal(folded, capitalised: capitalised) || !capitalised { return true }
        return rules.sentenceOpeners.contains(s.string(next.start..<next.end))
    }

    /// Text broken over lines: a new line starting with a capital after a line that
    /// does not end in a comma or similar is a new sentence (headlines, list items).
    private func lineBreakEndsSentence(_ previous: RawToken, _ next: RawToken) -> Bool {
        let last = s[previous.end - 1]
        if last == "," || last == ";" || last == ":" || last == "-" { return false }
        return !s[next.start].isLowercaseLetter
    }
}
