import KroniekCore
import KroniekEntities

/// A definite event noun that refers back to an event named earlier
/// (`DocumentEntities.eventAntecedent`): without parties of its own it is
/// coded with that mention's participants, once ("het telefoongesprek, dat op verzoek van
/// Poetin werd gehouden"); a party commenting on it addresses the other party ("zei
/// tevreden te zijn over het telefoongesprek").
extension ClauseCoder {
    func referredEvent(_ noun: Int) -> (source: ResolvedActor, target: ResolvedActor)? {
        guard let earlier = eventAntecedent(noun), earlier.participants.count == 2, context.claim(earlier) else { return nil }
        let (s, t) = (earlier.participants[0], earlier.participants[1])
        return (ResolvedActor(code: s.code, head: noun, words: [noun]), ResolvedActor(code: t.code, head: noun, words: [noun]))
    }

    /// Who did the earlier event a definite event noun refers back to, the target of a
    /// reaction to it: "Taiwan condemned the drills" after "China launched drills".
    func doerOfReferredEvent(_ noun: Int) -> ResolvedActor? {
        guard let doer = eventAntecedent(noun)?.participants.first else { return nil }
        return ResolvedActor(code: doer.code, head: noun, words: [noun])
    }

    /// The other party of an event the clause of `v` is about, when `source` took part in
    /// it: the first definite event noun under `v` whose earlier mention names both.
    func otherParty(_ v: Int, source: String) -> ResolvedActor? {
        guard context.entities != nil else { return nil }
        for n in view.subtree(v) where n != v && view.words[n].upos == .NOUN
            && nounEntry(n) != nil {
            guard let earlier = eventAntecedent(n), earlier.participants.count == 2,
                  let mine = earlier.participants.firstIndex(where: { $0.code == source }) else { continue }
            return ResolvedActor(code: earlier.participants[1 - mine].code, head: n, words: [n])
        }
        return nil
    }

    private func eventAntecedent(_ noun: Int) -> EventNounReference.Antecedent? {
        context.entities?.eventAntecedent(of: noun, in: view.sentence, sentenceIndex: sentenceIndex)
    }
}
