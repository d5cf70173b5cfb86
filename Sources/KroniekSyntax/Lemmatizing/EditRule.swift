/// How a lemma is made from a form: optionally lowercase the form, optionally split off a
/// separable-verb particle of `particleLength` scalars (Dutch `afgesloten` → `af` + `_` + …),
/// then replace a prefix and a suffix of the rest. The removed strings are part of the rule,
/// so a rule only applies to forms that have them ("strip `en`", not "strip 2 scalars").
public struct EditRule: Hashable, Sendable {
    public var lowercase: Bool
    public var particleLength: Int
    public var prefixRemove: String, prefixAdd: String
    public var suffixRemove: String, suffixAdd: String

    /// The rule that turns `form` into `lemma`.
    public init(form: String, lemma: String) {
        let lowered = form.lowercased()
        lowercase = lowered != form && lemma == lemma.lowercased()
        var rest = Array((lowercase ? lowered : form).unicodeScalars)
        var target = Array(lemma.unicodeScalars)
        particleLength = 0
        if let underscore = target.firstIndex(of: "_"), underscore > 0 {
            let particle = target[..<underscore]
            if rest.starts(with: particle), rest.count > particle.count {
                particleLength = particle.count
                rest.removeFirst(particle.count)
                target.removeFirst(particle.count + 1)
            }
        }
        let (i, j, length) = longestCommonSubstring(rest, target)
        prefixRemove = String(String.UnicodeScalarView(rest[..<i]))
        prefixAdd = String(String.UnicodeScalarView(target[..<j]))
        suffixRemove = String(String.UnicodeScalarView(rest[(i + length)...]))
        suffixAdd = String(String.UnicodeScalarView(target[(j + length)...]))
    }

    /// The lemma for `form`, or nil when the rule does not fit the form.
    public func apply(to form: String) -> String? {
        var rest = Array((lowercase ? form.lowercased() : form).unicodeScalars)
        var particle: [Unicode.Scalar] = []
        if particleLength > 0 {
            guard rest.count > particleLength else { return nil }
            particle = Array(rest[..<particleLength])
            rest.removeFirst(particleLength)
        }
        let pre = Array(prefixRemove.unicodeScalars), suf = Array(suffixRemove.unicodeScalars)
        guard rest.count >= pre.count + suf.count, rest.starts(with: pre), rest.suffix(suf.count).elementsEqual(suf) else { return nil }
        var out = String.UnicodeScalarView()
        if !particle.isEmpty { out.append(contentsOf: particle); out.append("_") }
        out.append(contentsOf: prefixAdd.unicodeScalars)
        out.append(contentsOf: rest[pre.count..<(rest.count - suf.count)])
        out.append(contentsOf: suffixAdd.unicodeScalars)
        return String(out)
    }

    /// A compact text form for the model file: fields joined by U+001F.
    var encoded: String {
        [lowercase ? "1" : "0", String(particleLength), prefixRemove, prefixAdd, suffixRemove, suffixAdd].joined(separator: "\u{1F}")
    }

    init?(encoded: String) {
        let f = encoded.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        guard f.count == 6, let p = Int(f[1]) else { return nil }
        lowercase = f[0] == "1"; particleLength = p
        prefixRemove = f[2]; prefixAdd = f[3]; suffixRemove = f[4]; suffixAdd = f[5]
    }
}

/// Start in `a`, start in `b` and length of the longest common substring (earliest on ties).
func longestCommonSubstring(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> (Int, Int, Int) {
    guard !a.isEmpty, !b.isEmpty else { return (0, 0, 0) }
    var best = (0, 0, 0)
    var previous = Array(repeating: 0, count: b.count + 1)
    var current = previous
    for i in 1...a.count {
        for j in 1...b.count {
            current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0
            if current[j] > best.2 { best = (i - current[j], j - current[j], current[j]) }
        }
        swap(&previous, &current)
    }
    return best
}
