import KroniekCore

extension EventRecord {
    /// The schema record of a coded event, with its sentence's text and the CAMEO facts
    /// of its code.
    public init(_ e: CodedEvent, sentenceText: String) {
        let cameo = e.cameo
        func actor(_ a: ActorReference) -> Actor { Actor(code: a.code, text: a.text, span: a.span) }
        self.init(documentID: e.documentID, sentenceIndex: e.sentenceIndex, sentenceSpan: e.sentenceSpan,
                  sentenceText: sentenceText, date: e.date, source: actor(e.source), target: e.target.map(actor),
                  trigger: e.trigger, cameo: e.code, quadClass: cameo?.quadClass, goldstein: cameo?.goldstein,
                  ploverCategory: cameo?.plover?.category, ploverMode: cameo?.plover?.mode,
                  negated: e.modality.negated, conditional: e.modality.conditional,
                  hypothetical: e.modality.hypothetical, future: e.modality.future, reported: e.modality.reported,
                  reportedBy: e.reportedBy.map { Actor(code: $0.code, text: $0.text) }, embedding: e.embedding?.rawValue,
                  evidence: e.evidence)
    }
}
