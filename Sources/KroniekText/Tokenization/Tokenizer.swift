import KroniekCore

/// Cuts text into UD tokens for one language's conventions. Whitespace separates chunks;
/// each chunk is cut by `ChunkScanner`. Runs in one pass over the scalars.
struct Tokenizer: Sendable {
    let rules: TokenizerRules

    init(language: Language) { rules = .forLanguage(language) }

    func tokens(in s: [Unicode.Scalar], range: Range<Int>) -> [RawToken] {
        var out: [RawToken] = []
        out.reserveCapacity(range.count / 8)
        let scanner = ChunkScanner(s: s, rules: rules)
        var i = range.lowerBound, lineBreaks = 0
        while i < range.upperBound {
            let c = s[i]
            if c.isSpace {
                // \r\n counts once.
                if c.isLineBreak && !(c == "\r" && i + 1 < range.upperBound && s[i + 1] == "\n") { lineBreaks += 1 }
                i += 1
                continue
            }
            var j = i + 1
            while j < range.upperBound && !s[j].isSpace { j += 1 }
            let first = out.count
            scanner.scan(i..<j, into: &out)
            if out.count > first { out[first].lineBreaksBefore = lineBreaks }
            lineBreaks = 0
            i = j
        }
        return out
    }
}
