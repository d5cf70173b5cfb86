import KroniekCore

/// What the coder knows about the document it is coding, sentence after sentence.
///
/// Language-specific helpers extend coding through the two hooks: reference resolution
/// (pronouns and role nouns such as "hij" or "the Russian leader" standing for an actor
/// named earlier) and time expressions (an event dated by its own "in 2014").
public final class DocumentContext {
    public let documentID: String
    public let date: PartialDate?
    public let language: Language
    /// Actors coded so far in this document, in text order.
    public private(set) var mentions: [Mention] = []

    public struct Mention: Sendable, Hashable {
        public var actor: ActorReference
        public var sentenceIndex: Int
        public var wordIndex: Int
    }

    /// A phrase the dictionaries could not code (a pronoun or bare role noun) and its place.
    public struct ReferenceQuery {
        public var sentence: Sentence
        public var sentenceIndex: Int
        public var wordIndex: Int
        public var context: DocumentContext
    }

    /// Returns the actor a pronoun or role noun stands for, or nil to leave it uncoded.
    public var resolveReference: ((ReferenceQuery) -> ActorReference?)?
    /// Returns the actors a pair reference stands for ("beide leiders": the two main
    /// actors of the document), or [].
    public var resolveGroup: ((ReferenceQuery) -> [ActorReference])?
    /// Whether a word is a reciprocal ("elkaar", "de ander", "each other").
    public var isReciprocal: ((Sentence, Int) -> Bool)?
    /// Returns the earlier mention a definite event noun refers back to ("het
    /// telefoongesprek") and its participants, source first; nil if none.
    public var resolveEventNoun: ((ReferenceQuery) -> EventAntecedent?)?
    /// Returns the time expressions of a sentence with their normalised dates.
    public var timeExpressions: ((Sentence, PartialDate?, Language) -> [(Span, PartialDate)])?

    /// An earlier mention of an event (sentence and word) and its participants.
    public struct EventAntecedent {
        public var sentenceIndex: Int
        public var wordIndex: Int
        public var participants: [ActorReference]
        public init(sentenceIndex: Int, wordIndex: Int, participants: [ActorReference]) {
            self.sentenceIndex = sentenceIndex; self.wordIndex = wordIndex; self.participants = participants
        }
    }

    /// Earlier event mentions a later reference has already coded: each is coded once.
    private var codedEventAntecedents: Set<[Int]> = []

    /// Claims an earlier event mention for coding; false if a reference already did.
    func claim(_ antecedent: EventAntecedent) -> Bool {
        codedEventAntecedents.insert([antecedent.sentenceIndex, antecedent.wordIndex]).inserted
    }

    public init(documentID: String, date: PartialDate?, language: Language) {
        self.documentID = documentID; self.date = date; self.language = language
    }

    func record(_ actor: ActorReference, sentence: Int, word: Int) {
        mentions.append(Mention(actor: actor, sentenceIndex: sentence, wordIndex: word))
    }
}
