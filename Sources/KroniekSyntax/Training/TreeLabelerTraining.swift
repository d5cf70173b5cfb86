import KroniekCore

/// Trains the `TreeLabeler` with the averaged perceptron on the gold trees, read through
/// the parser's input (jackknifed tags), so that it learns each relation from the whole
/// clause around the arc.
struct TreeLabelerTraining {
    let options: SyntaxTrainingOptions

    func train(_ gold: [Sentence], inputs: [ParserSentence], rng: inout SplitMix64, log: (String) -> Void) -> TreeLabeler {
        let labels = Array(Set(gold.flatMap { $0.words.map { $0.deprel ?? "dep" } })).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let examples = zip(gold, inputs).map { s, input in
            let heads = s.words.map { $0.head ?? -1 }
            return (input: input, heads: heads, children: TreeLabelFeatures.Children(heads: heads),
                    relations: s.words.map { FeatureHash.string($0.deprel ?? "dep") },
                    labels: s.words.map { labelIndex[$0.deprel ?? "dep"]! })
        }
        let trainer = PerceptronTrainer(rowBits: options.labelerRowBits, columns: labels.count)
        let scores = ScoreBuffer(capacity: labels.count)
        let punct = labelIndex["punct"]
        var f = FeatureList()
        var order = Array(examples.indices)
        for epoch in 1...options.labelerEpochs {
            order.shuffle(using: &rng)
            var right = 0, total = 0
            for e in order {
                let ex = examples[e]
                for d in ex.heads.indices where ex.labels[d] != punct {
                    TreeLabelFeatures.fill(dependent: d, heads: ex.heads, relations: ex.relations, children: ex.children, sentence: ex.input, into: &f)
                    _ = trainer.model.score(f, columns: 0..<labels.count, into: scores.pointer)
                    let guess = argmax(scores.pointer, 0..<labels.count)
                    f.withBuffer { trainer.update($0, gold: ex.labels[d], predicted: guess) }
                    trainer.tick()
                    total += 1
                    if guess == ex.labels[d] { right += 1 }
                }
            }
            log("tree labeler epoch \(epoch): training accuracy \(percent(right, total))")
        }
        var counts = Array(repeating: Array(repeating: 0, count: labels.count), count: UPOS.allCases.count)
        for ex in examples { for (d, w) in ex.input.words.enumerated() { counts[Int(w.tag)][ex.labels[d]] += 1 } }
        let common = counts.map { row in
            let total = row.reduce(0, +)
            return row.map { total > 0 && Double($0) >= TreeLabeler.commonShare * Double(total) }
        }
        return TreeLabeler(model: trainer.averaged(), labels: labels, voteWeight: Float(options.labelerVoteWeight), common: common)
    }

    /// Dev LAS with the parsers' labels alone and with the labeler at several vote weights
    /// (the weight is chosen from these, with `--set labelerVoteWeight=N`).
    static func logVoteWeights(_ parser: ParserEnsemble, dev: [Sentence], devInputs: [ParserSentence], log: (String) -> Void) {
        guard let labeler = parser.labeler, !dev.isEmpty else { return }
        var f = FeatureList()
        let scores = ScoreBuffer(capacity: parser.labelColumns)
        var report: [String] = []
        for weight: Float? in [nil, 0, 2, 5, 10, 20] {
            var variant = parser
            variant.labeler = weight.map { var l = labeler; l.voteWeight = $0; return l }
            var right = 0, total = 0
            for (g, input) in zip(dev, devInputs) {
                let tree = variant.tree(input, forms: g.words.map(\.form), features: &f, scores: scores.pointer)
                for (i, w) in g.words.enumerated() {
                    total += 1
                    let label = Word(form: "", span: w.span, tokenIndex: 0, deprel: tree.labels[i]).universalDeprel
                    if w.head == tree.heads[i] && w.universalDeprel == label { right += 1 }
                }
            }
            report.append("\(weight.map { "weight \(Int($0))" } ?? "parsers' labels") \(percent(right, total))")
        }
        log("dev LAS: " + report.joined(separator: ", "))
    }
}
