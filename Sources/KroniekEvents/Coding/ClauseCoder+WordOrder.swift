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
        // The conjunct's own words: punctuation and case markers say nothing of its clause.
        let children = view.children[v]
        func isOwn(_ c: Int) -> Bool { !view.has(c, [.punct, .caseMarker]) }
        let coordinator = view.coordinator(of: v)
        // Without a coordinator of its own, a verb ending its clause is rather a relative
        // clause the parser joined to another verb ("soldaten die Rusland heeft
        // samengetrokken" as a conjunct of the main verb): its subject stands before it.
        if coordinator == nil, let s = subjectBeforeClauseEnd(v) { return (s, false) }
        guard view.hasFeature(v, "VerbForm=Fin") else { return subject(of: h) }
        // A Dutch finite verb right after its coordinator with words of its own after it
        // is a verb-second main clause ("…, en dreigt met sancties"), whatever the parser
        // hung it on; with nothing after it, it ends a subordinate clause with the one
        // before ("dat Rusland de stad omsingelt en beschiet"). English word order says
        // neither: there the conjunct shares its head's subject.
        if let c = coordinator, (view.sentence.language ?? context.language) == .dutch,
           !children.contains(where: { isOwn($0) && $0 > c && $0 < v }), children.contains(where: { isOwn($0) && $0 > v }) {
            let main = mainClause(of: v)
            if main != v, !isSubordinate(main), let s = view.child(main, .nsubj) { return (s, false) }
            return subject(of: h)
        }
        if children.contains(where: { isOwn($0) && $0 < v && $0 != coordinator }), !isSubordinate(h) {
            for c in stride(from: v - 1, through: 0, by: -1) where isSubordinate(c) && view.hasFeature(c, "VerbForm=Fin") {
                if let s = view.child(c, .nsubj) { return (s, false) }
            }
        }
        return subject(of: h)
    }

    /// The verb's own active or passive subject, leaving out those the parse got wrong: a
    /// passive subject beside an active one in a clause without a passive auxiliary is the
    /// object ("Iran heeft drones op Israël afgevuurd"); a main-clause conjunct opened by
    /// its coordinator shares the main clause's subject, so a subject hung on it belongs
    /// to the clause before ("dat Rusland …, en dreigt met sancties") or is its object
    /// ("…, en beloofde Israël zijn steun"); and see `isObjectTakenForSubject`.
    func ownSubjects(_ v: Int) -> (active: Int?, passive: Int?) {
        // `nsubj:pass` also has the base relation `nsubj`.
        let passive = view.child(v, Self.passiveSubjectRelations)
        let active = view.children(v, .nsubj).first { !view.has($0, Self.passiveSubjectRelations) }
        if let p = passive, active == nil || view.child(v, .auxPass) != nil { return (nil, p) }
        guard let s = active else { return (nil, nil) }
        if view.isConjunct(v), view.openingCoordinator(v) != nil, view.hasFeature(v, "VerbForm=Fin") { return (nil, nil) }
        if isObjectTakenForSubject(s, of: v) { return (nil, nil) }
        return (s, nil)
    }

    /// The subjects hung on `v` that `ownSubjects` leaves out and that stand where its
    /// object would: after the verb, the passive subject beside an active one, or the
    /// object of a subordinate conjunct (`isObjectTakenForSubject`).
    private func subjectsReadAsObjects(_ v: Int) -> [Int] {
        let own = ownSubjects(v)
        return view.children(v, .nsubj).filter { s in
            s != own.active && s != own.passive
                && (s > v || view.has(s, Self.passiveSubjectRelations) || isObjectTakenForSubject(s, of: v))
        }
    }

    /// Whether the subject `s` of a conjunct `v` is rather its object: the conjunct ends a
    /// subordinate clause (its verb comes last, after its own words), has no object, and
    /// its "subject" names no actor while the clause it continues has a subject. Dutch
    /// coordinated subordinate clauses share their subject, and the parser takes the
    /// object for it: "aangezien het separatisten steunt en in 2014 de Krim annexeerde".
    func isObjectTakenForSubject(_ s: Int, of v: Int) -> Bool {
        guard view.has(v, .conj), let h = view.head(v), isSubordinate(h) || isSubordinate(v),
              view.child(v, [.obj, .iobj]) == nil, view.words[s].upos != .PRON,
              actors.actors(of: s).isEmpty,
              let shared = view.child(h, .nsubj), agreesInNumber(shared, v) else { return false }
        return view.children[v].contains { $0 < v && $0 > s } || s < v - 1
    }

    /// Whether a subject could be that of verb `v` by number: the finite verb of `v`'s
    /// clause (itself or an auxiliary) does not carry the other number ("sancties …
    /// zouden leiden" cannot share the singular "Rusland").
    private func agreesInNumber(_ subject: Int, _ v: Int) -> Bool {
        let finite = view.hasFeature(v, "VerbForm=Fin") ? v : view.children(v, .aux).first { view.hasFeature($0, "VerbForm=Fin") }
        guard let f = finite else { return true }
        if view.hasFeature(f, "Number=Plur") { return !view.hasFeature(subject, "Number=Sing") }
        if view.hasFeature(f, "Number=Sing") { return !view.hasFeature(subject, "Number=Plur") }
        return true
    }

    /// The top of the tree above a word: the sentence's main clause.
    private func mainClause(of w: Int) -> Int {
        var top = w
        while let h = view.head(top) { top = h }
        return top
    }

    /// Whether a verb heads a subordinate clause: opened by a subordinator, or a relative clause.
    private func isSubordinate(_ c: Int) -> Bool {
        let upos = view.words[c].upos
        guard upos == .VERB || upos == .AUX else { return false }
        return view.has(c, .relcl) || view.children(c, .mark).contains { view.words[$0].upos == .SCONJ }
    }

    /// The subjects after the first of a verb with several: a clause has one subject, and
    /// the parser labels an object between subject and verb ("Biden zou Poetin hebben
    /// aangespoord") a second subject. Conjoined subjects hang on the first, not here.
    /// Also a name the parser joined to the subject's name as `flat` although the
    /// dictionaries know it as a name of its own ("viel Rusland Oekraïne binnen").
    func misparsedObjects(_ v: Int) -> [Int] {
        var first: Int?
        var out = subjectsReadAsObjects(v)
        for s in view.children[v] where view.has(s, .nsubj) {
            if first == nil { first = s } else if !out.contains(s) { out.append(s) }
        }
        guard let s = first, let own = actors.mentionAt[s] else { return out }
        // A name of its own that starts after the subject's name ends.
        for w in view.children[s] where view.has(w, .flat) && w >= own.start + own.length && actors.mentionAt[w]?.start == w {
            out.append(w)
        }
        return out
    }

    /// A subject found by word order alone, for a verb ending a subordinate clause that
    /// the parse gave none ("soldaten die Rusland heeft samengetrokken"): the nearest
    /// phrase naming an actor between the clause's opening word and the verb, outside
    /// prepositional phrases.
    func subjectBeforeClauseEnd(_ v: Int) -> Int? {
        // A bare infinitive shares a subject ("wil Rusland straffen": Rusland is its object).
        guard view.hasFeature(v, "VerbForm=Fin") || view.child(v, .aux) != nil, !view.has(v, .xcomp) || view.hasFiniteAuxiliary(v) else {
            return nil
        }
        var i = v - 1
        while i >= 0, view.head(i) == v, view.has(i, .aux) { i -= 1 }
        // The verb must end its clause: it comes after its auxiliaries and objects.
        guard i < v - 1 || view.children(v, [.obj, .obl]).contains(where: { $0 < v }) else { return nil }
        while i >= 0 {
            let upos = view.words[i].upos
            if upos == .PUNCT || upos == .SCONJ || upos == .CCONJ || view.has(i, .mark) { return nil }
            if upos == .PRON, view.has(i, [.nsubj, .obj]) { return nil }
            if actors.isNamed(i), upos == .PROPN || upos == .NOUN, view.casePreposition(i) == nil,
               !view.has(i, .phraseInternal) {
                return i
            }
            i -= 1
        }
        return nil
    }
}
