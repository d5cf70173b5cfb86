/// Coordinated clauses the parser did not label as such.
extension SentenceView {
    /// Whether clause `c` continues the clause it hangs on as a conjunct: labelled `conj`,
    /// or labelled a complement or adverbial clause although a coordinator opens it right
    /// before its finite verb. Dutch parsers often hang a subjectless main-clause conjunct
    /// on the clause before it: in "het Westen vreest dat Rusland wil binnenvallen, en
    /// dreigt met sancties" the threat is the West's own act, not the content of its fear.
    func isConjunct(_ c: Int) -> Bool {
        if has(c, .conj) { return true }
        guard has(c, [.ccomp, .advcl]), hasFeature(c, "VerbForm=Fin"), let coordinator = openingCoordinator(c) else { return false }
        // A subordinator after the coordinator opens a clause of its own ("en dat …"); one
        // before it belongs to the clause the punctuation closed.
        return !children(c, .mark).contains { m in
            m > coordinator || !(m..<coordinator).contains { isPunctuation($0) }
        }
    }

    /// The coordinator of `c` that stands right before it (only punctuation between):
    /// "…, en dreigt".
    func openingCoordinator(_ c: Int) -> Int? {
        let own = children[c]
        guard let coordinator = own.last(where: { $0 < c && words[$0].upos == .CCONJ }),
              !own.contains(where: { $0 > coordinator && $0 < c && !has($0, .punct) }) else { return nil }
        return coordinator
    }
}
