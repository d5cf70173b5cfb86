/// Greedy arc-hybrid dependency parser with averaged-perceptron models: one scores the
/// three moves, the other the label of an arc once a move has made it (one block of label
/// columns for left arcs, one for right arcs).
struct Parser: Sendable {
    let moveModel: LinearModel
    let labelModel: LinearModel
    /// Labels, including pseudo-projective lifted ones such as `obj↑xcomp`.
    let labels: [String]
    /// The label-class bit of each label (its plain relation), for the label-set features.
    let labelBits: [UInt64]

    init(moveModel: LinearModel, labelModel: LinearModel, labels: [String]) {
        self.moveModel = moveModel; self.labelModel = labelModel; self.labels = labels
        labelBits = Self.labelBits(labels)
    }

    static func labelBits(_ labels: [String]) -> [UInt64] {
        let plain = Array(Set(labels.map { Projectivizer.baseLabel($0).split(separator: ":")[0] })).sorted()
        return labels.map { l in
            let base = Projectivizer.baseLabel(l).split(separator: ":")[0]
            return 1 << UInt64(plain.firstIndex(of: base)! % 64)
        }
    }

    static func labelColumns(labelCount: Int) -> Int { 2 * labelCount }

    static func labelColumns(_ move: ArcHybridState.Move, labelCount: Int) -> Range<Int> {
        let start = move == .left ? 0 : labelCount
        return start..<(start + labelCount)
    }

    /// Heads (-1 = root) and label indices of the (projective) tree for a sentence.
    func parse(_ sentence: ParserSentence, features f: inout FeatureList, scores: UnsafeMutablePointer<Float>) -> (heads: [Int], labels: [Int]) {
        var state = ArcHybridState(wordCount: sentence.count, labelBits: labelBits)
        while !state.isTerminal {
            ParserFeatures.fill(state, sentence: sentence, into: &f)
            let move = Self.bestValidMove(state, moveModel.score(f, columns: Self.moveColumns, into: scores))
            let label = move == .shift ? -1 : bestLabel(move, state, sentence, &f, scores: scores)
            state.apply(move, label: label)
        }
        let n = sentence.count
        return (state.heads[..<n].map { $0 == n ? -1 : $0 }, Array(state.labels[..<n]))
    }

    /// The parsed tree with its non-projective arcs restored (punctuation still as parsed).
    func tree(_ sentence: ParserSentence, features f: inout FeatureList,
              scores: UnsafeMutablePointer<Float>) -> (heads: [Int], labels: [String]) {
        let parsed = parse(sentence, features: &f, scores: scores)
        return Projectivizer.deprojectivize(heads: parsed.heads, labels: parsed.labels.map { labels[$0] })
    }

    static let moveColumns = 0..<ArcHybridState.moveCount

    /// The label index for the arc `move` makes (scores only that move's label block).
    func bestLabel(_ move: ArcHybridState.Move, _ state: ArcHybridState, _ sentence: ParserSentence,
                   _ f: inout FeatureList, scores: UnsafeMutablePointer<Float>) -> Int {
        Self.addLabelFeatures(move, state, sentence, &f)
        let columns = Self.labelColumns(move, labelCount: labels.count)
        return argmax(labelModel.score(f, columns: columns, into: scores), columns) - columns.lowerBound
    }

    /// Adds the label features of the arc `move` would make to the move features in `f`.
    static func addLabelFeatures(_ move: ArcHybridState.Move, _ state: ArcHybridState, _ sentence: ParserSentence,
                                 _ f: inout FeatureList) {
        let head = move == .left ? state.bufferItem(0) : state.stackItem(1)
        LabelFeatures.append(dependent: state.stackItem(0), head: head, state, sentence: sentence, into: &f)
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

    func encode(into out: inout ByteWriter) {
        out.write(labels); moveModel.encode(into: &out); labelModel.encode(into: &out)
    }

    static func decode(from input: inout ByteReader) throws -> Parser {
        let labels = try input.read([String].self)
        let moves = try LinearModel.decode(from: &input)
        return Parser(moveModel: moves, labelModel: try LinearModel.decode(from: &input), labels: labels)
    }
}
