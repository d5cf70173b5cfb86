import Foundation
import KroniekCore

/// Trains the two tagging passes with the averaged perceptron. The feature pass is trained on
/// gold UPOS context.
struct TaggerTraining {
    let options: SyntaxTrainingOptions
    let wordClasses: WordClassLexicon

    func train(_ sentences: [Sentence], dev: [Sentence], rng: inout SplitMix64, log: (String) -> Void) -> Tagger {
        let inventory = FeatureInventory(sentences: sentences)
        let upos = PerceptronTrainer(rowBits: options.uposRowBits, columns: UPOS.allCases.count)
        let refine = PerceptronTrainer(rowBits: options.uposRowBits - 1, columns: UPOS.allCases.count)
        let feats = PerceptronTrainer(rowBits: options.featsRowBits, columns: max(inventory.columns, 1))
        let examples = sentences.map { s in
            (atoms: wordClasses.atoms(s.words), tags: s.words.map { $0.upos?.index ?? UPOS.X.index },
             feats: s.words.map { inventory.encode($0.feats) })
        }
        let scores = ScoreBuffer(capacity: max(inventory.columns, UPOS.allCases.count))
        var f = FeatureList()
        var order = Array(examples.indices)
        for epoch in 1...options.taggerEpochs {
            order.shuffle(using: &rng)
            for e in order {
                let ex = examples[e]
                var predicted: [Int] = []
                for i in ex.atoms.indices {
                    let p1 = i > 0 ? UInt64(predicted[i - 1]) : TaggerFeatures.noTag
                    let p2 = i > 1 ? UInt64(predicted[i - 2]) : TaggerFeatures.noTag
                    TaggerFeatures.upos(ex.atoms, i, previous1: p1, previous2: p2, into: &f)
                    scores.pointer.update(repeating: 0, count: upos.model.columns)
                    f.withBuffer { upos.model.accumulate($0, into: scores.pointer) }
                    let guess = argmax(scores.pointer, 0..<upos.model.columns)
                    f.withBuffer { upos.update($0, gold: ex.tags[i], predicted: guess) }
                    upos.tick()
                    predicted.append(guess)
                }
                for i in ex.atoms.indices {
                    TaggerFeatures.refinedUPOS(ex.atoms, i, firstPass: predicted, into: &f)
                    let guess = argmax(refine.model.score(f, columns: 0..<refine.model.columns, into: scores.pointer), 0..<refine.model.columns)
                    f.withBuffer { refine.update($0, gold: ex.tags[i], predicted: guess) }
                    refine.tick()
                }
                for i in ex.atoms.indices {
                    TaggerFeatures.morphology(ex.atoms, i, tags: ex.tags, into: &f)
                    scores.pointer.update(repeating: 0, count: feats.model.columns)
                    f.withBuffer { feats.model.accumulate($0, into: scores.pointer) }
                    for n in inventory.allowedNames[ex.tags[i]] {
                        let start = inventory.offsets[n]
                        let guess = argmax(scores.pointer, start..<(start + inventory.values[n].count))
                        f.withBuffer { feats.update($0, gold: start + ex.feats[i][n], predicted: guess) }
                    }
                    feats.tick()
                }
            }
            let tagger = tagger(upos, refine, feats, inventory)
            var uposRight = 0, featsRight = 0, total = 0
            // How often the parser is given an alternative, and how many errors it names the gold tag of.
            var alternatives = 0, errorsNamed = 0
            for s in dev {
                let (t, _, tagging) = tagger.retagged(s)
                for (i, (g, p)) in zip(s.words, t.words).enumerated() {
                    total += 1
                    if g.upos == p.upos { uposRight += 1 }
                    if g.feats == p.feats { featsRight += 1 }
                    if tagging.alternatives[i] != TagAlternative.none { alternatives += 1 }
                    if g.upos != p.upos, let gold = g.upos, tagging.alternatives[i] == UInt64(gold.index) { errorsNamed += 1 }
                }
            }
            log("tagger epoch \(epoch): dev UPOS \(percent(uposRight, total)) UFeats \(percent(featsRight, total)); "
                + "alternatives for \(percent(alternatives, total))% of words, the gold tag for \(percent(errorsNamed, total - uposRight))% of errors")
        }
        return tagger(upos, refine, feats, inventory)
    }

    private func tagger(_ upos: PerceptronTrainer, _ refine: PerceptronTrainer, _ feats: PerceptronTrainer,
                        _ inventory: FeatureInventory) -> Tagger {
        Tagger(uposModel: upos.averaged(), refineModel: refine.averaged(), featsModel: feats.averaged(), inventory: inventory,
               wordClasses: wordClasses, alternatives: TagAlternative(margin: Float(options.tagAlternativePercent) / 100))
    }
}

extension Tagger {
    /// What the parser learns from or is scored on for `sentence`: this tagger's UPOS,
    /// alternatives and features, with the sentence's own lemmas.
    func parserInput(_ sentence: Sentence) -> ParserSentence {
        let (s, atoms, tagging) = retagged(sentence)
        return parserInput(s.words, atoms: atoms, tagging: tagging)
    }

    /// A copy of `sentence` with predicted UPOS and features (other fields untouched), its
    /// atoms, and the UPOS tagging with alternatives.
    fileprivate func retagged(_ sentence: Sentence) -> (sentence: Sentence, atoms: [WordAtoms], tagging: UPOSTagging) {
        var s = sentence
        let atoms = atoms(s.words)
        var f = FeatureList()
        let scores = ScoreBuffer(capacity: max(uposModel.columns, featsModel.columns))
        let tagging = tagUPOS(atoms, features: &f, scores: scores.pointer)
        for i in s.words.indices {
            s.words[i].upos = UPOS.at(tagging.tags[i])
            s.words[i].feats = inventory.decode(predictFeatures(atoms, i, tags: tagging.tags, features: &f, scores: scores.pointer))
        }
        return (s, atoms, tagging)
    }
}

func percent(_ n: Int, _ total: Int) -> String {
    total == 0 ? "n/a" : String(format: "%.2f", 100 * Double(n) / Double(total))
}
