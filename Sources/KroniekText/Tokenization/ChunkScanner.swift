/// Cuts one whitespace-free stretch of text ("(o.a.", "don't,", "Navo-lidmaatschap.'')
/// into tokens: punctuation is peeled from both ends, then the core is split by the
/// language's rules (hyphens, slashes, units, contractions).
struct ChunkScanner {
    let s: [Unicode.Scalar]
    let rules: TokenizerRules
    private let core: CoreSplitter

    init(s: [Unicode.Scalar], rules: TokenizerRules) {
        self.s = s; self.rules = rules
        core = CoreSplitter(s: s, rules: rules)
    }

    func scan(_ chunk: Range<Int>, into out: inout [RawToken]) {
        if isSymbolGroup(chunk) { out.append(RawToken(start: chunk.lowerBound, end: chunk.upperBound)); return }
        var a = chunk.lowerBound, b = chunk.upperBound
        var tail: [RawToken] = []
        var peeled = true
        while peeled && a < b {
            peeled = false
            if let n = leadingPunctuation(a, b) {
                out.append(RawToken(start: a, end: a + n)); a += n; peeled = true
            }
            if a < b, let n = trailingPunctuation(a, b, chunk: chunk) {
                tail.append(RawToken(start: b - n, end: b)); b -= n; peeled = true
            }
        }
        if a < b { core.split(a..<b, into: &out) }
        out.append(contentsOf: tail.reversed())
    }

    // MARK: whole chunks of symbols

