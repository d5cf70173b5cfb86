import KroniekCore

extension EventCoder {
    /// The date of the time expression in the event's own clause, if it has one.
    ///
    /// The own clause leaves out the clauses and conjuncts the event word governs, whose
    /// time expressions date their own events ("steunt … en annexeerde in 2014"). A noun
    /// event is also dated by the word it hangs on, where the parser made its date its
    /// head, by the clause it is the subject of, and by a time expression right after its
    /// phrase, where the parser hung the date on the clause ("een bilaterale van Rusland
    /// en de Navo op 10 januari").
    static func date(of v: Int, in view: SentenceView, times: [(Span, PartialDate)]) -> PartialDate? {
        guard !times.isEmpty else { return nil }
        var ownClause = view.subtree(v, excluding: Array(view.children(v, [.clausal, .conj])))
        // What follows a coordinator of the verb that opens a later clause is that clause's,
        // wherever the parser hung the words or the clause ("steunt … en in 2014 de Krim
        // annexeerde" with "in 2014" on "steunt").
        if let k = view.children[v].first(where: { $0 > v && view.words[$0].upos == .CCONJ }),
           ((k + 1)..<view.count).contains(where: { [.VERB, .AUX].contains(view.words[$0].upos) && view.coordinator(of: $0) == k }) {
            ownClause = ownClause.filter { $0 < k }
        }
        // …and the conjunct itself owns those words.
        if let k = view.coordinator(of: v), view.head(k) != v, let first = ownClause.min(), k + 1 < first {
            ownClause += (k + 1)..<first
        }
        if view.words[v].upos != .VERB, view.words[v].upos != .AUX {
            // The subject of a clause that tells when it happens ("de onderhandelingen
            // worden op 15 januari hervat", "staat gepland op …"): that clause's date.
            if let h = view.head(v), view.has(v, .nsubj) {
                ownClause += view.subtree(h, excluding: Array(view.children(h, [.ccomp, .advcl, .acl, .parataxis, .conj, .csubj])))
            }
            if let h = view.head(v) { ownClause.append(h) }
            if var next = ownClause.max().map({ $0 + 1 }), next < view.count {
                // The time expression may start after its preposition ("op 10 januari").
                if view.words[next].upos == .ADP, next + 1 < view.count { next += 1 }
                ownClause.append(next)
            }
        }
        return times.first { t in ownClause.contains { view.words[$0].span.start == t.0.start } }?.1
    }
}
