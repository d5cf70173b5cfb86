import KroniekCore

/// Why an event is only part of what another event says and not itself a happening
/// (docs/modality.md). The coder leaves such events out unless asked for them.
public enum EventEmbedding: String, Sendable, Hashable {
    /// The condition of another event: the invasion in "de VS zullen reageren als
    /// Rusland Oekraïne binnenvalt".
    case condition
    /// The content of a fear, threat or intention (`fear` cues): "het Westen vreest dat
    /// Rusland wil binnenvallen", "fears an invasion".
    case fear
    /// The content of a denial (a `negation` cue that heads a clause): "Rusland ontkent
    /// dat het wil binnenvallen".
    case denial
    /// What a demand or appeal asks for: "Moskou eist dat westerse landen geen wapens
    /// leveren".
    case demand
    /// What an accusation (CAMEO 112) blames its target for: "beschuldigt het Westen van
    /// agressie door het bewapenen van Oekraïne". Only alleged; a condemnation, by
    /// contrast, takes its object as having happened ("condemned the invasion").
    case allegation

    /// The embedding of the content an event of this code states: a threat's content
    /// (the sanctions in "Biden gaf te verstaan dat de VS sancties zullen treffen") is
    /// threatened, a demand's or appeal's is asked for; neither has happened. What an
    /// accusation states is only alleged.
    static func ofContent(stated code: String) -> EventEmbedding? {
        if code.hasPrefix("112") { return .allegation }
        switch code.prefix(2) {
        case "13": return .fear
        case "02", "10": return .demand
        default: return nil
        }
    }
}

extension ModalityDetector {
    /// Whether the event at word `v` is embedded in another, and how.
    ///
    /// Walks up from the event through the clauses that carry its content (content
    /// clauses, and a noun event's own object position: "vreest een invasie"), passing
    /// conjuncts and infinitive complements, which share their head's standing.
    /// A plainly negated or conditional main event is not embedded. `statements` gives,
    /// for each word of the sentence, the embedding of what the events coded there state
    /// (`EventEmbedding.ofContent`); it is empty when none states any.
    func embedding(of v: Int, statements: [EventEmbedding?]) -> EventEmbedding? {
        embeddingAndHead(of: v, statements: statements)?.kind
    }

    /// The embedding of the event at `v` and the word whose content it is (the fear,
    /// denial or statement word; the condition clause itself for a condition).
    func embeddingAndHead(of v: Int, statements: [EventEmbedding?]) -> (kind: EventEmbedding, head: Int)? {
        var w = v
        // Set after stepping from a consequent up to the condition the parser hung it
        // under, which then stands for the consequent's own place.
        var inConsequent = false
        while true {
            if !inConsequent, isCondition(w) { return (.condition, w) }
            inConsequent = false
            guard let h = view.head(w) else { return nil }
            // A main-clause conjunct hung inside a subordinate clause stands with the main clause.
            if view.isMainClauseConjunct(w) {
                w = h
                while let up = view.head(w) { w = up }
                continue
            }
            if isConsequent(w, of: h) {
                w = h
                inConsequent = true
                continue
            }
            // An infinitive complement ("wil binnenvallen", "won't try to clash") is the
            // subject's own intended act, flagged hypothetical but still coded (as
            // PETRARCH does); only what it is embedded in can make it content. That of an
            // accusation is what the accused did ("beschuldigde de NAVO ervan de Russische
            // belangen te negeren"): alleged content.
            if view.has(w, .xcomp), !statements.isEmpty, statements[h] == .allegation { return (.allegation, h) }
            if view.has(w, .xcomp) || view.isConjunct(w) { w = h; continue }
            // Parsers often label a content clause advcl ("ontkent dat …"); the head must
            // still be a fear or denial word for it to count.
            // A noun's content clause is an acl ("de vrees dat …", or "vreest" tagged as a
            // noun); a relative clause is not content.
            // A subordinator the parser made the head of its clause's words stands for
            // that clause ("te verstaan dat [de VS keiharde …]" with "keiharde" read as a
            // verb and hung on "dat").
            let carriesContent = view.has(w, [.ccomp, .csubj]) || (view.has(w, .advcl) && !isCircumstance(w))
                || (view.has(w, .acl) && (!view.has(w, .relcl) || view.has(h, .mark)))
                || (view.has(w, .mark) && w != v && !isCue(.circumstance, at: w))
                || (w == v && view.has(w, .obj) && isNominal(w))
            guard carriesContent else { return nil }
            if isCue(.fear, at: h) { return (.fear, h) }
            if isCue(.negation, at: h) && !isNominal(h) { return (.denial, h) }
            if !statements.isEmpty {
                if let stated = statements[h] { return (stated, h) }
                let p = predicateHead(h)
                if let stated = statements[p] { return (stated, p) }
            }
            w = h
        }
    }

