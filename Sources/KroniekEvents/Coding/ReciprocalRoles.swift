import KroniekCore

/// Pair and reciprocal references in an event's roles, as the entity stage reads them
/// (`DocumentEntities`): "beide leiders" are the
/// document's two main actors, and with "elkaar" / "de ander" each acts toward the other.
extension ClauseCoder {
    /// The actors a pair reference headed by `word` stands for, keeping its words.
    func group(_ word: Int) -> [ResolvedActor] {
        guard let entities = context.entities else { return [] }
        let words = actors.phraseWords(word).sorted()
        return entities.group(of: word, in: view.sentence, sentenceIndex: sentenceIndex)
            .map { ResolvedActor(code: $0.code, head: word, words: words) }
    }

    /// The parties of an event whose clause has a reciprocal: its own two or more
    /// sources ("Biden en Poetin steunen elkaar"), else the nearest pair reference before
    /// the reciprocal in the sentence, wherever the parser put it ("beide leiders zeiden
    /// bereid te zijn te luisteren naar de ander"). Nil without a reciprocal.
    func reciprocalParties(_ v: Int, sources: [ResolvedActor]) -> [ResolvedActor]? {
        guard let entities = context.entities,
              let r = view.subtree(v).filter({ entities.isReciprocal($0, in: view.sentence) }).min() else { return nil }
        if Set(sources.map(\.code)).count >= 2 { return sources }
        for w in stride(from: r - 1, through: 0, by: -1) where [.NOUN, .PROPN].contains(view.words[w].upos) {
            let pair = group(w)
            if pair.count >= 2 { return pair }
        }
        return nil
    }
}
