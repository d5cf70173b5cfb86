/// How alike two reports must be to count as one happening (docs/stories-and-alerts.md).
///
/// Gates that must all hold: compatible dyads (the same actors up to granularity: `USA`
/// and `USAGOV` agree, `USAGOV` and `USAMIL` do not), compatible codes (the same CAMEO
/// family) and dates no further apart than `windowDays`, measured from the story's first
/// report, so a story never creeps along a long conflict one day at a time. Then evidence
/// points, of which a report needs `threshold` to join: the same full code, the same actor
/// codes, the same day, the same document, and shared words (one point from `wordsOverlap`,
/// two from `wordsStrongOverlap`, measured as the Dice coefficient of the two sentences' words).
public struct FusionPolicy: Sendable, Hashable {
    public var windowDays: Int
    public var threshold: Int
    public var wordsOverlap: Double
    public var wordsStrongOverlap: Double

    public init(windowDays: Int = 2, threshold: Int = 3, wordsOverlap: Double = 0.2, wordsStrongOverlap: Double = 0.4) {
        self.windowDays = max(0, windowDays); self.threshold = threshold
        self.wordsOverlap = wordsOverlap; self.wordsStrongOverlap = wordsStrongOverlap
    }
}
