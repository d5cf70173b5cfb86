import KroniekCore

/// Dutch separable verbs. UD Dutch writes the lemma of a verb whose particle stands apart
/// with the particle: "Rusland viel Oekraïne binnen" → `viel` has lemma `binnen_vallen`,
/// found through its `compound:prt` dependent `binnen`.
public extension Sentence {
    /// The lemma of word `i` including a separated particle (`binnen_vallen`), or its plain lemma.
    func fullLemma(ofWord i: Int) -> String? {
        guard words.indices.contains(i), let lemma = words[i].lemma else { return nil }
        guard let particle = particle(of: i), !lemma.hasPrefix(particle + "_") else { return lemma }
        return "\(particle)_\(lemma)"
    }

    /// The lowercased lemma of the `compound:prt` dependent of word `i`, if any.
    internal func particle(of i: Int) -> String? {
        guard let p = words.firstIndex(where: { $0.head == i && $0.deprel == "compound:prt" }) else { return nil }
        return (words[p].lemma ?? words[p].form).lowercased()
    }

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
