import KroniekCore

/// An actor as it appears in an event: its code and where the text named it.
public struct ActorReference: Sendable, Hashable {
    public var code: String
    public var text: String
    public var span: Span?
    public init(code: String, text: String, span: Span?) { self.code = code; self.text = text; self.span = span }
}

/// How sure the text is that the event happened.
public struct Modality: Sendable, Hashable {
    public var negated = false
    public var conditional = false
    public var hypothetical = false
    public var future = false
    public var reported = false
    public init() {}
}

/// One coded event: who did what to whom, when, how certainly, and why the coder thinks so.
public struct CodedEvent: Sendable, Hashable {
    public var documentID: String
    /// 0-based sentence index in the document.
    public var sentenceIndex: Int
    public var sentenceSpan: Span
    public var date: PartialDate?
    public var source: ActorReference
    public var target: ActorReference?
    /// The event code as the dictionary gave it (a CAMEO code, or a private code of a
    /// PETRARCH validation dictionary).
    public var code: String
    public var modality: Modality
    public var reportedBy: ActorReference?
    /// The pattern or rule that fired.
    public var evidence: String
    /// Set when the event is only the condition or the feared or denied content of
    /// another event; such events are output only on request.
    public var embedding: EventEmbedding? = nil
    /// The word that named the event (its verb or noun).
    public var trigger: EventRecord.Trigger? = nil

    /// CAMEO facts for the code; nil only for private validation codes.
    public var cameo: CameoEventType? { CameoOntology.entry(code) }

    /// Whether both events say the same of the same sentence: code, actor codes, date and
    /// modality agree, whatever words named the actors.
    func sameHappening(as other: CodedEvent) -> Bool {
        sentenceIndex == other.sentenceIndex && code == other.code && source.code == other.source.code
            && target?.code == other.target?.code && date == other.date && modality == other.modality
    }
}
