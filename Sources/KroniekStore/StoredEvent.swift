import KroniekCore

/// An event as the store keeps it: flat values only, so every backend (SQLite here,
/// PostgreSQL for many workers) holds the same columns and the coder's types can
/// change without a migration.
public struct StoredEvent: Sendable, Hashable, Codable {
    public struct Actor: Sendable, Hashable, Codable {
        public var code: String
        public var text: String
        public init(code: String, text: String) { self.code = code; self.text = text }
    }

    public var documentID: String
    public var sentenceIndex: Int
    public var sentenceSpan: Span
    public var sentenceText: String
    public var date: PartialDate?
    public var source: Actor
    public var target: Actor?
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
    public var evidence: String

    public init(documentID: String, sentenceIndex: Int, sentenceSpan: Span, sentenceText: String,
                date: PartialDate?, source: Actor, target: Actor?, cameo: String, quadClass: Int?,
                goldstein: Double?, ploverCategory: String?, ploverMode: String?, negated: Bool = false,
                conditional: Bool = false, hypothetical: Bool = false, future: Bool = false,
                reported: Bool = false, reportedBy: Actor? = nil, evidence: String) {
        self.documentID = documentID; self.sentenceIndex = sentenceIndex; self.sentenceSpan = sentenceSpan
        self.sentenceText = sentenceText; self.date = date; self.source = source; self.target = target
        self.cameo = cameo; self.quadClass = quadClass; self.goldstein = goldstein
        self.ploverCategory = ploverCategory; self.ploverMode = ploverMode; self.negated = negated
        self.conditional = conditional; self.hypothetical = hypothetical; self.future = future
        self.reported = reported; self.reportedBy = reportedBy; self.evidence = evidence
    }

    /// The CAMEO root (first two digits).
    public var cameoRoot: String { String(cameo.prefix(2)) }

    /// True when the text asserts the event happened: not negated, conditional or hypothetical.
    public var isFactual: Bool { !negated && !conditional && !hypothetical }
}
