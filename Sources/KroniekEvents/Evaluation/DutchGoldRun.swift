import KroniekCore

/// Runs a JSON Lines gold suite through the coder: each record becomes a one-sentence
/// document, `prepare` segments and parses it (the caller owns the NLP pipeline), and
/// the coded events are scored with the entity hooks installed.
public enum DutchGoldRun {
    public static func score(_ records: [DutchGoldRecord], coder: EventCoder,
                             prepare: (inout Document) -> Void) -> DutchGoldScore {
        var score = DutchGoldScore()
        for record in records {
            var document = record.document
            prepare(&document)
            let parsed = document
            let events = coder.code(parsed) { $0.installEntityHooks(for: parsed, actors: coder.dictionary.actors) }
            // Gold events marked embedded count only when the coder outputs such events.
            var expected = record
            expected.events = record.events.filter { coder.includesEmbeddedEvents || $0.embedded != true }
            score.add(expected, produced: events)
        }
        return score
    }
}