    static let emoticons: Set<String> = [
        ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p", ":/", ":-/", "=)", ":O",
        ":o", "^_^", "<3", ":'(", ":*", ";-(", ":]", ":-]", "XD", "xD",
    ]

    /// The first scalars of the emoticons above, checked before building a string.
    static func mayBeEmoticon(_ first: Unicode.Scalar) -> Bool {
        switch first {
        case ":", ";", "=", "^", "<", "X", "x": return true
        default: return false
        }
    }

    /// Emoticons, rules ("-----", "==") and arrows ("<<", "-->") stay whole.
    private func isSymbolGroup(_ r: Range<Int>) -> Bool {
        guard r.count > 1 else { return true }
        if r.count <= 4, ChunkScanner.mayBeEmoticon(s[r.lowerBound]), ChunkScanner.emoticons.contains(s.string(r)) { return true }
        for i in r {
            switch s[i] {
            case "-", "=", "*", "_", "~", "#", "<", ">", "+", "^", "|", "\\": continue
            default: return false
            }
        }
        return true
    }

    // MARK: leading punctuation

    /// Length of the token to peel from the start, or nil if the start is part of a word.
    private func leadingPunctuation(_ a: Int, _ b: Int) -> Int? {
        let c = s[a]
        let next: Unicode.Scalar? = a + 1 < b ? s[a + 1] : nil
        if (c == "," || c == "`" || c == "'" || c == "‘" || c == "’") && next == c { return 2 }   // ,, `` '' ‘‘
        if c == "‘" && next == "’" { return 2 }                                   // ‘’ used as a double quote
        if c.isOpening || c == "\"" { return 1 }
        if c.isRepeatableSymbol { return runLength(from: a, to: b) }              // * ** <<
        if c.isApostrophe {
            guard let n = next else { return 1 }
            if n.isDigit && a + 2 < b && s[a + 2].isDigit { return nil }          // '30, '90s
            if rules.keepsLeadingApostropheWords && isDutchApostropheWord(a, b) { return nil }
            if !rules.keepsLeadingApostropheWords && isEnglishClitic(a, b) { return nil }
            return 1
        }
        if c.isDash {
            var k = a
            while k < b && s[k].isDash { k += 1 }
            if k - a >= 2 { return k - a }                                         // -- as a token
            guard let n = next else { return 1 }
            if n.isDigit { return nil }                                            // -5
            if n.isLetterLike && rules.keepsDanglingHyphens { return nil }         // Dutch -ie, -achtig
            return 1
        }
        if (c.isCurrency || c == "#") && next?.isDigit == true { return 1 }
        return nil
    }

    /// Length of the run of the scalar at `a` (*** or <<).
    private func runLength(from a: Int, to b: Int) -> Int {
        var k = a + 1
        while k < b && s[k] == s[a] { k += 1 }
        return k - a
    }

    /// Dutch 's, 't, 'n, 'k, 'm, 'r and 's-Hertogenbosch are words of their own.
    private func isDutchApostropheWord(_ a: Int, _ b: Int) -> Bool {
        var end = b
        while end > a + 1 && !s[end - 1].isLetterOrDigit { end -= 1 }
        let rest = s.foldedString(a + 1..<end)
        if ["s", "t", "n", "k", "m", "r", "ns"].contains(rest) { return true }
        return rest.hasPrefix("s-") || rest.hasPrefix("t-")
    }

    /// A split-off English clitic written on its own: 's 're 've 'll 'd 'm 'em.
    private func isEnglishClitic(_ a: Int, _ b: Int) -> Bool {
        var end = b
        while end > a + 1 && !s[end - 1].isLetterOrDigit { end -= 1 }
        return ["s", "re", "ve", "ll", "d", "m", "em", "t"].contains(s.foldedString(a + 1..<end))
    }

    // MARK: trailing punctuation

    /// Length of the token to peel from the end, or nil if the end belongs to the word.
    private func trailingPunctuation(_ a: Int, _ b: Int, chunk: Range<Int>) -> Int? {
        let c = s[b - 1]
        let prev: Unicode.Scalar? = b - 2 >= a ? s[b - 2] : nil
        switch c {
        case ".", "!", "?":
            var k = b - 1
            while k > a && (s[k - 1] == "." || s[k - 1] == "!" || s[k - 1] == "?") { k -= 1 }
            if b - k >= 2 { return b - k }                    // ... !! ?! .?
            if c != "." || k == a { return 1 }
            return isAbbreviation(a, b - 1) ? nil : 1
        case "…", ";": return 1
        case ",": return prev == "," ? 2 : 1
        case ":": return 1
        case "'", "’", "`":
            if prev == c { return 2 }                         // '' ’’
            if rules.splitsContractions && (prev == "s" || prev == "S") && b == chunk.upperBound
                && !s[chunk.lowerBound].isApostrophe && nextVisibleIsLetter(after: b) {
                return nil                                    // soldiers' home: a possessive, split as a word
            }
            return 1
        case "\"", "”", "»", "›", "]", "}": return 1
        case ")": return hasOpenParenthesis(a, b - 1) ? nil : 1
        case "%", "‰": return prev?.isDigit == true ? 1 : nil
        case "*", ">", "=", "~", "<":
            return b - runStart(before: b, from: a)
        case "+", "_", "#":
            // C++, A+ and 6,000+ keep their sign; a free-standing run is a token.
            let k = runStart(before: b, from: a)
            return k > a && s[k - 1].isLetterOrDigit ? nil : b - k
        case "-", "–", "—":
            var k = b - 1
            while k > a && s[k - 1].isDash { k -= 1 }
            if b - k >= 2 { return b - k }
            if rules.keepsDanglingHyphens && prev?.isLetterLike == true { return nil }   // Dutch mond- en klauwzeer
            return 1
        default: return nil
        }
    }

    /// Where the run of the scalar just before `b` starts (not before `a`).
    private func runStart(before b: Int, from a: Int) -> Int {
        var k = b - 1
        while k > a && s[k - 1] == s[b - 1] { k -= 1 }
        return k
    }

    private func nextVisibleIsLetter(after b: Int) -> Bool {
        var k = b
        while k < s.count && s[k].isSpace && !s[k].isLineBreak { k += 1 }
        return k < s.count && s[k].isLetterLike
    }

    /// "account(s)" and "a(b+c)": the bracket closes one opened inside the word.
    private func hasOpenParenthesis(_ a: Int, _ b: Int) -> Bool {
        var depth = 0
        for i in a..<b {
            if s[i] == "(" { depth += 1 } else if s[i] == ")" { depth -= 1 }
        }
        return depth > 0 && s[a] != "("
    }

    /// Whether `word` + "." is an abbreviation: an initial (J.), a dotted form (U.S., d.w.z.)
    /// or a listed abbreviation (blz., Dr.).
    func isAbbreviation(_ a: Int, _ dot: Int) -> Bool {
        guard dot > a else { return false }
        if dot - a == 1 { return s[a].isLetterLike && !rules.lettersThatAreWords.contains(s[a]) }
        if isDottedAbbreviation(a, dot) { return true }
        // An acronym in capitals (VS, NAVO) is a word of its own: its stop ends the
        // sentence even where the lower-case form is listed ("vs." for versus).
        guard dot - a <= 8, !(a..<dot).allSatisfy({ s[$0].isUppercaseLetter }) else { return false }
        return rules.abbreviations.contains(s.foldedString(a..<dot), capitalised: s[a].isUppercaseLetter)
    }

    /// Letter groups of 1–3 letters joined by stops: U.S, o.a, d.w.z, Ph.D, v.Chr.
    func isDottedAbbreviation(_ a: Int, _ dot: Int) -> Bool {
        var groups = 0, length = 0
        for i in a..<dot {
            if s[i] == "." {
                guard length > 0 else { return false }
                groups += 1; length = 0
            } else if s[i].isLetterLike {
                length += 1
                if length > 3 { return false }
            } else {
                return false
            }
        }
        return groups >= 1 && length > 0
    }
}
