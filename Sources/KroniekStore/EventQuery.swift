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
/// A document is identified by its id and where it came from (its origin: a path or
/// URL; for standard input, its text). Storing a document again from the same origin
/// replaces its events, so coding an article again (with better dictionaries, say)
/// never duplicates them; a different article with an id already taken by another
/// origin is stored beside it under `id~<hash>` (`identity(of:contentHash:)`), never
/// in its place.
public protocol EventStore: Sendable {
    /// The id `document` is stored under: its own, or `id~<hash>` when another origin's
    /// article already holds that id.
    func identity(of document: DocumentMetadata, contentHash: String) throws -> String
    /// Stores a document under its id (as `identity` gave it) with its events, replacing
    /// what that document had stored before, in one transaction. Refuses (`StoreError.
    /// idTaken`) an id that another origin's article holds.
    func store(_ document: DocumentMetadata, contentHash: String, events: [EventRecord]) throws
    func events(matching query: EventQuery) throws -> [EventRecord]
    func counts(matching query: EventQuery, by grouping: EventGrouping) throws -> [EventCount]
    func documentCount() throws -> Int
}

/// Where a document comes from, as its identity in a store: its origin, or for a document
/// without one (standard input) its text.
public enum DocumentOrigin {
    public static func key(_ document: DocumentMetadata, contentHash: String) -> String {
        guard let origin = document.origin, origin != "-" else { return "text:" + contentHash }
        return origin
    }

    /// The id a document takes beside another origin's article of the same id.
    public static func alternativeID(_ id: String, originKey: String) -> String {
        id + "~" + ContentHash.of(originKey).prefix(8)
    }
}
