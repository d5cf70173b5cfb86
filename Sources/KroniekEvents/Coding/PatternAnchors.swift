import KroniekEntities

/// A quick pre-check for verb patterns. Every word a pattern needs gets a number; a
/// sentence marks the numbers of its words in a bit set once, and a pattern is tried
/// only when each of its word places has an alternative among them. The check costs a
/// few bit tests instead of hashing strings for every pattern of a long verb family.
struct PatternAnchors: Sendable {
    private var numbers: [String: Int] = [:]
    /// Family -> pattern -> word place -> numbers of the first words of its alternatives.
    private var anchors: [[[[Int]]]] = []

    init(_ dictionary: EventDictionary) {
        anchors = dictionary.families.map { family in
            family.patterns.map { pattern in
                pattern.anchors.map { words in
                    words.map { w in
                        if let n = numbers[w] { return n }
                        numbers[w] = numbers.count
                        return numbers.count - 1
                    }
                }
            }
        }
    }

    /// The bit set of the pattern words present among `keys` (each word's form and lemma).
    func present(_ keys: [WordKeys]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: numbers.count / 64 + 1)
        for alternatives in keys {
            for key in alternatives {
                if let n = numbers[key] { bits[n >> 6] |= 1 << UInt64(n & 63) }
            }
        }
        return bits
    }

    /// Whether pattern `index` of `family` can match a sentence with these words.
    func canMatch(family: Int, pattern index: Int, present bits: [UInt64]) -> Bool {
        // A place with no exact first word (stems only) cannot be pre-checked: it passes.
        for place in anchors[family][index] where !place.isEmpty && !place.contains(where: { bits[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }) {
            return false
        }
        return true
    }
}
