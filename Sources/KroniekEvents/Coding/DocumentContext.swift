import KroniekCore
import KroniekEntities

/// What the coder knows about the document it is coding, sentence after sentence: its
/// date and language, the entity stage's result (`DocumentEntities`: reference
/// resolution and time expressions), and the actors and event mentions coded so far.
public final class DocumentContext {
    public let documentID: String
    public let date: PartialDate?
    public let language: Language
    /// Nil when a sentence is coded on its own (as PETRARCH codes records): pronouns,
    /// role nouns and event nouns then stay unresolved and events take the document date.
    public let entities: DocumentEntities?
    /// Actors coded so far in this document, in text order.
    public private(set) var mentions: [Mention] = []

    public struct Mention: Sendable, Hashable {
        public var actor: ActorReference
        public var sentenceIndex: Int
        public var wordIndex: Int
    }

    /// Earlier event mentions a later reference has already coded: each is coded once.
    private var codedEventAntecedents: Set<[Int]> = []

    /// Claims an earlier event mention for coding; false if a reference already did.
    func claim(_ antecedent: EventNounReference.Antecedent) -> Bool {
        codedEventAntecedents.insert([antecedent.sentenceIndex, antecedent.wordIndex]).inserted
    }

    public init(documentID: String, date: PartialDate?, language: Language, entities: DocumentEntities? = nil) {
        self.documentID = documentID; self.date = date; self.language = language; self.entities = entities
    }

    func record(_ actor: ActorReference, sentence: Int, word: Int) {
        mentions.append(Mention(actor: actor, sentenceIndex: sentence, wordIndex: word))
    }
}
