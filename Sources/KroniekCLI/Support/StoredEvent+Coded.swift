import KroniekCore
import KroniekEvents
import KroniekStore

extension StoredEvent {
    /// The store's flat record of a coded event; CAMEO facts are copied in so that
    /// queries and charts need no ontology at read time.
    init(_ e: CodedEvent, sentenceText: String) {
        let cameo = e.cameo
        self.init(documentID: e.documentID, sentenceIndex: e.sentenceIndex, sentenceSpan: e.sentenceSpan,
                  sentenceText: sentenceText, date: e.date,
                  source: Actor(code: e.source.code, text: e.source.text),
                  target: e.target.map { Actor(code: $0.code, text: $0.text) },
                  cameo: e.code, quadClass: cameo?.quadClass, goldstein: cameo?.goldstein,
                  ploverCategory: cameo?.plover?.category, ploverMode: cameo?.plover?.mode,
                  negated: e.modality.negated, conditional: e.modality.conditional,
                  hypothetical: e.modality.hypothetical, future: e.modality.future,
                  reported: e.modality.reported,
                  reportedBy: e.reportedBy.map { Actor(code: $0.code, text: $0.text) }, evidence: e.evidence)
    }
}
