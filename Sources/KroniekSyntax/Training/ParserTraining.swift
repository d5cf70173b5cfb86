import KroniekCore

/// Trains the arc-hybrid parser with the averaged perceptron and a dynamic oracle
/// (Goldberg & Nivre 2013): from the second epoch on, the parser follows its own
/// (possibly wrong) moves 90% of the time and learns the best move from there, so it
/// learns to recover from its errors. Gold trees are pseudo-projectivised first. A parser
/// that reads backwards learns from the mirrored sentences and trees.
struct ParserTraining {
    let options: SyntaxTrainingOptions
    let readsBackwards: Bool
    static let explorationStartEpoch = 2
    static let explorationRate = 0.9

    /// `inputs` and `devInputs` are the parser's view of `gold` and `dev` as the tagger
    /// gives them (jackknifed for `gold`).
    func train(_ gold: [Sentence], inputs: [ParserSentence], dev: [Sentence], devInputs: [ParserSentence],
               rng: inout SplitMix64, log: (String) -> Void) -> Parser {
        let trees = gold.map { s in
            let heads = s.words.map { $0.head ?? -1 }, labels = s.words.map { $0.deprel ?? "dep" }
            return readsBackwards ? Projectivizer.projectivize(heads: Mirror.heads(heads), labels: labels.reversed())
                : Projectivizer.projectivize(heads: heads, labels: labels)
        }
        let inputs = readsBackwards ? inputs.map(\.mirrored) : inputs
        let labels = labelSet(trees.flatMap(\.labels))
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        log("parser: \(labels.count) labels, \(labels.filter { $0.contains(Projectivizer.liftMark) }.count) of them lifted")
        let examples = zip(trees, inputs).map { tree, input in
            (sentence: input, heads: tree.heads.map { $0 < 0 ? input.count : $0 },
             labels: tree.labels.map { labelIndex[$0] ?? labelIndex[Projectivizer.baseLabel($0)] ?? 0 })
        }
        let moves = PerceptronTrainer(rowBits: options.parserMoveRowBits, columns: ArcHybridState.moveCount)
        let arcs = PerceptronTrainer(rowBits: options.parserLabelRowBits, columns: Parser.labelColumns(labelCount: labels.count))
        let labelBits = Parser.labelBits(labels)
        let scores = ScoreBuffer(capacity: max(ArcHybridState.moveCount, arcs.model.columns))
        var f = FeatureList()
        var order = Array(examples.indices)
        for epoch in 1...options.parserEpochs {
            order.shuffle(using: &rng)
            let explore = epoch >= Self.explorationStartEpoch
            for e in order {
                let ex = examples[e]
                var state = ArcHybridState(wordCount: ex.sentence.count, labelBits: labelBits)
                while !state.isTerminal {
                    ParserFeatures.fill(state, sentence: ex.sentence, into: &f)
                    _ = moves.model.score(f, columns: Parser.moveColumns, into: scores.pointer)
                    let predicted = Parser.bestValidMove(state, scores.pointer)
                    let best = bestZeroCostMove(state, gold: ex.heads, scores: scores.pointer)
                    if state.cost(predicted, gold: ex.heads) > 0 {
                        f.withBuffer { moves.update($0, gold: best.rawValue, predicted: predicted.rawValue) }
                    }
                    let move = explore && state.cost(predicted, gold: ex.heads) > 0
                        && Double.random(in: 0..<1, using: &rng) < Self.explorationRate ? predicted : best
                    var label = -1
                    if move != .shift {
                        Parser.addLabelFeatures(move, state, ex.sentence, &f)
                        let columns = Parser.labelColumns(move, labelCount: labels.count)
                        _ = arcs.model.score(f, columns: columns, into: scores.pointer)
                        let guess = argmax(scores.pointer, columns) - columns.lowerBound
                        let dependent = state.stackItem(0)
                        let head = move == .left ? state.bufferItem(0) : state.stackItem(1)
                        label = guess
                        if ex.heads[dependent] == head {
                            let goldLabel = ex.labels[dependent]
                            f.withBuffer { arcs.update($0, gold: columns.lowerBound + goldLabel, predicted: columns.lowerBound + guess) }
                            label = goldLabel
                        }
                    }
                    moves.tick(); arcs.tick()
                    state.apply(move, label: label)
                }
            }
            let parser = ParserEnsemble.Member(parser: Parser(moveModel: moves.averaged(), labelModel: arcs.averaged(), labels: labels),
                                               readsBackwards: readsBackwards)
            log("parser epoch \(epoch): dev \(score(parser, dev: dev, devInputs: devInputs))")
        }
        return Parser(moveModel: moves.averaged(), labelModel: arcs.averaged(), labels: labels)
    }

    /// Plain labels, and lifted labels frequent enough to learn.
    private func labelSet(_ all: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for l in all { counts[l, default: 0] += 1 }
        var set = Set(all.map(Projectivizer.baseLabel))
        for (l, c) in counts where c >= options.minimumLiftedLabelCount { set.insert(l) }
        return set.sorted()
    }

    private func bestZeroCostMove(_ state: ArcHybridState, gold: [Int], scores: UnsafePointer<Float>) -> ArcHybridState.Move {
        var best: ArcHybridState.Move?
        for raw in 0..<ArcHybridState.moveCount {
            let m = ArcHybridState.Move(rawValue: raw)!
            guard state.isValid(m), state.cost(m, gold: gold) == 0 else { continue }
            if best == nil || scores[raw] > scores[best!.rawValue] { best = m }
        }
        // A projective gold tree always leaves a zero-cost move; fall back defensively.
        return best ?? (state.isValid(.right) ? .right : state.isValid(.shift) ? .shift : .left)
    }

    private func score(_ parser: ParserEnsemble.Member, dev: [Sentence], devInputs: [ParserSentence]) -> String {
        var uas = 0, las = 0, total = 0
        var f = FeatureList()
        let scores = ScoreBuffer(capacity: max(ArcHybridState.moveCount, parser.parser.labelModel.columns))
        for (g, input) in zip(dev, devInputs) {
            let tree = PunctuationAttachment.finish(parser.tree(input, features: &f, scores: scores.pointer),
                                                    sentence: input, forms: g.words.map(\.form))
            for (i, w) in g.words.enumerated() {
                total += 1
                if w.head == tree.heads[i] {
                    uas += 1
                    if w.universalDeprel == Word(form: "", span: w.span, tokenIndex: 0, deprel: tree.labels[i]).universalDeprel { las += 1 }
                }
            }
        }
        return "UAS \(percent(uas, total)) LAS \(percent(las, total))"
    }
}
