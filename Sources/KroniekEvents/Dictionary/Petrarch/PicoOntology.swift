import KroniekCore

/// The PETRARCH Internal Coding Ontology (PICO) of UniversalPetrarch: each CAMEO code
/// with an internal number written as a sum of hexadecimal terms (`010:0x1000`,
/// `011:0x1000-0xFFFF`, `121:-0xFFFF+0x0070`). A code and its negation differ by 0xFFFF
/// ("decline comment" is a negated "make statement", "reject material cooperation" a
/// negated "material cooperation"), which is how negated verbs are recoded.
/// Kroniek uses it for that alone; event codes themselves are checked against CAMEO.
struct PicoOntology {
    private(set) var values: [String: Int] = [:]
    private var codesByValue: [Int: String] = [:]
    static let negationOffset = 0xFFFF

    static func read(_ text: String, origin: String) throws -> PicoOntology {
        var o = PicoOntology()
        for (number, line) in PetrarchLines.contentLines(text) {
            let parts = line.trimmed.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let value = Self.evaluate(parts[1].trimmed) else {
                throw InputError(origin: origin, line: number, message: "expected CODE:VALUE (sum of hex terms), got '\(line.trimmed)'")
            }
            let code = parts[0].trimmed
            o.values[code] = value
            if o.codesByValue[value] == nil { o.codesByValue[value] = code }
        }
        return o
    }

    /// `-0xFFFF+0x2040+0x300` -> its value; nil when malformed.
    static func evaluate(_ expression: String) -> Int? {
        var total = 0
        var sign = 1
        var term = ""
        func flush() -> Bool {
            guard !term.isEmpty else { return true }
            let digits = term.lowercased().hasPrefix("0x") ? String(term.dropFirst(2)) : term
            guard let v = Int(digits, radix: term.lowercased().hasPrefix("0x") ? 16 : 10) else { return false }
            total += sign * v
            term = ""
            return true
        }
        for c in expression where !c.isWhitespace {
            if c == "+" || c == "-" {
                guard flush() else { return nil }
                sign = c == "-" ? -1 : 1
            } else { term.append(c) }
        }
        guard flush(), !expression.isEmpty else { return nil }
        return total
    }

    /// The code meaning "not `code`", when the ontology has one.
    func negation(of code: String) -> String? {
        guard let v = values[code] else { return nil }
        return codesByValue[v - Self.negationOffset] ?? codesByValue[v + Self.negationOffset]
    }

    /// Every code's negation, for the coder.
    var negations: [String: String] {
        var out: [String: String] = [:]
        for code in values.keys { if let n = negation(of: code), n != code { out[code] = n } }
        return out
    }
}
