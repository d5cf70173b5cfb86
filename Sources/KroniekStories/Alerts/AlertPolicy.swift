/// The settings of the escalation rules (docs/stories-and-alerts.md). Both rules are
/// one-sided CUSUMs on a dyad's weekly figures, standardised against the dyad's own
/// baseline: they add up how far each week falls on the escalation side of the baseline,
/// less `slack` standard deviations, and raise an alert when the sum passes `threshold`.
public struct AlertPolicy: Sendable, Hashable {
    /// What a dyad is: the two countries (`RUS`–`UKR`, a country's inner conflicts as
    /// `RUS`–`RUS`), or the two actors to their role (`RUSGOV`–`RUSREB`).
    public enum Granularity: String, Sendable, CaseIterable {
        case country, actor
        var length: Int { self == .country ? 3 : 6 }
    }

    public enum Rule: String, Sendable, CaseIterable {
        /// The weekly sum of Goldstein values falls below the baseline.
        case goldstein
        /// The share of material-conflict events (QuadClass 4) rises above the baseline.
        case materialConflict = "conflict"
    }

    public var granularity: Granularity
    public var rules: Set<Rule>
    /// Weeks at the start of a dyad's history that only set its baseline.
    public var warmupWeeks: Int
    /// How fast the baseline follows quiet weeks (the EWMA weight of the newest week).
    public var baselineWeight: Double
    public var slack: Double
    public var threshold: Double
    /// Events an alert needs in the weeks that raised it: no alert from one or two events.
    public var minEvents: Int
    /// Events a week needs for its conflict share to count (fewer tell too little).
    public var minWeekEvents: Int
    /// The least standard deviation assumed for a weekly Goldstein sum, so a dyad with a
    /// flat history isn't alarmed by its first change of a few points.
    public var goldsteinFloor: Double

    public init(granularity: Granularity = .country, rules: Set<Rule> = Set(Rule.allCases), warmupWeeks: Int = 8,
                baselineWeight: Double = 0.1, slack: Double = 1, threshold: Double = 8, minEvents: Int = 5,
                minWeekEvents: Int = 3, goldsteinFloor: Double = 5) {
        self.granularity = granularity; self.rules = rules; self.warmupWeeks = max(1, warmupWeeks)
        self.baselineWeight = baselineWeight; self.slack = slack; self.threshold = threshold
        self.minEvents = minEvents; self.minWeekEvents = max(1, minWeekEvents); self.goldsteinFloor = goldsteinFloor
    }
}
