/// Decides which words the parser is told the tagger's runner-up UPOS for.
///
/// Tagging errors cost the parser most (gold tags would give about 4 points UAS), and they
/// happen mostly where the tagger hesitated between two tags (NOUN/PROPN, VERB/AUX, ADJ/VERB
/// participles, ADP/ADV). When the runner-up's score is close to the best, the parser sees
/// it as an extra attribute and can learn when to trust the tag less. Perceptron scores
/// have no fixed scale, so "close" is a fraction of the best score.
struct TagAlternative: Sendable {
    /// A runner-up counts when `best - runnerUp <= margin × |best|`; 0 gives no alternatives.
    let margin: Float

    /// The parser's value for a word without a close runner-up.
    static let none: UInt64 = 99

    /// The runner-up index in `columns` when it is close to `best`, else `none`.
    @inline(__always)
    func alternative(_ scores: UnsafePointer<Float>, columns: Range<Int>, best: Int) -> UInt64 {
        guard margin > 0 else { return Self.none }
        var second = -1
        var secondScore = -Float.infinity
        for c in columns where c != best && scores[c] > secondScore { second = c; secondScore = scores[c] }
        guard second >= 0, scores[best] - secondScore <= margin * abs(scores[best]) else { return Self.none }
        return UInt64(second - columns.lowerBound)
    }

    func encode(into out: inout ByteWriter) { out.write(margin) }

    static func decode(from input: inout ByteReader) throws -> TagAlternative {
        TagAlternative(margin: try input.read(Float.self))
    }
}
