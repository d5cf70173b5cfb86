import KroniekCore

/// What to look for in a store. Every field narrows the result; nil means any.
public struct EventQuery: Sendable, Hashable {
    /// Actor code prefix matching the source or the target (`RUS` matches `RUSGOV`).
    public var actor: String?
    public var source: String?
    public var target: String?
    /// CAMEO code prefix (`13` is every threat, `138` only threats of force).
    public var cameo: String?
    /// Events dated on or after / on or before these dates (compared at the coarser precision).
    public var from: PartialDate?
    public var to: PartialDate?
    public var documentID: String?
    /// Case-insensitive substring of the sentence text.
    public var text: String?
    /// Leave out negated, conditional and hypothetical events.
    public var factualOnly: Bool
    public var limit: Int?

    public init(actor: String? = nil, source: String? = nil, target: String? = nil, cameo: String? = nil,
                from: PartialDate? = nil, to: PartialDate? = nil, documentID: String? = nil,
                text: String? = nil, factualOnly: Bool = false, limit: Int? = nil) {
        self.actor = actor; self.source = source; self.target = target; self.cameo = cameo
        self.from = from; self.to = to; self.documentID = documentID; self.text = text
        self.factualOnly = factualOnly; self.limit = limit
    }
}

/// How to group counts for a chart.
public enum EventGrouping: String, Sendable, CaseIterable {
    case year, month, day, cameoRoot = "root", source, target, quadClass = "quad"
}

public struct EventCount: Sendable, Hashable, Codable {
    public var key: String
    public var count: Int
    public init(key: String, count: Int) { self.key = key; self.count = count }
}

/// Storage for documents and their coded events, shared by every backend.
///
/// Storing a document replaces the events stored for it before, so coding an
/// article again (with better dictionaries, say) never duplicates its events.
public protocol EventStore: Sendable {
    func store(_ document: DocumentMetadata, events: [EventRecord]) throws
    func events(matching query: EventQuery) throws -> [EventRecord]
    func counts(matching query: EventQuery, by grouping: EventGrouping) throws -> [EventCount]
    func documentCount() throws -> Int
}
