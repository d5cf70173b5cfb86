import KroniekCore
import KroniekEntities

/// Codes events from Universal Dependencies trees with an `EventDictionary`.
///
/// Language-independent: it reads lemmas, parts of speech and relations; every word of
/// a language (verbs, actors, cue words) comes from the dictionaries. A sentence where no
/// verb or noun pattern matches, or where no source actor is found, gives no event.
public struct EventCoder: Sendable {
    public let dictionary: EventDictionary
    /// Whether to output events that are only the condition or the feared or denied
    /// content of another event (`EventEmbedding`); left out by default, since they
    /// did not happen.
    public var includesEmbeddedEvents = false
    /// Whether to output events found without a target; left out by default, since event
    /// data is dyadic: an event is who did what to whom (docs/modality.md).
    public var includesIncompleteEvents = false
    /// With PETRARCH dictionaries: how a main verb's event joins the events of the clauses
    /// it governs, and how codes are negated, as UniversalPetrarch does; without it each
    /// verb's events stand alone and negations come from the dictionary.
    public var petrarchCombination: PetrarchVerbCombination?
    /// Numbers for the words the coder looks up in every sentence.
    private let lexicon: Lexicon
    /// Discard phrases by the lexicon number of their first word, so a sentence is
    /// checked in one pass.
    private let discardsByFirstWord: [[(words: [NameWord], story: Bool)]]
    /// Cue words per language (and `*` for any), prepared once.
    private let cuesByLanguage: [String: CueTable]
    private let anchors: PatternAnchors
    private let hasStoryDiscards: Bool
    /// With PETRARCH dictionaries, discards are found the way UniversalPetrarch finds them.
    private let petrarchDiscards: PetrarchDiscards?
    /// With PETRARCH dictionaries, the agents phrases are read with (`PetrarchNounPhrase`).
    private let petrarchAgents: PetrarchAgents?

    public init(dictionary: EventDictionary) {
        self.dictionary = dictionary
        // Discard first words are numbered first: their numbers index the phrase lists.
        var lexicon = Lexicon()
        var discards: [[(words: [NameWord], story: Bool)]] = []
        for d in dictionary.discards where !d.words.isEmpty {
            let n = Int(lexicon.add(d.words[0].text))
            if n == discards.count { discards.append([]) }
            discards[n].append(d)
        }
        discardsByFirstWord = discards
        anchors = PatternAnchors(dictionary, lexicon: &lexicon)
        var cues: [String: CueTable] = [:]
        for language in Set(dictionary.cues.keys).union(["*"]) {
            cues[language] = CueTable(dictionary: dictionary, language: language, lexicon: &lexicon)
        }
        cuesByLanguage = cues
        self.lexicon = lexicon
        hasStoryDiscards = dictionary.discards.contains(where: \.story)
        petrarchDiscards = dictionary.codesAgentsWithoutCountry ? PetrarchDiscards(dictionary.discards) : nil
        petrarchAgents = dictionary.codesAgentsWithoutCountry ? PetrarchAgents(dictionary.actors.agents) : nil
    }

    /// Codes every sentence of a parsed document. With the entity stage's result, pronouns,
    /// role nouns and event nouns resolve against the document and events take the dates
    /// of their own time expressions; without it each sentence is coded on its own.
    /// With a deadline, sentences after it are left uncoded.
    public func code(_ document: Document, entities: DocumentEntities? = nil,
                     until deadline: ContinuousClock.Instant? = nil) -> [CodedEvent] {
        let language = document.metadata.language ?? .english
        let context = DocumentContext(documentID: document.id, date: document.metadata.date, language: language,
                                      entities: entities)
        // Each sentence is prepared once, for the story-level discard check and for coding.
        let views = document.sentences.map { $0.isParsed ? SentenceView($0, lexicon: lexicon) : nil }
        if hasStoryDiscards, views.contains(where: { $0.map { discard(in: $0, story: true) } ?? false }) { return [] }
        var events: [CodedEvent] = []
        for (i, view) in views.enumerated() {
            if let deadline, ContinuousClock.now > deadline { break }
            if let view { events += code(view, index: i, context: context) }
        }
        return events
    }

    /// Whether a (sentence- or story-level) discard phrase occurs in the sentence.
    private func discard(in view: SentenceView, story: Bool) -> Bool {
        if let petrarch = petrarchDiscards { return petrarch.discarded(view.sentence) == (story ? .story : .sentence) }
        for start in 0..<view.count {
            for n in view.numbers[start] where n < discardsByFirstWord.count {
                for d in discardsByFirstWord[Int(n)] where d.story == story && start + d.words.count <= view.count {
                    if d.words.enumerated().allSatisfy({ view.keys[start + $0.offset].contains(where: $0.element.matches) }) { return true }
                }
            }
        }
        return false
    }

    /// Codes one parsed sentence in the context of its document.
    public func code(_ sentence: Sentence, index: Int, context: DocumentContext) -> [CodedEvent] {
        guard sentence.isParsed else { return [] }
        return code(SentenceView(sentence, lexicon: lexicon), index: index, context: context)
    }

