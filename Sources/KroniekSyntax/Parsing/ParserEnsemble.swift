/// Several greedy parsers voting on each arc. A greedy parser's errors depend on the order
/// it reads and on the shuffling it was trained with, so parsers that differ in those make
/// partly different errors; where most of them agree they are more often right than any one
/// alone. The first member is the main left-to-right parser; the others alternate between a
/// right-to-left parser (trained on mirrored sentences) and a left-to-right one trained with
/// another seed. One member is exactly the single parser. A `TreeLabeler`, when there is
/// one, chooses the relations once the tree is complete, weighing the members' votes.
struct ParserEnsemble: Sendable {
    struct Member: Sendable {
        let parser: Parser
        /// Whether it reads the sentence mirrored (last word first).
        let readsBackwards: Bool

        /// Its tree of `sentence` in the sentence's own word order, punctuation as parsed.
        func tree(_ sentence: ParserSentence, features f: inout FeatureList,
                  scores: UnsafeMutablePointer<Float>) -> (heads: [Int], labels: [String]) {
            guard readsBackwards else { return parser.tree(sentence, features: &f, scores: scores) }
            let tree = parser.tree(sentence.mirrored, features: &f, scores: scores)
            return (Mirror.heads(tree.heads), tree.labels.reversed())
        }
    }

    let members: [Member]
    var labeler: TreeLabeler?

    /// Member `k` reads backwards when `k` is odd: L2R, R2L, L2R, …
    static func readsBackwards(member k: Int) -> Bool { k % 2 == 1 }

    /// Score columns a member's label model needs at most.
    var labelColumns: Int { (members.map(\.parser.labelModel.columns) + [labeler?.labels.count ?? 0]).max() ?? 0 }

    /// The combined tree, punctuation attached by rule as for a single parser.
    func tree(_ sentence: ParserSentence, forms: [String], features f: inout FeatureList,
              scores: UnsafeMutablePointer<Float>) -> (heads: [Int], labels: [String]) {
        let trees = members.map { $0.tree(sentence, features: &f, scores: scores) }
        let tree = PunctuationAttachment.finish(trees.count == 1 ? trees[0] : Self.combine(trees), sentence: sentence, forms: forms)
        guard let labeler else { return tree }
        let votes = tree.heads.indices.map { d in trees.filter { $0.heads[d] == tree.heads[d] }.map { $0.labels[d] } }
        return (tree.heads, labeler.relabel(heads: tree.heads, labels: tree.labels, votes: votes, sentence: sentence,
                                            features: &f, scores: scores))
    }

    /// Each arc scores the number of trees that have it, +0.1 in the first tree (ties go its
    /// way); the best single-rooted tree over those scores gives the heads. A word's label is
    /// the one most trees with its chosen head give it (ties: the earliest such tree), or the
    /// first tree's label when no tree has that arc.
    static func combine(_ trees: [(heads: [Int], labels: [String])]) -> (heads: [Int], labels: [String]) {
        let n = trees[0].heads.count
        var score = Array(repeating: Array(repeating: -Double.infinity, count: n + 1), count: n)
        for (k, tree) in trees.enumerated() {
            for d in 0..<n {
                let h = tree.heads[d] < 0 ? n : tree.heads[d]
                score[d][h] = max(score[d][h], 0) + 1 + (k == 0 ? 0.1 : 0)
            }
        }
        let heads = MaximumSpanningTree.heads(score)
        let labels = (0..<n).map { d in
            mostFrequent(trees.filter { $0.heads[d] == heads[d] }.map { $0.labels[d] }) ?? trees[0].labels[d]
        }
        return (heads, labels)
    }

    /// The most frequent of `labels`, the earliest of equally frequent ones.
    private static func mostFrequent(_ labels: [String]) -> String? {
        var best: (label: String, count: Int)?
        for l in labels {
            let count = labels.filter { $0 == l }.count
            if count > best?.count ?? 0 { best = (l, count) }
        }
        return best?.label
    }

    func encode(into out: inout ByteWriter) {
        out.write(UInt32(members.count))
        for m in members { out.write(UInt8(m.readsBackwards ? 1 : 0)); m.parser.encode(into: &out) }
        out.write(UInt8(labeler == nil ? 0 : 1))
        labeler?.encode(into: &out)
    }

    static func decode(from input: inout ByteReader) throws -> ParserEnsemble {
        let count = Int(try input.read(UInt32.self))
        guard (1...16).contains(count) else { throw ModelFormatError("bad parser count \(count)") }
        let members = try (0..<count).map { _ in
            let backwards = try input.read(UInt8.self) != 0
            return Member(parser: try Parser.decode(from: &input), readsBackwards: backwards)
        }
        let labeler = try input.read(UInt8.self) != 0 ? try TreeLabeler.decode(from: &input) : nil
        return ParserEnsemble(members: members, labeler: labeler)
    }
}

/// Word order reversed: word `i` of `n` becomes word `n - 1 - i`.
enum Mirror {
    /// A head array (-1 = root) of the mirrored sentence in the original order, or the reverse.
    static func heads(_ heads: [Int]) -> [Int] {
        let n = heads.count
        return heads.reversed().map { $0 < 0 ? $0 : n - 1 - $0 }
    }
}

extension ParserSentence {
    /// The words in reverse order, with the sentence context computed anew for that order,
    /// as a right-to-left parser sees them both in training and in use.
    var mirrored: ParserSentence { ParserSentence(words.reversed()) }
}
