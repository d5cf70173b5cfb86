/// One path component of a glob: `*` (any run of characters), `?` (one character),
/// `[abc]`, `[a-z]` and `[!x]` / `[^x]` (one character in, or not in, a set).
/// Kroniek expands globs itself so they work the same from scripts, config files and
/// quoted arguments, where no shell expands them.
struct GlobPattern: Sendable {
    private enum Element: Sendable {
        case literal(Unicode.Scalar)
        case anyOne
        case anyRun
        case set(ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)
    }

    private let elements: [Element]
    /// Whether the pattern may match hidden names (it starts with a dot itself).
    let matchesHidden: Bool

    static func hasWildcards(_ text: some StringProtocol) -> Bool {
        text.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    init(_ component: String) {
        let s = Array(component.unicodeScalars)
        var out: [Element] = []
        var i = 0
        while i < s.count {
            switch s[i] {
            case "*": out.append(.anyRun); i += 1
            case "?": out.append(.anyOne); i += 1
            case "[":
                if let (set, next) = GlobPattern.parseSet(s, from: i) { out.append(set); i = next }
                else { out.append(.literal("[")); i += 1 }  // an unclosed bracket is literal
            default: out.append(.literal(s[i])); i += 1
            }
        }
        elements = out
        matchesHidden = s.first == "."
    }

    /// Parses `[...]` starting at `start`; returns the element and the index after `]`.
    private static func parseSet(_ s: [Unicode.Scalar], from start: Int) -> (Element, Int)? {
        var i = start + 1
        var negated = false
        if i < s.count, s[i] == "!" || s[i] == "^" { negated = true; i += 1 }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var first = true
        while i < s.count {
            if s[i] == "]" && !first { return (.set(ranges: ranges, negated: negated), i + 1) }
            first = false
            let low = s[i]
            if i + 2 < s.count, s[i + 1] == "-", s[i + 2] != "]", low <= s[i + 2] {
                ranges.append(low...s[i + 2]); i += 3
            } else {
                ranges.append(low...low); i += 1
            }
        }
        return nil
    }

    /// Whether `name` (one path component) matches. Backtracks only to the last `*`,
    /// so matching is linear in practice.
    func matches(_ name: String) -> Bool {
        let n = Array(name.unicodeScalars)
        if n.first == ".", !matchesHidden { return false }
        var p = 0, t = 0
        var starP = -1, starT = 0
        while t < n.count {
            if p < elements.count {
                switch elements[p] {
                case .anyRun:
                    starP = p; starT = t; p += 1; continue
                case .anyOne:
                    p += 1; t += 1; continue
                case .literal(let c) where c == n[t]:
                    p += 1; t += 1; continue
                case .set(let ranges, let negated) where ranges.contains { $0.contains(n[t]) } != negated:
                    p += 1; t += 1; continue
                default: break
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1; starT += 1; t = starT
        }
        while p < elements.count, case .anyRun = elements[p] { p += 1 }
        return p == elements.count
    }
}
