import KroniekCore

/// One outlet's report of a happening: a coded event with what fusion compares, worked
/// out once.
public struct Report: Sendable, Hashable {
    public let event: EventRecord
    /// Where the event is, as the story gold names it: document, sentence, actors, code.
    public let key: ReportKey
    let days: DayRange?
    let words: Set<String>

    public init(_ event: EventRecord) {
        self.event = event
        key = ReportKey(event)
        days = DayRange(event.date)
        words = EvidenceWords.of(event.sentenceText)
    }

    /// The order fusion reads reports in: by date (undated last), then by where they
    /// stand, so a batch fuses the same way whatever order the store returned it in.
    static func canonicalOrder(_ a: Report, _ b: Report) -> Bool {
        let da = a.days?.first ?? Int.max, db = b.days?.first ?? Int.max
        if da != db { return da < db }
        return a.key.ordering < b.key.ordering
    }
}

/// A coded event's stand-off identity: document id, sentence, source, target and code,
/// plus the trigger's offset to tell apart two events of one sentence with the same triple.
public struct ReportKey: Sendable, Hashable {
    public let documentID: String
    public let sentenceIndex: Int
    public let source: String
    public let target: String
    public let cameo: String
    let triggerStart: Int

    public init(documentID: String, sentenceIndex: Int, source: String, target: String, cameo: String, triggerStart: Int = -1) {
        self.documentID = documentID; self.sentenceIndex = sentenceIndex
        self.source = source; self.target = target; self.cameo = cameo; self.triggerStart = triggerStart
    }

    init(_ e: EventRecord) {
        self.init(documentID: e.documentID, sentenceIndex: e.sentenceIndex, source: e.source.code,
                  target: e.target?.code ?? "", cameo: e.cameo, triggerStart: e.trigger?.span.start ?? -1)
    }

    /// The key without the trigger offset, as gold files write it.
    public var standOff: ReportKey {
        ReportKey(documentID: documentID, sentenceIndex: sentenceIndex, source: source, target: target, cameo: cameo)
    }

    var text: String { "\(documentID)#\(sentenceIndex)#\(source)#\(target)#\(cameo)#\(triggerStart)" }

    fileprivate var ordering: (String, Int, Int, String, String, String) {
        (documentID, sentenceIndex, triggerStart, source, target, cameo)
    }
}
