/// Coordinated clauses the parser did not label as such.
extension SentenceView {
    /// Whether clause `c` continues the clause it hangs on as a conjunct: labelled `conj`,
    /// or labelled a complement, adverbial or paratactic clause although a coordinator opens it.
    /// Dutch parsers often hang a conjunct on the clause before it: in "het Westen vreest
    /// dat Rusland wil binnenvallen, en dreigt met sancties" the threat is the West's own
    /// act, not the content of its fear; in "aangezien het separatisten steunt en in 2014
    /// de Krim annexeerde" the annexation is no adverbial clause of the support.
    func isConjunct(_ c: Int) -> Bool {
        if has(c, .conj) { return true }
        guard has(c, [.ccomp, .advcl, .parataxis]), hasFeature(c, "VerbForm=Fin"), let coordinator = coordinator(of: c) else { return false }
        // A subordinator after the coordinator opens a clause of its own ("en dat …"); one
        // before it belongs to the clause the punctuation closed.
        return !children(c, .mark).contains { m in
            m > coordinator || !(m..<coordinator).contains { isPunctuation($0) }
        }
    }

    /// The coordinator that opens clause `c`: its own coordinator before it, or the last
    /// one the parser hung on another clause instead, before the clause's first word with
    /// no verb between ("…, en in 2014 de Krim annexeerde" with "en" and "in 2014" on
    /// "steunt", whether "annexeerde" hangs on "steunt" or on the clause above it).
    func coordinator(of c: Int) -> Int? {
        if let own = children[c].last(where: { $0 < c && words[$0].upos == .CCONJ && !has($0, .caseMarker) }) { return own }
        guard head(c) != nil, let first = subtree(c).first,
              let k = (0..<first).last(where: { words[$0].upos == .CCONJ }),
              let kh = head(k), kh < k, [.VERB, .AUX].contains(words[kh].upos), !isInSubtree(kh, of: c) else { return nil }
        return ((k + 1)..<first).contains { [.VERB, .AUX].contains(words[$0].upos) } ? nil : k
    }

    /// Whether conjunct `c` continues the main clause although the parser hung it on a
    /// subordinate one: its finite verb follows the coordinator with its own object or
    /// adverbial after it (main-clause order; an object the parser took for a subject
    /// counts too), while the subordinate clause it hangs on
    /// ends in its verbs ("Rusland ontkent dat het Oekraïne wil binnenvallen en
    /// beschuldigt het Westen van agressie": the accusation is Russia's own act, not
    /// denied content). A subordinate conjunct would end in its verb too ("… en het Westen
    /// beschuldigt").
    func isMainClauseConjunct(_ c: Int) -> Bool {
        guard isConjunct(c), hasFeature(c, "VerbForm=Fin"), openingCoordinator(c) != nil,
              children[c].contains(where: { $0 > c && has($0, [.obj, .iobj, .obl, .nsubj]) }),
              let h = head(c), children(h, .mark).contains(where: { $0 < h }) else { return false }
        return endsInVerbs(h, besides: c)
    }

    /// Whether clause `h` has no words between its verb cluster (`h` and the infinitives and
    /// participles it governs) and the conjunct `c`. Words after the conjunct cannot belong
    /// to the clause it follows, wherever the parser hung them ("… wil binnenvallen en
    /// beschuldigt het Westen van agressie, door het bewapenen van Oekraïne").
    private func endsInVerbs(_ h: Int, besides c: Int) -> Bool {
        var cluster = [h]
        var i = 0
        while i < cluster.count {
            cluster += children(cluster[i], .xcomp).filter { [.VERB, .AUX].contains(words[$0].upos) }
            i += 1
        }
        let last = cluster.max()!
        return !subtree(h, excluding: [c]).contains { $0 > last && $0 < c && !isPunctuation($0) }
    }

    /// The coordinator of `c` that stands right before its verb (only punctuation
    /// between): "…, en dreigt".
    func openingCoordinator(_ c: Int) -> Int? {
        guard let coordinator = coordinator(of: c),
              !children[c].contains(where: { $0 > coordinator && $0 < c && !has($0, .punct) }) else { return nil }
        return coordinator
    }

    /// Whether clause `c` follows its head after a comma with no coordinator, as a clause
    /// set off from the one before ("…, liet een woordvoerder weten" hung as `conj`).
    func isSetOff(_ c: Int) -> Bool {
        guard let h = head(c), h < c, coordinator(of: c) == nil else { return false }
        return children[c].contains { $0 < c && isPunctuation($0) }
    }
}
