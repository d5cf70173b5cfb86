/// Fallbacks that read roles from word order where the parse leaves them out or puts
/// them in the wrong clause. Statistical parsers of Dutch often attach a subjectless
/// conjunct to the wrong clause, give a clause two subjects, or lose a subject in a
/// verb-final clause; the order of the words still tells.
extension ClauseCoder {
    /// The subject a conjunct without one of its own shares.
    ///
    /// Dutch word order tells which clause a subjectless conjunct continues: a finite
    /// verb right after the coordinator ("…, en dreigt met sancties") is a main-clause
    /// conjunct and shares the subject of the sentence's main clause, wherever the
    /// parser hung it; a finite verb after its own object or adverbials ("… en in 2014
    /// de Krim annexeerde") ends a subordinate clause and shares the subject of the
    /// nearest subordinate clause before it. Otherwise the conjunct shares its head's.
    func conjunctSubject(_ v: Int, head h: Int) -> (head: Int, passive: Bool)? {
        let shared = subject(of: h)
        guard view.hasFeature(v, "VerbForm=Fin") else { return shared }
        let own = view.children[v].filter { !view.has($0, [.punct, .caseMarker]) }
        let coordinator = own.first { view.words[$0].upos == .CCONJ }
        if let c = coordinator, !own.contains(where: { $0 > c && $0 < v }) {
            let main = mainClause(of: v)
            if main != v, !isSubordinate(main), let s = view.children(main, .nsubj).first { return (s, false) }
            return shared
        }
        if own.contains(where: { $0 < v && $0 != coordinator }), !isSubordinate(h) {
            let clauses = (0..<v).reversed().filter { isSubordinate($0) && view.hasFeature($0, "VerbForm=Fin") }
            if let s = clauses.lazy.compactMap({ view.children($0, .nsubj).first }).first { return (s, false) }
        }
        return shared
    }

    /// The top of the tree above a word: the sentence's main clause.
    private func mainClause(of w: Int) -> Int {
        var top = w
        while let h = view.head(top) { top = h }
        return top
    }

    /// Whether a verb heads a subordinate clause: opened by a subordinator, or a relative clause.
    private func isSubordinate(_ c: Int) -> Bool {
        guard [.VERB, .AUX].contains(view.words[c].upos) else { return false }
        return view.has(c, .relcl) || view.children(c, .mark).contains { view.words[$0].upos == .SCONJ }
    }

    /// The subjects after the first of a verb with several: a clause has one subject, and
    /// the parser labels an object between subject and verb ("Biden zou Poetin hebben
    /// aangespoord") a second subject. Conjoined subjects hang on the first, not here.
    /// Also a name the parser joined to the subject's name as `flat` although the
    /// dictionaries know it as a name of its own ("viel Rusland Oekraïne binnen").
    func misparsedObjects(_ v: Int) -> [Int] {
        let subjects = view.children(v, .nsubj)
        let joined = subjects.prefix(1).flatMap { s in
            view.children(s, .flat).filter { w in
                guard let own = actors.mentionAt[s], actors.mentionAt[w]?.start == w else { return false }
                return w > s && own.start + own.length <= w
            }
        }
        return Array(subjects.dropFirst()) + joined
    }

    /// A subject found by word order alone, for a verb ending a subordinate clause that
    /// the parse gave none ("soldaten die Rusland heeft samengetrokken"): the nearest
    /// phrase naming an actor between the clause's opening word and the verb, outside
    /// prepositional phrases.
    func subjectBeforeClauseEnd(_ v: Int) -> Int? {
        let auxiliaries = Set(view.children(v, .aux))
        // A bare infinitive shares a subject ("wil Rusland straffen": Rusland is its object).
        guard view.hasFeature(v, "VerbForm=Fin") || !auxiliaries.isEmpty, !view.has(v, .xcomp) else { return nil }
        var i = v - 1
        while i >= 0, auxiliaries.contains(i) { i -= 1 }
        // The verb must end its clause: it comes after its auxiliaries and objects.
        guard i < v - 1 || view.children[v].contains(where: { $0 < v && view.has($0, [.obj, .obl]) }) else { return nil }
        while i >= 0 {
            let upos = view.words[i].upos
            if [.PUNCT, .SCONJ, .CCONJ].contains(upos) || view.has(i, .mark) { return nil }
            if upos == .PRON, view.has(i, [.nsubj, .obj]) { return nil }
            if actors.isNamed(i), [.PROPN, .NOUN].contains(upos), view.casePreposition(i) == nil,
               !view.has(i, .phraseInternal) {
                return i
            }
            i -= 1
        }
        return nil
    }
}
