import KroniekCore

/// Greedy tagger: UPOS left to right with the previous tags as features, UPOS again with the
/// first pass's tags on both sides, then the morphological features of each word given the
/// UPOS of it and its neighbours. The second pass also gives the runner-up tag the parser
/// sees where the tagger hesitated (`TagAlternative`).
struct Tagger: Sendable {
    let uposModel: LinearModel
    let refineModel: LinearModel
    let featsModel: LinearModel
    let inventory: FeatureInventory
    let wordClasses: WordClassLexicon
    let alternatives: TagAlternative

    /// The atoms of a sentence's words, with their word classes.
    func atoms(_ words: [Word]) -> [WordAtoms] { wordClasses.atoms(words) }

    /// Predicted UPOS indices for a sentence, with their alternatives.
    func tagUPOS(_ atoms: [WordAtoms], features f: inout FeatureList, scores: UnsafeMutablePointer<Float>) -> UPOSTagging {
        var tags: [Int] = []
        tags.reserveCapacity(atoms.count)
        let n = uposModel.columns
        for i in atoms.indices {
            let p1 = i > 0 ? UInt64(tags[i - 1]) : TaggerFeatures.noTag
            let p2 = i > 1 ? UInt64(tags[i - 2]) : TaggerFeatures.noTag
            TaggerFeatures.upos(atoms, i, previous1: p1, previous2: p2, into: &f)
            scores.update(repeating: 0, count: n)
            f.withBuffer { uposModel.accumulate($0, into: scores) }
            tags.append(argmax(scores, 0..<n))
        }
        return refine(atoms, firstPass: tags, features: &f, scores: scores)
    }

    func refine(_ atoms: [WordAtoms], firstPass: [Int], features f: inout FeatureList,
                scores: UnsafeMutablePointer<Float>) -> UPOSTagging {
        var tagging = UPOSTagging(tags: [], alternatives: [])
        tagging.tags.reserveCapacity(atoms.count); tagging.alternatives.reserveCapacity(atoms.count)
        let columns = 0..<refineModel.columns
        for i in atoms.indices {
            TaggerFeatures.refinedUPOS(atoms, i, firstPass: firstPass, into: &f)
            let best = argmax(refineModel.score(f, columns: columns, into: scores), columns)
            tagging.tags.append(best)
            tagging.alternatives.append(alternatives.alternative(scores, columns: columns, best: best))
        }
        return tagging
    }

    /// The value index of every feature name for word `i` (0 = absent).
    func predictFeatures(_ atoms: [WordAtoms], _ i: Int, tags: [Int], features f: inout FeatureList,
                         scores: UnsafeMutablePointer<Float>) -> [Int] {
        TaggerFeatures.morphology(atoms, i, tags: tags, into: &f)
        scores.update(repeating: 0, count: featsModel.columns)
        f.withBuffer { featsModel.accumulate($0, into: scores) }
        var values = Array(repeating: 0, count: inventory.names.count)
        for n in inventory.allowedNames[tags[i]] {
            let start = inventory.offsets[n]
            values[n] = argmax(scores, start..<(start + inventory.values[n].count)) - start
        }
        return values
    }

    func encode(into out: inout ByteWriter) {
        inventory.encode(into: &out); uposModel.encode(into: &out); refineModel.encode(into: &out); featsModel.encode(into: &out)
        wordClasses.encode(into: &out); alternatives.encode(into: &out)
    }

    static func decode(from input: inout ByteReader) throws -> Tagger {
        let inventory = try FeatureInventory.decode(from: &input)
        return Tagger(uposModel: try LinearModel.decode(from: &input), refineModel: try LinearModel.decode(from: &input),
                      featsModel: try LinearModel.decode(from: &input), inventory: inventory,
                      wordClasses: try WordClassLexicon.decode(from: &input), alternatives: try TagAlternative.decode(from: &input))
    }
}

/// A sentence's UPOS indices and, per word, the runner-up the parser sees (an index, or
/// `TagAlternative.none`).
struct UPOSTagging {
    var tags: [Int]
    var alternatives: [UInt64]
}

extension Tagger {
    /// The parser's view of `words`, which carry the UPOS, features and lemmas to parse with
    /// (this tagger's `tagging` of them, or, in training, jackknifed tags and gold lemmas).
    func parserInput(_ words: [Word], atoms: [WordAtoms], tagging: UPOSTagging) -> ParserSentence {
        ParserSentence(words.indices.map { i in
            ParserWord(atoms: atoms[i], lemma: words[i].lemma, upos: words[i].upos ?? .X,
                       alternative: tagging.alternatives[i], feats: words[i].feats)
        })
    }
}

/// The index of the highest score in `range`.
@inline(__always)
func argmax(_ scores: UnsafePointer<Float>, _ range: Range<Int>) -> Int {
    var best = range.lowerBound
    var bestScore = -Float.infinity
    for c in range where scores[c] > bestScore { bestScore = scores[c]; best = c }
    return best
}
