/// One coded event in Kroniek's event schema (docs/event-schema.md, version
/// `EventRecord.schemaVersion`): flat values only, so that `kroniek code`, `kroniek events`,
/// the stores and the HTTP API read and write the same record, and the coder's own types
/// can change without a migration. CAMEO facts (QuadClass, Goldstein, PLOVER) are copied
/// in, so queries and charts need no ontology at read time.
public struct EventRecord: Sendable, Hashable {
    /// The version of the schema this type reads and writes; consumers can rely on the
    /// fields of a version staying as documented.
    public static let schemaVersion = 1

    /// An actor as the text named it: its code, its words, and where they are.
    public struct Actor: Sendable, Hashable {
        public var code: String
        public var text: String
        /// Character offsets in the document text, when known.
        public var span: Span?
        public init(code: String, text: String, span: Span? = nil) { self.code = code; self.text = text; self.span = span }
    }

    /// The word or words that named the event ("bezocht", "the visit").
    public struct Trigger: Sendable, Hashable {
        public var text: String
        public var span: Span
        public init(text: String, span: Span) { self.text = text; self.span = span }
    }

    public var documentID: String
    /// 0-based sentence index in the document.
    public var sentenceIndex: Int
    public var sentenceSpan: Span
    public var sentenceText: String
    public var date: PartialDate?
    public var source: Actor
    public var target: Actor?
    public var trigger: Trigger?
    public var cameo: String
    public var quadClass: Int?
    public var goldstein: Double?
    public var ploverCategory: String?
    public var ploverMode: String?
    public var negated: Bool
    public var conditional: Bool
    public var hypothetical: Bool
    public var future: Bool
    public var reported: Bool
    public var reportedBy: Actor?
    /// Set when the event is only the condition or the feared or denied content of
    /// another event (`condition`, `fear`, `denial`, …; docs/modality.md).
    public var embedding: String?
    /// The pattern or rule that fired.
    public var evidence: String

    public init(documentID: String, sentenceIndex: Int, sentenceSpan: Span, sentenceText: String,
                date: PartialDate?, source: Actor, target: Actor?, trigger: Trigger? = nil, cameo: String, quadClass: Int?,
                goldstein: Double?, ploverCategory: String?, ploverMode: String?, negated: Bool = false,
                conditional: Bool = false, hypothetical: Bool = false, future: Bool = false,
                reported: Bool = false, reportedBy: Actor? = nil, embedding: String? = nil, evidence: String) {
        self.documentID = documentID; self.sentenceIndex = sentenceIndex; self.sentenceSpan = sentenceSpan
        self.sentenceText = sentenceText; self.date = date; self.source = source; self.target = target
        self.trigger = trigger; self.cameo = cameo; self.quadClass = quadClass; self.goldstein = goldstein
        self.ploverCategory = ploverCategory; self.ploverMode = ploverMode; self.negated = negated
        self.conditional = conditional; self.hypothetical = hypothetical; self.future = future
        self.reported = reported; self.reportedBy = reportedBy; self.embedding = embedding; self.evidence = evidence
    }

    /// The CAMEO root (first two digits).
    public var cameoRoot: String { String(cameo.prefix(2)) }

    /// True when the text asserts the event happened: not negated, conditional or hypothetical.
    public var isFactual: Bool { !negated && !conditional && !hypothetical }
}