    /// Whether the event at `v`, or (with `throughContent`, for a threat or demand) the
    /// content it states however deeply ("gaf te verstaan dat de VS sancties zullen
    /// treffen als …"), hangs on a condition, also when the parser made the condition a
    /// conjunct or hung its subordinator on the subject. Saying something conditional
    /// is not itself conditional.
    func dependsOnCondition(_ v: Int, throughContent: Bool) -> Bool {
        // The consequent of a condition the parser made its head (`isConsequent`).
        if let h = view.head(v), isConsequent(v, of: h) { return true }
        // A condition hung beside the reported event on the report verb ("zei dat de VS
        // sancties zullen opleggen als het binnenvalt", both clauses on "zei") is the event's.
        if let h = view.head(v), view.has(v, .ccomp), isCue(.report, at: h),
           view.children(h, .ccomp).contains(where: { $0 > v && isCondition($0) }) { return true }
        var clauses = [v]
        while let c = clauses.popLast() {
            // An adverbial clause whose subordinator the parser hung on its subject, made
            // the head ("als Rusland Oekraïne binnenvalt" headed by "Rusland"), counts too,
            // and so does a condition labelled a complement ("als het kernwapens inzet",
            // "dreigde met een aanval als Israël terugslaat"), except on a report verb,
            // whose complement is what was said.
            // A finite verb read as a particle is a clause too ("als het Oekraïne aanvalt"
            // hung as compound:prt).
            let conditionRelations: Relations = isCue(.report, at: c) ? [.advcl, .conj, .xcomp, .parataxis, .compoundPrt]
                : [.advcl, .conj, .ccomp, .xcomp, .parataxis, .compoundPrt]
            if view.children(c, conditionRelations).contains(where: { isCondition($0) || (view.has($0, .advcl) && hasConditionalMark($0)) }) {
                return true
            }
            // A condition cannot be a relative clause: one hung on an argument ("sancties
            // opleggen als het binnenvalt", with the clause on "sancties") is the verb's.
            if view.children(c, [.obj, .iobj, .obl]).contains(where: { view.children($0, .acl).contains(where: isCondition) }) {
                return true
            }
            guard throughContent else { return false }
            // The content may hang on a word of a light verb ("maakte duidelijk dat …",
            // with "duidelijk" an adverb or particle), or be labelled a clausal subject.
            // A subordinator the parser made the head of its clause stands for it.
            clauses += view.children(c, [.ccomp, .xcomp, .advcl, .csubj, .advmod, .compoundPrt, .mark, .acl])
        }
        return false
    }

    /// Whether a fear, threat or intention governs the event, directly or through the
    /// clauses above it; a conjunct of a fear verb is not governed by it ("vreest …, en
    /// dreigt met sancties").
    func isUnderFear(_ v: Int) -> Bool {
        var w = v
        while let h = view.head(w), view.has(w, [.xcomp, .ccomp, .advcl, .conj, .acl, .csubj]) {
            if view.has(w, .advcl) && isCircumstance(w) { return false }
            if !view.isConjunct(w) && isCue(.fear, at: h) { return true }
            w = h
        }
        return false
    }

    /// The verb of a light-verb predicate whose content clause hangs on one of its other
    /// words ("gaf te verstaan dat …", "maakte duidelijk dat …"), or on its object noun
    /// ("eist garanties dat …", "gaf de waarschuwing dat …").
    private func predicateHead(_ w: Int) -> Int {
        var p = w
        while let h = view.head(p), view.has(p, [.xcomp, .advmod, .compoundPrt, .obj]) { p = h }
        return p
    }

    /// Whether an adverbial clause gives a cause, time or concession ("aangezien …",
    /// "because …"): its subordinator is a `circumstance` cue.
    private func isCircumstance(_ c: Int) -> Bool {
        view.children(c, .mark).contains { isCue(.circumstance, at: $0) }
    }

