import KroniekCore
import KroniekEntities

/// Discard phrases as UniversalPetrarch checks them (`petrarch_ud.check_discards`), for
/// PETRARCH dictionaries: over the sentence's whitespace-separated words, upper-cased,
/// punctuation left on them ("in 1999." is not the discard `1999`), walking a tree of the
/// phrases from the first word on. A word that leaves the path starts the walk again from
/// the next word, and a phrase counts only when a word follows it (the end of a phrase is
/// noticed at the next word). Kroniek's token-by-token check finds far more: the Phoenix
/// list holds every year from 1914 to 2013 but 2000, so it dropped every sentence that
/// named a year.
struct PetrarchDiscards: Sendable {
    /// A point on the path of one or more phrases; node 0 is the start.
    private struct Node: Sendable {
        var next: [String: Int] = [:]
        var ends: Reach?
    }

    enum Reach: Sendable { case sentence, story }

    private var nodes = [Node()]

    init(_ discards: [(words: [NameWord], story: Bool)]) {
        for d in discards where !d.words.isEmpty {
            var node = 0
            for w in d.words {
                if let n = nodes[node].next[w.text] { node = n } else {
                    nodes.append(Node())
                    nodes[node].next[w.text] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
            // A phrase listed at both levels drops the story (UniversalPetrarch tests `+` first).
            if nodes[node].ends != .story { nodes[node].ends = d.story ? .story : .sentence }
        }
    }

    /// What the discard phrase found in the sentence drops, nil when there is none.
    func discarded(_ sentence: Sentence) -> Reach? {
        var node = 0
        for word in Self.whitespaceWords(sentence) {
            if let reach = nodes[node].ends { return reach }
            node = nodes[node].next[word] ?? 0
        }
        return nil
    }

    /// The sentence's words as `str.split()` sees them: tokens joined until one is
    /// followed by a space, upper-cased.
    static func whitespaceWords(_ sentence: Sentence) -> [String] {
        var out: [String] = []
        var current = ""
        for token in sentence.tokens {
            current += token.form
            if token.spaceAfter { out.append(WordKeys.upper(current)); current = "" }
        }
        if !current.isEmpty { out.append(WordKeys.upper(current)) }
        return out
    }
}
