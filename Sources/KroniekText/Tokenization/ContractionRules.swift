/// Where an English token divides into UD words, following EWT: do|n't, ca|n't, wo|n't,
/// it|'s, Arafat|'s, I|'m, we|'ll, soldiers|', and the apostrophe-less spellings of web
/// text (dont, cannot, gonna). Word forms are always substrings of the token, so each
/// word can carry the token's span.
enum ContractionRules {
    /// Apostrophe-less contractions (lower-cased) and the lengths of their words.
    static let unmarked: [String: [Int]] = [
        "cannot": [3, 3], "gonna": [3, 2], "wanna": [3, 2], "gotta": [3, 2], "outta": [3, 2], "dunno": [2, 1, 2],
        "dont": [2, 2], "cant": [2, 2], "wont": [2, 2], "didnt": [3, 2], "doesnt": [4, 2], "isnt": [2, 2],
        "wasnt": [3, 2], "arent": [3, 2], "werent": [4, 2], "havent": [4, 2], "hasnt": [3, 2], "couldnt": [5, 2],
        "wouldnt": [5, 2], "shouldnt": [6, 2], "aint": [2, 2], "im": [1, 1], "ive": [1, 2], "thats": [4, 1],
        "youre": [3, 2], "theyre": [4, 2],
    ]
    static let clitics: Set<String> = ["s", "re", "ve", "ll", "d", "m"]

    /// The last letters of the `unmarked` entries, checked before building a string.
    private static func endsLikeUnmarked(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "t", "T", "a", "A", "o", "O", "m", "M", "e", "E", "s", "S": return true
        default: return false
        }
    }

    /// Absolute cut offsets inside `r`, empty when the token is one word.
    static func cuts(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [Int] {
        guard r.count >= 2 else { return [] }
        var hasApostrophe = false
        for i in r where s[i].isApostrophe { hasApostrophe = true; break }
        if !hasApostrophe {
            guard r.count <= 8, s[r.lowerBound].isLetterLike, endsLikeUnmarked(s[r.upperBound - 1]),
                  let lengths = unmarked[s.foldedString(r)] else { return [] }
            var cuts: [Int] = [], at = r.lowerBound
            for l in lengths.dropLast() { at += l; cuts.append(at) }
            return cuts
        }
        let end = r.upperBound
        // n't: do|n't, ca|n't, wo|n't
        if r.count > 3, s[end - 1] == "t" || s[end - 1] == "T", s[end - 2].isApostrophe,
           s[end - 3] == "n" || s[end - 3] == "N", s[end - 4].isLetterLike {
            return [end - 3]
        }
        // soldiers' -> soldiers + '
        if s[end - 1].isApostrophe, s[end - 2] == "s" || s[end - 2] == "S", r.count > 2 { return [end - 1] }
        // it's, I'm, we'll, they're, I've, he'd, Arafat's
        var p = end - 1
        while p > r.lowerBound && !s[p].isApostrophe { p -= 1 }
        guard p > r.lowerBound, p < end - 1, s[p - 1].isLetterOrDigit, clitics.contains(s.foldedString(p + 1..<end)) else { return [] }
        // The host may hold digits and joiners: 969's, PG&E's, O'Neill's.
        for i in r.lowerBound..<p where !(s[i].isLetterOrDigit || s[i].isApostrophe || s[i] == "&" || s[i] == "-" || s[i] == ".") {
            return []
        }
        return [p]
    }
}
