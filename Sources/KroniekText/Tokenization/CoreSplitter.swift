/// Splits the core of a chunk (its punctuation already peeled) by the language's rules:
/// English hyphens, slashes, number–unit pairs and contractions. URLs, e-mail addresses,
/// numbers (100.000, 1.000,50, 3,5) and Dutch compounds stay whole.
struct CoreSplitter {
    let s: [Unicode.Scalar]
    let rules: TokenizerRules

    func split(_ r: Range<Int>, into out: inout [RawToken]) {
        if s[r.upperBound - 1] == "." && r.count > 1 {
            // The chunk scanner left the stop on: an abbreviation.
            var t = RawToken(start: r.lowerBound, end: r.upperBound)
            t.isAbbreviation = true
            out.append(t)
            return
        }
        if isAddress(r) { out.append(RawToken(start: r.lowerBound, end: r.upperBound)); return }
        if rules.splitsUnitsFromNumbers, let cut = numberUnitCut(r) {
            out.append(RawToken(start: r.lowerBound, end: cut))
            out.append(RawToken(start: cut, end: r.upperBound))
            return
        }
        for piece in separatedPieces(r) {
            var t = RawToken(start: piece.lowerBound, end: piece.upperBound)
            if rules.splitsContractions { t.wordCuts = ContractionRules.cuts(s, piece) }
            out.append(t)
        }
    }

    /// URLs (scheme:// or www.), e-mail addresses and file-like names with @.
    private func isAddress(_ r: Range<Int>) -> Bool {
        var hasDot = false
        for i in r {
            switch s[i] {
            case "@": return true
            case ":": if i + 2 < r.upperBound && s[i + 1] == "/" && s[i + 2] == "/" { return true }
            case ".": hasDot = true
            default: break
            }
        }
        return hasDot && r.count > 4 && s.foldedString(r.lowerBound..<r.lowerBound + 4) == "www."
    }

    /// 5kg, 10am, 7:30PM -> number + unit; 1980s, 3rd and 2nd stay whole.
    private func numberUnitCut(_ r: Range<Int>) -> Int? {
        guard s[r.lowerBound].isDigit else { return nil }
        var i = r.lowerBound
        while i < r.upperBound && (s[i].isDigit || ((s[i] == "." || s[i] == "," || s[i] == ":") && i + 1 < r.upperBound && s[i + 1].isDigit)) {
            i += 1
        }
        guard i < r.upperBound, i > r.lowerBound else { return nil }
        for k in i..<r.upperBound where !s[k].isLetterLike { return nil }
        // A single capital is part of a code (83N, 3143C), not a unit.
        if r.upperBound - i == 1 && s[i].isUppercaseLetter { return nil }
        let unit = s.foldedString(i..<r.upperBound)
        return ["st", "nd", "rd", "th", "s", "d", "x"].contains(unit) ? nil : i
    }

    /// The core cut at English hyphens and slashes where EWT cuts them; the separators
    /// become tokens of their own.
    private func separatedPieces(_ r: Range<Int>) -> [Range<Int>] {
        guard r.contains(where: { s[$0] == "-" || s[$0] == "/" || s[$0] == "," || s[$0] == ";" || s[$0] == "." }) else { return [r] }
        var pieces = innerPunctuationPieces(r)
        if rules.splitsHyphens { pieces = pieces.flatMap { splitAt("-", $0, keep: keepsHyphens) } }
        if rules.splitsSlashes { pieces = pieces.flatMap { splitAt("/", $0, keep: keepsSlashes) } }
        return pieces
    }

    /// Punctuation typed without a space between words, in any language: "politics--the",
    /// "wait...what", "problem,don't", "gda;for". Commas between digits (1,5) stay.
    private func innerPunctuationPieces(_ r: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = r.lowerBound, i = r.lowerBound + 1
        while i < r.upperBound - 1 {
            var end = i
            if s[i] == "," || s[i] == ";" {
                end = i + 1
            } else if (s[i] == "-" || s[i] == ".") && s[i + 1] == s[i] {
                end = i
                while end < r.upperBound && s[end] == s[i] { end += 1 }
            }
            if end > i && end < r.upperBound && s[i - 1].isLetterLike && s[end].isLetterLike {
                pieces.append(start..<i); pieces.append(i..<end)
                start = end; i = end + 1
            } else {
                i += 1
            }
        }
        pieces.append(start..<r.upperBound)
        return pieces
    }

    private func splitAt(_ separator: Unicode.Scalar, _ r: Range<Int>, keep: ([Range<Int>]) -> Bool) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var start = r.lowerBound
        for i in r where s[i] == separator {
            segments.append(start..<i); start = i + 1
        }
        segments.append(start..<r.upperBound)
        guard segments.count > 1, segments.allSatisfy({ !$0.isEmpty }), !keep(segments) else { return [r] }
        var out: [Range<Int>] = []
        for (n, seg) in segments.enumerated() {
            if n > 0 { out.append(seg.lowerBound - 1..<seg.lowerBound) }
            out.append(seg)
        }
        return mergePrefixes(out, separator: separator)
    }

    /// Re-joins "e" "-" "mail" when the left part is a prefix EWT keeps attached.
    private func mergePrefixes(_ pieces: [Range<Int>], separator: Unicode.Scalar) -> [Range<Int>] {
        guard separator == "-" else { return pieces }
        var out: [Range<Int>] = []
        var i = 0
        while i < pieces.count {
            var current = pieces[i]
            while i + 2 < pieces.count, isAlphabetic(current),
                  TokenizerRules.englishHyphenPrefixes.contains(s.foldedString(current)) {
                current = current.lowerBound..<pieces[i + 2].upperBound
                i += 2
            }
            out.append(current)
            i += 1
        }
        return out
    }

    private func isAlphabetic(_ r: Range<Int>) -> Bool { r.allSatisfy { s[$0].isLetterLike } }
    private func isNumeric(_ r: Range<Int>) -> Bool { r.allSatisfy { s[$0].isDigit } }
    /// Digits with inner separators: 5:00, 1.5, 10,000.
    private func isNumberLike(_ r: Range<Int>) -> Bool {
        s[r.lowerBound].isDigit && s[r.upperBound - 1].isDigit
            && r.allSatisfy { s[$0].isDigit || s[$0] == ":" || s[$0] == "." || s[$0] == "," }
    }
    private func isWordLike(_ r: Range<Int>) -> Bool { r.allSatisfy { s[$0].isLetterLike || s[$0].isApostrophe } }

    /// Hyphens stay inside phone numbers and codes (713-853-1696, 345-9945, ld2d-#69366-1);
    /// they split words (center-north) and ranges (1969-1970, 5:00-8:30).
    private func keepsHyphens(_ segments: [Range<Int>]) -> Bool {
        if segments.allSatisfy(isNumeric) {
            return segments.count > 2 || (segments[0].count == 3 && segments[1].count == 4)
        }
        if segments.allSatisfy(isNumberLike) { return segments.count > 2 }
        return !segments.allSatisfy { isWordLike($0) || isNumeric($0) }
    }

    /// Slashes stay in dates and fractions (08/16/2000, 3/4) and short forms (b/c, w/o).
    private func keepsSlashes(_ segments: [Range<Int>]) -> Bool {
        !segments.allSatisfy { isWordLike($0) && $0.count >= 2 }
    }
}
