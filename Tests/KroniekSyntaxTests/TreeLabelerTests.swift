import KroniekCore
import Testing
@testable import KroniekSyntax

/// The tree labeler's combination with the parsers' votes, on a model with no weights of
/// its own, so that only the votes, the common-label table and the subject rule decide.
@Suite struct TreeLabelerTests {
    static let labels = ["compound:prt", "nsubj", "obj", "punct", "root"]

    /// "Hij gaf het op ." with the given tags; `gaf` is finite.
    static func sentence(_ tags: [UPOS]) -> ParserSentence {
        let forms = ["Hij", "gaf", "het", "op", "."]
        return ParserSentence(forms.indices.map { i in
            ParserWord(atoms: WordAtoms(form: forms[i]), lemma: forms[i], upos: tags[i], alternative: TagAlternative.none,
                       feats: i == 1 ? "VerbForm=Fin" : "")
        })
    }

    /// A labeler whose table lets every tag take `nsubj`, `obj` and `root` on its own, but
    /// not `compound:prt`.
    static func labeler() -> TreeLabeler {
        let row = labels.map { $0 != "compound:prt" }
        return TreeLabeler(model: LinearModel(rowBits: 4, columns: labels.count), labels: labels, voteWeight: 1,
                           common: Array(repeating: row, count: UPOS.allCases.count))
    }

    static func relabel(_ parsed: [String], votes: [[String]]) -> [String] {
        var f = FeatureList()
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: labels.count)
        defer { scores.deallocate() }
        return labeler().relabel(heads: [1, -1, 1, 1, 1], labels: parsed, votes: votes,
                                 sentence: sentence([.PRON, .VERB, .PRON, .ADP, .PUNCT]), features: &f, scores: scores)
    }

    @Test func majorityVoteWinsWhereTheModelHasNoOpinion() {
        let out = Self.relabel(["nsubj", "root", "obj", "compound:prt", "punct"],
                               votes: [["nsubj", "obj", "nsubj"], ["root"], ["obj", "obj"], ["compound:prt"], ["punct"]])
        #expect(out == ["nsubj", "root", "obj", "compound:prt", "punct"])
    }

    @Test func rareLabelNeedsAVote() {
        // No parser proposed compound:prt for "op": the labeler may not choose it on its own,
        // even where its score for it is as high as any other.
        let out = Self.relabel(["nsubj", "root", "obj", "obj", "punct"],
                               votes: [["nsubj"], ["root"], ["obj"], [], ["punct"]])
        #expect(out[3] != "compound:prt")
    }

    @Test func finiteClauseKeepsTheParsersSubject() {
        // The votes favour obj for "Hij", but then "gaf" would have no subject at all.
        let out = Self.relabel(["nsubj", "root", "obj", "compound:prt", "punct"],
                               votes: [["nsubj", "obj", "obj"], ["root"], ["obj"], ["compound:prt"], ["punct"]])
        #expect(out[0] == "nsubj")
    }
}
