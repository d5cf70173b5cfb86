import KroniekCore

/// Dutch separable verbs written as UD Dutch writes them (`Sentence.fullLemma(ofWord:)`,
/// KroniekCore): the parser's lemmas of verbs with a separated particle get it.
extension Sentence {
    /// Rewrites the lemma of every verb with a separated particle to the full lemma.
    /// A verb whose lemma already has a particle, or a "particle" that is itself a verb or
    /// pronoun, or not among `particles` (when given), is a parsing error, not a particle verb:
    /// those are left alone.
    internal mutating func composeParticleVerbLemmas(particles: Set<String>?) {
        for i in words.indices where words[i].upos == .VERB && words[i].lemma?.contains("_") == false {
            guard let p = words.firstIndex(where: { $0.head == i && $0.deprel == "compound:prt" }),
                  let u = words[p].upos, Self.particleTags.contains(u),
                  particles?.contains((words[p].lemma ?? words[p].form).lowercased()) ?? true else { continue }
            if let full = fullLemma(ofWord: i) { words[i].lemma = full }
        }
    }

    /// Tags of separable-verb particles in UD Dutch (`af`, `terug`, `vrij`, `plaats`).
    internal static let particleTags: Set<UPOS> = [.ADP, .ADV, .ADJ, .NOUN]
}
