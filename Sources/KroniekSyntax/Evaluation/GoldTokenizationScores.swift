import KroniekCore

/// Accuracy of predicted against gold sentences over the same words (gold tokenization),
/// as in the CoNLL 2018 shared task: UFeats compares the whole feature set, LAS compares
/// the universal part of the relation, punctuation counts.
public struct GoldTokenizationScores: Sendable {
    public private(set) var words = 0
    private var upos = 0, xpos = 0, ufeats = 0, lemma = 0, uas = 0, las = 0

    public init() {}

    public mutating func add(gold: Sentence, predicted: Sentence) {
        precondition(gold.words.count == predicted.words.count, "gold tokenization expected")
        for (g, p) in zip(gold.words, predicted.words) {
            words += 1
            if g.upos == p.upos { upos += 1 }
            if g.xpos == p.xpos { xpos += 1 }
            if g.feats == p.feats { ufeats += 1 }
            if g.lemma == p.lemma || g.lemma == "_" { lemma += 1 }
            if g.head == p.head {
                uas += 1
                if g.universalDeprel == p.universalDeprel { las += 1 }
            }
        }
    }

    private func percent(_ n: Int) -> Double { words == 0 ? 0 : 100 * Double(n) / Double(words) }
    public var uposAccuracy: Double { percent(upos) }
    public var xposAccuracy: Double { percent(xpos) }
    public var ufeatsAccuracy: Double { percent(ufeats) }
    public var lemmaAccuracy: Double { percent(lemma) }
    public var unlabelledAttachment: Double { percent(uas) }
    public var labelledAttachment: Double { percent(las) }
}
