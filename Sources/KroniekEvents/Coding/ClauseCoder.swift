import KroniekCore
import KroniekEntities

/// An event before modality and dates are attached.
struct ClauseEvent {
    var source: ActorReference
    var target: ActorReference?
    var code: String
    var evidence: String
    /// The second event of a paired code (`042:043`: the host's side of a visit).
    var reverses = false
    /// One of the events each way between coordinated actors ("Gondor and Osgiliath agreed").
    var pairs = false
}

/// Codes the event (if any) headed by one verb or noun: picks the dictionary entry,
/// the most specific matching pattern, and the source and target phrases from the tree.
/// A class: closures and helpers share it without copying the dictionary's tables.
final class ClauseCoder {
    let view: SentenceView
    let actors: ActorResolver
    let dictionary: EventDictionary
    let modality: ModalityDetector
    let anchors: PatternAnchors
    /// The pattern words present in the sentence (see `PatternAnchors`).
    let presentWords: [UInt64]
    let context: DocumentContext
    let sentenceIndex: Int
    /// With PETRARCH dictionaries and their coding ontology: negated codes as
    /// UniversalPetrarch makes them.
    let petrarchCombination: PetrarchVerbCombination?

    init(view: SentenceView, actors: ActorResolver, dictionary: EventDictionary, modality: ModalityDetector,
         anchors: PatternAnchors, presentWords: [UInt64], context: DocumentContext, sentenceIndex: Int,
         petrarchCombination: PetrarchVerbCombination? = nil) {
        self.view = view; self.actors = actors; self.dictionary = dictionary; self.modality = modality
        self.anchors = anchors; self.presentWords = presentWords; self.context = context; self.sentenceIndex = sentenceIndex
        self.petrarchCombination = petrarchCombination
    }

    static let passiveSubjectRelations: Relations = [.nsubjPass, .csubjPass]
    static let agentRelations: Relations = [.oblAgent, .nmodAgent]

    func eventsAt(_ v: Int) -> [ClauseEvent]? {
        let upos = view.words[v].upos
        if upos == .VERB || (upos == .AUX && !view.has(v, [.aux, .cop])) {
            return verbEvents(v)
        }
        // A predicate adjective names the event as a verb would ("Verhofstadt boos op CVP",
        // "is kritisch over het plan", "critical of"): the verb dictionary lists it.
        if upos == .ADJ, view.child(v, .cop) != nil || view.head(v) == nil || view.child(v, .nsubj) != nil,
           let events = verbEvents(v) {
            return events
        }
        if isNoun(v), let noun = nounEntry(v) {
            return nounEvents(v, code: noun.code, evidence: noun.origin)
        }
        return nil
    }

    /// A noun, or an adjective used as one: with a determiner and no noun to modify
    /// ("een bilaterale", tagged ADJ by taggers that read it as the adjective).
    func isNoun(_ w: Int) -> Bool {
        switch view.words[w].upos {
        case .NOUN: true
        case .ADJ: view.child(w, .det) != nil && view.head(w).map { view.words[$0].upos != .NOUN } ?? true
        default: false
        }
    }

    /// The noun entry of a word: under its lemma first, then under its form (a
    /// nominalised adjective keeps its adjective lemma), then under the head of a compound
    /// ("massa_protest" is a protest, "video_gesprek" a conversation).
    func nounEntry(_ w: Int) -> (code: EventCodeAssignment, origin: String)? {
        let keys = view.keys[w]
        let language = (view.sentence.language ?? context.language).rawValue
        func noun(_ key: String) -> (code: EventCodeAssignment, origin: String)? {
            dictionary.noun(key, language: language).map { ($0.code, $0.origin) }
        }
        return keys.lemma.flatMap(noun) ?? noun(keys.form) ?? view.compoundHead(w).flatMap(noun)
    }

    /// The state the story is set in, for a sentence that names no actor with a state.
    var storySetting: String? {
        guard !dictionary.codesAgentsWithoutCountry,
              !actors.namedActorCodes().contains(where: { !Self.nonStatePrefixes.contains($0.prefix(3)) }) else { return nil }
        return context.entities?.setting.state(ofSentence: sentenceIndex)
    }

    /// The state of every actor the sentence names, when they are all of one state.
    lazy var soleState: String? = {
        let states = Set(actors.namedActorCodes().map { $0.prefix(3) })
        guard states.count == 1, let state = states.first, !Self.nonStatePrefixes.contains(state) else { return nil }
        return String(state)
    }()
}
