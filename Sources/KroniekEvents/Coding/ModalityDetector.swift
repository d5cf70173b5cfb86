import KroniekCore

/// Reads modality and attribution from the tree around an event word, using the cue
/// words of the sentence's language from the dictionaries. A class, shared by the
/// coder's helpers (and the closures that read cues) without copying.
final class ModalityDetector {
    let view: SentenceView
    let cues: CueTable
    /// For each word, the kinds of cue that start there.
    private let cuesStarting: [CueKinds]

    init(view: SentenceView, cues: CueTable) {
        self.view = view
        self.cues = cues
        cuesStarting = cues.kindsStarting(in: view)
    }

    /// The one-word cues of a kind (prepositions), for quick membership tests.
    func words(_ kind: CueKind) -> Set<String> { cues.words(kind) }

    /// Whether the words starting at `i` (or the word `i` alone) are a cue of `kind`.
    func isCue(_ kind: CueKind, at i: Int) -> Bool { cuesStarting[i].contains(CueKinds(kind)) }

    /// Whether the words of `cue` occur in order among `words` (not necessarily together).
    private func isSpelled(_ cue: [String], by words: [Int]) -> Bool {
        var next = 0
        for w in words where next < cue.count && view.keys[w].contains(cue[next]) { next += 1 }
        return next == cue.count
    }

    /// The clauses above an event word, nearest first (through complements and adverbial
    /// clauses), each with whether it is reached from a conjunct: a verb coordinated with a
    /// report verb is not reported by it ("Iran liet weten …, maar dreigde met een aanval").
    private func governingClauses(_ v: Int) -> [(clause: Int, throughConjunct: Bool)] {
        var out: [(Int, Bool)] = []
        var w = v
        while let h = view.head(w), view.has(w, [.xcomp, .ccomp, .advcl, .conj, .acl, .csubj]) {
            out.append((h, view.has(w, .conj))); w = h
        }
        return out
    }

    /// The words negating an event word: negation cues among its modifiers (or the
    /// `Polarity=Neg` feature on the word itself).
    func negators(of v: Int) -> [Int] {
        var own = view.children[v].filter { view.has($0, [.advmod, .det]) && isCue(.negation, at: $0) }
        // A negating determiner of the object negates the act too: "leveren geen wapens".
        for o in view.children[v] where view.has(o, .obj) {
            for d in view.children[o] where view.has(d, .det) && isCue(.negation, at: d) { own.append(d) }
        }
        return own.isEmpty && view.hasFeature(v, "Polarity=Neg") ? [v] : own
    }

    /// The event's modality flags, the actor it is reported by when its phrase names one,
    /// and the reporting phrase itself (for reference resolution when it names none: "zei hij").
    func modality(of v: Int, actors: ActorResolver) -> (Modality, ActorReference?, reporter: Int?) {
        var m = Modality()
        let own = view.children[v]
        let auxiliaries = own.filter { view.has($0, [.aux, .cop]) }
        m.negated = !negators(of: v).isEmpty
        // A past-tense future auxiliary (Dutch "zou") is conditional or hearsay, not future.
        // A future verb may also head the event's infinitive ("gaat Moldavië steunen").
        let futureHead = view.has(v, .xcomp) ? view.head(v).map { [$0] } ?? [] : []
        m.future = (auxiliaries + futureHead).contains { isCue(.future, at: $0) && !view.hasFeature($0, "Tense=Past") }
            || view.hasFeature(v, "Tense=Fut")
        m.hypothetical = auxiliaries.contains { isCue(.hypothetical, at: $0) }
        let governing = governingClauses(v)
        let above = governing.map(\.clause)
        let clauses = [v] + above
        // The event's clause or one above it is a condition; or a condition hangs on the event
        // (on the content it states only for threats and demands: `dependsOnCondition`);
        // or a conditional phrase modifies it ("dreigt in dat geval met sancties").
        m.conditional = clauses.contains(where: hasConditionalMark)
            || view.children(v, .advcl).contains(where: hasConditionalMark)
            || view.children(v, .obl).contains { o in
                view.subtree(o).contains { w in (cues.phrases[.conditional] ?? []).contains { $0.count > 1 && view.hasPhrase($0, at: w) } }
            }
        if isUnderFear(v) { m.hypothetical = true }

        // Attribution: a report verb above the event (or in a parenthetical below it, also
        // one hung as a conjunct after a comma),
        // or a report phrase such as "according to X".
        var reporter: Int?
        var reportWords: [Int] = []
        let candidates = governing.filter { !$0.throughConjunct }.map(\.clause) + view.children(v, .parataxis)
            + view.children(v, .conj).filter(view.isSetOff)
        if let r = candidates.first(where: { isCue(.report, at: $0) }) {
            reportWords = [r]
            reporter = speaker(of: r)
        } else if let obl = reportHosts(v).lazy.flatMap({ self.view.children($0, [.obl, .nmod, .advcl, .parataxis]) }).first(where: { o in
            // A report clause hanging on the event names its speaker; without one, "zouden
            // zijn" there is the modal of a misattached clause, not hearsay about the event.
            o != v && (view.children[o].contains { isCue(.report, at: $0) } || isCue(.report, at: o))
                && (!view.has(o, [.advcl, .parataxis]) || speaker(of: o) != nil) }) {
            if view.has(obl, .advcl), isCue(.report, at: obl) {
                // "…, liet een woordvoerder weten": a report clause hanging on the event.
                reportWords = [obl]
                reporter = speaker(of: obl)
            } else {
                reporter = obl
                reportWords = view.children[obl].filter { isCue(.report, at: $0) }
            }
        } else if let trailing = trailingReportPhrase(v) {
            reporter = trailing.phrase
            reportWords = [trailing.word]
        }
        var reportedBy: ActorReference?
        if reporter != nil || !reportWords.isEmpty { m.reported = true }
        // Dutch hearsay "zou … hebben" (zou + perfect): a report cue spelled by the event's
        // own auxiliaries, which need not stand together.
        if (cues.phrases[.report] ?? []).contains(where: { $0.count > 1 && isSpelled($0, by: auxiliaries) }) { m.reported = true }
        if let r = reporter, let a = actors.actor(ofPhrase: r) {
            reportedBy = ActorReference(code: a.code, text: view.text(of: view.phraseWordsForText(r, actors)), span: nil)
        }
        return (m, reportedBy, reporter)
    }

