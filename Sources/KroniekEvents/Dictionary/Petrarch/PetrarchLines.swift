import KroniekCore
import KroniekEntities

/// Line handling shared by the PETRARCH dictionary readers: comments (`#`, `<!-- -->`),
/// names written with `_` between words, and codes in brackets. Works on UTF-8 bytes:
/// the Phoenix files have a few hundred thousand lines and must load in well under a second.
enum PetrarchLines {
    /// The lines of a file with comments removed, paired with their 1-based numbers.
    static func contentLines(_ text: String) -> [(number: Int, text: Substring)] {
        let bytes = text.utf8
        var out: [(Int, Substring)] = []
        out.reserveCapacity(bytes.count / 24)
        var inComment = false
        var number = 0
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            number += 1
            let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            var pieces: [Substring] = []
            var cursor = lineStart
            var end = newline
            if end > lineStart, bytes[bytes.index(before: end)] == UInt8(ascii: "\r") { end = bytes.index(before: end) }
            // Cut out `<!-- … -->` spans (which may run over several lines).
            while cursor < end {
                if inComment {
                    guard let close = find("-->", in: bytes, from: cursor, to: end) else { cursor = end; break }
                    cursor = bytes.index(close, offsetBy: 3); inComment = false
                } else if let open = find("<!--", in: bytes, from: cursor, to: end) {
                    pieces.append(Substring(bytes[cursor..<open])); cursor = bytes.index(open, offsetBy: 4); inComment = true
                } else {
                    pieces.append(Substring(bytes[cursor..<end])); cursor = end
                }
            }
            var line = pieces.count == 1 ? pieces[0] : Substring(pieces.joined())
            if let hash = line.utf8.firstIndex(of: UInt8(ascii: "#")) { line = line[..<hash] }
            if line.utf8.contains(where: { $0 != 32 && $0 != 9 }) { out.append((number, line)) }
            lineStart = newline < bytes.endIndex ? bytes.index(after: newline) : newline
        }
        return out
    }

    private static func find(_ needle: StaticString, in bytes: String.UTF8View, from: String.Index, to: String.Index) -> String.Index? {
        let n = needle.utf8CodeUnitCount
        let first = needle.utf8Start[0]
        var i = from
        while i < to {
            guard let hit = bytes[i..<to].firstIndex(of: first) else { return nil }
            var j = hit, k = 0
            while k < n, j < to, bytes[j] == needle.utf8Start[k] { j = bytes.index(after: j); k += 1 }
            if k == n { return hit }
            i = bytes.index(after: hit)
        }
        return nil
    }

    /// Upper case as the coder makes its keys (ASCII on bytes, other text through the
    /// full Unicode mapping).
    static func upper(_ s: Substring) -> String { WordKeys.upper(String(s)) }

    /// `PRESIDENT_GEORGE_W._BUSH` -> words; the last word matches as a prefix unless
    /// the name ends in `_` (PETRARCH's exact-match marker).
    static func name(_ text: Substring) -> [NameWord] {
        let t = text.trimmedSubstring
        let exactEnd = t.utf8.last == UInt8(ascii: "_")
        // Split on the bytes: the separators are ASCII, and walking characters is slow.
        let parts = t.utf8.split(whereSeparator: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        return parts.enumerated().map { i, w in NameWord(upper(Substring(w)), prefix: i == parts.count - 1 && !exactEnd && w.count > 2) }
    }

    /// The text between `[` and `]`, and the text before the bracket.
    static func bracket(_ line: Substring) -> (before: Substring, code: String)? {
        let u = line.utf8
        guard let open = u.firstIndex(of: UInt8(ascii: "[")), let close = u[open...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
        return (line[..<open], String(line[u.index(after: open)..<close].trimmedSubstring))
    }

    /// PETRARCH dates: `YYMMDD` (two-digit years: 00-40 are 20xx) or `YYYYMMDD`.
    static func date(_ s: Substring) -> PartialDate? {
        let digits = s.trimmedSubstring.utf8
        guard digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let n = digits.reduce(0) { $0 * 10 + Int($1 - 48) }
        if digits.count == 8 { return PartialDate(year: n / 10000, month: n / 100 % 100, day: n % 100) }
        guard digits.count == 6 else { return nil }
        let yy = n / 10000
        return PartialDate(year: yy <= 40 ? 2000 + yy : 1900 + yy, month: n / 100 % 100, day: n % 100)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmedSubstring: Substring {
        let s = Substring(self)
        let u = s.utf8
        guard let first = u.firstIndex(where: { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 }) else { return s[s.endIndex...] }
        let last = u.lastIndex(where: { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 })!
        return s[first...last]
    }

    var trimmed: String { String(trimmedSubstring) }
}
