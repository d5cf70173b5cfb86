import KroniekCore

/// The entity stage's result for one document: every actor it names, and what its
/// pronouns, role nouns, pair references, event nouns and time expressions stand for.
///
/// Made once per document (by the pipeline) from the parsed sentences and the actor
/// dictionary; the coder asks it instead of working any of this out itself, so every
/// caller that codes a document codes it the same way.
public struct DocumentEntities: Sendable {
    /// The names of each sentence (`NameFinder`), as the coder reads them too.
    public let names: [[FoundName]]
    public let mentions: DocumentMentions
    /// The state each sentence is set in, for actors named without one.
    public let setting: DocumentSetting
    let references: ReferenceResolver
    let eventNouns: EventNounReference
    let text: ScalarText
    let date: PartialDate?
    let language: Language
    private let times = TimeExpressionFinder()

    /// `homeCountry` is the state of the newspaper, for documents that name none;
    /// `personNouns` the nouns of the document's language that name a person by what
    /// they do (`NameFinder`).
    public init(document: Document, actors: ActorDictionary, homeCountry: String? = nil, personNouns: Set<String> = []) {
        let language = document.metadata.language ?? .english
        let sentences = document.sentences
        let keys = sentences.map { $0.words.map(WordKeys.init) }
        // Dictionary names first; the people they and the role nouns introduce give the
        // surnames a second reading finds.
        var finder = NameFinder(actors: actors, date: document.metadata.date, language: language, personNouns: personNouns)
        let dictionaryNames = sentences.indices.map { finder.names(in: sentences[$0].words, keys: keys[$0], language: sentences[$0].language) }
        let firstSetting = DocumentSetting(mentions: DocumentMentions(sentences: sentences, names: dictionaryNames),
                                           sentenceCount: sentences.count, homeCountry: homeCountry)
        finder.localSurnames = PersonRegistry(sentences: sentences, names: dictionaryNames,
                                              state: firstSetting.state(ofSentence:)).surnames
        names = finder.localSurnames.isEmpty ? dictionaryNames
            : sentences.indices.map { finder.names(in: sentences[$0].words, keys: keys[$0], language: sentences[$0].language) }
        mentions = DocumentMentions(sentences: sentences, names: names)
        setting = DocumentSetting(mentions: mentions, sentenceCount: sentences.count, homeCountry: homeCountry)
        references = ReferenceResolver(mentions: mentions, language: language)
        eventNouns = EventNounReference(sentences: document.sentences, mentions: mentions, language: language)
        text = ScalarText(document.text)
        date = document.metadata.date
        self.language = language
    }

    /// The actor a pronoun or role noun headed by `word` stands for ("hij", "the Russian leader").
    public func antecedent(of word: Int, in sentence: Sentence, sentenceIndex: Int) -> ResolvedReference? {
        references.antecedent(of: word, in: sentence, sentenceIndex: sentenceIndex)
    }

    /// The actors a pair reference stands for ("beide leiders"), or [].
    public func group(of word: Int, in sentence: Sentence, sentenceIndex: Int) -> [ResolvedReference] {
        references.group(of: word, in: sentence, sentenceIndex: sentenceIndex)
    }

    /// Whether a word is a reciprocal ("elkaar", "de ander", "each other").
    public func isReciprocal(_ word: Int, in sentence: Sentence) -> Bool {
        references.isReciprocal(word, in: sentence)
    }

    /// The earlier mention a definite event noun refers back to ("het telefoongesprek").
    public func eventAntecedent(of noun: Int, in sentence: Sentence, sentenceIndex: Int) -> EventNounReference.Antecedent? {
        eventNouns.antecedent(of: noun, in: sentence, sentenceIndex: sentenceIndex)
    }

    /// The time expressions of a sentence, normalised against the document date.
    public func timeExpressions(in sentence: Sentence) -> [TimeExpression] {
        times.find(in: sentence, text: text, documentDate: date, language: sentence.language ?? language)
    }
}
