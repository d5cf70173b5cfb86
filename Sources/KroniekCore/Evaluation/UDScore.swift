/// One figure of the CoNLL 2018 shared-task evaluation: counts and the measures derived
/// from them, exactly as `conll18_ud_eval.py` computes them.
public struct UDScore: Sendable, Hashable, Codable {
    public var goldTotal: Int
    public var systemTotal: Int
    public var correct: Int
    /// Words aligned between gold and system, for the per-word measures (UPOS, LAS …);
    /// nil for Tokens, Sentences and Words.
    public var alignedTotal: Int?

    public init(goldTotal: Int, systemTotal: Int, correct: Int, alignedTotal: Int? = nil) {
        self.goldTotal = goldTotal; self.systemTotal = systemTotal
        self.correct = correct; self.alignedTotal = alignedTotal
    }

    public var precision: Double { systemTotal == 0 ? 0 : Double(correct) / Double(systemTotal) }
    public var recall: Double { goldTotal == 0 ? 0 : Double(correct) / Double(goldTotal) }
    public var f1: Double {
        goldTotal + systemTotal == 0 ? 0 : 2 * Double(correct) / Double(goldTotal + systemTotal)
    }
    /// Correct among aligned words (the shared task's "AligndAcc").
    public var alignedAccuracy: Double? {
        guard let a = alignedTotal, a > 0 else { return nil }
        return Double(correct) / Double(a)
    }
}

/// All figures of one evaluation run. Percentages are 100 × the fractions above.
public struct UDScores: Sendable, Hashable {
    public var tokens: UDScore
    public var sentences: UDScore
    public var words: UDScore
    public var upos: UDScore
    public var xpos: UDScore
    /// Universal features only, as the shared task scores them.
    public var ufeats: UDScore
    /// UPOS, XPOS and universal features all right.
    public var allTags: UDScore
    public var lemmas: UDScore
    public var uas: UDScore
    /// Head and universal relation (the part before `:`) right; punctuation included.
    public var las: UDScore

    /// The figures in the order and under the names the official script prints.
    public var named: [(name: String, score: UDScore)] {
        [("Tokens", tokens), ("Sentences", sentences), ("Words", words), ("UPOS", upos), ("XPOS", xpos),
         ("UFeats", ufeats), ("AllTags", allTags), ("Lemmas", lemmas), ("UAS", uas), ("LAS", las)]
    }
}

/// A percentage rounded to two decimals, the way the official script prints it (99.53).
public func udPercent(_ fraction: Double) -> Double {
    (fraction * 10_000).rounded() / 100
}
