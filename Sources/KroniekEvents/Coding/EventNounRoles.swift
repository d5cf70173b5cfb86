import KroniekCore

/// A definite event noun without parties of its own that refers back to an event named
/// earlier ("het telefoongesprek, dat op verzoek van Poetin werd gehouden"): it is coded
/// with that mention's participants, once (KroniekEntities/Reference/EventNounReference.swift).
extension ClauseCoder {
    func referredEvent(_ noun: Int) -> (source: ResolvedActor, target: ResolvedActor)? {
        guard let hook = context.resolveEventNoun, let earlier = hook(query(noun)),
              earlier.participants.count == 2, context.claim(earlier) else { return nil }
        let (s, t) = (earlier.participants[0], earlier.participants[1])
        return (ResolvedActor(code: s.code, head: noun, words: [noun]), ResolvedActor(code: t.code, head: noun, words: [noun]))
    }
}
