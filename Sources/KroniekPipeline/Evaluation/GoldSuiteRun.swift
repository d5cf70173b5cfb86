import KroniekCore
import KroniekEvents

/// Runs a JSON Lines gold suite of sentences (Tests/KroniekEventsTests/DutchRegression.md)
/// through the pipeline: each record is a one-sentence document, segmented, parsed and
/// coded like any other.
public enum GoldSuiteRun {
    public static func score(_ records: [GoldSuiteRecord], pipeline: Pipeline) -> GoldSuiteScore {
        var score = GoldSuiteScore()
        for record in records {
            let events = pipeline.analyse(record.document).events
            // Gold events marked embedded count only when the coder outputs such events.
            var expected = record
            expected.events = record.events.filter { pipeline.configuration.includesEmbeddedEvents || $0.embedded != true }
            score.add(expected, produced: events)
        }
        return score
    }
}
