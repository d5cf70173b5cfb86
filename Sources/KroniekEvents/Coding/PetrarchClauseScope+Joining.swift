import KroniekCore

extension PetrarchClauseScope {
    /// The events of each verb after UniversalPetrarch joins each main verb's events with
    /// those of the clauses it governs (`PetrarchVerbCombination`), the joined events
    /// going to the main verb. A governed event no rule joins stays as it is, and so then
    /// do the main verb's own events; a governed event whose source is its target is
    /// dropped, as UniversalPetrarch drops it. A main verb without events of its own
    /// leaves the governed events as they are, and events between coordinated actors
    /// join nothing (UniversalPetrarch pairs them apart, `paired_event`).
    func joined(_ coded: [(verb: Int, events: [ClauseEvent])], by combination: PetrarchVerbCombination) -> [(verb: Int, events: [ClauseEvent])] {
        var events = Dictionary(coded.map { ($0.verb, $0.events) }, uniquingKeysWith: { a, _ in a })
        for m in main {
            let mainEvents = (events[m] ?? []).filter { !$0.reverses && !$0.pairs }
            guard !mainEvents.isEmpty else { continue }
            var joinedEvents: [ClauseEvent] = []
            var keepsMain = false
            for g in governed[m] ?? [] {
                guard let governedEvents = events[g] else { continue }
                var kept: [ClauseEvent] = []
                for e in governedEvents {
                    if e.reverses || e.pairs { kept.append(e); continue }
                    if e.source.code == e.target?.code { continue }
                    let joins = mainEvents.compactMap { main in
                        combination.joined(Self.side(main), Self.side(e)).map { Self.event($0, main: main, governed: e) }
                    }
                    if joins.isEmpty { kept.append(e); keepsMain = true } else { joinedEvents += joins }
                }
                events[g] = kept.isEmpty ? nil : kept
            }
            guard !joinedEvents.isEmpty else { continue }
            events[m] = (keepsMain ? events[m]! : []) + joinedEvents
        }
        return coded.compactMap { c in events[c.verb].map { (c.verb, $0) } }
    }

    private static func side(_ e: ClauseEvent) -> PetrarchVerbCombination.Side {
        PetrarchVerbCombination.Side(source: e.source.code, target: e.target?.code, code: e.code)
    }

    /// A joined event with the main event's source and the governed event's actor its
    /// target names.
    private static func event(_ side: PetrarchVerbCombination.Side, main: ClauseEvent, governed: ClauseEvent) -> ClauseEvent {
        let target = side.target == governed.source.code ? governed.source : governed.target
        return ClauseEvent(source: main.source, target: target, code: side.code,
                           evidence: main.evidence + " with " + governed.evidence)
    }
}
