import KroniekCore
import KroniekStories

/// Small coded events for the fusion and alert tests.
func event(_ doc: String, _ sentence: Int = 0, _ source: String, _ target: String?, _ cameo: String, _ date: String?,
           text: String = "", conditional: Bool = false, goldstein: Double? = nil, quadClass: Int? = nil) -> EventRecord {
    EventRecord(documentID: doc, sentenceIndex: sentence, sentenceSpan: Span(0, text.unicodeScalars.count), sentenceText: text,
                date: date.flatMap(PartialDate.init(iso:)), source: .init(code: source, text: source),
                target: target.map { .init(code: $0, text: $0) }, cameo: cameo, quadClass: quadClass, goldstein: goldstein,
                ploverCategory: nil, ploverMode: nil, conditional: conditional, evidence: "test")
}

/// Each story's reports as "doc#sentence" keys, sorted, for comparing clusterings.
func memberships(_ stories: [KroniekStories.Story]) -> Set<[String]> {
    Set(stories.map { $0.reports.map { "\($0.event.documentID)#\($0.event.sentenceIndex)" }.sorted() })
}
