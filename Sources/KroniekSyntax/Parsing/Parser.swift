/// Greedy arc-hybrid dependency parser with an averaged-perceptron model.
///
/// Model columns: 3 transition scores, then one block of label scores for left arcs and
/// one for right arcs (a label is chosen after the transition, from the same features).
struct Parser: Sendable {
    let model: LinearModel
    /// Labels, including pseudo-projective lifted ones such as `obj↑xcomp`.
    let labels: [String]

    static func columns(labelCount: Int) -> Int { ArcHybridState.moveCount + 2 * labelCount }

    func labelColumns(_ move: ArcHybridState.Move) -> Range<Int> { Self.labelColumns(move, labelCount: labels.count) }

    static func labelColumns(_ move: ArcHybridState.Move, labelCount: Int) -> Range<Int> {
        let start = ArcHybridState.moveCount + (move == .left ? 0 : labelCount)
        return start..<(start + labelCount)
    }

    /// Heads (-1 = root) and label indices of the (projective) tree for a sentence.
    func parse(_ words: [ParserWord], features f: inout FeatureList, scores: UnsafeMutablePointer<Float>) -> (heads: [Int], labels: [Int]) {
        var state = ArcHybridState(wordCount: words.count)
        while !state.isTerminal {
            ParserFeatures.fill(state, words: words, into: &f)
            let move = Self.bestValidMove(state, model.score(f, columns: Self.moveColumns, into: scores))
            let label = move == .shift ? -1 : bestLabel(move, f, scores: scores)
            state.apply(move, label: label)
        }
        let n = words.count
        return (state.heads[..<n].map { $0 == n ? -1 : $0 }, Array(state.labels[..<n]))
    }

    static let moveColumns = 0..<ArcHybridState.moveCount

    /// The label index for an arc made by `move` (scores only that move's label block).
    func bestLabel(_ move: ArcHybridState.Move, _ f: FeatureList, scores: UnsafeMutablePointer<Float>) -> Int {
        let columns = labelColumns(move)
        return argmax(model.score(f, columns: columns, into: scores), columns) - columns.lowerBound
    }

    static func bestValidMove(_ state: ArcHybridState, _ scores: UnsafePointer<Float>) -> ArcHybridState.Move {
        var best = ArcHybridState.Move.shift
        var bestScore = -Float.infinity
        for raw in 0..<ArcHybridState.moveCount {
            let m = ArcHybridState.Move(rawValue: raw)!
            if state.isValid(m) && scores[raw] > bestScore { best = m; bestScore = scores[raw] }
        }
        return best
    }

    func encode(into out: inout ByteWriter) { out.write(labels); model.encode(into: &out) }

    static func decode(from input: inout ByteReader) throws -> Parser {
        let labels = try input.read([String].self)
        return Parser(model: try LinearModel.decode(from: &input), labels: labels)
    }
}
