/// Character n-grams (n = 1…3) of a text for language identification: letters are
/// lower-cased, everything else becomes a single space, and each word is padded with
/// spaces, so " de " and "ij" are grams. A gram packs into a `UInt64` (21 bits a scalar).
enum CharacterNGrams {
    static let maxOrder = 3
    static let space: UInt32 = 0x20

    /// Calls `body(gram, order)` for every gram of the letters in `range`.
    static func forEach(in s: [Unicode.Scalar], range: Range<Int>, _ body: (UInt64, Int) -> Void) {
        var window: (UInt32, UInt32) = (space, space)   // the two previous normalised scalars
        var previousWasSpace = true
        func emit(_ c: UInt32) {
            body(UInt64(c), 1)
            body(UInt64(window.1) << 21 | UInt64(c), 2)
            body(UInt64(window.0) << 42 | UInt64(window.1) << 21 | UInt64(c), 3)
            window = (window.1, c)
        }
        for i in range {
            let c = s[i]
            if c.isLetterLike {
                let lower: UInt32
                if c.value < 0x80 { lower = c.value | 0x20 } else { lower = c.properties.lowercaseMapping.unicodeScalars.first?.value ?? c.value }
                emit(lower); previousWasSpace = false
            } else if !previousWasSpace {
                emit(space); previousWasSpace = true
            }
        }
        if !previousWasSpace { emit(space) }
    }

    static func encode(_ gram: String) -> UInt64 {
        var v: UInt64 = 0
        for c in gram.unicodeScalars { v = v << 21 | UInt64(c == "_" ? space : c.value) }
        return v
    }

    static func decode(_ gram: UInt64, order: Int) -> String {
        var out = String.UnicodeScalarView()
        for k in stride(from: order - 1, through: 0, by: -1) {
            let v = UInt32((gram >> (21 * UInt64(k))) & 0x1F_FFFF)
            out.append(v == space ? "_" : Unicode.Scalar(v) ?? "?")
        }
        return String(out)
    }
}