    private func code(_ view: SentenceView, index: Int, context: DocumentContext) -> [CodedEvent] {
        let sentence = view.sentence
        if discard(in: view, story: false) { return [] }
        let language = (sentence.language ?? context.language).rawValue
        // There is always a table for `*`.
        let modality = ModalityDetector(view: view, cues: cuesByLanguage[language] ?? cuesByLanguage["*"]!)
        let actors = ActorResolver(view: view, dictionary: dictionary.actors, date: context.date,
                                   language: sentence.language ?? context.language, memberPrepositions: modality.words(.member),
                                   personNouns: modality.words(.person),
                                   petrarchAgents: petrarchAgents,
                                   names: context.entities.flatMap { $0.names.indices.contains(index) ? $0.names[index] : nil })
        let times = context.entities?.timeExpressions(in: sentence).map { ($0.span, $0.date) } ?? []
        let clause = ClauseCoder(view: view, actors: actors, dictionary: dictionary, modality: modality,
                                 anchors: anchors, presentWords: anchors.present(view.numbers),
                                 context: context, sentenceIndex: index, petrarchCombination: petrarchCombination)
        // Every word's events first, so what a threat or demand states is known before
        // the events in its content are placed (`EventEmbedding.ofContent`). The table is
        // made only for a sentence that codes one.
        // With PETRARCH dictionaries only the verbs UniversalPetrarch codes give events,
        // and a main verb's events join those of the clauses it governs.
        let scope = dictionary.codesAgentsWithoutCountry ? PetrarchClauseScope(view) : nil
        var coded = (0..<view.count).compactMap { v -> (verb: Int, events: [ClauseEvent])? in
            guard scope?.codes(v) ?? true, let events = clause.eventsAt(v) else { return nil }
            return (v, events)
        }
        if let scope, let combination = petrarchCombination { coded = scope.joined(coded, by: combination) }
        if scope != nil { coded = PetrarchClauseScope.withoutBareStatements(coded) }
        var statements: [EventEmbedding?] = []
        for (v, found) in coded {
            guard let stated = found.lazy.compactMap({ EventEmbedding.ofContent(stated: $0.code) }).first else { continue }
            if statements.isEmpty { statements = Array(repeating: nil, count: view.count) }
            statements[v] = stated
        }
        let embeddings = coded.map { modality.embeddingAndHead(of: $0.0, statements: statements) }
        let specific = DemandContent.specificCodes(coded: coded, embeddings: embeddings) { !modality.negators(of: $0).isEmpty }
        var events: [CodedEvent] = []
        for (i, (v, found)) in coded.enumerated() {
            var (m, reportedBy, reporter) = modality.modality(of: v, actors: actors)
            // "zou hij hebben benadrukt": a reporter named by a pronoun or role noun.
            if reportedBy.map({ $0.code.hasPrefix("---") }) ?? true, let r = reporter, let a = clause.referredActor(r) {
                reportedBy = ActorReference(code: a.code, text: view.text(of: [r]), span: nil)
            }
            let embedding = embeddings[i]?.kind
            if embedding != nil && !includesEmbeddedEvents { continue }
            m.flag(embedding)
            let statesContent = found.contains { EventEmbedding.ofContent(stated: $0.code) != nil }
            if modality.dependsOnCondition(v, throughContent: statesContent) { m.conditional = true }
            let date = Self.date(of: v, in: view, times: times) ?? context.date
            // Dated after the document ("een bilaterale op 10 januari" in a December
            // article), the event has not happened yet.
            if let d = date, let written = context.date, d > written, !written.contains(d) { m.future = true }
            for e in found {
                if !dictionary.codesAgentsWithoutCountry, e.source.code.hasPrefix("---") || e.target?.code.hasPrefix("---") == true { continue }
                if e.target == nil, !includesIncompleteEvents { continue }
                let source = Self.speaker(e.source, reportedBy: reportedBy, code: e.code)
                let code = specific[v].flatMap { DemandContent.specialised(e.code, toward: $0) } ?? e.code
                let event = CodedEvent(documentID: context.documentID, sentenceIndex: index, sentenceSpan: sentence.span,
                                       date: date, source: source, target: e.target, code: code,
                                       modality: m, reportedBy: reportedBy, evidence: e.evidence, embedding: embedding,
                                       trigger: EventRecord.Trigger(text: view.words[v].form, span: view.words[v].span))
                // A state and one of its own institutions on either side is almost always a
                // place misread as a party ("Iraqi artillery shelled the city": IRQMIL ->
                // IRQ) or the state speaking through its government; Kroniek's
                // dictionaries code no such event (PETRARCH's do).
                if !dictionary.codesAgentsWithoutCountry, let t = event.target, Self.isOwnState(event.source.code, t.code) { continue }
                // One event per code and pair of actors in a sentence: an apposition or a
                // repeated name ("de premier van Israël, Benjamin Netanyahu") adds none.
                if !events.contains(where: { $0.sameHappening(as: event) }) { events.append(event) }
            }
        }
        return events
    }

    /// Whether one side is a bare state and the other of that same state.
    static func isOwnState(_ a: String, _ b: String) -> Bool {
        a.prefix(3) == b.prefix(3) && (a.count == 3 || b.count == 3)
    }

    /// A state that says or demands something in words its own government reports
    /// ("Rusland wil garanties", as Putin put it) speaks as that government: the source of
    /// a verbal event (QuadClass 1 or 3) named as the bare state is its government when
    /// the reporter is.
    private static func speaker(_ source: ActorReference, reportedBy: ActorReference?, code: String) -> ActorReference {
        guard let reporter = reportedBy, reporter.code == source.code + "GOV",
              let quad = CameoOntology.entry(code)?.quadClass, quad == 1 || quad == 3 else { return source }
        return ActorReference(code: reporter.code, text: source.text, span: source.span)
    }
}
