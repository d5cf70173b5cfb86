import KroniekEntities

/// A quick pre-check for verb patterns. Every word a pattern needs has a number in the
/// coder's lexicon; a sentence marks the numbers of its words in a bit set once, and a
/// pattern is tried only when each of its word places has an alternative among them. The
/// check costs a few bit tests instead of comparing strings for every pattern of a long
/// verb family.
struct PatternAnchors: Sendable {
    /// Family -> pattern -> word place -> numbers of the first words of its alternatives.
    private let anchors: [[[[Int32]]]]
    /// Every anchor's number is below it.
    private let limit: Int

    init(_ dictionary: EventDictionary, lexicon: inout Lexicon) {
        anchors = dictionary.families.map { family in
            family.patterns.map { pattern in pattern.anchors.map { words in words.map { lexicon.add($0) } } }
        }
        limit = lexicon.count
    }

    /// The bit set of the pattern words present among `numbers` (each word's form and lemma).
    func present(_ numbers: [KeyNumbers]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: limit / 64 + 1)
        for word in numbers {
            for n in word where n < limit { bits[Int(n) >> 6] |= 1 << UInt64(n & 63) }
        }
        return bits
    }

    /// Whether pattern `index` of `family` can match a sentence with these words.
    func canMatch(family: Int, pattern index: Int, present bits: [UInt64]) -> Bool {
        // A place with no exact first word (stems only) cannot be pre-checked: it passes.
        for place in anchors[family][index] where !place.isEmpty && !place.contains(where: { bits[Int($0) >> 6] & (1 << UInt64($0 & 63)) != 0 }) {
            return false
        }
        return true
    }
}
