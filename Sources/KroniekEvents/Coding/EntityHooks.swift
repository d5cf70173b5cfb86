import KroniekCore
import KroniekEntities

extension DocumentContext {
    /// Connects the entity layer to coding: pronouns and role nouns resolve to the actors
    /// the document names (KroniekEntities/Reference), and each event takes the date of
    /// its own time expression, normalised against the document date (KroniekEntities/Time).
    ///
    /// Call it from `EventCoder.code(_:prepare:)`:
    /// `coder.code(document) { $0.installEntityHooks(for: document, actors: coder.dictionary.actors) }`.
    public func installEntityHooks(for document: Document, actors: ActorDictionary) {
        let mentions = DocumentMentions(sentences: document.sentences, actors: actors, date: date)
        let resolver = ReferenceResolver(mentions: mentions, language: language)
        resolveReference = { query in
            resolver.antecedent(of: query.wordIndex, in: query.sentence, sentenceIndex: query.sentenceIndex)
                .map { ActorReference(code: $0.code, text: $0.text, span: nil) }
        }
        resolveGroup = { query in
            resolver.group(of: query.wordIndex, in: query.sentence, sentenceIndex: query.sentenceIndex)
                .map { ActorReference(code: $0.code, text: $0.text, span: nil) }
        }
        isReciprocal = { sentence, word in resolver.isReciprocal(word, in: sentence) }
        let eventNouns = EventNounReference(sentences: document.sentences, mentions: mentions, language: language)
        resolveEventNoun = { query in
            eventNouns.antecedent(of: query.wordIndex, in: query.sentence, sentenceIndex: query.sentenceIndex).map {
                EventAntecedent(sentenceIndex: $0.sentenceIndex, wordIndex: $0.wordIndex,
                                participants: $0.participants.map { ActorReference(code: $0.code, text: $0.text, span: nil) })
            }
        }
        let text = ScalarText(document.text)
        let finder = TimeExpressionFinder()
        timeExpressions = { sentence, documentDate, language in
            finder.find(in: sentence, text: text, documentDate: documentDate, language: language).map { ($0.span, $0.date) }
        }
    }
}