    /// A report word after the event that the parser hung on it or on the phrase it
    /// introduces, whatever the relations ("…, aldus Kiev" with "Kiev" an xcomp, "…, aldus
    /// de luchtmacht" with both on the verb): the word and the head of the phrase after it.
    private func trailingReportPhrase(_ v: Int) -> (word: Int, phrase: Int)? {
        for c in view.children[v] where c > v {
            let own = [c] + Array(view.children[c])
            guard let r = own.first(where: { isCue(.report, at: $0) && ![.VERB, .AUX].contains(view.words[$0].upos) }),
                  var p = ((r + 1)..<view.count).first(where: { [.NOUN, .PROPN, .PRON].contains(view.words[$0].upos) })
            else { continue }
            while let h = view.head(p), h > r, view.has(p, .phraseInternal) { p = h }
            return (r, p)
        }
        return nil
    }

    /// Whether a phrase is a report phrase ("volgens het Kremlin", "according to X"): its
    /// preposition or its head is a report cue.
    func isReportPhrase(_ o: Int) -> Bool {
        isCue(.report, at: o) || view.children[o].contains { view.has($0, .caseMarker) && isCue(.report, at: $0) }
    }

    /// Where a report phrase of the event may hang: on the event word, and for a noun
    /// event also on the clause it is an argument of, or on a predicate coordinated with
    /// that clause, which shares its subject ("het gesprek was het tweede en duurde
    /// volgens het Witte Huis 50 minuten": the call is reported by the White House).
    private func reportHosts(_ v: Int) -> [Int] {
        let nominal: Set<UPOS> = [.NOUN, .PROPN]
        guard let u = view.words[v].upos, nominal.contains(u), let h = view.head(v),
              view.has(v, [.nsubj, .obj]) else { return [v] }
        return [v, h] + view.children(h, [.conj, .parataxis])
    }

    /// Who speaks in a report clause: its subject; without one, its object, since a
    /// subject after the verb ("liet een woordvoerder weten") is often parsed as one,
    /// also when the parser hung it on the infinitive ("weten").
    private func speaker(of reportVerb: Int) -> Int? {
        for clause in [reportVerb] + Array(view.children(reportVerb, .xcomp)) {
            if let s = view.child(clause, .nsubj) ?? view.child(clause, .obj) { return s }
        }
        return nil
    }
}

extension SentenceView {
    /// The text of a set of words, joined with single spaces.
    func text(of indices: [Int]) -> String { indices.map { words[$0].form }.joined(separator: " ") }

    func phraseWordsForText(_ head: Int, _ actors: ActorResolver) -> [Int] { actors.phraseWords(head) }

    func span(of indices: [Int]) -> Span? {
        guard let f = indices.first, let l = indices.last else { return nil }
        return words[f].span.union(words[l].span)
    }
}
