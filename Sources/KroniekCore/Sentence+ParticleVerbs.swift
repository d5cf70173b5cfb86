/// Dutch separable verbs. UD Dutch writes the lemma of a verb whose particle stands apart
/// with the particle: "Rusland viel Oekraïne binnen" → `viel` has lemma `binnen_vallen`,
/// found through its `compound:prt` dependent `binnen`. Every stage reads it from here:
/// the parser composes the lemmas, the coder looks verbs up by them.
public extension Sentence {
    /// The lemma of word `i` including a separated particle (`binnen_vallen`), or its plain lemma.
    func fullLemma(ofWord i: Int) -> String? {
        guard words.indices.contains(i), let lemma = words[i].lemma else { return nil }
        guard let particle = particle(of: i), !lemma.hasPrefix(particle + "_") else { return lemma }
        return "\(particle)_\(lemma)"
    }

    /// The lowercased lemma of the `compound:prt` dependent of word `i`, if any.
    func particle(of i: Int) -> String? {
        guard let p = words.firstIndex(where: { $0.head == i && $0.deprel == "compound:prt" }) else { return nil }
        return (words[p].lemma ?? words[p].form).lowercased()
    }
}
