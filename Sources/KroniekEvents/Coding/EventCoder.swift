import KroniekCore
import KroniekEntities

/// Codes events from Universal Dependencies trees with an `EventDictionary`.
///
/// Language-independent: it reads lemmas, parts of speech and relations; every word of
/// a language (verbs, actors, cue words) comes from the dictionaries. A sentence where no
/// verb or noun pattern matches, or where no source actor is found, gives no event.
public struct EventCoder: Sendable {
    public let dictionary: EventDictionary

    public init(dictionary: EventDictionary) { self.dictionary = dictionary }

    /// Codes every sentence of a parsed document.
    public func code(_ document: Document, prepare: ((DocumentContext) -> Void)? = nil) -> [CodedEvent] {
        let language = document.metadata.language ?? .english
        let context = DocumentContext(documentID: document.id, date: document.metadata.date, language: language)
        prepare?(context)
        if isStoryDiscarded(document) { return [] }
        var events: [CodedEvent] = []
        for (i, s) in document.sentences.enumerated() { events += code(s, index: i, context: context) }
        return events
    }

    private func isStoryDiscarded(_ document: Document) -> Bool {
        let story = dictionary.discards.filter(\.story)
        guard !story.isEmpty else { return false }
        return document.sentences.contains { s in
            let view = SentenceView(s)
            return story.contains { contains($0.words, in: view) }
        }
    }

    private func contains(_ phrase: [NameWord], in view: SentenceView) -> Bool {
        guard !phrase.isEmpty, phrase.count <= view.count else { return false }
        for start in 0...(view.count - phrase.count)
        where phrase.enumerated().allSatisfy({ p in view.keys[start + p.offset].contains(where: p.element.matches) }) {
            return true
        }
        return false
    }

    /// Codes one parsed sentence in the context of its document.
    public func code(_ sentence: Sentence, index: Int, context: DocumentContext) -> [CodedEvent] {
        guard sentence.isParsed else { return [] }
        let view = SentenceView(sentence)
        if dictionary.discards.contains(where: { !$0.story && contains($0.words, in: view) }) { return [] }
        let actors = ActorResolver(view: view, dictionary: dictionary.actors, date: context.date)
        let language = (sentence.language ?? context.language).rawValue
        let modality = ModalityDetector(view: view, dictionary: dictionary, language: language)
        let times = context.timeExpressions?(sentence, context.date, sentence.language ?? context.language) ?? []
        var clause = ClauseCoder(view: view, actors: actors, dictionary: dictionary, modality: modality,
                                 context: context, sentenceIndex: index)
        var events: [CodedEvent] = []
        for v in 0..<view.count {
            guard let found = clause.eventsAt(v) else { continue }
            let (m, reportedBy, _) = modality.modality(of: v, actors: actors)
            let clauseSpan = view.span(of: view.subtree(v))
            let date = times.first { t in clauseSpan.map { $0.contains(t.0) } ?? false }?.1 ?? context.date
            for e in found {
                let event = CodedEvent(documentID: context.documentID, sentenceIndex: index, sentenceSpan: sentence.span,
                                       date: date, source: e.source, target: e.target, code: e.code,
                                       modality: m, reportedBy: reportedBy, evidence: e.evidence)
                if !events.contains(event) { events.append(event) }
            }
        }
        return events
    }
}
