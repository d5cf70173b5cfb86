/// The CoNLL 2018 shared-task evaluation (`conll18_ud_eval.py`), ported.
///
/// Gold and system may tokenize differently; they must cover the same non-whitespace
/// characters. As in the official script, every token is placed on the character
/// sequence made by concatenating all token forms with spaces (Unicode category Zs)
/// removed, and:
/// - Tokens and Sentences score by exact character spans;
/// - words outside multiword tokens align by span, words inside a stretch touched by a
///   multiword token align by the longest common subsequence of their lower-cased forms;
/// - per-word measures (UPOS … LAS) count a gold word right when its aligned system word
///   agrees; precision and recall use all gold and system words.
/// Document offsets are not used, so the scorer works on any two readings of one text.
public struct UDScorer: Sendable {
    public init() {}

    public struct CharacterMismatch: Error, CustomStringConvertible, Sendable {
        /// Offset (in non-whitespace characters) of the first difference.
        public var offset: Int
        public var goldContext: String
        public var systemContext: String
        public var description: String {
            "gold and system text differ at non-whitespace character \(offset): gold '\(goldContext)', system '\(systemContext)'"
        }
    }

    public func score(gold: [Sentence], system: [Sentence]) throws -> UDScores {
        let g = UDEvalText(gold), s = UDEvalText(system)
        if g.characters != s.characters { throw mismatch(g.characters, s.characters) }
        let alignment = UDWordAlignment(gold: g.words, system: s.words)

        func perWord<K: Equatable>(_ key: (UDEvalWord, _ parent: UDEvalWord.Parent) -> K) -> UDScore {
            var correct = 0
            for (gi, si) in alignment.pairs {
                let gw = g.words[gi], sw = s.words[si]
                if key(gw, gw.parent) == key(sw, alignment.goldParent(ofSystem: sw.parent)) { correct += 1 }
            }
            return UDScore(goldTotal: g.words.count, systemTotal: s.words.count, correct: correct,
                           alignedTotal: alignment.pairs.count)
        }
        // The official script compares a lemma only where gold has one.
        var lemmas = 0
        for (gi, si) in alignment.pairs where g.words[gi].lemma == "_" || g.words[gi].lemma == s.words[si].lemma {
            lemmas += 1
        }
        return UDScores(
            tokens: spansScore(g.tokens, s.tokens),
            sentences: spansScore(g.sentences, s.sentences),
            words: UDScore(goldTotal: g.words.count, systemTotal: s.words.count, correct: alignment.pairs.count),
            upos: perWord { w, _ in w.upos },
            xpos: perWord { w, _ in w.xpos },
            ufeats: perWord { w, _ in w.feats },
            allTags: perWord { w, _ in [w.upos, w.xpos, w.feats] },
            lemmas: UDScore(goldTotal: g.words.count, systemTotal: s.words.count, correct: lemmas,
                            alignedTotal: alignment.pairs.count),
            uas: perWord { _, p in p },
            las: perWord { w, p in UDEvalWord.Labelled(parent: p, deprel: w.deprel) })
    }

    /// Exact span matches, walking both sorted span lists once.
    func spansScore(_ gold: [UDEvalSpan], _ system: [UDEvalSpan]) -> UDScore {
        var correct = 0, gi = 0, si = 0
        while gi < gold.count && si < system.count {
            if system[si].start < gold[gi].start { si += 1 }
            else if gold[gi].start < system[si].start { gi += 1 }
            else {
                if gold[gi].end == system[si].end { correct += 1 }
                gi += 1; si += 1
            }
        }
        return UDScore(goldTotal: gold.count, systemTotal: system.count, correct: correct)
    }

    private func mismatch(_ g: [Unicode.Scalar], _ s: [Unicode.Scalar]) -> CharacterMismatch {
        var i = 0
        while i < g.count && i < s.count && g[i] == s[i] { i += 1 }
        func context(_ c: [Unicode.Scalar]) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: c[min(i, c.count)..<min(i + 20, c.count)])
            return String(v)
        }
        return CharacterMismatch(offset: i, goldContext: context(g), systemContext: context(s))
    }
}
