import KroniekCore
import KroniekEntities

/// The target of an event whose tree gives it no place, read from the clause. Real-news
/// parses often lose an object (a nominalised adjective tagged as a modifier, a name hung
/// on the wrong word); the clause around the verb still names whom the act is done to:
/// the first other party after the verb, else the nearest before it. (Measured on the
/// real-news dev sets, filling a missing source the same way costs more precision than it
/// gains recall; filling the target gains in both languages.)
extension ClauseCoder {
    func clauseTarget(_ v: Int, sources: [ResolvedActor]) -> ResolvedActor? {
        var parties: [(word: Int, actor: ResolvedActor)] = []
        var seen = Set<Int>()
        for w in clauseBounds(around: v) where w != v && actors.isNamed(w) {
            let head = phraseHead(w)
            guard seen.insert(head).inserted, let a = actors.actor(ofPhrase: head) else { continue }
            parties.append((w, a))
        }
        // The clause's first party is who acts in it, whatever the tree made the subject.
        let before = parties.filter { $0.word < v }, after = parties.filter { $0.word > v }
        guard let first = before.first ?? after.first else { return nil }
        let target = (after + before.reversed()).first { $0.word != first.word && $0.actor.code != first.actor.code }
        guard let t = target?.actor, !sources.contains(where: { $0.code == t.code }) else { return nil }
        return t
    }

    /// The words of the clause around `v`: from the last clause boundary before it to the
    /// first after it (punctuation that separates clauses, or a subordinator).
    func clauseBounds(around v: Int) -> ClosedRange<Int> {
        func isBoundary(_ w: Int) -> Bool {
            view.words[w].upos == .SCONJ || (view.isPunctuation(w) && Self.clausePunctuation.contains(view.words[w].form))
        }
        var lo = v, hi = v
        while lo > 0, !isBoundary(lo - 1) { lo -= 1 }
        while hi + 1 < view.count, !isBoundary(hi + 1) { hi += 1 }
        return lo...hi
    }

    static let clausePunctuation: Set<String> = [",", ";", ":", "(", ")", "\"", "“", "”", "'", "‘", "’", "--", "–", "—"]
}
