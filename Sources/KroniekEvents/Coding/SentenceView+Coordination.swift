/// Coordinated clauses the parser did not label as such.
extension SentenceView {
    /// Whether clause `c` continues the clause it hangs on as a conjunct: labelled `conj`,
    /// or labelled a complement or adverbial clause although a coordinator opens it.
    /// Dutch parsers often hang a conjunct on the clause before it: in "het Westen vreest
    /// dat Rusland wil binnenvallen, en dreigt met sancties" the threat is the West's own
    /// act, not the content of its fear; in "aangezien het separatisten steunt en in 2014
    /// de Krim annexeerde" the annexation is no adverbial clause of the support.
    func isConjunct(_ c: Int) -> Bool {
        if has(c, .conj) { return true }
        guard has(c, [.ccomp, .advcl]), hasFeature(c, "VerbForm=Fin"), let coordinator = coordinator(of: c) else { return false }
        // A subordinator after the coordinator opens a clause of its own ("en dat …"); one
        // before it belongs to the clause the punctuation closed.
        return !children(c, .mark).contains { m in
            m > coordinator || !(m..<coordinator).contains { isPunctuation($0) }
        }
    }

    /// The coordinator that opens clause `c`: its own coordinator before it, or the last
    /// one the parser hung on the clause's head instead, before the clause's first word
    /// with no verb between ("…, en in 2014 de Krim annexeerde" with "en" and "in 2014"
    /// on "steunt").
    func coordinator(of c: Int) -> Int? {
        if let own = children[c].last(where: { $0 < c && words[$0].upos == .CCONJ && !has($0, .caseMarker) }) { return own }
        guard let h = head(c), let first = subtree(c).first,
              let k = children[h].last(where: { $0 > h && $0 < first && words[$0].upos == .CCONJ }) else { return nil }
        return ((k + 1)..<first).contains { [.VERB, .AUX].contains(words[$0].upos) } ? nil : k
    }

    /// The coordinator of `c` that stands right before its verb (only punctuation
    /// between): "…, en dreigt".
    func openingCoordinator(_ c: Int) -> Int? {
        guard let coordinator = coordinator(of: c),
              !children[c].contains(where: { $0 > coordinator && $0 < c && !has($0, .punct) }) else { return nil }
        return coordinator
    }
}