    /// Whether a conditional subordinator marks clause `c` ("als", "if").
    func hasConditionalMark(_ c: Int) -> Bool {
        view.children(c, .mark).contains { isCue(.conditional, at: $0) }
    }

    private func isNominal(_ i: Int) -> Bool { [.NOUN, .PROPN].contains(view.words[i].upos) }

    /// Whether subordinator `i` compares ("net als", "zowel … als") or names a role ("als
    /// partner": hung on a common noun without a determiner).
    private func isComparisonOrRole(_ i: Int) -> Bool {
        if i > 0, Self.comparisonWords.contains(view.keys[i - 1].form) { return true }
        if (0..<i).contains(where: { view.keys[$0].form == "ZOWEL" }) { return true }
        guard let h = view.head(i), view.words[h].upos == .NOUN else { return false }
        return view.child(h, .det) == nil
    }

    /// Words that make a following "als" or "as" a comparison.
    static let comparisonWords: Set<String> = ["NET", "EVENALS", "ZO", "EVEN", "AS", "SUCH"]

    /// Whether clause `c` is a condition: a conditional subordinator marks it, a
    /// conditional auxiliary opens it ("mocht Rusland binnenvallen"), or, as parsers
    /// often attach the subordinator to the subject instead, one stands between the
    /// clause's verb and the previous clause boundary ("… als Rusland Oekraïne binnenvalt").
    private func isCondition(_ c: Int) -> Bool { conditionOpener(c) != nil }

    /// The conditional subordinator or auxiliary that opens clause `c` as a condition, if any.
    private func conditionOpener(_ c: Int) -> Int? {
        guard !isNominal(c) else { return nil }
        let own = view.children[c]
        // A conditional auxiliary opens the clause only before its subject: "mocht
        // Rusland binnenvallen", not "Rusland mocht niet deelnemen" (was not allowed to).
        let subject = view.child(c, .nsubj) ?? c
        if let opener = own.first(where: { $0 < c && isCue(.conditional, at: $0)
            && (view.has($0, .mark) || (view.has($0, .aux) && $0 < subject)) }) { return opener }
        guard view.head(c) != nil else { return nil }
        var i = c - 1
        while i >= 0 {
            let upos = view.words[i].upos
            // A subordinator opens the clause whatever it was labelled ("als" hung as `cc`),
            // unless it introduces a phrase ("als president", `case`).
            if (upos == .SCONJ && !view.has(i, [.caseMarker, .fixed])) || (upos == .ADP && view.has(i, .mark)) {
                // A comparison ("net als Europa", "zowel … als") or a role ("als partner": a
                // bare common noun) is a phrase, not the clause; a subordinator hung on the
                // clause's subject or on a name still opens it ("als Israël terugslaat").
                if isComparisonOrRole(i) { i -= 1; continue }
                return isCue(.conditional, at: i) ? i : nil
            }
            if own.contains(i) && view.has(i, [.aux, .compoundPrt]) { i -= 1; continue }
            if [.VERB, .AUX, .PUNCT, .CCONJ, .SCONJ].contains(upos) { return nil }
            i -= 1
        }
        return nil
    }

    /// Whether `v` is the consequent of a condition clause the parser made its head: `v`
    /// stands before the condition's opener ("sancties zullen opleggen als het
    /// binnenvalt" hung under "binnenvalt"), or hangs as an adverbial clause on a
    /// condition that heads the sentence ("Mocht China Taiwan blokkeren, dan zullen de VS
    /// sancties opleggen"): a condition is never the main clause.
    private func isConsequent(_ v: Int, of h: Int) -> Bool {
        guard let opener = conditionOpener(h) else { return false }
        return v < opener || (view.head(h) == nil && view.has(v, [.advcl, .parataxis]))
    }
}

extension Modality {
    /// Sets the flag an embedding implies: a condition is conditional, feared content
    /// hypothetical, denied content negated.
    mutating func flag(_ embedding: EventEmbedding?) {
        switch embedding {
        case .condition: conditional = true
        case .fear: hypothetical = true
        case .denial: negated = true
        case .demand: hypothetical = true
        case .allegation: reported = true
        case nil: break
        }
    }
}
