import KroniekCore

/// Chooses the relation of every arc once the tree is complete (`TreeLabelFeatures`), where
/// the parsers had to label each arc when they made it, before the rest of its clause was
/// built. Its score for a label is added to the parsers' votes for it, so it overrules a
/// parser majority only when it is confident, and it proposes on its own only relations
/// that are common for the word's tag (a verb as `compound:prt` needs a parser's vote).
struct TreeLabeler: Sendable {
    let model: LinearModel
    /// Plain relations (no lifted labels: the tree is already non-projective again).
    let labels: [String]
    /// Score added to a label for each parser that chose it.
    var voteWeight: Float
    /// `common[tag][k]`: whether label `k` is common for dependents with UPOS index `tag`.
    let common: [[Bool]]
    private let labelIndex: [String: Int]

    init(model: LinearModel, labels: [String], voteWeight: Float, common: [[Bool]]) {
        self.model = model; self.labels = labels; self.voteWeight = voteWeight; self.common = common
        labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
    }

    /// A label is common for a tag when at least this share of the tag's training arcs has it.
    static let commonShare = 0.005

    /// The labels of a tree whose heads are fixed; `votes[d]` lists the parsers' labels for
    /// word `d`. Punctuation keeps its label.
    func relabel(heads: [Int], labels current: [String], votes: [[String]], sentence: ParserSentence,
                 features f: inout FeatureList, scores: UnsafeMutablePointer<Float>) -> [String] {
        let children = TreeLabelFeatures.Children(heads: heads)
        let relations = current.map { FeatureHash.string($0) }
        let columns = 0..<labels.count
        let chosen = current.indices.map { d in
            guard current[d] != "punct" else { return current[d] }
            TreeLabelFeatures.fill(dependent: d, heads: heads, relations: relations, children: children, sentence: sentence, into: &f)
            _ = model.score(f, columns: columns, into: scores)
            let voted = votes[d].compactMap { labelIndex[$0] }
            for k in voted { scores[k] += voteWeight }
            let isCommon = common[Int(sentence.words[d].tag)]
            var best = -1
            for k in columns where (isCommon[k] || voted.contains(k)) && (best < 0 || scores[k] > scores[best]) { best = k }
            return best < 0 ? current[d] : labels[best]
        }
        return keepingSubjects(chosen, parsed: current, heads: heads, children: children, sentence: sentence)
    }

    /// A finite clause has a subject: where the parsers gave a finite verb (or a verb with a
    /// finite auxiliary or copula) one and the labeler gave it none, the parsers' subject
    /// stays (two nominals around "gaf" both read as objects would lose the clause its actor).
    private func keepingSubjects(_ chosen: [String], parsed: [String], heads: [Int], children: TreeLabelFeatures.Children,
                                 sentence: ParserSentence) -> [String] {
        var out = chosen
        func isSubject(_ label: String) -> Bool { label.hasPrefix("nsubj") || label.hasPrefix("csubj") }
        for v in sentence.words.indices {
            let dependents = children.of[v]
            let isFinite = sentence.words[v].clauseRole == .finiteVerb
                || dependents.contains { sentence.words[$0].clauseRole == .finiteVerb && (parsed[$0].hasPrefix("aux") || parsed[$0] == "cop") }
            guard isFinite, !dependents.contains(where: { isSubject(out[$0]) }),
                  let s = dependents.first(where: { isSubject(parsed[$0]) }) else { continue }
            out[s] = parsed[s]
        }
        return out
    }

    func encode(into out: inout ByteWriter) {
        out.write(labels); out.write(voteWeight); model.encode(into: &out)
        out.write(UInt32(common.count))
        for row in common { out.write(row.map { UInt8($0 ? 1 : 0) }) }
    }

    static func decode(from input: inout ByteReader) throws -> TreeLabeler {
        let labels = try input.read([String].self)
        let weight = try input.read(Float.self)
        let model = try LinearModel.decode(from: &input)
        let tags = Int(try input.read(UInt32.self))
        guard tags == UPOS.allCases.count else { throw ModelFormatError("bad tag count \(tags) in the tree labeler") }
        let common = try (0..<tags).map { _ in try input.read([UInt8].self).map { $0 != 0 } }
        guard common.allSatisfy({ $0.count == labels.count }) else { throw ModelFormatError("bad label table in the tree labeler") }
        return TreeLabeler(model: model, labels: labels, voteWeight: weight, common: common)
    }
}
