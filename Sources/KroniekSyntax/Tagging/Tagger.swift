import KroniekCore

/// Greedy tagger: UPOS left to right with the previous tags as features, UPOS again with the
/// first pass's tags on both sides, then the morphological features of each word given the
/// UPOS of it and its neighbours.
struct Tagger: Sendable {
    let uposModel: LinearModel
    let refineModel: LinearModel
    let featsModel: LinearModel
    let inventory: FeatureInventory
    let wordClasses: WordClassLexicon

    /// The atoms of a sentence's words, with their word classes.
    func atoms(_ words: [Word]) -> [WordAtoms] { wordClasses.atoms(words) }

    /// Predicted UPOS indices for a sentence.
    func tagUPOS(_ atoms: [WordAtoms], features f: inout FeatureList, scores: UnsafeMutablePointer<Float>) -> [Int] {
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

    func refine(_ atoms: [WordAtoms], firstPass: [Int], features f: inout FeatureList, scores: UnsafeMutablePointer<Float>) -> [Int] {
        atoms.indices.map { i in
            TaggerFeatures.refinedUPOS(atoms, i, firstPass: firstPass, into: &f)
            return argmax(refineModel.score(f, columns: 0..<refineModel.columns, into: scores), 0..<refineModel.columns)
        }
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
        wordClasses.encode(into: &out)
    }

    static func decode(from input: inout ByteReader) throws -> Tagger {
        let inventory = try FeatureInventory.decode(from: &input)
        return Tagger(uposModel: try LinearModel.decode(from: &input), refineModel: try LinearModel.decode(from: &input),
                      featsModel: try LinearModel.decode(from: &input), inventory: inventory,
                      wordClasses: try WordClassLexicon.decode(from: &input))
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
