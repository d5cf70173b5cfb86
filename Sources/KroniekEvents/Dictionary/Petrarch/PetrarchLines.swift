import KroniekCore
import KroniekEntities

/// Line handling shared by the PETRARCH dictionary readers: comments (`#`, `<!-- -->`),
/// names written with `_` between words, and codes in brackets.
enum PetrarchLines {
    /// The lines of a file with comments removed, paired with their 1-based numbers.
    /// Leading tabs are kept: actor files mark code lines by indentation.
    static func contentLines(_ text: String) -> [(number: Int, text: Substring)] {
        var out: [(Int, Substring)] = []
        var inComment = false
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            var line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if inComment {
                guard let end = line.range(of: "-->") else { continue }
                line = line[end.upperBound...]; inComment = false
            }
            while let start = line.range(of: "<!--") {
                if let end = line[start.upperBound...].range(of: "-->") {
                    line = line[..<start.lowerBound] + line[end.upperBound...]
                } else {
                    line = line[..<start.lowerBound]; inComment = true
                }
            }
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            out.append((number, line))
        }
        return out
    }

    /// `PRESIDENT_GEORGE_W._BUSH` -> words; the last word matches as a prefix unless
    /// the name ends in `_` (PETRARCH's exact-match marker).
    static func name(_ text: Substring) -> [NameWord] {
        let t = text.trimmed.uppercased()
        let exactEnd = t.hasSuffix("_")
        let parts = t.split(whereSeparator: { $0 == "_" || $0 == " " }).map(String.init)
        return parts.enumerated().map { i, w in NameWord(w, prefix: i == parts.count - 1 && !exactEnd && w.count > 2) }
    }

    /// The text between `[` and `]`, and the text before the bracket.
    static func bracket(_ line: Substring) -> (before: Substring, code: String)? {
        guard let open = line.firstIndex(of: "["), let close = line[open...].firstIndex(of: "]") else { return nil }
        return (line[..<open], line[line.index(after: open)..<close].trimmed)
    }

    /// PETRARCH dates: `YYMMDD` (two-digit years: 00-40 are 20xx) or `YYYYMMDD`.
    static func date(_ s: Substring) -> PartialDate? {
        let digits = s.trimmed
        if digits.count == 8 { return PartialDate(iso: digits) }
        guard digits.count == 6, let n = Int(digits) else { return nil }
        let yy = n / 10000
        return PartialDate(year: yy <= 40 ? 2000 + yy : 1900 + yy, month: n / 100 % 100, day: n % 100)
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
