/// A dyad's normal weekly level of one figure, and how far a week strays from it in
/// standard deviations (positive = towards escalation). It starts as the plain mean of
/// the weeks seen, then follows new quiet weeks as an exponentially weighted mean.
protocol WeeklyBaseline {
    /// How far `week` lies on the escalation side, or nil when the week tells nothing.
    func deviation(_ week: DyadWeeks.Week) -> Double?
    /// Takes a quiet week into the baseline.
    mutating func learn(_ week: DyadWeeks.Week)
    /// After an alert: the weeks that raised it are the new normal.
    mutating func restart(on weeks: ArraySlice<DyadWeeks.Week>)
    /// The baseline value, for the alert's message.
    var level: Double { get }
    /// The week's figure on the same scale as `level`.
    func observed(_ week: DyadWeeks.Week) -> Double
}

/// Weights that make a running mean of the first weeks, then an EWMA of weight `weight`.
struct EWMAWeight {
    let weight: Double
    private(set) var seen = 0
    init(weight: Double) { self.weight = weight }
    mutating func next() -> Double {
        seen += 1
        return max(weight, 1 / Double(seen))
    }
}

/// The weekly Goldstein sum: escalation is a sum below the baseline.
struct GoldsteinBaseline: WeeklyBaseline {
    private(set) var level = 0.0
    private var variance = 0.0
    private var weights: EWMAWeight
    private let floor: Double

    init(weight: Double, floor: Double) { weights = EWMAWeight(weight: weight); self.floor = floor }

    func deviation(_ week: DyadWeeks.Week) -> Double? {
        (level - week.goldsteinSum) / max(floor, variance.squareRoot())
    }

    func observed(_ week: DyadWeeks.Week) -> Double { week.goldsteinSum }

    mutating func learn(_ week: DyadWeeks.Week) {
        let w = weights.next(), delta = week.goldsteinSum - level
        level += w * delta
        variance = (1 - w) * (variance + w * delta * delta)
    }

    mutating func restart(on weeks: ArraySlice<DyadWeeks.Week>) {
        level = weeks.map(\.goldsteinSum).reduce(0, +) / Double(max(1, weeks.count))
    }
}

/// The share of material-conflict events: escalation is a share above the baseline,
/// judged by the binomial spread of a week with that many events.
struct ConflictShareBaseline: WeeklyBaseline {
    private(set) var level = 0.0
    private var weights: EWMAWeight
    private let minWeekEvents: Int

    /// The least share assumed, so a dyad that never fought isn't alarmed by one clash
    /// (its binomial spread would be zero).
    static let floor = 0.05

    init(weight: Double, minWeekEvents: Int) { weights = EWMAWeight(weight: weight); self.minWeekEvents = minWeekEvents }

    func deviation(_ week: DyadWeeks.Week) -> Double? {
        guard week.count >= minWeekEvents else { return nil }
        let p = min(max(level, Self.floor), 1 - Self.floor)
        return (week.conflictShare - p) / (p * (1 - p) / Double(week.count)).squareRoot()
    }

    func observed(_ week: DyadWeeks.Week) -> Double { week.conflictShare }

    mutating func learn(_ week: DyadWeeks.Week) {
        guard week.count >= minWeekEvents else { return }
        level += weights.next() * (week.conflictShare - level)
    }

    mutating func restart(on weeks: ArraySlice<DyadWeeks.Week>) {
        let events = weeks.map(\.count).reduce(0, +)
        if events > 0 { level = Double(weeks.map(\.materialConflict).reduce(0, +)) / Double(events) }
    }
}
